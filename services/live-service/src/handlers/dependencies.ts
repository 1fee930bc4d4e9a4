import type { Request } from 'express';
import { problems, type Principal } from '@ilenia/kit';
import type { EventsDirectory, EventsEvent } from '@ilenia/kit/upstream';
import type { Engines } from '@ilenia/speech-engines';
import type { FinalRepository } from '../repositories/final-repository.js';
import type { SessionRepository, StoredSession } from '../repositories/session-repository.js';
import type { SessionLifecycle } from '../sessions/session-lifecycle.js';

/** What the REST handlers are built from. */
export interface HandlerDependencies {
  directory: EventsDirectory;
  sessions: SessionRepository;
  finals: FinalRepository;
  lifecycle: SessionLifecycle;
  engines: Pick<Engines, 'recognizer' | 'translator' | 'synthesizer'>;
}

/** A handler's context: who calls, and the request they called with. */
export interface CallerContext {
  principal: Principal;
  request: Request;
}

/** Who calls, with the bearer token the events service is asked with (it decides who sees an event). */
export interface Caller {
  userId: string;
  manageAll: boolean;
  accessToken: string;
}

export function callerOf(context: CallerContext): Caller {
  const accessToken = /^Bearer (.+)$/i.exec(context.request.headers.authorization ?? '')?.[1] ?? '';
  return { userId: context.principal.subject, manageAll: context.principal.permissions.has('events:manage_all'), accessToken };
}

/** The event when the events service shows it to the caller; a 404 Problem otherwise. */
export async function visibleEvent(dependencies: HandlerDependencies, eventId: string, caller: Caller): Promise<EventsEvent> {
  const event = await dependencies.directory.eventSeenBy(eventId, caller.accessToken);
  if (!event) throw problems.notFound(`No event with id ${eventId}.`);
  return event;
}

/** The organiser, a holder of `events:manage_all`, or (with `channelId`) a speaker of that channel. */
export function controls(event: EventsEvent, caller: Caller, channelId: string): boolean {
  return (
    caller.manageAll ||
    event.organiser_id === caller.userId ||
    event.channels.some((channel) => channel.id === channelId && channel.speakers.includes(caller.userId))
  );
}

/** Sessions are shown to the event's speakers (any channel), its organiser and `events:manage_all`. */
export function overseesSessions(event: EventsEvent, caller: Caller): boolean {
  return (
    caller.manageAll || event.organiser_id === caller.userId || event.channels.some((channel) => channel.speakers.includes(caller.userId))
  );
}

/** The session and its event when the events service shows the event to the caller; 404 otherwise. */
export async function visibleSession(
  dependencies: HandlerDependencies,
  sessionId: string,
  caller: Caller,
): Promise<{ session: StoredSession; event: EventsEvent }> {
  const session = await dependencies.sessions.get(sessionId);
  const event = session ? await dependencies.directory.eventSeenBy(session.eventId, caller.accessToken) : undefined;
  if (!session || !event) throw problems.notFound(`No session with id ${sessionId}.`);
  return { session, event };
}
