import { createHash } from 'node:crypto';
import { createEventsClient } from '@ilenia/api-client/events';
import type { components } from '@ilenia/generated/openapi/events/types';
import { UpstreamUnavailableError } from './errors.js';
import type { AccessTokenSource } from './token-source.js';

export type EventsEvent = components['schemas']['Event'];
export type EventsChannel = components['schemas']['Channel'];
export type SessionRecordCreate = components['schemas']['SessionRecordCreate'];

/**
 * What the live-event service asks the events service. Who may see an event, and who may see its
 * sessions and recordings, is the events service's rule: those questions are asked with the caller's
 * own access token, so the events service decides; the rest with live-event's service token.
 */
export interface EventsDirectory {
  /** The event with its channels (and their speakers); undefined when the events service has none. */
  getEvent(eventId: string): Promise<EventsEvent | undefined>;
  /**
   * The event as the caller sees it (asked with `callerToken`): undefined when the events service
   * answers 404 (no such event, or one the caller may not see) or refuses the token.
   */
  eventSeenBy(eventId: string, callerToken: string): Promise<EventsEvent | undefined>;
  /**
   * Whether the caller may see the event's session records (asked with `callerToken`): by the events
   * service's rule, its organiser, holders of `events:manage_all` and services.
   */
  overseesEvent(eventId: string, callerToken: string): Promise<boolean>;
  /**
   * Writes the record of an ended session. Resolves once the events service has it (201, or 200 for
   * the same record written again); throws otherwise, so the caller may retry.
   */
  writeSessionRecord(eventId: string, record: SessionRecordCreate): Promise<void>;
}

export interface HttpEventsDirectoryOptions {
  baseUrl: URL;
  tokens: AccessTokenSource;
  /** How long answers are reused (a ticket burst asks the same questions). */
  cacheTtlMs: number;
  fetch?: typeof fetch;
}

/**
 * The events service through its generated SDK. Every call carries the service token (refreshed once
 * when the events service answers 401); answers are cached briefly; an unreachable or failing events
 * service is an UpstreamUnavailableError, never an "event not found".
 */
export function httpEventsDirectory(options: HttpEventsDirectoryOptions): EventsDirectory {
  const baseFetch = options.fetch ?? fetch;
  const authorisedFetch = async (request: Request): Promise<Response> => {
    const retry = request.clone();
    let response: Response;
    try {
      request.headers.set('Authorization', `Bearer ${await options.tokens.token()}`);
      response = await baseFetch(request);
      if (response.status === 401) {
        options.tokens.invalidate();
        retry.headers.set('Authorization', `Bearer ${await options.tokens.token()}`);
        response = await baseFetch(retry);
      }
    } catch (error) {
      if (error instanceof UpstreamUnavailableError) throw error;
      throw new UpstreamUnavailableError(`The events service at ${options.baseUrl.origin} could not be reached.`, { cause: error });
    }
    return response;
  };
  /** The same SDK without the service token: these calls carry the caller's, and are never retried with another. */
  const callerClient = createEventsClient({
    baseUrl: options.baseUrl.href.replace(/\/$/, ''),
    fetch: async (request: Request) => {
      try {
        return await baseFetch(request);
      } catch (error) {
        throw new UpstreamUnavailableError(`The events service at ${options.baseUrl.origin} could not be reached.`, { cause: error });
      }
    },
  });
  const asCaller = (callerToken: string) => ({ headers: { Authorization: `Bearer ${callerToken}` } });
  const client = createEventsClient({ baseUrl: options.baseUrl.href.replace(/\/$/, ''), fetch: authorisedFetch });
  const cache = new Map<string, { expiresAt: number; value: Promise<unknown> }>();

  function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { expiresAt: now + options.cacheTtlMs, value });
    // A failure is not an answer: the next caller asks again.
    value.catch(() => cache.delete(key));
    if (cache.size > 10_000) for (const [entry, { expiresAt }] of cache) if (expiresAt <= now) cache.delete(entry);
    return value;
  }

  /** 404 (missing or not visible), 403 (visible but not this) and 401 (token refused) all mean "no". */
  function refusedOrMissing(status: number): boolean {
    return status === 404 || status === 403 || status === 401;
  }

  function failure(what: string, status: number): UpstreamUnavailableError {
    return new UpstreamUnavailableError(`The events service answered ${status} to ${what}.`);
  }

  return {
    getEvent(eventId) {
      return cached(`event:${eventId}`, async () => {
        const { data, response } = await client.getEvent({ params: { path: { event_id: eventId } } });
        if (response.status === 404) return undefined;
        if (!response.ok || !data) throw failure(`GET /v1/events/${eventId}`, response.status);
        return data;
      });
    },
    eventSeenBy(eventId, callerToken) {
      return cached(`seen:${eventId}:${tokenKey(callerToken)}`, async () => {
        const { data, response } = await callerClient.getEvent({ params: { path: { event_id: eventId } }, ...asCaller(callerToken) });
        if (refusedOrMissing(response.status)) return undefined;
        if (!response.ok || !data) throw failure(`GET /v1/events/${eventId}`, response.status);
        return data;
      });
    },
    overseesEvent(eventId, callerToken) {
      return cached(`oversees:${eventId}:${tokenKey(callerToken)}`, async () => {
        const { response } = await callerClient.listSessionRecords({
          params: { path: { event_id: eventId }, query: { limit: 1 } },
          ...asCaller(callerToken),
        });
        if (refusedOrMissing(response.status)) return false;
        if (!response.ok) throw failure(`GET /v1/events/${eventId}/sessions`, response.status);
        return true;
      });
    },
    async writeSessionRecord(eventId, record) {
      const { response, error } = await client.createSessionRecord({ params: { path: { event_id: eventId } }, body: record });
      if (!response.ok) {
        const detail = error && typeof error === 'object' && 'detail' in error ? `: ${String((error as { detail?: unknown }).detail)}` : '';
        throw new Error(`The events service answered ${response.status} to the session record${detail}`);
      }
    },
  };
}

/** A cache key for a caller's token that does not keep the token itself. */
function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
