/**
 * Tickets: every REST refusal the spec lists, every refusal at the handshake over a real socket (a
 * typed error, then the documented close code), and tickets in Redis: issued by one instance,
 * accepted by another, exactly once (needs Redis: in CI a missing Redis fails; elsewhere those tests
 * are skipped and say so).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisTicketStore, type TicketGrant, type TicketStore } from '../src/tickets/ticket-store.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './distribution/test-redis.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer } from './support/fake-engines.js';
import { startLiveEvent, type LiveEventHarness } from './support/live-event-harness.js';
import { arrangeEvent, negotiate, openSpeaker, speakerTicket, useLiveEvent } from './support/test-context.js';

const engines = () => ({
  recognizer: new ScriptedRecognizer([]),
  translator: new PrefixTranslator(['es', 'fr']),
  synthesizer: new SilentSynthesizer(),
});
const context = useLiveEvent(engines);

async function speakerTicketAs(userId: string, body: object, permissions = ['live:speak']) {
  return context.live.ticket('speaker', body, await context.live.token(userId, permissions));
}

describe('speaker tickets', () => {
  it('issues a single-use ticket bound to the channel, with the channel languages and no caching', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const response = await fetch(`${context.live.baseUrl}/v1/tickets/speaker`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await context.live.token(speakerId, ['live:speak'])}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ event_id: event.id, channel_id: channel.id }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      role: 'speaker',
      event_id: event.id,
      channel_id: channel.id,
      languages: ['en', 'es', 'fr'],
      expires_in: 30,
      websocket_url: `${context.live.baseUrl.replace('http', 'ws')}/v1/ws/speaker`,
    });
    expect(String(body.ticket)).toMatch(/^tkt_[A-Za-z0-9_-]{32}$/);

    const first = context.live.speaker(String(body.ticket));
    await first.opened;
    await negotiate(first);
    const second = context.live.speaker(String(body.ticket));
    expect(await second.next('error')).toMatchObject({ fatal: true, details: { close_code: 4001 } });
    expect((await second.closed).code).toBe(4001);
    first.close();
  });

  it('answers 404 for an unknown event or channel, and for an event the caller cannot see', async () => {
    const { event, speakerId } = arrangeEvent(context);
    expect((await speakerTicketAs(speakerId, { event_id: randomUUID(), channel_id: randomUUID() })).status).toBe(404);
    const missingChannel = await speakerTicketAs(speakerId, { event_id: event.id, channel_id: randomUUID() });
    expect(missingChannel).toMatchObject({ status: 404, body: { type: 'https://ilenia.dev/problems/not-found' } });
    expect((await speakerTicketAs(randomUUID(), { event_id: event.id, channel_id: event.channels[0]!.id })).status).toBe(404);
  });

  it('answers 403 to someone who sees the event but does not speak in the channel, unless they manage every event', async () => {
    const organiserId = randomUUID();
    const { event, channel } = arrangeEvent(context, { organiserId });
    const refused = await speakerTicketAs(organiserId, { event_id: event.id, channel_id: channel.id });
    expect(refused).toMatchObject({ status: 403, body: { detail: `You are not assigned as a speaker of channel ${channel.id}.` } });
    expect(
      (await speakerTicketAs(randomUUID(), { event_id: event.id, channel_id: channel.id }, ['live:speak', 'events:manage_all'])).status,
    ).toBe(201);
    expect((await speakerTicketAs(organiserId, { event_id: event.id, channel_id: channel.id }, ['live:listen'])).status).toBe(403);
  });

  it('answers 409 when the event is neither ready nor live, and lets speakers into a ready one', async () => {
    for (const status of ['draft', 'ended'] as const) {
      const { event, channel, speakerId } = arrangeEvent(context, { status });
      expect(await speakerTicketAs(speakerId, { event_id: event.id, channel_id: channel.id })).toMatchObject({
        status: 409,
        body: { type: 'https://ilenia.dev/problems/event-not-live', allowed: ['ready', 'live'] },
      });
    }
    const { event, channel, speakerId } = arrangeEvent(context, { status: 'ready' });
    expect((await speakerTicketAs(speakerId, { event_id: event.id, channel_id: channel.id })).status).toBe(201);
  });

  it('answers 422 naming each language the engines cannot serve', async () => {
    const { event, channel, speakerId } = arrangeEvent(context, { source: 'gl', targets: ['es', 'eu'] });
    const refused = await speakerTicketAs(speakerId, { event_id: event.id, channel_id: channel.id });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ type: 'https://ilenia.dev/problems/unsupported-languages' });
    expect(refused.body.unsupported_languages).toEqual([
      { language: 'gl', reason: 'stt_unsupported', source_language: null },
      { language: 'es', reason: 'mt_unsupported', source_language: 'gl' },
      { language: 'eu', reason: 'mt_unsupported', source_language: 'gl' },
    ]);
  });

  it('answers 409 when another speaker holds the channel', async () => {
    const otherSpeaker = randomUUID();
    const { event, channel, speakerId } = arrangeEvent(context);
    event.channels[0]!.speakers.push(otherSpeaker);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    await negotiate(speaker);
    expect(await speakerTicketAs(otherSpeaker, { event_id: event.id, channel_id: channel.id })).toMatchObject({
      status: 409,
      body: { type: 'https://ilenia.dev/problems/channel-busy' },
    });
    speaker.send({ type: 'end_session' });
    await speaker.closed;
  });

  it('answers 503 when the events service is down, and 400 for a malformed request', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    context.upstreams.state.down = true;
    try {
      expect(await speakerTicketAs(speakerId, { event_id: event.id, channel_id: channel.id })).toMatchObject({
        status: 503,
        body: { type: 'https://ilenia.dev/problems/unavailable' },
      });
    } finally {
      context.upstreams.state.down = false;
    }
    expect((await speakerTicketAs(speakerId, { event_id: 'not-a-uuid' })).status).toBe(400);
  });
});

describe('the ticket rate limit', () => {
  it('answers 429 with Retry-After to a user who asks for tickets in a loop', async () => {
    const strict = await startLiveEvent({
      db: context.database.db,
      key: context.key,
      upstreams: context.upstreams,
      engines: engines(),
      overrides: { ticketBurstPerMinute: 2 },
    });
    try {
      const { event, listenerId } = arrangeEvent(context);
      const token = await strict.token(listenerId, ['live:listen']);
      const ask = () =>
        fetch(`${strict.baseUrl}/v1/tickets/listener`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ event_id: event.id }),
        });
      expect([(await ask()).status, (await ask()).status]).toEqual([201, 201]);
      const refused = await ask();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await refused.json()).toMatchObject({ type: 'https://ilenia.dev/problems/rate-limited', status: 429 });
    } finally {
      await strict.stop();
      await strict.removeRecordings();
    }
  });
});

describe('listener tickets', () => {
  it('issues tickets to assigned listeners of ready or live events, with the languages checked', async () => {
    const { event, listenerId } = arrangeEvent(context, { status: 'ready' });
    const token = await context.live.token(listenerId, ['live:listen']);
    expect(await context.live.ticket('listener', { event_id: event.id }, token)).toMatchObject({
      status: 201,
      body: { role: 'listener', channel_id: null, languages: ['en', 'es', 'fr'] },
    });
    expect(await context.live.ticket('listener', { event_id: event.id, languages: ['es'] }, token)).toMatchObject({
      status: 201,
      body: { languages: ['es'] },
    });
    const refused = await context.live.ticket('listener', { event_id: event.id, languages: ['es', 'de'] }, token);
    expect(refused).toMatchObject({
      status: 422,
      body: { unsupported_languages: [{ language: 'de', reason: 'not_offered', source_language: null }] },
    });
  });

  it('refuses strangers (404) and events that are not ready or live (409)', async () => {
    const { event, listenerId } = arrangeEvent(context, { status: 'draft' });
    expect(
      (await context.live.ticket('listener', { event_id: event.id }, await context.live.token(randomUUID(), ['live:listen']))).status,
    ).toBe(404);
    expect(
      await context.live.ticket('listener', { event_id: event.id }, await context.live.token(listenerId, ['live:listen'])),
    ).toMatchObject({ status: 409, body: { allowed: ['ready', 'live'] } });
  });
});

describe('handshake refusals', () => {
  it('closes with 4001 without a ticket, with an unknown one, or with a ticket of the other role', async () => {
    const { event, listenerId } = arrangeEvent(context);
    for (const ticket of [undefined, 'tkt_thisticketdoesnotexist000000000']) {
      const socket = context.live.speaker(ticket);
      expect(await socket.next('error')).toMatchObject({ code: 'ticket_invalid', fatal: true, details: { close_code: 4001 } });
      expect((await socket.closed).code).toBe(4001);
    }
    const listenerTicket = await context.live.ticket(
      'listener',
      { event_id: event.id },
      await context.live.token(listenerId, ['live:listen']),
    );
    const wrongRole = context.live.speaker(String(listenerTicket.body.ticket));
    expect((await wrongRole.closed).code).toBe(4001);
  });

  it('closes with 4003 when the speaker was unassigned after the ticket was issued', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const ticket = await speakerTicket(context, event.id, channel.id, speakerId);
    channel.speakers.splice(0);
    const socket = context.live.speaker(ticket);
    expect(await socket.next('error')).toMatchObject({ code: 'forbidden', fatal: true, details: { close_code: 4003 } });
    expect((await socket.closed).code).toBe(4003);
  });

  it('closes with 4004 when the event is gone', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const ticket = await speakerTicket(context, event.id, channel.id, speakerId);
    context.upstreams.state.events.delete(event.id);
    const socket = context.live.speaker(ticket);
    expect(await socket.next('error')).toMatchObject({ code: 'event_not_found', details: { close_code: 4004 } });
    expect((await socket.closed).code).toBe(4004);
  });

  it('closes with 4009 when the event stopped being live', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const ticket = await speakerTicket(context, event.id, channel.id, speakerId);
    const listenerTicket = await context.live.ticket(
      'listener',
      { event_id: event.id },
      await context.live.token(listenerId, ['live:listen']),
    );
    event.status = 'ended';
    const socket = context.live.speaker(ticket);
    expect((await socket.closed).code).toBe(4009);
    const listener = context.live.listener(String(listenerTicket.body.ticket));
    expect(await listener.next('error')).toMatchObject({ code: 'event_not_live', fatal: true, details: { close_code: 4009 } });
    expect((await listener.closed).code).toBe(4009);
  });
});

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

const grant: TicketGrant = { role: 'listener', userId: 'u', eventId: 'e', channelId: null, manageAll: false, accessToken: 'caller-token' };

describe.skipIf(!withRedis)(`tickets in Redis${withRedis ? '' : ' (skipped: no Redis)'}`, () => {
  let first: LiveEventHarness;
  let second: LiveEventHarness;
  beforeAll(async () => {
    const options = { db: context.database.db, key: context.key, upstreams: context.upstreams };
    first = await startLiveEvent({ ...options, engines: engines(), tickets: ticketStore() });
    second = await startLiveEvent({ ...options, engines: engines(), tickets: ticketStore() });
  });
  afterAll(async () => {
    for (const live of [first, second]) {
      await live?.stop();
      await live?.removeRecordings();
    }
  });

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
    const issued = await first.ticket(
      'speaker',
      { event_id: event.id, channel_id: channel.id },
      await first.token(speakerId, ['live:speak']),
    );
    const ticket = String(issued.body.ticket);
    const onSecond = second.speaker(ticket);
    await onSecond.opened;
    await negotiate(onSecond);
    const replay = first.speaker(ticket);
    expect((await replay.closed).code).toBe(4001);
    onSecond.send({ type: 'end_session' });
    expect((await onSecond.closed).code).toBe(1000);
  });
});
