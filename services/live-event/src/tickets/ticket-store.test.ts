import { describe, expect, it } from 'vitest';
import { ticketRateLimiter } from './ticket-rate-limiter.js';
import { memoryTicketStore, type TicketGrant } from './ticket-store.js';

const grant: TicketGrant = {
  role: 'speaker',
  userId: 'user',
  eventId: 'event',
  channelId: 'channel',
  manageAll: false,
  accessToken: 'caller-token',
};

describe('tickets in memory', () => {
  it('are unguessable, single-use and short-lived', async () => {
    const store = memoryTicketStore();
    const [one, two] = [await store.issue(grant, 30), await store.issue(grant, 30)];
    expect(one).not.toBe(two);
    expect(one).toMatch(/^tkt_[A-Za-z0-9_-]{32}$/);
    expect(await store.consume(one)).toEqual(grant);
    expect(await store.consume(one)).toBeUndefined();
    const short = await store.issue(grant, 0.05);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await store.consume(short)).toBeUndefined();
    expect(await store.consume('tkt_never_issued_0000000000000000')).toBeUndefined();
  });
});

describe('the ticket rate limit', () => {
  it('allows a burst per user, then says how long to wait', () => {
    const limiter = ticketRateLimiter({ burst: 3 });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(limiter.take('b').allowed).toBe(true);
  });
});
