/**
 * Tickets in Redis: a ticket issued by one instance is accepted by another, exactly once, and
 * expires. Needs Redis (in CI a missing Redis fails; elsewhere these tests are skipped and say so).
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisTicketStore, type TicketGrant, type TicketStore } from '../src/tickets/ticket-store.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './distribution/test-redis.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer } from './support/fake-engines.js';
import { startLiveEvent, type LiveEventHarness } from './support/live-event-harness.js';
import { arrangeEvent, negotiate, speakerTicket, useLiveEvent } from './support/test-context.js';

const withRedis = await redisAvailable();
const scratch = scratchRedisPrefix('live-event-tickets');
const redisClients: Redis[] = [];
function ticketStore(): TicketStore {
  const redis = new Redis(testRedisUrl, { maxRetriesPerRequest: 1 });
  redisClients.push(redis);
  return redisTicketStore(redis, { keyPrefix: scratch.prefix });
}
afterAll(async () => {
  if (withRedis) await scratch.drop();
  for (const client of redisClients) client.disconnect();
});

const engines = () => ({ recognizer: new ScriptedRecognizer([]), translator: new PrefixTranslator(['es', 'fr']), synthesizer: new SilentSynthesizer() });
const grant: TicketGrant = { role: 'listener', userId: 'u', eventId: 'e', channelId: null, manageAll: false };

describe.skipIf(!withRedis)(`tickets in Redis${withRedis ? '' : ' (skipped: no Redis)'}`, () => {
  const context = useLiveEvent(engines, { harness: { tickets: withRedis ? ticketStore() : undefined } });
  let second: LiveEventHarness;
  beforeAll(async () => {
    second = await startLiveEvent({ db: context.database.db, key: context.key, upstreams: context.upstreams, engines: engines(), tickets: ticketStore() });
  });
  afterAll(() => second?.stop());

  it('spends a ticket once, atomically, whichever store asks first', async () => {
    const [a, b] = [ticketStore(), ticketStore()];
    const ticket = await a.issue(grant, 30);
    const answers = await Promise.all([a.consume(ticket), b.consume(ticket), b.consume(ticket)]);
    expect(answers.filter(Boolean)).toEqual([grant]);
  });

  it('lets a ticket expire', async () => {
    const store = ticketStore();
    const ticket = await store.issue(grant, 1);
    await expect.poll(() => store.consume(ticket), { timeout: 5_000, interval: 200 }).toBeUndefined();
  });

  it('accepts on one instance a ticket issued by the other, and refuses its second use with 4001', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const ticket = await speakerTicket(context, event.id, channel.id, speakerId);
    const onSecond = second.speaker(ticket);
    await onSecond.opened;
    await negotiate(onSecond);
    const replay = context.live.speaker(ticket);
    expect((await replay.closed).code).toBe(4001);
    onSecond.send({ type: 'end_session' });
    expect((await onSecond.closed).code).toBe(1000);
  });
});
