import type { Logger } from 'pino';
import type { AgentRoom } from './agent-room.js';

/** The text stream topic LiveKit's clients and agents use for transcriptions. */
const transcriptionTopic = 'lk.transcription';

/**
 * The attributes of every caption text stream. The first three are LiveKit's own (its agents and
 * `@livekit/components-react` read them); LiveKit defines no language attribute, so `lk.language`
 * (BCP 47, as the channel names it) is ours, and `ilenia.*` carry what the transcript downloads need.
 */
const captionAttributes = {
  /** One id per utterance and language: every revision of a caption (partials, then the final) carries it. */
  segmentId: 'lk.segment_id',
  /** `true` on the last revision of a segment, `false` on partials. */
  final: 'lk.transcription_final',
  /** The speaker's microphone track the caption was made from (translations included). */
  transcribedTrackId: 'lk.transcribed_track_id',
  language: 'lk.language',
  /** `true` for the speaker's own language, `false` for a translation. */
  source: 'ilenia.source',
  /** The final's sequence number in the session (finals only): the same for a source final and its translations. */
  sequence: 'ilenia.sequence',
} as const;

export interface Caption {
  segmentId: string;
  language: string;
  isSource: boolean;
  trackId: string;
  text: string;
  final: boolean;
  sequence?: number;
}

/**
 * Publishes captions as text streams, in order per language. A partial that finds the previous one of
 * its language still on its way replaces any partial waiting behind it (a reader wants the newest
 * words, not every revision); finals always go out. A publication that fails is logged and the next
 * caption goes on: captions are live, the finals' record is kept by the store.
 */
export class CaptionPublisher {
  private readonly lanes = new Map<string, { chain: Promise<void>; waitingPartial: Caption | undefined }>();

  constructor(
    /** The room captions go to now (it changes when the agent rejoins). */
    private readonly room: () => AgentRoom,
    private readonly logger: Logger,
  ) {}

  publish(caption: Caption): Promise<void> {
    const lane = this.lanes.get(caption.language) ?? { chain: Promise.resolve(), waitingPartial: undefined };
    this.lanes.set(caption.language, lane);
    if (!caption.final) {
      const alreadyWaiting = lane.waitingPartial !== undefined;
      lane.waitingPartial = caption;
      if (alreadyWaiting) return lane.chain;
      lane.chain = lane.chain.then(() => {
        const partial = lane.waitingPartial;
        lane.waitingPartial = undefined;
        return partial ? this.send(partial) : undefined;
      });
      return lane.chain;
    }
    // A final supersedes the partials of its segment still waiting.
    if (lane.waitingPartial?.segmentId === caption.segmentId) lane.waitingPartial = undefined;
    lane.chain = lane.chain.then(() => this.send(caption));
    return lane.chain;
  }

  /** Resolves once every caption handed over so far is published (or failed). */
  async drain(): Promise<void> {
    await Promise.all([...this.lanes.values()].map((lane) => lane.chain));
  }

  private async send(caption: Caption): Promise<void> {
    const attributes: Record<string, string> = {
      [captionAttributes.segmentId]: caption.segmentId,
      [captionAttributes.final]: String(caption.final),
      [captionAttributes.transcribedTrackId]: caption.trackId,
      [captionAttributes.language]: caption.language,
      [captionAttributes.source]: String(caption.isSource),
    };
    if (caption.sequence !== undefined) attributes[captionAttributes.sequence] = String(caption.sequence);
    try {
      await this.room().publishText(caption.text, { topic: transcriptionTopic, attributes });
    } catch (error) {
      this.logger.warn(
        { err: error, language: caption.language, segment_id: caption.segmentId, final: caption.final },
        'publishing a caption failed',
      );
    }
  }
}
