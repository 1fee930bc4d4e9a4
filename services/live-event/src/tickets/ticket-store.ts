import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { settle } from '../settle.js';

/** What a ticket lets its holder do: one WebSocket handshake in one role. */
export interface TicketGrant {
  role: 'speaker' | 'listener';
  userId: string;
  eventId: string;
  /** The channel of a speaker ticket; null for listeners. */
  channelId: string | null;
  manageAll: boolean;
  /**
   * The caller's access token, so that the handshake asks the events service again as the caller (a
   * user unassigned since is refused). Held only for the ticket's life, and gone once it is spent.
   */
  accessToken: string;
}

/** Single-use, short-lived tickets. */
export interface TicketStore {
  /** Stores the grant under a new unguessable ticket that expires after `ttlSeconds`. */
  issue(grant: TicketGrant, ttlSeconds: number): Promise<string>;
  /** The grant of a live ticket, removing it in the same step (a second use finds nothing). */
  consume(ticket: string): Promise<TicketGrant | undefined>;
  close(): Promise<void>;
}

/** 192 random bits, URL-safe, matching the spec's ticket pattern. */
function newTicket(): string {
  return `tkt_${randomBytes(24).toString('base64url')}`;
}

/** Tickets held in this process (a single instance, or tests). */
export function memoryTicketStore(): TicketStore {
  const tickets = new Map<string, { grant: TicketGrant; expiresAt: number }>();
  return {
    issue(grant, ttlSeconds) {
      return settle(() => {
        const now = Date.now();
        for (const [ticket, entry] of tickets) if (entry.expiresAt <= now) tickets.delete(ticket);
        const ticket = newTicket();
        tickets.set(ticket, { grant, expiresAt: now + ttlSeconds * 1000 });
        return ticket;
      });
    },
    consume(ticket) {
      const entry = tickets.get(ticket);
      tickets.delete(ticket);
      return Promise.resolve(entry && entry.expiresAt > Date.now() ? entry.grant : undefined);
    },
    close() {
      tickets.clear();
      return Promise.resolve();
    },
  };
}

/**
 * Tickets in Redis, so that a ticket issued by one instance is accepted by another. GETDEL makes the
 * single use atomic across instances; Redis expires the key.
 */
export function redisTicketStore(redis: Redis, options: { keyPrefix?: string } = {}): TicketStore {
  const prefix = options.keyPrefix ?? 'ilenia:live-event:ticket:';
  return {
    async issue(grant, ttlSeconds) {
      const ticket = newTicket();
      await redis.set(`${prefix}${ticket}`, JSON.stringify(grant), 'EX', ttlSeconds);
      return ticket;
    },
    async consume(ticket) {
      const raw = await redis.getdel(`${prefix}${ticket}`);
      return raw === null ? undefined : (JSON.parse(raw) as TicketGrant);
    },
    async close() {},
  };
}
