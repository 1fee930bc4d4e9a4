import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type {
  Gap,
  ServiceWarning,
  SpeakerServerMessage,
  SubtitleFinal,
  SubtitlePartial,
} from '@ilenia/generated/asyncapi/live-event/messages';
import { isDependencyUnavailable } from '@ilenia/kit';
import { isUniqueViolation } from '@ilenia/kit/persistence';
import { BusUnavailableError, type ChannelKey, type SubtitleBus } from '../distribution/types.js';
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
  /** How finals wait for a database or Redis that is down (defaults: {@link defaultFinalBuffer}). */
  finalBuffer?: FinalBufferLimits;
}

/** How long, and how many, finals of one session may wait in memory for storage or numbering. */
export interface FinalBufferLimits {
  /** A final not stored and published this long after it was recognised becomes a `gap`. */
  maxWaitMs: number;
  /** Finals waiting at once; one more is given up at once (a `gap`), so memory stays bounded. */
  maxFinals: number;
}

const defaultFinalBuffer: FinalBufferLimits = { maxWaitMs: 120_000, maxFinals: 200 };

/** What a final waits for: where it is stored, or where it is numbered and published. */
type Dependency = ServiceWarning['dependency'];

/** A final (or one language of it) that could not be stored or published within its time. */
class FinalGivenUp extends Error {
  constructor(
    readonly dependency: Dependency,
    cause: unknown,
  ) {
    super(`the ${dependency} stayed unavailable (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
}

const firstRetryDelayMs = 100;
const longestRetryDelayMs = 2_000;

interface OpenSegment {
  segmentId: string;
  /** Partial revisions sent so far, per language. */
  revisions: Map<string, number>;
}

/** One target language of a final: its translation, started as soon as the final was recognised. */
interface FinalTranslation {
  language: string;
  /** Never rejects: a failure is an outcome (a gap for that language). */
  outcome: Promise<{ text: string; translationMs: number } | { error: unknown }>;
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
  /**
   * A sequence taken from the bus for a final that was then given up (the database stayed down). The
   * next final uses it instead of taking a new one, so numbering never skips: listeners see the
   * previous final, a `gap` placed after it (the lost speech), then this sequence on the next final.
   * Taking the number only once storage succeeded is not possible (the stored row carries it), and a
   * skipped number covered by a gap would leave the numbering with holes in every transcript.
   */
  private reservedSequence: number | null = null;
  /** Finals recognised and not yet stored and published (the in-memory buffer, in order). */
  private pendingFinals = 0;
  /** The dependencies found down, and not yet seen back; the speaker was warned about each. */
  private readonly unavailable = new Set<Dependency>();
  private readonly limits: FinalBufferLimits;
  /**
   * Until when gaps wait for the bus: one window for all of them, from the first that could not be
   * published, so a long outage costs one wait and not one per gap; cleared once the bus answers.
   */
  private gapDeadline: number | undefined;

  constructor(private readonly context: PipelineContext) {
    this.limits = context.finalBuffer ?? defaultFinalBuffer;
  }

  private get channel(): ChannelKey {
    return { eventId: this.context.eventId, channelId: this.context.channelId };
  }

  /** Takes one recogniser result; `receivedAt` is when it reached us (performance.now()). */
  onResult(streamResult: RecognitionResult, receivedAt: number): void {
    const offset = this.context.clockOffsetMs;
    const result =
      offset === 0 ? streamResult : { ...streamResult, startMs: streamResult.startMs + offset, endMs: streamResult.endMs + offset };
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
    const final = { ...result, text };
    // Over the bound, the newest final is the one given up: those before it keep their order and
    // their text, and its gap (placed in turn) costs a few numbers instead of a text.
    if (this.pendingFinals >= this.limits.maxFinals) {
      this.context.metrics.engineErrors.inc({ engine: 'storage', kind: 'gap' });
      const reason = `${this.pendingFinals} finals were already waiting for storage`;
      this.finals = this.finals.then(() => this.giveUp(segmentId, final, reason)).catch((error: unknown) => this.logLost(segmentId, error));
      return;
    }
    this.pendingFinals += 1;
    const deadline = receivedAt + this.limits.maxWaitMs;
    // Translated at once, while the finals before it are still being stored (or the database is down).
    const translations = this.translateFinal(final.text.slice(0, 2000));
    this.finals = this.finals
      .then(() => this.publishFinal(segmentId, final, receivedAt, deadline, translations))
      .catch((error: unknown) => this.logLost(segmentId, error))
      .finally(() => {
        this.pendingFinals -= 1;
      });
  }

  private logLost(segmentId: string, error: unknown): void {
    this.context.logger.error(
      { err: error, session_id: this.context.sessionId, segment_id: segmentId },
      'a final segment could not be stored or published',
    );
  }

  /**
   * A final that cannot wait longer: the speaker and the listeners get a `gap` over its span, placed
   * after the last final stored, naming the segment and why.
   */
  private async giveUp(segmentId: string, result: RecognitionResult, reason: string): Promise<void> {
    this.context.logger.warn(
      { session_id: this.context.sessionId, segment_id: segmentId, reason },
      'a final was given up; listeners get a gap',
    );
    await this.publishGap({
      language: null,
      fromMs: result.startMs,
      toMs: result.endMs,
      reason: 'storage_unavailable',
      message: `segment ${segmentId} given up: ${reason}`,
    });
  }

  /**
   * Runs one step that needs `dependency` until it succeeds, retrying with backoff while the
   * dependency is unreachable (the speaker is warned once, and told when it is back). Past `deadline`
   * the final is given up ({@link FinalGivenUp}); any other error is not retried.
   */
  private async untilAvailable<T>(dependency: Dependency, deadline: number, step: () => Promise<T>): Promise<T> {
    let delay = firstRetryDelayMs;
    for (;;) {
      try {
        const value = await step();
        if (dependency === 'redis') this.gapDeadline = undefined;
        if (this.unavailable.delete(dependency))
          this.warnSpeaker(dependency, 'recovered', `the ${dependency} is available again; waiting finals are being stored and sent`);
        return value;
      } catch (error) {
        if (!(isDependencyUnavailable(error) || error instanceof BusUnavailableError)) throw error;
        if (!this.unavailable.has(dependency)) {
          this.unavailable.add(dependency);
          this.context.logger.warn(
            { err: { message: error instanceof Error ? error.message : String(error) }, session_id: this.context.sessionId, dependency },
            'a dependency is unavailable; finals wait for it',
          );
          this.warnSpeaker(
            dependency,
            'unavailable',
            `the ${dependency} is unavailable (${error instanceof Error ? error.message : String(error)}); finals wait and are sent once it is back`,
          );
        }
        const now = performance.now();
        if (now >= deadline) throw new FinalGivenUp(dependency, error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(delay, deadline - now)));
        delay = Math.min(longestRetryDelayMs, delay * 2);
      }
    }
  }

  private warnSpeaker(dependency: Dependency, state: ServiceWarning['state'], message: string): void {
    this.context.toSpeaker({
      type: 'service_warning',
      dependency,
      state,
      pending_finals: Math.max(0, this.pendingFinals),
      message: message.slice(0, 500),
    });
  }

  /**
   * The channel's next sequence: the one kept from a final given up, or a new one from the bus above
   * every sequence this session knows. A number the bus counted for an attempt whose answer was lost
   * (Redis went away mid-command) would be a hole; a gap placed after the last final covers it.
   */
  private async takeSequence(deadline: number, span: { startMs: number }): Promise<number> {
    if (this.reservedSequence !== null) return this.reservedSequence;
    let retried = false;
    const next = () =>
      this.untilAvailable('redis', deadline, async () => {
        try {
          return await this.context.bus.nextSequence(this.channel);
        } catch (error) {
          retried = true;
          throw error;
        }
      });
    let sequence = await next();
    while (sequence <= (this.lastSequence ?? 0)) sequence = await next();
    const expected = (this.lastSequence ?? 0) + 1;
    if (retried && this.lastSequence !== null && sequence > expected) {
      await this.publishGap({
        language: null,
        fromMs: span.startMs,
        toMs: span.startMs,
        reason: 'storage_unavailable',
        message: `sequences ${expected}–${sequence - 1} were counted by attempts Redis did not answer`,
      });
    }
    this.reservedSequence = sequence;
    return sequence;
  }

  /** Audio the recogniser lost (engine crash or timeout): every language misses that span. */
  onRecognitionGap(streamGap: { startMs: number; endMs: number; reason: string }): void {
    const gap = {
      ...streamGap,
      startMs: streamGap.startMs + this.context.clockOffsetMs,
      endMs: streamGap.endMs + this.context.clockOffsetMs,
    };
    this.open = undefined;
    this.clearPendingPartial();
    this.context.metrics.engineErrors.inc({ engine: 'stt', kind: 'gap' });
    this.finals = this.finals.then(async () => {
      await this.publishGap({ language: null, fromMs: gap.startMs, toMs: gap.endMs, reason: 'asr_failed', message: gap.reason });
      this.context.toSpeaker({
        type: 'error',
        code: 'engine_unavailable',
        message:
          `speech recognition lost ${clampMs(gap.endMs) - clampMs(gap.startMs)} ms of audio (${gap.reason}); listeners were told of the gap`.slice(
            0,
            1000,
          ),
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
    void this.publish(this.partialMessage(segment, sourceLanguage, text, result, null));
    for (const language of this.context.targetLanguages) this.translatePartial(language, segment, result);
  }

  private partialMessage(
    segment: OpenSegment,
    language: string,
    text: string,
    result: RecognitionResult,
    translationMs: number | null,
  ): SubtitlePartial {
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
        if (this.open === segment && text.trim() !== '')
          void this.publish(this.partialMessage(segment, language, text, result, clampMs(performance.now() - started)));
      })
      .catch(() => this.context.metrics.engineErrors.inc({ engine: 'mt', kind: 'partial' }))
      .finally(() => {
        slot.busy = false;
        const next = slot.next;
        slot.next = undefined;
        if (next && this.open === next.segment) this.translatePartial(language, next.segment, next.result);
      });
  }

  /** Publishes a final or a gap, waiting for the bus while it is down (until `deadline`). */
  private publishInOrder(message: SubtitleFinal | Gap, deadline: number): Promise<void> {
    return this.untilAvailable('redis', deadline, () => this.context.bus.publish(this.channel, message));
  }

  private publish(message: SubtitlePartial | SubtitleFinal | Gap): Promise<void> {
    return this.context.bus.publish(this.channel, message).catch((error: unknown) => {
      this.context.logger.error(
        { err: error, session_id: this.context.sessionId, type: message.type },
        'publishing to the subtitle bus failed',
      );
    });
  }

  /** Starts the translation of a final's text into every target language. */
  private translateFinal(text: string): FinalTranslation[] {
    return this.context.targetLanguages.map((language) => {
      const started = performance.now();
      const outcome = this.context.translator.translate(text, this.context.sourceLanguage, language).then(
        (translated) => {
          const trimmed = translated.trim().slice(0, 4000);
          if (trimmed === '') return { error: new Error('the translator answered an empty text') };
          return { text: trimmed, translationMs: clampMs(performance.now() - started) };
        },
        (error: unknown) => ({ error }),
      );
      return { language, outcome };
    });
  }

  /**
   * Numbers a final, stores it, then publishes it in every language. Stored before published: a
   * crash after storing loses nothing a listener saw. With a translator that answers at once the
   * final waits for its translations and all its languages are stored in one round trip; otherwise
   * the source goes first and each translation is stored and published when it comes.
   */
  private async publishFinal(
    segmentId: string,
    result: RecognitionResult,
    receivedAt: number,
    deadline: number,
    translations: readonly FinalTranslation[],
  ): Promise<void> {
    const { sessionId, sourceLanguage, speakerId, metrics } = this.context;
    const startMs = clampMs(result.startMs);
    const endMs = Math.max(startMs, clampMs(result.endMs));
    const recognitionMs = clampMs(result.recognitionMs);
    const text = result.text.slice(0, 2000);
    const stored = { sessionId, segmentId, startMs, endMs, speakerId };
    const translated = this.context.translator.answersAtOnce ? await Promise.all(translations.map(({ outcome }) => outcome)) : undefined;
    let sequence: number;
    try {
      sequence = await this.takeSequence(deadline, { startMs });
      await this.store('database', deadline, [
        { ...stored, language: sourceLanguage, sequence, isSource: true, text },
        ...translations.flatMap(({ language }, index) => {
          const outcome = translated?.[index];
          return outcome && 'text' in outcome ? [{ ...stored, language, sequence, isSource: false, text: outcome.text }] : [];
        }),
      ]);
    } catch (error) {
      // Not stored, whatever the reason: listeners and the speaker learn of it (a gap), never silence.
      await this.giveUp(
        segmentId,
        result,
        error instanceof FinalGivenUp
          ? error.message
          : `it could not be stored (${error instanceof Error ? error.message : String(error)})`,
      );
      return;
    }
    this.reservedSequence = null;
    this.lastSequence = sequence;
    const emittedAt = new Date().toISOString();
    this.context.toSpeaker({
      type: 'transcript_final',
      session_id: sessionId,
      segment_id: segmentId,
      sequence,
      language: sourceLanguage,
      start_ms: startMs,
      end_ms: endMs,
      text,
      timings: { recognition_ms: recognitionMs, emitted_at: emittedAt },
    });
    // Stored: from here on the final is only late, never lost; a bus that stays down past the
    // deadline still gets a gap for it (in giveUpLanguage), so listeners are not left with a hole.
    try {
      await this.publishInOrder(
        this.finalMessage({ segmentId, sequence, language: sourceLanguage, startMs, endMs, text, recognitionMs, translationMs: null }),
        deadline,
      );
    } catch (error) {
      await this.giveUpLanguage(error, { language: sourceLanguage, segmentId, sequence, startMs, endMs });
    }
    metrics.segments.inc({ language: sourceLanguage, kind: 'transcription' });
    metrics.stageLatency.observe({ stage: 'recognition' }, recognitionMs / 1000);
    metrics.stageLatency.observe({ stage: 'delivery' }, (performance.now() - receivedAt) / 1000);

    await Promise.all(
      translations.map(async ({ language, outcome: pending }, index) => {
        const outcome = translated?.[index] ?? (await pending);
        if ('error' in outcome) {
          metrics.engineErrors.inc({ engine: 'mt', kind: 'final' });
          this.context.logger.warn(
            { err: outcome.error, session_id: sessionId, language, sequence },
            'translation failed; listeners get a gap',
          );
          await this.publishGap({
            language,
            fromMs: startMs,
            toMs: endMs,
            reason: 'mt_failed',
            message: outcome.error instanceof Error ? outcome.error.message : String(outcome.error),
            afterSequence: sequence > 1 ? sequence - 1 : null,
          });
          return;
        }
        const { text: translatedText, translationMs } = outcome;
        try {
          if (!translated)
            await this.store('database', deadline, [{ ...stored, language, sequence, isSource: false, text: translatedText }]);
          await this.publishInOrder(
            this.finalMessage({ segmentId, sequence, language, startMs, endMs, text: translatedText, recognitionMs, translationMs }),
            deadline,
          );
        } catch (error) {
          await this.giveUpLanguage(error, { language, segmentId, sequence, startMs, endMs });
          return;
        }
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
            text: translatedText,
            timings: { recognition_ms: recognitionMs, translation_ms: translationMs, emitted_at: new Date().toISOString() },
          });
        }
        metrics.segments.inc({ language, kind: 'translation' });
        metrics.stageLatency.observe({ stage: 'translation' }, translationMs / 1000);
      }),
    );
  }

  /**
   * Stores segments of one final in one round trip, waiting for the database while it is down; rows
   * already there (an answer lost on the way back) count as stored.
   */
  private async store(dependency: Dependency, deadline: number, segments: Parameters<SegmentRepository['insertAll']>[0]): Promise<void> {
    await this.untilAvailable(dependency, deadline, async () => {
      try {
        await this.context.segments.insertAll(segments);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    });
  }

  /** One language of a final (whose number is taken) given up, or failed: a gap for that language, placed before its sequence. */
  private async giveUpLanguage(
    error: unknown,
    final: { language: string; segmentId: string; sequence: number; startMs: number; endMs: number },
  ): Promise<void> {
    if (!(error instanceof FinalGivenUp))
      this.context.logger.error(
        { err: error, session_id: this.context.sessionId, segment_id: final.segmentId, language: final.language },
        'storing or publishing one language of a final failed',
      );
    this.context.metrics.engineErrors.inc({ engine: 'storage', kind: 'gap' });
    this.context.logger.warn(
      {
        session_id: this.context.sessionId,
        segment_id: final.segmentId,
        language: final.language,
        sequence: final.sequence,
        reason: error instanceof Error ? error.message : String(error),
      },
      'one language of a final was given up; listeners get a gap',
    );
    await this.publishGap({
      language: final.language,
      fromMs: final.startMs,
      toMs: final.endMs,
      reason: 'storage_unavailable',
      message: `segment ${final.segmentId} (${final.language}) given up: ${error instanceof Error ? error.message : String(error)}`,
      afterSequence: final.sequence > 1 ? final.sequence - 1 : null,
    });
  }

  private finalMessage(final: {
    segmentId: string;
    sequence: number;
    language: string;
    startMs: number;
    endMs: number;
    text: string;
    recognitionMs: number;
    translationMs: number | null;
  }): SubtitleFinal {
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

  /**
   * Sends a gap to the speaker at once and publishes it to listeners, waiting for the bus while it is
   * down (up to `maxWaitMs`, see {@link gapDeadline}: the gap is what is left of a final).
   */
  private async publishGap(gap: {
    language: string | null;
    fromMs: number;
    toMs: number;
    reason: Gap['reason'];
    message?: string;
    afterSequence?: number | null;
  }): Promise<void> {
    const fromMs = clampMs(gap.fromMs);
    const message: Gap = {
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
    };
    this.context.toSpeaker(message);
    try {
      this.gapDeadline ??= performance.now() + this.limits.maxWaitMs;
      await this.publishInOrder(message, this.gapDeadline);
    } catch (error) {
      this.context.logger.error(
        { err: error, session_id: this.context.sessionId, after_sequence: message.after_sequence },
        'a gap could not be published; listeners that resume will not see it',
      );
    }
  }
}
