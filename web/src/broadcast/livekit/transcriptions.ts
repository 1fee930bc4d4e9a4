/**
 * Captions from the agents' text streams (topic `lk.transcription`) into the caption store the
 * WebSocket views use. Each stream is one revision of one segment: its chunks are deltas, so the text
 * grows as they arrive and is shown as a partial; a stream marked final replaces the segment's partial.
 * The agent names the language of each stream in `lk.language`; a stream without one is not a caption.
 */
import type { TextStreamReader } from 'livekit-client';
import type { CaptionStore } from '../../listen/captions.js';

export const transcriptionTopic = 'lk.transcription';

const transcriptionAttributes = {
  segmentId: 'lk.segment_id',
  final: 'lk.transcription_final',
  language: 'lk.language',
  /** The agent's per-session sequence of a final, shared by a source final and its translations. */
  sequence: 'ilenia.sequence',
} as const;

/** The part of a text stream reader the feed reads: its attributes and its chunks. */
export type TranscriptionReader = Pick<TextStreamReader, 'info' | typeof Symbol.asyncIterator>;

/**
 * Returns the handler to register for `lk.transcription`. Finals keep the agent's sequence
 * (`ilenia.sequence`), so they sort as spoken whatever order their streams complete in; a stream
 * without one gets the next sequence after every one seen. A segment finalised twice keeps its first
 * final; an empty final withdraws the segment's partial (it was noise), as in WebSocket mode.
 */
export function transcriptionFeed(store: CaptionStore): (reader: TranscriptionReader) => void {
  const finalSequences = new Map<string, number>();
  const revisions = new Map<string, number>();
  let nextSequence = 1;

  return (reader) => {
    const attributes = reader.info.attributes ?? {};
    const language = attributes[transcriptionAttributes.language];
    const segmentId = attributes[transcriptionAttributes.segmentId] ?? reader.info.id;
    const final = attributes[transcriptionAttributes.final] === 'true';
    if (!language) return;
    const key = `${language}\u0000${segmentId}`;

    void (async () => {
      let text = '';
      try {
        for await (const delta of reader) {
          text += delta;
          const revision = (revisions.get(key) ?? 0) + 1;
          revisions.set(key, revision);
          store.setPartial({ language, segment_id: segmentId, revision, text, start_ms: 0, end_ms: 0 });
        }
      } catch {
        // The sender left mid-stream (agent restarted, connection lost): what arrived stays a partial.
        return;
      }
      if (!final || finalSequences.has(key)) return;
      if (text.trim() === '') {
        store.withdrawPartial(language, segmentId);
        return;
      }
      const announced = Number(attributes[transcriptionAttributes.sequence]);
      const sequence = Number.isInteger(announced) && announced >= 0 ? announced : nextSequence;
      nextSequence = Math.max(nextSequence, sequence + 1);
      finalSequences.set(key, sequence);
      store.addFinal({ language, sequence, segment_id: segmentId, text: text.trim(), start_ms: 0, end_ms: 0 });
    })();
  };
}
