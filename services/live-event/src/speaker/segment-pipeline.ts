import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Gap, SpeakerServerMessage, SubtitleFinal, SubtitlePartial } from '@ilenia/generated/asyncapi/live-event/messages';
import type { ChannelKey, SubtitleBus } from '../distribution/types.js';
import type { RecognitionResult, Translator } from '@ilenia/speech-engines/types';
import type { LiveEventMetrics } from '../metrics.js';
import type { SegmentRepository } from '../repositories/segment-repository.js';

/** What the pipeline of one session works with. */
export interface PipelineContext {
  eventId: string;
  channelId: string;
  sessionId: string;
  speakerId: string;
  sourceLanguage: string;
  targetLanguages: readonly string[];
  /** Where the recogniser stream's clock starts on the session clock (0, or the audio before a restart). */
  clockOffsetMs: number;
  bus: SubtitleBus;
  translator: Translator;
  segments: SegmentRepository;
  metrics: LiveEventMetrics;
  logger: Logger;
  /** Sends to the speaker's connection, when one is attached. */
  toSpeaker(message: SpeakerServerMessage): void;
  /** Whether the speaker asked for `translation_final` echoes. */
  echoTranslations(): boolean;
}

interface OpenSegment {
  segmentId: string;
  /** Partial revisions sent so far, per language. */
  revisions: Map<string, number>;
}

/** The protocol allows a partial at most every 250 ms per segment. */
const partialIntervalMs = 250;
const maxMediaMs = 86_400_000;

function clampMs(value: number): number {
  return Math.max(0, Math.min(maxMediaMs, Math.round(value)));
}

/**
 * Turns recogniser results into the protocol: partials to the speaker and (translated) to listeners,
 * and each final numbered with the channel's next sequence, stored, then published in the source
 * language and, translated in parallel, in every target language. Finals are handled one after the
 * other so that every language stream stays in sequence order.
 */
export class SegmentPipeline {
  private open: OpenSegment | undefined;
  private finals: Promise<void> = Promise.resolve();
  private lastPartialSentAt = 0;
  private pendingPartial: { result: RecognitionResult; timer: NodeJS.Timeout } | undefined;
  private readonly partialTranslations = new Map<string, { busy: boolean; next?: { segment: OpenSegment; result: RecognitionResult } }>();
  /**
   * The latest sequence of the channel this session produced or knows of (stored ones included), for
   * `gap.after_sequence` and `session_started.last_sequence`; new finals are numbered above it even
   * when the bus's counter restarted (an in-process bus after a restart).
   */
  lastSequence: number | null = null;

  constructor(private readonly context: PipelineContext) {}

  private get channel(): ChannelKey {
    return { eventId: this.context.eventId, channelId: this.context.channelId };
  }

  /** Takes one recogniser result; `receivedAt` is when it reached us (performance.now()). */
  onResult(streamResult: RecognitionResult, receivedAt: number): void {
    const offset = this.context.clockOffsetMs;
    const result = offset === 0 ? streamResult : { ...streamResult, startMs: streamResult.startMs + offset, endMs: streamResult.endMs + offset };
    if (result.kind === 'partial') {
      this.onPartial(result);
      return;
    }
    const segment = this.open;
    this.open = undefined;
    this.clearPendingPartial();
    const text = result.text.trim();
    // An utterance the recogniser heard nothing in is no segment (finals need text).
    if (text === '') return;
    const segmentId = segment?.segmentId ?? randomUUID();
    this.finals = this.finals
      .then(() => this.publishFinal(segmentId, { ...result, text }, receivedAt))
      .catch((error: unknown) => this.context.logger.error({ err: error, session_id: this.context.sessionId }, 'a final segment could not be stored or published'));
  }

  /** Audio the recogniser lost (engine crash or timeout): every language misses that span. */
  onRecognitionGap(streamGap: { startMs: number; endMs: number; reason: string }): void {
    const gap = { ...streamGap, startMs: streamGap.startMs + this.context.clockOffsetMs, endMs: streamGap.endMs + this.context.clockOffsetMs };
    this.open = undefined;
    this.clearPendingPartial();
    this.context.metrics.engineErrors.inc({ engine: 'stt', kind: 'gap' });
    this.finals = this.finals.then(async () => {
      await this.publishGap({ language: null, fromMs: gap.startMs, toMs: gap.endMs, reason: 'asr_failed', message: gap.reason });
      this.context.toSpeaker({
        type: 'error',
        code: 'engine_unavailable',
        message: `speech recognition lost ${clampMs(gap.endMs) - clampMs(gap.startMs)} ms of audio (${gap.reason}); listeners were told of the gap`.slice(0, 1000),
        fatal: false,
        details: { from_ms: clampMs(gap.startMs), to_ms: clampMs(gap.endMs) },
      });
    });
  }

  /** Resolves once every final received so far is stored and published. */
  async drain(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.finals;
      await current;
    } while (current !== this.finals);
  }

  private onPartial(result: RecognitionResult): void {
    this.open ??= { segmentId: randomUUID(), revisions: new Map() };
    const wait = this.lastPartialSentAt + partialIntervalMs - performance.now();
    if (wait <= 0) {
      this.sendPartial(this.open, result);
      return;
    }
    // Keep only the newest hypothesis; send it when the interval is over.
    if (this.pendingPartial) {
      this.pendingPartial.result = result;
      return;
    }
    const segment = this.open;
    const timer = setTimeout(() => {
      const pending = this.pendingPartial;
      this.pendingPartial = undefined;
      if (pending && this.open === segment) this.sendPartial(segment, pending.result);
    }, wait);
    this.pendingPartial = { result, timer };
  }

  private clearPendingPartial(): void {
    if (this.pendingPartial) clearTimeout(this.pendingPartial.timer);
    this.pendingPartial = undefined;
  }

  private nextRevision(segment: OpenSegment, language: string): number {
    const revision = (segment.revisions.get(language) ?? 0) + 1;
    segment.revisions.set(language, revision);
    return revision;
  }

  private sendPartial(segment: OpenSegment, result: RecognitionResult): void {
    this.lastPartialSentAt = performance.now();
    const { sessionId, sourceLanguage } = this.context;
    const startMs = clampMs(result.startMs);
    const endMs = Math.max(startMs, clampMs(result.endMs));
    const text = result.text.slice(0, 2000);
    const recognitionMs = clampMs(result.recognitionMs);
    const emittedAt = new Date().toISOString();
    this.context.toSpeaker({
      type: 'transcript_partial',
      session_id: sessionId,
      segment_id: segment.segmentId,
      revision: this.nextRevision(segment, `speaker:${sourceLanguage}`),
      language: sourceLanguage,
      start_ms: startMs,
      end_ms: endMs,
      text,
      timings: { recognition_ms: recognitionMs, emitted_at: emittedAt },
    });
    this.publish(this.partialMessage(segment, sourceLanguage, text, result, null));
    for (const language of this.context.targetLanguages) this.translatePartial(language, segment, result);
  }

  private partialMessage(segment: OpenSegment, language: string, text: string, result: RecognitionResult, translationMs: number | null): SubtitlePartial {
    const startMs = clampMs(result.startMs);
    return {
      type: 'subtitle_partial',
      event_id: this.context.eventId,
      channel_id: this.context.channelId,
      session_id: this.context.sessionId,
      segment_id: segment.segmentId,
      revision: this.nextRevision(segment, language),
      language,
      is_source: translationMs === null,
      start_ms: startMs,
      end_ms: Math.max(startMs, clampMs(result.endMs)),
      text: text.slice(0, 4000),
      timings: { recognition_ms: clampMs(result.recognitionMs), translation_ms: translationMs, emitted_at: new Date().toISOString() },
    };
  }

  /** One partial translation per language at a time; a newer hypothesis waits and replaces older waiting ones. */
  private translatePartial(language: string, segment: OpenSegment, result: RecognitionResult): void {
    const slot = this.partialTranslations.get(language) ?? { busy: false };
    this.partialTranslations.set(language, slot);
    if (slot.busy) {
      slot.next = { segment, result };
      return;
    }
    if (result.text.trim() === '') return;
    slot.busy = true;
    const started = performance.now();
    this.context.translator
      .translate(result.text, this.context.sourceLanguage, language)
      .then((text) => {
        // A partial that arrives after its segment's final would replace the final on screen.
        if (this.open === segment && text.trim() !== '') this.publish(this.partialMessage(segment, language, text, result, clampMs(performance.now() - started)));
      })
      .catch(() => this.context.metrics.engineErrors.inc({ engine: 'mt', kind: 'partial' }))
      .finally(() => {
        slot.busy = false;
        const next = slot.next;
        slot.next = undefined;
        if (next && this.open === next.segment) this.translatePartial(language, next.segment, next.result);
      });
  }

  private publish(message: SubtitlePartial | SubtitleFinal | Gap): Promise<void> {
    return this.context.bus.publish(this.channel, message).catch((error: unknown) => {
      this.context.logger.error({ err: error, session_id: this.context.sessionId, type: message.type }, 'publishing to the subtitle bus failed');
    });
  }

  private async publishFinal(segmentId: string, result: RecognitionResult, receivedAt: number): Promise<void> {
    const { sessionId, sourceLanguage, speakerId, metrics } = this.context;
    let sequence = await this.context.bus.nextSequence(this.channel);
    while (sequence <= (this.lastSequence ?? 0)) sequence = await this.context.bus.nextSequence(this.channel);
    const startMs = clampMs(result.startMs);
    const endMs = Math.max(startMs, clampMs(result.endMs));
    const recognitionMs = clampMs(result.recognitionMs);
    const text = result.text.slice(0, 2000);
    // Stored before it is published: a crash after this loses nothing a listener saw.
    await this.context.segments.insert({ sessionId, language: sourceLanguage, sequence, segmentId, isSource: true, startMs, endMs, text, speakerId });
    this.lastSequence = sequence;
    const emittedAt = new Date().toISOString();
    this.context.toSpeaker({ type: 'transcript_final', session_id: sessionId, segment_id: segmentId, sequence, language: sourceLanguage, start_ms: startMs, end_ms: endMs, text, timings: { recognition_ms: recognitionMs, emitted_at: emittedAt } });
    await this.publish(this.finalMessage({ segmentId, sequence, language: sourceLanguage, startMs, endMs, text, recognitionMs, translationMs: null }));
    metrics.segments.inc({ language: sourceLanguage, kind: 'transcription' });
    metrics.stageLatency.observe({ stage: 'recognition' }, recognitionMs / 1000);
    metrics.stageLatency.observe({ stage: 'delivery' }, (performance.now() - receivedAt) / 1000);

    await Promise.all(
      this.context.targetLanguages.map(async (language) => {
        const started = performance.now();
        let translated: string;
        try {
          translated = (await this.context.translator.translate(text, sourceLanguage, language)).trim().slice(0, 4000);
          if (translated === '') throw new Error('the translator answered an empty text');
        } catch (error) {
          metrics.engineErrors.inc({ engine: 'mt', kind: 'final' });
          this.context.logger.warn({ err: error, session_id: sessionId, language, sequence }, 'translation failed; listeners get a gap');
          await this.publishGap({ language, fromMs: startMs, toMs: endMs, reason: 'mt_failed', message: error instanceof Error ? error.message : String(error), afterSequence: sequence > 1 ? sequence - 1 : null });
          return;
        }
        const translationMs = clampMs(performance.now() - started);
        await this.context.segments.insert({ sessionId, language, sequence, segmentId, isSource: false, startMs, endMs, text: translated, speakerId });
        await this.publish(this.finalMessage({ segmentId, sequence, language, startMs, endMs, text: translated, recognitionMs, translationMs }));
        if (this.context.echoTranslations()) {
          this.context.toSpeaker({
            type: 'translation_final',
            session_id: sessionId,
            segment_id: segmentId,
            sequence,
            source_language: sourceLanguage,
            language,
            start_ms: startMs,
            end_ms: endMs,
            text: translated,
            timings: { recognition_ms: recognitionMs, translation_ms: translationMs, emitted_at: new Date().toISOString() },
          });
        }
        metrics.segments.inc({ language, kind: 'translation' });
        metrics.stageLatency.observe({ stage: 'translation' }, translationMs / 1000);
      }),
    );
  }

  private finalMessage(final: { segmentId: string; sequence: number; language: string; startMs: number; endMs: number; text: string; recognitionMs: number; translationMs: number | null }): SubtitleFinal {
    return {
      type: 'subtitle_final',
      event_id: this.context.eventId,
      channel_id: this.context.channelId,
      session_id: this.context.sessionId,
      segment_id: final.segmentId,
      sequence: final.sequence,
      language: final.language,
      is_source: final.translationMs === null,
      start_ms: final.startMs,
      end_ms: final.endMs,
      text: final.text,
      timings: { recognition_ms: final.recognitionMs, translation_ms: final.translationMs, emitted_at: new Date().toISOString() },
      replayed: false,
    };
  }

  private async publishGap(gap: { language: string | null; fromMs: number; toMs: number; reason: Gap['reason']; message?: string; afterSequence?: number | null }): Promise<void> {
    const fromMs = clampMs(gap.fromMs);
    await this.publish({
      type: 'gap',
      event_id: this.context.eventId,
      channel_id: this.context.channelId,
      session_id: this.context.sessionId,
      language: gap.language,
      from_ms: fromMs,
      to_ms: Math.max(fromMs, clampMs(gap.toMs)),
      after_sequence: gap.afterSequence === undefined ? this.lastSequence : gap.afterSequence,
      reason: gap.reason,
      ...(gap.message ? { message: gap.message.slice(0, 500) } : {}),
      replayed: false,
    });
  }
}
