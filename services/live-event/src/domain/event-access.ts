import type { EventsChannel, EventsDirectory, EventsEvent } from '@ilenia/kit/upstream';

/**
 * Who asks: the user behind a ticket or an access token. Whether they may see an event is not decided
 * here but by the events service, asked with their own `accessToken`.
 */
export interface Caller {
  userId: string;
  /** Holds `events:manage_all` (admins): may speak in every channel of an event they can see. */
  manageAll: boolean;
  /** The caller's bearer token, passed on to the events service. */
  accessToken: string;
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
 * Why the events service did not show the caller the event: it is gone, or the caller may not see it
 * (REST answers both with 404; a socket whose ticket was for this event learns which, 4004 or 4003).
 */
async function whyUnseen(directory: EventsDirectory, eventId: string): Promise<AccessRefusal> {
  const detail = `No event with id ${eventId}.`;
  return (await directory.getEvent(eventId)) ? { reason: 'not_visible', detail } : { reason: 'event_missing', detail };
}

/** The event and channel a speaker may stream into, or why not (checked in the order the spec gives). */
export async function checkSpeakerAccess(
  directory: EventsDirectory,
  target: { eventId: string; channelId: string },
  caller: Caller,
): Promise<SpeakerAccess> {
  const event = await directory.eventSeenBy(target.eventId, caller.accessToken);
  if (!event) return { ok: false, refusal: await whyUnseen(directory, target.eventId) };
  const channel = event.channels.find((candidate) => candidate.id === target.channelId);
  if (!channel)
    return { ok: false, refusal: { reason: 'channel_missing', detail: `Event ${event.id} has no channel ${target.channelId}.` } };
  if (!caller.manageAll && !channel.speakers.includes(caller.userId)) {
    return { ok: false, refusal: { reason: 'not_speaker', detail: `You are not assigned as a speaker of channel ${channel.id}.` } };
  }
  // A ready event takes its speakers too: the sound check and the first words must not wait for a
  // manager to flip the status; draft and ended events take nobody.
  if (event.status !== 'ready' && event.status !== 'live') {
    return {
      ok: false,
      refusal: {
        reason: 'not_live',
        detail: `Event ${event.id} is ${event.status}; speakers can stream into a ready or live event.`,
        status: event.status,
        allowed: ['ready', 'live'],
      },
    };
  }
  return { ok: true, event, channel };
}

/** The event a listener may follow, or why not. */
export async function checkListenerAccess(directory: EventsDirectory, eventId: string, caller: Caller): Promise<ListenerAccess> {
  const event = await directory.eventSeenBy(eventId, caller.accessToken);
  if (!event) return { ok: false, refusal: await whyUnseen(directory, eventId) };
  if (event.status !== 'ready' && event.status !== 'live') {
    return {
      ok: false,
      refusal: {
        reason: 'not_live',
        detail: `Event ${event.id} is ${event.status}; listeners can join a ready or live event.`,
        status: event.status,
        allowed: ['ready', 'live'],
      },
    };
  }
  return { ok: true, event };
}

/** Every language the event offers: each channel's source and target languages, without repeats. */
export function eventLanguages(event: EventsEvent): string[] {
  return [...new Set(event.channels.flatMap((channel) => [channel.source_language, ...channel.target_languages]))];
}
