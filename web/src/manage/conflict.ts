/**
 * What a 412 means to the person: the fields where what they edited differs from the server's
 * current version (or, for fields they did not edit, where the server's version moved since they
 * read it). Values stay raw here; ConflictNotice formats them in the interface language.
 */
import type { Channel, Event } from '../api/sdk.js';

export type EventField = 'title' | 'description' | 'starts_at' | 'ends_at' | 'timezone';
export const eventFields: readonly EventField[] = ['title', 'description', 'starts_at', 'ends_at', 'timezone'];

export type ChannelField = 'name' | 'source_language' | 'target_languages';

export type Change =
  | { kind: 'event'; field: EventField | 'status'; mine: string | null; theirs: string | null; timezone: string }
  | { kind: 'channel'; channel: string; field: ChannelField | 'speakers'; mine: string | string[] | null; theirs: string | string[] | null }
  | { kind: 'channelAdded'; channel: string }
  | { kind: 'channelRemoved'; channel: string };

export interface ChannelDraft {
  name: string;
  source_language: string;
  target_languages: string[];
}

function sameValue(field: string, a: string | null | undefined, b: string | null | undefined): boolean {
  if (field === 'starts_at' || field === 'ends_at')
    return a != null && b != null ? new Date(a).getTime() === new Date(b).getTime() : a == b;
  return (a ?? null) === (b ?? null) || ((a ?? '') === '' && (b ?? '') === '');
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value.toLowerCase() === b[index]!.toLowerCase());

/**
 * The changes to show: `mine` are the event fields the person edited (as they would be sent),
 * `mineChannel` the channel they edited; everything else is compared between `seen` (the version
 * their action was based on) and `current`.
 */
export function describeChanges(
  seen: Event,
  current: Event | undefined,
  mine?: Partial<Record<EventField, string | null>>,
  mineChannel?: { id?: string; draft: ChannelDraft },
): Change[] | 'deleted' {
  if (!current) return 'deleted';
  const changes: Change[] = [];
  for (const field of eventFields) {
    const edited = mine && field in mine;
    const base = edited ? mine[field] : seen[field];
    if (!sameValue(field, base ?? null, current[field] ?? null))
      changes.push({ kind: 'event', field, mine: base ?? null, theirs: current[field] ?? null, timezone: current.timezone });
  }
  if (seen.status !== current.status)
    changes.push({ kind: 'event', field: 'status', mine: seen.status, theirs: current.status, timezone: current.timezone });
  const seenById = new Map(seen.channels.map((channel) => [channel.id, channel]));
  const currentById = new Map(current.channels.map((channel) => [channel.id, channel]));
  for (const channel of current.channels) {
    const before = seenById.get(channel.id);
    const edited = mineChannel?.id === channel.id ? mineChannel.draft : undefined;
    if (!before) {
      changes.push({ kind: 'channelAdded', channel: channel.name });
      continue;
    }
    changes.push(...channelChanges(channel.name, edited ?? before, channel));
    if (!sameList(before.speakers, channel.speakers))
      changes.push({ kind: 'channel', channel: channel.name, field: 'speakers', mine: before.speakers, theirs: channel.speakers });
  }
  for (const channel of seen.channels) if (!currentById.has(channel.id)) changes.push({ kind: 'channelRemoved', channel: channel.name });
  return changes;
}

function channelChanges(name: string, mine: ChannelDraft | Channel, theirs: Channel): Change[] {
  const changes: Change[] = [];
  if (mine.name !== theirs.name) changes.push({ kind: 'channel', channel: name, field: 'name', mine: mine.name, theirs: theirs.name });
  if (mine.source_language.toLowerCase() !== theirs.source_language.toLowerCase())
    changes.push({ kind: 'channel', channel: name, field: 'source_language', mine: mine.source_language, theirs: theirs.source_language });
  if (!sameList(mine.target_languages, theirs.target_languages))
    changes.push({
      kind: 'channel',
      channel: name,
      field: 'target_languages',
      mine: mine.target_languages,
      theirs: theirs.target_languages,
    });
  return changes;
}

/** The moves the events spec allows from each status. */
export const allowedMoves: Record<Event['status'], Event['status'][]> = {
  draft: ['ready'],
  ready: ['draft', 'live'],
  live: ['ended'],
  ended: [],
};

/** Channels can be added, changed or removed only before the event goes live. */
export function channelsEditable(status: Event['status']): boolean {
  return status === 'draft' || status === 'ready';
}

/** `ready` needs at least one channel with at least one speaker. */
export function hasSpeaker(event: Event): boolean {
  return event.channels.some((channel) => channel.speakers.length > 0);
}
