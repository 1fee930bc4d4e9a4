/**
 * A channel's bounded history of finals (and gaps) in memory, for the in-process bus: the most
 * recent `limit` sequences, ordered by sequence. The Redis bus keeps the same shape in a sorted set.
 */
import { MessageType } from '../../../../generated/asyncapi/live-event/messages.js';
import { entryMatchesLanguages, historyScore, type HistoryEntry } from './broadcast-codec.js';

export class ChannelHistoryBuffer {
  /** Sorted by score; equal scores keep their arrival order. */
  private readonly entries: { score: number; entry: HistoryEntry }[] = [];
  /** The highest sequence dropped from the history (0: nothing dropped yet). */
  private floor = 0;
  /** The highest sequence of a final appended so far. */
  private published = 0;

  constructor(private readonly limit: number) {}

  get latestSequence(): number {
    return this.published;
  }

  append(entry: HistoryEntry): void {
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

  read(afterSequence: number, languages: ReadonlySet<string>): { entries: HistoryEntry[]; truncated: boolean } {
    const entries: HistoryEntry[] = [];
    for (const { score, entry } of this.entries) {
      if (score > afterSequence && entryMatchesLanguages(entry, languages)) entries.push(entry);
    }
    return { entries, truncated: afterSequence < this.floor };
  }
}
