/**
 * Redis stopped mid-talk and started again (empty: nothing kept on disk), with a private
 * `redis-server` carrying the subtitle bus, the sequences and the tickets: finals wait and arrive
 * late, listeners resume, ticket requests answer 503 with Retry-After meanwhile, and the service
 * recovers by itself.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigReader } from '@ilenia/kit';
import { createEngines, readEngineConfig } from '@ilenia/speech-engines';
import { debianToolsAvailable, skippedUnless } from '@ilenia/speech-engines/testing';
import { RedisSubtitleBus } from '../src/distribution/redis-bus.js';
import { redisTicketStore } from '../src/tickets/ticket-store.js';
import { expectNotReadyBecauseOf, expectRetryLater, talkThroughOutage } from './support/outage-talk.js';
import { redisServerAvailable, startPrivateRedis } from './support/private-dependencies.js';
import { useLiveEvent, type LiveEventTestContext } from './support/test-context.js';
import type { HarnessOptions } from './support/live-event-harness.js';

const enginesAvailable = debianToolsAvailable('flite', 'sox', 'gcc', 'pkg-config', 'apertium-wblank-mode', '/usr/share/apertium/modes/eng-spa.mode', '/usr/include/pocketsphinx/pocketsphinx.h', '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin');
const available = enginesAvailable && redisServerAvailable;

describe.skipIf(!available)(`a talk while Redis goes away and comes back${skippedUnless(available, 'redis-server, flite, sox, pocketsphinx or apertium')}`, () => {
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
  const context: LiveEventTestContext = useLiveEvent(() => createEngines(readEngineConfig(new ConfigReader({}))), { harness, startTimeoutMs: 180_000 });

  it('delivers every final late rather than never (or a gap), numbered without holes, and recovers', async () => {
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
    console.info(`redis outage figures: ${JSON.stringify(figures)}`);
    expect(figures.delivered).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
