/**
 * PostgreSQL stopped mid-talk (fast shutdown: sessions cut) and started again, with a private
 * cluster made by `initdb` holding the sessions and transcripts: finals wait in order and are stored
 * then published once it is back, numbering without holes; REST answers 503 with Retry-After
 * meanwhile, and `/ready` names the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigReader } from '@ilenia/kit';
import { createEngines, readEngineConfig } from '@ilenia/speech-engines';
import { debianToolsAvailable, skippedUnless } from '@ilenia/speech-engines/testing';
import { expectNotReadyBecauseOf, expectRetryLater, talkThroughOutage } from './support/outage-talk.js';
import { initdbAvailable, startPrivatePostgres } from './support/private-dependencies.js';
import { useLiveEvent, type LiveEventTestContext } from './support/test-context.js';

const enginesAvailable = debianToolsAvailable('flite', 'sox', 'gcc', 'pkg-config', 'apertium-wblank-mode', '/usr/share/apertium/modes/eng-spa.mode', '/usr/include/pocketsphinx/pocketsphinx.h', '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin');
const available = enginesAvailable && initdbAvailable;

describe.skipIf(!available)(`a talk while PostgreSQL goes away and comes back${skippedUnless(available, 'initdb (/usr/lib/postgresql/*/bin), flite, sox, pocketsphinx or apertium')}`, () => {
  let postgres: Awaited<ReturnType<typeof startPrivatePostgres>>;
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
  }, 120_000);
  afterAll(async () => {
    await postgres?.remove();
  });
  const context: LiveEventTestContext = useLiveEvent(() => createEngines(readEngineConfig(new ConfigReader({}))), {
    target: async () => ({ kind: 'postgres', url: postgres.url }),
    harness: { overrides: { probes: { database: async () => void (await context.database.ping()) } } },
    startTimeoutMs: 180_000,
  });

  it('stores and delivers every final late rather than never (or a gap), numbered without holes, and recovers', async () => {
    const figures = await talkThroughOutage(context, {
      dependency: 'database',
      stop: () => postgres.stop(),
      start: () => postgres.start(),
      async whileDown({ sessionId, listenerId }) {
        await expectNotReadyBecauseOf(context, 'database');
        const token = await context.live.token(listenerId, ['transcripts:read']);
        expectRetryLater(await fetch(`${context.live.baseUrl}/v1/sessions/${sessionId}/transcripts/en`, { headers: { Authorization: `Bearer ${token}` } }));
      },
    });
    console.info(`postgres outage figures: ${JSON.stringify(figures)}`);
    expect(figures.delivered).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
