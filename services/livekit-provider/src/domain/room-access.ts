import type { Principal } from '@ilenia/kit';
import type { EventsChannel, EventsDirectory, EventsEvent } from '@ilenia/kit/upstream';
import { providerProblems } from './problems.js';

/** Who asks, with the bearer token the events service is asked with when its own rule decides. */
export interface Caller {
  principal: Principal;
  accessToken: string;
}

const openStatuses: ReadonlySet<EventsEvent['status']> = new Set(['ready', 'live']);

function organises(caller: Caller, event: EventsEvent): boolean {
  return caller.principal.permissions.has('events:manage_all') || caller.principal.subject === event.organiser_id;
}

function channelOf(event: EventsEvent, channelId: string): EventsChannel {
  const channel = event.channels.find((candidate) => candidate.id === channelId);
  if (!channel) throw providerProblems.notFound(`Event ${event.id} has no channel with id ${channelId}.`);
  return channel;
}

function requireOpen(event: EventsEvent): void {
  if (!openStatuses.has(event.status)) throw providerProblems.eventNotOpen(event.id, event.status);
}

/**
 * The event and channel a speaker may publish in, in the spec's order: 404 (no such event or channel,
 * or one the caller cannot see), 403 (not a speaker of this channel, nor its organiser), 409 (not
 * ready or live). The facts come from the events service with the provider's own token; only whether a
 * refused caller may see the event at all (403 or 404) is asked with the caller's.
 */
export async function speakerAccess(
  directory: EventsDirectory,
  target: { eventId: string; channelId: string },
  caller: Caller,
): Promise<{ event: EventsEvent; channel: EventsChannel }> {
  const event = await directory.getEvent(target.eventId);
  if (!event) throw providerProblems.notFound(`No event with id ${target.eventId}.`);
  const speaksHere = (channel: EventsChannel) => channel.speakers.includes(caller.principal.subject);
  if (!organises(caller, event) && !event.channels.some(speaksHere) && !(await directory.eventSeenBy(event.id, caller.accessToken))) {
    throw providerProblems.notFound(`No event with id ${target.eventId}.`);
  }
  const channel = channelOf(event, target.channelId);
  if (!organises(caller, event) && !speaksHere(channel)) {
    throw providerProblems.forbidden(`You are not a speaker of channel ${channel.id} of event ${event.id}.`);
  }
  requireOpen(event);
  return { event, channel };
}

/**
 * The event and channel a listener may follow: whoever the events service shows the event to (its
 * assigned listeners, speakers and organiser, holders of `events:manage_all`), asked with the
 * caller's own token; the event's first channel when none is named.
 */
export async function listenerAccess(
  directory: EventsDirectory,
  target: { eventId: string; channelId?: string },
  caller: Caller,
): Promise<{ event: EventsEvent; channel: EventsChannel }> {
  const event = await directory.eventSeenBy(target.eventId, caller.accessToken);
  if (!event) throw providerProblems.notFound(`No event with id ${target.eventId}.`);
  const channel = target.channelId === undefined ? event.channels[0] : channelOf(event, target.channelId);
  if (!channel) throw providerProblems.notFound(`Event ${event.id} has no channel yet.`);
  requireOpen(event);
  return { event, channel };
}

/** The event and channel a service's agent joins (the provider's own token reads them). */
export async function agentAccess(
  directory: EventsDirectory,
  target: { eventId: string; channelId: string },
): Promise<{ event: EventsEvent; channel: EventsChannel }> {
  const event = await directory.getEvent(target.eventId);
  if (!event) throw providerProblems.notFound(`No event with id ${target.eventId}.`);
  const channel = channelOf(event, target.channelId);
  requireOpen(event);
  return { event, channel };
}

/** The event whose rooms the caller manages (organiser or `events:manage_all`); 404 otherwise, as if it did not exist. */
export async function organisedEvent(
  directory: EventsDirectory,
  eventId: string,
  caller: Caller,
  notFoundDetail: string,
): Promise<EventsEvent> {
  const event = await directory.getEvent(eventId);
  if (!event || !organises(caller, event)) throw providerProblems.notFound(notFoundDetail);
  return event;
}

/** Whether the caller manages the event's rooms, for filtering lists (no Problem). */
export function managesEvent(caller: Caller, event: EventsEvent): boolean {
  return organises(caller, event);
}
