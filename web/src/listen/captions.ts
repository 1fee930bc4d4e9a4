/**
 * What the listener has received, per language: the finals in sequence order without duplicates
 * (replays after a reconnect may repeat some), and the one partial being spoken, replaced in place by
 * each new revision and dropped when its final arrives.
 */
import type { Gap, SubtitleFinal, SubtitlePartial } from '../api/sdk.js';

/** A final as listeners (`subtitle_final`) and speakers (`transcript_final`) receive it. */
export type FinalText = Pick<SubtitleFinal, 'language' | 'sequence' | 'segment_id' | 'text' | 'start_ms' | 'end_ms'>;
/** A partial as listeners (`subtitle_partial`) and speakers (`transcript_partial`) receive it. */
export type PartialText = Pick<SubtitlePartial, 'language' | 'revision' | 'segment_id' | 'text' | 'start_ms' | 'end_ms'>;

export interface Caption {
  /** `final:<sequence>`, `partial:<segment_id>` or `gap:<…>`: stable keys for the list. */
  key: string;
  kind: 'final' | 'partial' | 'gap';
  sequence: number;
  text: string;
  startMs: number;
  endMs: number;
}

interface LanguageCaptions {
  finals: Caption[];
  sequences: Set<number>;
  partial: (Caption & { segmentId: string; revision: number }) | undefined;
  finishedSegments: Set<string>;
}

/** A mutable store with a version number: cheap to append 5,000 finals, and easy to subscribe to from React. */
export class CaptionStore {
  private readonly languages = new Map<string, LanguageCaptions>();
  private readonly subscribers = new Set<() => void>();
  private version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Adds a final; returns false for a duplicate (same language and sequence). */
  addFinal(message: FinalText): boolean {
    const captions = this.of(message.language);
    if (captions.sequences.has(message.sequence)) return false;
    captions.sequences.add(message.sequence);
    captions.finishedSegments.add(message.segment_id);
    const caption: Caption = {
      key: `final:${message.sequence}`,
      kind: 'final',
      sequence: message.sequence,
      text: message.text,
      startMs: message.start_ms,
      endMs: message.end_ms,
    };
    insertInOrder(captions.finals, caption);
    if (captions.partial?.segmentId === message.segment_id) captions.partial = undefined;
    this.changed();
    return true;
  }

  /** Shows a partial in place of the previous one; stale revisions and finished segments are ignored. */
  setPartial(message: PartialText): void {
    const captions = this.of(message.language);
    if (captions.finishedSegments.has(message.segment_id)) return;
    const current = captions.partial;
    if (current && current.segmentId === message.segment_id && current.revision >= message.revision) return;
    captions.partial = {
      key: `partial:${message.segment_id}`,
      kind: 'partial',
      sequence: Number.POSITIVE_INFINITY,
      text: message.text,
      startMs: message.start_ms,
      endMs: message.end_ms,
      segmentId: message.segment_id,
      revision: message.revision,
    };
    this.changed();
  }

  /** Ends a segment with no final: its partials were noise (the recogniser withdrew them). */
  withdrawPartial(language: string, segmentId: string): void {
    const captions = this.of(language);
    captions.finishedSegments.add(segmentId);
    if (captions.partial?.segmentId !== segmentId) return;
    captions.partial = undefined;
    this.changed();
  }

  /** Marks a stretch with no subtitles, after the final it follows. */
  addGap(message: Gap, language: string): void {
    const captions = this.of(message.language ?? language);
    const after = message.after_sequence ?? 0;
    const key = `gap:${after}:${message.from_ms}`;
    if (captions.finals.some((caption) => caption.key === key)) return;
    insertInOrder(captions.finals, { key, kind: 'gap', sequence: after + 0.5, text: '', startMs: message.from_ms, endMs: message.to_ms });
    this.changed();
  }

  /** Drops a language's partial, e.g. when its speaker's session ended mid-sentence. */
  clearPartials(): void {
    for (const captions of this.languages.values()) captions.partial = undefined;
    this.changed();
  }

  /** The finals of a language, then its partial if one is being spoken. */
  captions(language: string): Caption[] {
    const captions = this.languages.get(language);
    if (!captions) return [];
    return captions.partial ? [...captions.finals, captions.partial] : captions.finals;
  }

  /** The highest final sequence received in a language, `undefined` when none. */
  lastSequence(language: string): number | undefined {
    const finals = this.languages.get(language)?.finals.filter((caption) => caption.kind === 'final');
    return finals && finals.length > 0 ? finals[finals.length - 1]!.sequence : undefined;
  }

  private of(language: string): LanguageCaptions {
    let captions = this.languages.get(language);
    if (!captions) {
      captions = { finals: [], sequences: new Set(), partial: undefined, finishedSegments: new Set() };
      this.languages.set(language, captions);
    }
    return captions;
  }

  private changed(): void {
    this.version += 1;
    for (const subscriber of this.subscribers) subscriber();
  }
}

/** Appends in the common case (the next sequence), inserts in place for an out-of-order replay. */
function insertInOrder(list: Caption[], caption: Caption): void {
  let index = list.length;
  while (index > 0 && list[index - 1]!.sequence > caption.sequence) index -= 1;
  list.splice(index, 0, caption);
}
