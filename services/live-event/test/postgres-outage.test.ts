/**
 * PostgreSQL stopped mid-talk (fast shutdown: sessions cut) and started again, with a private
 * cluster made by `initdb` holding the sessions and transcripts: finals wait in order and are stored
 * then published once it is back, numbering without holes; REST answers 503 with Retry-After
 * meanwhile, and `/ready` names the database. Run twice: within bounds, and over the bound (one
 * final may wait), where the final given up is a gap and its sequence goes to the next final.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigReader } from '@ilenia/kit';
import { createEngines, readEngineConfig } from '@ilenia/speech-engines';
import { debianToolsAvailable, skippedUnless } from '@ilenia/speech-engines/testing';
import type { FinalBufferLimits } from '../src/speaker/segment-pipeline.js';
import { expectNotReadyBecauseOf, expectRetryLater, talkThroughOutage } from './support/outage-talk.js';
import { initdbAvailable, startPrivatePostgres } from './support/private-dependencies.js';
import { useLiveEvent, type LiveEventTestContext } from './support/test-context.js';

const enginesAvailable = debianToolsAvailable(
  'flite',
  'sox',
  'gcc',
  'pkg-config',
  'apertium-wblank-mode',
  '/usr/share/apertium/modes/eng-spa.mode',
  '/usr/include/pocketsphinx/pocketsphinx.h',
  '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
);
const available = enginesAvailable && initdbAvailable;

function postgresOutage(finalBuffer: FinalBufferLimits, check: (figures: Awaited<ReturnType<typeof talkThroughOutage>>) => void) {
  let postgres: Awaited<ReturnType<typeof startPrivatePostgres>>;
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
  }, 120_000);
  afterAll(async () => {
    await postgres?.remove();
  });
  const context: LiveEventTestContext = useLiveEvent(() => createEngines(readEngineConfig(new ConfigReader({}))), {
    target: () => Promise.resolve({ kind: 'postgres', url: postgres.url }),
    harness: { overrides: { finalBuffer, probes: { database: () => context.database.ping() } } },
    startTimeoutMs: 180_000,
  });
  return async (label: string) => {
    const figures = await talkThroughOutage(context, {
      dependency: 'database',
      stop: () => postgres.stop(),
      start: () => postgres.start(),
      async whileDown({ sessionId, listenerId }) {
        await expectNotReadyBecauseOf(context, 'database');
        const token = await context.live.token(listenerId, ['transcripts:read']);
        expectRetryLater(
          await fetch(`${context.live.baseUrl}/v1/sessions/${sessionId}/transcripts/en`, { headers: { Authorization: `Bearer ${token}` } }),
        );
      },
    });
    console.info(`postgres outage (${label}) figures: ${JSON.stringify(figures)}`);
    check(figures);
  };
}

describe.skipIf(!available)(
  `a talk while PostgreSQL goes away and comes back${skippedUnless(available, 'initdb (/usr/lib/postgresql/*/bin), flite, sox, pocketsphinx or apertium')}`,
  () => {
    const talk = postgresOutage({ maxWaitMs: 120_000, maxFinals: 200 }, (figures) => {
      expect(figures.gaps).toBe(0);
      expect(figures.delivered).toBe(figures.produced);
    });
    it(
      'stores and delivers every final late rather than never, numbered without holes, and recovers',
      () => talk('within bounds'),
      300_000,
    );
  },
);

describe.skipIf(!available)(
  `a talk while PostgreSQL stays away longer than finals may wait${skippedUnless(available, 'initdb (/usr/lib/postgresql/*/bin), flite, sox, pocketsphinx or apertium')}`,
  () => {
    const talk = postgresOutage({ maxWaitMs: 120_000, maxFinals: 1 }, (figures) => {
      expect(figures.gaps).toBeGreaterThanOrEqual(1);
      expect(figures.delivered + figures.gaps).toBeGreaterThanOrEqual(figures.produced);
    });
    it(
      'turns the final it cannot keep into a gap naming the segment, without a hole in the numbering',
      () => talk('one final may wait'),
      300_000,
    );
  },
);
