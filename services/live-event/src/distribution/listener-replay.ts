/**
 * What a `subscribe` with `resume_from` replays: the held finals and gaps after the resume point,
 * oldest first, less the finals the connection already has, within the spec's bound of a replay.
 */
import { MessageType } from '@ilenia/generated/asyncapi/live-event/messages';
import { historyScore, type HistoryEntry } from './broadcast-codec.js';
import type { DeliveredFinals } from './delivered-finals.js';

/** The spec's bound of `subscribed.replay.count`. */
const maxReplayedFinals = 10_000;

export interface ReplayPlan {
  entries: HistoryEntry[];
  /** How many of `entries` are finals (`replay.count`). */
  finals: number;
  truncated: boolean;
  /** First and last replayed sequence (0 when no final is replayed). */
  from: number;
  to: number;
}

export function planReplay(held: readonly HistoryEntry[], truncated: boolean, delivered: DeliveredFinals): ReplayPlan {
  let entries = held
    .filter((entry) => entry.type !== MessageType.SubtitleFinal || !delivered.has(entry.language, entry.sequence))
    .sort((left, right) => historyScore(left) - historyScore(right));
  let finals = entries.filter((entry) => entry.type === MessageType.SubtitleFinal).length;
  if (finals > maxReplayedFinals) {
    // Keep the most recent ones, and say that older ones were left out.
    let skip = finals - maxReplayedFinals;
    let start = 0;
    while (skip > 0) {
      if (entries[start]!.type === MessageType.SubtitleFinal) skip -= 1;
      start += 1;
    }
    entries = entries.slice(start);
    finals = maxReplayedFinals;
    truncated = true;
  }
  const sequences = entries.flatMap((entry) => (entry.type === MessageType.SubtitleFinal ? [entry.sequence] : []));
  return { entries, finals, truncated, from: sequences[0] ?? 0, to: sequences[sequences.length - 1] ?? 0 };
}
