import type { Principal } from '@ilenia/kit';
import { HttpProblem, problems } from '@ilenia/kit';
import { canSeeEvent, type Caller } from '../access/event-access.js';
import type { ChannelEngines } from '../access/language-check.js';
import type { LiveEventMetrics } from '../metrics.js';
import type { SegmentRepository } from '../repositories/segment-repository.js';
import type { SessionRepository, StoredSession } from '../repositories/session-repository.js';
import type { SessionRegistry } from '../speaker/session-registry.js';
import type { ticketRateLimiter } from '../tickets/ticket-rate-limiter.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import type { EventsDirectory, EventsEvent } from '../upstream/events-directory.js';
import { UpstreamUnavailableError } from '../upstream/errors.js';

/** What the REST handlers are built from. */
export interface HandlerDependencies {
  directory: EventsDirectory;
  tickets: TicketStore;
  ticketLimiter: ReturnType<typeof ticketRateLimiter>;
  registry: SessionRegistry;
  sessions: SessionRepository;
  segments: SegmentRepository;
  engines: ChannelEngines;
  metrics: LiveEventMetrics;
  ticketTtlSeconds: number;
  /** Where clients reach the service; ticket URLs follow the request's host when absent. */
  publicUrl?: URL;
}

/** The caller of a request, as the access rules see them. */
export function callerOf(principal: Principal): Caller {
  return { userId: principal.subject, manageAll: principal.permissions.has('events:manage_all'), isService: principal.kind === 'service' };
}

/** Runs a handler body, turning an unreachable events service into a 503 Problem. */
export async function withUpstream<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UpstreamUnavailableError) throw problems.unavailable(`${error.message} Retry shortly.`);
    throw error;
  }
}

/** The session and its event when the caller can see the event; a 404 Problem otherwise, as if it did not exist. */
export async function visibleSession(dependencies: HandlerDependencies, sessionId: string, principal: Principal): Promise<{ session: StoredSession; event: EventsEvent }> {
  const session = await dependencies.sessions.get(sessionId);
  const event = session ? await dependencies.directory.getEvent(session.eventId) : undefined;
  if (!session || !event || !(await canSeeEvent(dependencies.directory, event, callerOf(principal)))) {
    throw problems.notFound(`No session with id ${sessionId}.`);
  }
  return { session, event };
}

/** The event when the caller can see it; a 404 Problem otherwise. */
export async function visibleEvent(dependencies: HandlerDependencies, eventId: string, principal: Principal): Promise<EventsEvent> {
  const event = await dependencies.directory.getEvent(eventId);
  if (!event || !(await canSeeEvent(dependencies.directory, event, callerOf(principal)))) throw problems.notFound(`No event with id ${eventId}.`);
  return event;
}

/** A 409 Problem of one of the live-event types. */
export function conflict(type: 'event-not-live' | 'channel-busy' | 'recording-in-progress', title: string, detail: string, extensions?: Record<string, unknown>): HttpProblem {
  return new HttpProblem({ status: 409, type: `https://ilenia.dev/problems/${type}`, title, detail, extensions });
}
