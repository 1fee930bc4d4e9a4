/**
 * How channel broadcasts cross a process boundary (Redis) and where they sit in a channel's history.
 * Encoding and decoding go through the generated validators, so nothing malformed enters the bus
 * and nothing malformed comes out of it.
 */
import {
  InvalidMessageError,
  parseListenerServerMessage,
  serializeListenerServerMessage,
  type ParseError,
} from '@ilenia/generated/asyncapi/live-event/validators';
import { MessageType, type Gap, type SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import type { ChannelBroadcast, ChannelKey } from './types.js';

const broadcastTypes: ReadonlySet<string> = new Set([
  MessageType.SubtitlePartial,
  MessageType.SubtitleFinal,
  MessageType.SessionState,
  MessageType.Gap,
]);

/** A message kept in a channel's history: finals, and the gaps replayed with them. */
export type HistoryEntry = SubtitleFinal | Gap;

/** The JSON text of a broadcast; throws {@link InvalidMessageError} when it does not match its schema. */
export function encodeBroadcast(message: ChannelBroadcast): string {
  if (!broadcastTypes.has((message as { type?: unknown }).type as string)) {
    throw new InvalidMessageError({
      code: 'unknown_type',
      message: `/type: ${JSON.stringify((message as { type?: unknown }).type)} is not a channel broadcast`,
      issues: [{ path: '/type', keyword: 'enum', message: `must be one of: ${[...broadcastTypes].join(', ')}` }],
    });
  }
  return serializeListenerServerMessage(message);
}

/** Parses the JSON text of a broadcast, refusing anything that is not a valid channel broadcast. */
export function decodeBroadcast(text: string): { ok: true; message: ChannelBroadcast } | { ok: false; error: ParseError } {
  const parsed = parseListenerServerMessage(text);
  if (!parsed.ok) return parsed;
  if (!broadcastTypes.has(parsed.message.type)) {
    return { ok: false, error: { code: 'unknown_type', message: `${parsed.message.type} is not a channel broadcast`, issues: [] } };
  }
  return { ok: true, message: parsed.message as ChannelBroadcast };
}

/** Whether a broadcast belongs in the channel's history. */
export function isHistoryEntry(message: ChannelBroadcast): message is HistoryEntry {
  return message.type === MessageType.SubtitleFinal || message.type === MessageType.Gap;
}

/**
 * The position of a history entry: a final at its sequence, a gap just after the final it follows
 * (`after_sequence + 0.5`, or 0.5 before the first final), so one ordering serves both.
 */
export function historyScore(entry: HistoryEntry): number {
  return entry.type === MessageType.SubtitleFinal ? entry.sequence : (entry.after_sequence ?? 0) + 0.5;
}

/** Whether a history entry is for one of `languages` (a gap without a language concerns every one). */
export function entryMatchesLanguages(entry: HistoryEntry, languages: ReadonlySet<string>): boolean {
  return entry.language === null || languages.has(entry.language);
}

/** A channel's identity as one string, for maps and Redis keys. */
export function channelKeyString(channel: ChannelKey): string {
  return `${channel.eventId}:${channel.channelId}`;
}
