import { EventEmitter } from 'node:events';
import { primaryLanguage } from '../languages.js';
import { EngineError, type EngineCapabilities, type RecognitionResult, type RecognitionStream, type SpeechRecognizer } from '../types.js';
import { EnergySegmenter, type EnergySegmenterOptions, type Utterance } from './energy-segmenter.js';
import { postJson, type HfEndpoint, type RetryNotice } from './http-retry.js';
import { pcmToWav } from './wav.js';

const samplesPerMs = 16;

export interface HfRecognizerOptions {
  endpoint: HfEndpoint;
  /** Languages the deployed model recognises (BCP 47 primary tags). */
  languages: readonly string[];
  segmenter?: EnergySegmenterOptions;
  /** Re-decode the growing utterance this often for a partial; 0 turns partials off. */
  partialIntervalMs?: number;
  /** `write()` returns false while this many utterances wait for the endpoint. */
  maxPendingUtterances?: number;
  onRetry?: (notice: RetryNotice) => void;
}

/**
 * The production recogniser: a HuggingFace Inference Endpoint of the automatic-speech-recognition
 * task (POST a WAV, `{ "text": ... }` back). It is not streaming, so each stream cuts its audio into
 * utterances with an energy detector and sends one request per utterance; partials re-decode the
 * utterance in progress every `partialIntervalMs`.
 */
export class HfRecognizer implements SpeechRecognizer {
  readonly name = 'hf-asr';
  private readonly streams = new Set<HfRecognitionStream>();

  constructor(private readonly options: HfRecognizerOptions) {}

  languages(): readonly string[] {
    return this.options.languages;
  }

  openStream(options: { language: string }): RecognitionStream {
    if (!this.options.languages.includes(primaryLanguage(options.language))) {
      throw new EngineError(
        'unsupported_language',
        `The ASR endpoint is configured for ${this.options.languages.join(', ')}; "${options.language}" was asked.`,
      );
    }
    const stream = new HfRecognitionStream(this.options, () => this.streams.delete(stream));
    this.streams.add(stream);
    return stream;
  }

  /**
   * Reports the configuration without calling the endpoint: an endpoint scaled to zero answers 503
   * for minutes and is still fine, and every probe would be billed as an inference.
   */
  probe(): Promise<EngineCapabilities> {
    return Promise.resolve({
      engine: this.name,
      languages: this.languages(),
      detail: `HuggingFace endpoint ${this.options.endpoint.url.host} (contacted on demand)`,
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.streams].map((stream) => stream.close()));
  }
}

class HfRecognitionStream extends EventEmitter implements RecognitionStream {
  private readonly segmenter: EnergySegmenter;
  private readonly abort = new AbortController();
  /** Finals go out in order: each utterance's request waits for the previous one's answer. */
  private finals: Promise<void> = Promise.resolve();
  private pendingUtterances = 0;
  private waitingForDrain = false;
  private finalisedUntil = 0;
  private nextPartialAtMs: number;
  private partialInFlight = false;
  private closed = false;

  constructor(
    private readonly options: HfRecognizerOptions,
    private readonly onClose: () => void,
  ) {
    super();
    this.segmenter = new EnergySegmenter(options.segmenter);
    this.nextPartialAtMs = this.partialInterval();
  }

  write(pcm: Buffer): boolean {
    if (this.closed) throw new EngineError('engine_failed', 'The recognition stream is closed.');
    for (const utterance of this.segmenter.push(pcm)) this.finalise(utterance);
    this.maybePartial();
    if (this.pendingUtterances >= (this.options.maxPendingUtterances ?? 3)) this.waitingForDrain = true;
    return !this.waitingForDrain;
  }

  async flush(): Promise<void> {
    const utterance = this.segmenter.flush();
    if (utterance) this.finalise(utterance);
    await this.finals;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    await this.finals;
    this.onClose();
    this.removeAllListeners();
  }

  private finalise(utterance: Utterance): void {
    this.pendingUtterances += 1;
    this.nextPartialAtMs = this.partialInterval();
    // The audio that completed this utterance (the end of its trailing silence, or a flush) is now.
    const endedAt = performance.now();
    this.finals = this.finals.then(async () => {
      try {
        const text = await this.decode(utterance.pcm);
        this.finalisedUntil = utterance.endSample;
        this.emitResult({
          kind: 'final',
          text,
          startMs: utterance.startSample / samplesPerMs,
          endMs: utterance.endSample / samplesPerMs,
          recognitionMs: Math.round(performance.now() - endedAt),
        });
      } catch (error) {
        this.finalisedUntil = utterance.endSample;
        if (this.closed) return;
        const failure = error instanceof EngineError ? error : new EngineError('engine_failed', String(error), { cause: error });
        this.emit('gap', {
          startMs: utterance.startSample / samplesPerMs,
          endMs: utterance.endSample / samplesPerMs,
          reason: failure.message,
        });
        if (this.listenerCount('error') > 0) this.emit('error', failure);
      } finally {
        this.pendingUtterances -= 1;
        if (this.waitingForDrain && this.pendingUtterances < (this.options.maxPendingUtterances ?? 3)) {
          this.waitingForDrain = false;
          if (!this.closed) this.emit('drain');
        }
      }
    });
  }

  /** Re-decodes the utterance in progress when it has grown by another interval and no partial is on its way. */
  private maybePartial(): void {
    const interval = this.partialInterval();
    const current = this.segmenter.inProgress();
    if (interval === 0 || !current || this.partialInFlight || current.durationMs < this.nextPartialAtMs) return;
    this.nextPartialAtMs = current.durationMs + interval;
    this.partialInFlight = true;
    const endSample = current.startSample + current.pcm.length / 2;
    const requestedAt = performance.now();
    this.decode(current.pcm)
      .then((text) => {
        // A partial that comes back after its utterance's final would take the subtitle backwards.
        if (endSample > this.finalisedUntil && this.pendingUtterances === 0 && text !== '') {
          this.emitResult({
            kind: 'partial',
            text,
            startMs: current.startSample / samplesPerMs,
            endMs: endSample / samplesPerMs,
            recognitionMs: Math.round(performance.now() - requestedAt),
          });
        }
      })
      .catch(() => {
        // A partial is only a preview: the final of the same audio reports any failure.
      })
      .finally(() => (this.partialInFlight = false));
  }

  private async decode(pcm: Buffer): Promise<string> {
    const { endpoint, onRetry } = this.options;
    const answer = await postJson(endpoint, endpoint.url, {
      body: pcmToWav(pcm),
      contentType: 'audio/wav',
      signal: this.abort.signal,
      onRetry,
    });
    const text = (Array.isArray(answer) ? answer[0] : answer) as { text?: unknown } | undefined;
    if (typeof text?.text !== 'string') throw new EngineError('engine_failed', `${endpoint.url.host} answered without a "text" field.`);
    return text.text.trim();
  }

  private emitResult(result: RecognitionResult): void {
    if (!this.closed) this.emit('result', result);
  }

  private partialInterval(): number {
    return this.options.partialIntervalMs ?? 1_500;
  }
}
