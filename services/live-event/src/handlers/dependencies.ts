import type { Principal } from '@ilenia/kit';
import { HttpProblem, problems } from '@ilenia/kit';
import type { Request } from 'express';
import type { Caller } from '../domain/event-access.js';
import type { SubtitleBus } from '../distribution/types.js';
import type { ChannelEngines } from '../domain/language-check.js';
import type { LiveStatusStore } from '../live-status/types.js';
import type { LiveEventMetrics } from '../metrics.js';
import type { SegmentRepository } from '../repositories/segment-repository.js';
import type { SessionRepository, StoredSession } from '../repositories/session-repository.js';
import type { SessionRegistry } from '../speaker/session-registry.js';
import type { ticketRateLimiter } from '../tickets/ticket-rate-limiter.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import { UpstreamUnavailableError, type EventsDirectory, type EventsEvent } from '@ilenia/kit/upstream';

/** What the REST handlers are built from. */
export interface HandlerDependencies {
  directory: EventsDirectory;
  tickets: TicketStore;
  ticketLimiter: ReturnType<typeof ticketRateLimiter>;
  liveSessions: SessionRegistry;
  sessions: SessionRepository;
  segments: SegmentRepository;
  engines: ChannelEngines;
  /** The subtitle bus (the channels' session states) and what the instances share of the live status. */
  bus: SubtitleBus;
  liveStatus: LiveStatusStore;
  metrics: LiveEventMetrics;
  ticketTtlSeconds: number;
  /** Where clients reach the service; ticket URLs follow the request's host when absent. */
  publicUrl?: URL;
  /** The bearer token `/metrics` asks for; public without one (development only). */
  metricsToken?: string;
}

/** The caller of a request, with the bearer token the events service is asked with. */
export function callerOf(context: { principal: Principal; request: Request }): Caller {
  const accessToken = /^Bearer (.+)$/i.exec(context.request.headers.authorization ?? '')?.[1] ?? '';
  return { userId: context.principal.subject, manageAll: context.principal.permissions.has('events:manage_all'), accessToken };
}

/** A handler's context: who calls, and the request they called with. */
export interface CallerContext {
  principal: Principal;
  request: Request;
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

/**
 * The session when the caller can see its event (the transcripts' rule: anyone the events service
 * shows the event to, listeners included); a 404 Problem otherwise, as if it did not exist.
 */
export async function visibleSession(
  dependencies: HandlerDependencies,
  sessionId: string,
  context: CallerContext,
): Promise<{ session: StoredSession; event: EventsEvent }> {
  const session = await dependencies.sessions.get(sessionId);
  const event = session ? await dependencies.directory.eventSeenBy(session.eventId, callerOf(context).accessToken) : undefined;
  if (!session || !event) throw problems.notFound(`No session with id ${sessionId}.`);
  return { session, event };
}

/**
 * The session when the caller may see its event's session records (the events service's rule for
 * sessions, recordings and their metadata: organiser, `events:manage_all`, services); 404 otherwise.
 */
export async function overseenSession(
  dependencies: HandlerDependencies,
  sessionId: string,
  context: CallerContext,
): Promise<StoredSession> {
  const session = await dependencies.sessions.get(sessionId);
  if (!session || !(await dependencies.directory.overseesEvent(session.eventId, callerOf(context).accessToken)))
    throw problems.notFound(`No session with id ${sessionId}.`);
  return session;
}

/** The event when the caller can see it (the events service decides); a 404 Problem otherwise. */
export async function visibleEvent(dependencies: HandlerDependencies, eventId: string, context: CallerContext): Promise<EventsEvent> {
  const event = await dependencies.directory.eventSeenBy(eventId, callerOf(context).accessToken);
  if (!event) throw problems.notFound(`No event with id ${eventId}.`);
  return event;
}

/** Checks that the caller may see the event's sessions (the events service decides); a 404 Problem otherwise. */
export async function overseenEvent(dependencies: HandlerDependencies, eventId: string, context: CallerContext): Promise<void> {
  if (!(await dependencies.directory.overseesEvent(eventId, callerOf(context).accessToken)))
    throw problems.notFound(`No event with id ${eventId}.`);
}

/** A 409 Problem of one of the live-event types. */
export function conflict(
  type: 'event-not-live' | 'channel-busy' | 'recording-in-progress',
  title: string,
  detail: string,
  extensions?: Record<string, unknown>,
): HttpProblem {
  return new HttpProblem({ status: 409, type: `https://ilenia.dev/problems/${type}`, title, detail, extensions });
}
