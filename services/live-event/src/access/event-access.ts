import type { EventsChannel, EventsDirectory, EventsEvent } from '../upstream/events-directory.js';

/** Who asks: the user behind a ticket or an access token. */
export interface Caller {
  userId: string;
  /** Holds `events:manage_all` (admins): sees every event and may speak in every channel. */
  manageAll: boolean;
  /** A service token: the events service shows services every event. */
  isService?: boolean;
}

/** Why someone may not join; REST and the WebSocket each map it to their own status or close code. */
export type AccessRefusal =
  | { reason: 'event_missing'; detail: string }
  | { reason: 'not_visible'; detail: string }
  | { reason: 'channel_missing'; detail: string }
  | { reason: 'not_speaker'; detail: string }
  | { reason: 'not_live'; detail: string; status: EventsEvent['status']; allowed: EventsEvent['status'][] };

export type SpeakerAccess = { ok: true; event: EventsEvent; channel: EventsChannel } | { ok: false; refusal: AccessRefusal };
export type ListenerAccess = { ok: true; event: EventsEvent } | { ok: false; refusal: AccessRefusal };

/**
 * Whether the caller can see the event, by the events service's rule: its organiser, a speaker of one
 * of its channels, an assigned listener, or a holder of `events:manage_all`.
 */
export async function canSeeEvent(directory: EventsDirectory, event: EventsEvent, caller: Caller): Promise<boolean> {
  if (caller.manageAll || caller.isService || event.organiser_id === caller.userId) return true;
  if (event.channels.some((channel) => channel.speakers.includes(caller.userId))) return true;
  return directory.isListener(event.id, caller.userId);
}

/** The event and channel a speaker may stream into, or why not (checked in the order the spec gives). */
export async function checkSpeakerAccess(directory: EventsDirectory, target: { eventId: string; channelId: string }, caller: Caller): Promise<SpeakerAccess> {
  const event = await directory.getEvent(target.eventId);
  if (!event) return { ok: false, refusal: { reason: 'event_missing', detail: `No event with id ${target.eventId}.` } };
  if (!(await canSeeEvent(directory, event, caller))) return { ok: false, refusal: { reason: 'not_visible', detail: `No event with id ${target.eventId}.` } };
  const channel = event.channels.find((candidate) => candidate.id === target.channelId);
  if (!channel) return { ok: false, refusal: { reason: 'channel_missing', detail: `Event ${event.id} has no channel ${target.channelId}.` } };
  if (!caller.manageAll && !channel.speakers.includes(caller.userId)) {
    return { ok: false, refusal: { reason: 'not_speaker', detail: `You are not assigned as a speaker of channel ${channel.id}.` } };
  }
  // A ready event takes its speakers too: the sound check and the first words must not wait for a
  // manager to flip the status; draft and ended events take nobody.
  if (event.status !== 'ready' && event.status !== 'live') {
    return { ok: false, refusal: { reason: 'not_live', detail: `Event ${event.id} is ${event.status}; speakers can stream into a ready or live event.`, status: event.status, allowed: ['ready', 'live'] } };
  }
  return { ok: true, event, channel };
}

/** The event a listener may follow, or why not. */
export async function checkListenerAccess(directory: EventsDirectory, eventId: string, caller: Caller): Promise<ListenerAccess> {
  const event = await directory.getEvent(eventId);
  if (!event) return { ok: false, refusal: { reason: 'event_missing', detail: `No event with id ${eventId}.` } };
  if (!(await canSeeEvent(directory, event, caller))) return { ok: false, refusal: { reason: 'not_visible', detail: `No event with id ${eventId}.` } };
  if (event.status !== 'ready' && event.status !== 'live') {
    return { ok: false, refusal: { reason: 'not_live', detail: `Event ${event.id} is ${event.status}; listeners can join a ready or live event.`, status: event.status, allowed: ['ready', 'live'] } };
  }
  return { ok: true, event };
}

/** Every language the event offers: each channel's source and target languages, without repeats. */
export function eventLanguages(event: EventsEvent): string[] {
  return [...new Set(event.channels.flatMap((channel) => [channel.source_language, ...channel.target_languages]))];
}
