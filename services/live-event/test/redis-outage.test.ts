/**
 * Redis stopped mid-talk and started again (empty: nothing kept on disk), with a private
 * `redis-server` carrying the subtitle bus, the sequences and the tickets: finals wait and arrive
 * late, listeners resume, ticket requests answer 503 with Retry-After meanwhile, and the service
 * recovers by itself. Run twice: finals waiting within bounds, and over the bound (one final may
 * wait), where the final given up is a gap and numbering goes on without a hole.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigReader } from '@ilenia/kit';
import { createEngines, readEngineConfig } from '@ilenia/speech-engines';
import { debianToolsAvailable, skippedUnless } from '@ilenia/speech-engines/testing';
import { RedisSubtitleBus } from '../src/distribution/redis-bus.js';
import type { FinalBufferLimits } from '../src/speaker/segment-pipeline.js';
import { redisTicketStore } from '../src/tickets/ticket-store.js';
import type { HarnessOptions } from './support/live-event-harness.js';
import { expectNotReadyBecauseOf, expectRetryLater, talkThroughOutage } from './support/outage-talk.js';
import { redisServerAvailable, startPrivateRedis } from './support/private-dependencies.js';
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
const available = enginesAvailable && redisServerAvailable;

function redisOutage(finalBuffer: FinalBufferLimits, check: (figures: Awaited<ReturnType<typeof talkThroughOutage>>) => void) {
  let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
  let ticketsClient: Redis;
  const harness: Partial<HarnessOptions> = {};
  beforeAll(async () => {
    redis = await startPrivateRedis();
    // As create-live-event.ts builds them: the bus's two connections, and one for tickets.
    const bus = new RedisSubtitleBus({ url: redis.url, keyPrefix: 'outage-test:', historyLimit: 500, historyTtlSeconds: 3600 });
    ticketsClient = new Redis(redis.url, { maxRetriesPerRequest: 2 });
    ticketsClient.on('error', () => {});
    Object.assign(harness, {
      bus,
      tickets: redisTicketStore(ticketsClient, { keyPrefix: 'outage-test:ticket:' }),
      overrides: {
        finalBuffer,
        probes: {
          redis: async () => {
            await bus.ping();
            await ticketsClient.ping();
          },
        },
      },
    });
  });
  afterAll(async () => {
    await harness.bus?.close();
    ticketsClient?.disconnect();
    await redis?.stop();
  });
  const context: LiveEventTestContext = useLiveEvent(() => createEngines(readEngineConfig(new ConfigReader({}))), {
    harness,
    startTimeoutMs: 180_000,
  });
  return async (label: string) => {
    const figures = await talkThroughOutage(context, {
      dependency: 'redis',
      stop: () => redis.stop(),
      start: () => redis.start(),
      async whileDown({ eventId, listenerId }) {
        await expectNotReadyBecauseOf(context, 'redis');
        const response = await fetch(`${context.live.baseUrl}/v1/tickets/listener`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${await context.live.token(listenerId, ['live:listen'])}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ event_id: eventId }),
        });
        expectRetryLater(response);
      },
    });
    console.info(`redis outage (${label}) figures: ${JSON.stringify(figures)}`);
    check(figures);
  };
}

describe.skipIf(!available)(
  `a talk while Redis goes away and comes back${skippedUnless(available, 'redis-server, flite, sox, pocketsphinx or apertium')}`,
  () => {
    const talk = redisOutage({ maxWaitMs: 120_000, maxFinals: 200 }, (figures) => {
      // Within bounds nothing is given up: every final arrives, late.
      expect(figures.gaps).toBe(0);
      expect(figures.delivered).toBe(figures.produced);
    });
    it('delivers every final late rather than never, numbered without holes, and recovers', () => talk('within bounds'), 300_000);
  },
);

describe.skipIf(!available)(
  `a talk while Redis stays away longer than finals may wait${skippedUnless(available, 'redis-server, flite, sox, pocketsphinx or apertium')}`,
  () => {
    const talk = redisOutage({ maxWaitMs: 120_000, maxFinals: 1 }, (figures) => {
      // Only one final may wait: the next one met during the outage is a gap, numbering goes on.
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
