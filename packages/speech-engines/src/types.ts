/**
 * The contract between the live-event session pipeline and the speech engines. Engines are chosen by
 * configuration (`STT_ENGINE`, `MT_ENGINE`, `TTS_ENGINE`: `local` or `hf`); the pipeline only sees
 * these interfaces, so an engine can be swapped, supervised or faked without touching the pipeline.
 */

/** A hypothesis of the recogniser about the utterance in progress (`partial`) or just ended (`final`). */
export interface RecognitionResult {
  kind: 'partial' | 'final';
  /** The words so far (`partial`) or for good (`final`). A final may be empty: it withdraws the partials of an utterance that turned out to be noise. */
  text: string;
  /** Offsets in the session's audio, in milliseconds from the first sample fed to this stream. */
  startMs: number;
  endMs: number;
  /** Time the engine took from the audio that completed this hypothesis to the hypothesis. */
  recognitionMs: number;
  /**
   * How much of the stream's audio (ms) the engine had heard when it produced this, where it says:
   * for a final, `heardUntilMs` − the end of speech is the endpointing delay in audio time, which no
   * machine load changes (the benches measure endpointing with it).
   */
  heardUntilMs?: number;
}

/**
 * One utterance stream: audio in, hypotheses out, in order. A stream belongs to one speaker session;
 * it survives restarts of the engine process behind it (the engine reports the lost span as a gap).
 */
export interface RecognitionStream {
  /** Feeds PCM (s16le mono at 16 kHz). Returns false when the engine is saturated (back-pressure). */
  write(pcm: Buffer): boolean;
  /** Ends the current utterance now (pause, end of session): a pending hypothesis becomes final. */
  flush(): Promise<void>;
  /** Releases the stream; no event is emitted after it resolves. */
  close(): Promise<void>;
  on(event: 'result', listener: (result: RecognitionResult) => void): this;
  /** Audio that was lost (engine crash, timeout): the span of session audio with no transcript. */
  on(event: 'gap', listener: (gap: { startMs: number; endMs: number; reason: string }) => void): this;
  /** The engine process behind the stream died and a new one took over (the lost audio is a `gap`); streams without a process never emit it. */
  on(event: 'restart', listener: (restart: { reason: string }) => void): this;
  on(event: 'drain', listener: () => void): this;
  on(event: 'error', listener: (error: EngineError) => void): this;
}

export interface SpeechRecognizer {
  readonly name: string;
  /** BCP 47 primary language tags it can recognise (e.g. `en`). */
  languages(): readonly string[];
  openStream(options: { language: string }): RecognitionStream;
  /** A check for `/ready`: resolves with capabilities, rejects with an EngineError naming what is missing. */
  probe(): Promise<EngineCapabilities>;
  close(): Promise<void>;
}

export interface Translator {
  readonly name: string;
  /**
   * True when a sentence comes back in a few milliseconds (a kept-alive local process, a fake): a
   * final then waits for its translations, so that all its languages are stored in one round trip
   * and published together. A remote engine (≈ 1 s) leaves it unset: the source language is not
   * held back for it.
   */
  readonly answersAtOnce?: boolean;
  /** Whether `source` → `target` can be served (directly or by pivoting). */
  supports(source: string, target: string): boolean;
  /** Every pair it can serve, as `source-target` primary tags. */
  pairs(): readonly string[];
  translate(text: string, source: string, target: string, options?: { signal?: AbortSignal }): Promise<string>;
  probe(): Promise<EngineCapabilities>;
  close(): Promise<void>;
}

export interface SpeechSynthesizer {
  readonly name: string;
  languages(): readonly string[];
  /** PCM s16le mono at 16 kHz. */
  synthesize(text: string, language: string, options?: { signal?: AbortSignal }): Promise<Buffer>;
  probe(): Promise<EngineCapabilities>;
  close(): Promise<void>;
}

/** What an engine can do right now, for `/ready`. */
export interface EngineCapabilities {
  engine: string;
  languages?: readonly string[];
  pairs?: readonly string[];
  detail?: string;
}

/** Why an engine could not serve: a missing package, an unreachable endpoint, a timeout, ... */
export class EngineError extends Error {
  constructor(
    readonly code:
      'engine_missing' | 'engine_unavailable' | 'engine_timeout' | 'engine_unauthorized' | 'unsupported_language' | 'engine_failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineError';
  }
}
