/**
 * The events-service client: service token by client credentials (cached, renewed once on a 401),
 * answers cached briefly, and an unreachable events service reported as such (never as "not found").
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSigningKey, signAccessToken, type TestSigningKey } from '@ilenia/kit/testing';
import { eventsAudience, makeEvent, serviceClient, startFakeUpstreams, type FakeUpstreams } from '@ilenia/kit/testing';
import { UpstreamUnavailableError, httpEventsDirectory, clientCredentialsTokenSource } from '@ilenia/kit/upstream';

let upstreams: FakeUpstreams;
let key: TestSigningKey;
beforeAll(async () => {
  key = await createSigningKey('directory-test');
  upstreams = await startFakeUpstreams(key);
});
afterAll(() => upstreams?.close());

function directory(options: { cacheTtlMs?: number; secret?: string } = {}) {
  const tokens = clientCredentialsTokenSource({
    tokenUrl: new URL(upstreams.tokenUrl),
    clientId: serviceClient.id,
    clientSecret: options.secret ?? serviceClient.secret,
  });
  return { tokens, events: httpEventsDirectory({ baseUrl: new URL(upstreams.eventsUrl), tokens, cacheTtlMs: options.cacheTtlMs ?? 0 }) };
}

describe('the events directory', () => {
  it('reads events with one cached service token', async () => {
    const event = makeEvent();
    upstreams.state.events.set(event.id, event);
    const before = upstreams.tokensIssued();
    const { events } = directory();
    expect(await events.getEvent(event.id)).toMatchObject({ id: event.id, channels: [{ id: event.channels[0]!.id }] });
    expect(await events.getEvent(randomUUID())).toBeUndefined();
    expect(upstreams.tokensIssued() - before).toBe(1);
  });

  it("lets the events service decide, with the caller's own token, who sees an event and who sees its sessions", async () => {
    const listenerId = randomUUID();
    const event = makeEvent();
    upstreams.state.events.set(event.id, event);
    upstreams.state.listeners.add(`${event.id}:${listenerId}`);
    const { events } = directory();
    const tokenOf = (userId: string) =>
      signAccessToken(key, { sub: userId, permissions: ['events:read', 'session_records:read'] }, { audience: eventsAudience });
    const [organiser, listener, stranger] = await Promise.all([tokenOf(event.organiser_id), tokenOf(listenerId), tokenOf(randomUUID())]);
    expect(await events.eventSeenBy(event.id, organiser)).toMatchObject({ id: event.id });
    expect(await events.eventSeenBy(event.id, listener)).toMatchObject({ id: event.id });
    expect(await events.eventSeenBy(event.id, stranger)).toBeUndefined();
    expect(await events.eventSeenBy(event.id, 'not-a-token')).toBeUndefined();
    expect(await events.overseesEvent(event.id, organiser)).toBe(true);
    expect(await events.overseesEvent(event.id, listener)).toBe(false);
    expect(await events.overseesEvent(randomUUID(), organiser)).toBe(false);
  });

  it('reuses answers within the cache lifetime', async () => {
    const event = makeEvent();
    upstreams.state.events.set(event.id, event);
    const { events } = directory({ cacheTtlMs: 60_000 });
    const calls = () => upstreams.state.calls.get('getEvent') ?? 0;
    const before = calls();
    await Promise.all([events.getEvent(event.id), events.getEvent(event.id)]);
    await events.getEvent(event.id);
    expect(calls() - before).toBe(1);
  });

  it('fetches a new token once when the events service answers 401', async () => {
    const event = makeEvent();
    upstreams.state.events.set(event.id, event);
    const { events, tokens } = directory();
    await events.getEvent(event.id);
    // A token the events service no longer accepts (e.g. signed by a retired key).
    const stale = 'eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJ4In0.c2ln';
    (tokens as unknown as { token: () => Promise<string> }).token = (() => {
      let first = true;
      const original = tokens.token.bind(tokens);
      return async () => (first ? ((first = false), stale) : original());
    })();
    expect(await events.getEvent(event.id)).toMatchObject({ id: event.id });
  });

  it('reports the events service or the auth service being down as unavailable', async () => {
    upstreams.state.down = true;
    try {
      await expect(directory().events.getEvent(randomUUID())).rejects.toBeInstanceOf(UpstreamUnavailableError);
    } finally {
      upstreams.state.down = false;
    }
    await expect(directory({ secret: 'wrong' }).events.getEvent(randomUUID())).rejects.toThrow(
      /refused the live-event client's token request \(invalid_client\)/,
    );
    const unreachable = httpEventsDirectory({ baseUrl: new URL('http://127.0.0.1:9'), tokens: directory().tokens, cacheTtlMs: 0 });
    await expect(unreachable.getEvent(randomUUID())).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });
});
