/**
 * A channel's bounded history of finals (and gaps) in memory, for the in-process bus: the most
 * recent `limit` sequences, ordered by sequence, forgotten `ttlMs` after the last append (like the
 * Redis key's TTL), so that channels no one speaks on any more hold no memory. The Redis bus keeps
 * the same shape in a sorted set.
 */
import { MessageType } from '@ilenia/generated/asyncapi/live-event/messages';
import { entryMatchesLanguages, historyScore, type HistoryEntry } from './broadcast-codec.js';

export class ChannelHistoryBuffer {
  /** Sorted by score; equal scores keep their arrival order. */
  private readonly entries: { score: number; entry: HistoryEntry }[] = [];
  /** The highest sequence dropped from the history (0: nothing dropped yet). */
  private floor = 0;
  /** The highest sequence of a final appended so far. */
  private published = 0;

  private lastAppendAt = 0;

  constructor(
    private readonly limit: number,
    private readonly ttlMs: number = Number.POSITIVE_INFINITY,
  ) {}

  get latestSequence(): number {
    return this.published;
  }

  append(entry: HistoryEntry, now = Date.now()): void {
    this.expireIfIdle(now);
    this.lastAppendAt = now;
    const score = historyScore(entry);
    if (entry.type === MessageType.SubtitleFinal && entry.sequence > this.published) this.published = entry.sequence;
    // Finals mostly arrive in order: search from the end.
    let index = this.entries.length;
    while (index > 0 && this.entries[index - 1]!.score > score) index -= 1;
    this.entries.splice(index, 0, { score, entry });
    const floor = this.published - this.limit;
    if (floor > this.floor) this.floor = floor;
    let dropped = 0;
    while (dropped < this.entries.length && this.entries[dropped]!.score <= this.floor) dropped += 1;
    if (dropped > 0) this.entries.splice(0, dropped);
  }

  read(afterSequence: number, languages: ReadonlySet<string>, now = Date.now()): { entries: HistoryEntry[]; truncated: boolean } {
    this.expireIfIdle(now);
    const entries: HistoryEntry[] = [];
    for (const { score, entry } of this.entries) {
      if (score > afterSequence && entryMatchesLanguages(entry, languages)) entries.push(entry);
    }
    return { entries, truncated: afterSequence < this.floor };
  }

  /** After the TTL everything published so far is gone: the floor rises to the last sequence. */
  private expireIfIdle(now: number): void {
    if (this.entries.length === 0 || now - this.lastAppendAt <= this.ttlMs) return;
    this.entries.length = 0;
    this.floor = Math.max(this.floor, this.published);
  }
}
