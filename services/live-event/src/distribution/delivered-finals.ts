/**
 * Which finals a connection was sent, so that a final reaching it twice (from the replay and live, or
 * from a second `subscribe` with `resume_from`) is sent once. Per language, the sequences sent are
 * kept as sorted disjoint ranges: finals of a language mostly come in order, so this is one range
 * whatever the length of the talk. Past `maxRanges` (a very disordered stream), the two oldest ranges
 * merge and the hole between them counts as sent, which keeps a connection's memory bounded.
 */
export class DeliveredFinals {
  /**
   * Per language: [start0, end0, start1, end1, ...], ascending, inclusive, never adjacent. Made on the
   * first final: an idle listener holds none.
   */
  private ranges: Map<string, number[]> | undefined;

  constructor(private readonly maxRanges = 32) {}

  /** Records (language, sequence) and says whether it is new to this connection. */
  markIfNew(language: string, sequence: number): boolean {
    this.ranges ??= new Map();
    let ranges = this.ranges.get(language);
    if (!ranges) {
      this.ranges.set(language, [sequence, sequence]);
      return true;
    }
    // The common case: the next sequence after everything sent so far.
    const last = ranges.length - 1;
    if (sequence === ranges[last]! + 1) {
      ranges[last] = sequence;
      return true;
    }
    if (sequence > ranges[last]!) {
      ranges.push(sequence, sequence);
    } else {
      const index = this.rangeIndexAtOrAfter(ranges, sequence);
      if (index < ranges.length && ranges[index]! <= sequence) return false;
      ranges.splice(index, 0, sequence, sequence);
      ranges = this.mergeAround(ranges, index);
      this.ranges.set(language, ranges);
    }
    if (ranges.length > 2 * this.maxRanges) ranges.splice(1, 2);
    return true;
  }

  /** Whether (language, sequence) counts as sent. */
  has(language: string, sequence: number): boolean {
    const ranges = this.ranges?.get(language);
    if (!ranges) return false;
    const index = this.rangeIndexAtOrAfter(ranges, sequence);
    return index < ranges.length && ranges[index]! <= sequence;
  }

  clear(): void {
    this.ranges = undefined;
  }

  /** The index of the first range whose end is >= sequence (ranges.length when none). */
  private rangeIndexAtOrAfter(ranges: number[], sequence: number): number {
    let low = 0;
    let high = ranges.length / 2;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranges[2 * middle + 1]! < sequence) low = middle + 1;
      else high = middle;
    }
    return 2 * low;
  }

  /** Joins the range at `index` with its neighbours when they touch. */
  private mergeAround(ranges: number[], index: number): number[] {
    if (index + 2 < ranges.length && ranges[index + 1]! + 1 === ranges[index + 2]!) {
      ranges.splice(index + 1, 2);
    }
    if (index > 0 && ranges[index - 1]! + 1 === ranges[index]!) {
      ranges.splice(index - 1, 2);
    }
    return ranges;
  }
}
