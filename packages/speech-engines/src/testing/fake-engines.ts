/**
 * Deterministic engines for tests of what drives the engines (live-event's protocol, live-service's
 * channel agent). The recogniser treats any non-silent audio as speech
 * and 200 ms of silence as the end of an utterance; the text of the n-th utterance is the n-th line of
 * its script, revealed word by word in partials while the speech lasts. The translator prefixes the
 * target language and can be told to fail for one language.
 */
import { EventEmitter } from 'node:events';
import {
  EngineError,
  type EngineCapabilities,
  type RecognitionResult,
  type RecognitionStream,
  type SpeechRecognizer,
  type SpeechSynthesizer,
  type Translator,
} from '../types.js';
import { silence } from './speech-fixtures.js';

const bytesPerMs = 32;
const silenceToEndMs = 200;
const partialEveryMs = 100;

class ScriptedStream extends EventEmitter implements RecognitionStream {
  private positionMs = 0;
  private speechStartMs: number | undefined;
  private silenceMs = 0;
  private lastPartialMs = 0;
  private closed = false;

  constructor(private readonly recognizer: ScriptedRecognizer) {
    super();
  }

  write(pcm: Buffer): boolean {
    if (this.closed) return true;
    this.recognizer.writes.push(pcm.length);
    this.recognizer.onWrite?.();
    for (let offset = 0; offset < pcm.length; offset += 640) {
      const chunk = pcm.subarray(offset, Math.min(pcm.length, offset + 640));
      const chunkMs = chunk.length / bytesPerMs;
      let loud = false;
      for (let index = 0; index + 1 < chunk.length; index += 2) if (Math.abs(chunk.readInt16LE(index)) > 500) loud = true;
      this.positionMs += chunkMs;
      if (this.recognizer.crashed) continue;
      if (loud) {
        this.silenceMs = 0;
        this.speechStartMs ??= this.positionMs - chunkMs;
        if (this.positionMs - this.lastPartialMs >= partialEveryMs) {
          this.lastPartialMs = this.positionMs;
          this.emitResult('partial');
        }
      } else if (this.speechStartMs !== undefined) {
        this.silenceMs += chunkMs;
        if (this.silenceMs >= silenceToEndMs) this.finish();
      }
    }
    if (this.recognizer.saturatedWrites === 0) return true;
    this.recognizer.saturatedWrites -= 1;
    return false;
  }

  /** The crash of the engine process behind the stream: the audio since `fromMs` is lost. */
  reportGap(fromMs: number): void {
    this.speechStartMs = undefined;
    this.emit('gap', { startMs: fromMs, endMs: this.positionMs, reason: 'engine process restarted' });
  }

  get position(): number {
    return this.positionMs;
  }

  private words(): string[] {
    return (this.recognizer.script[this.recognizer.utterances] ?? `utterance ${this.recognizer.utterances + 1}`).split(' ');
  }

  private emitResult(kind: 'partial' | 'final'): void {
    const words = this.words();
    const spokenMs = this.positionMs - (this.speechStartMs ?? this.positionMs);
    const text = kind === 'final' ? words.join(' ') : words.slice(0, Math.max(1, Math.ceil(spokenMs / 300))).join(' ');
    const result: RecognitionResult = {
      kind,
      text,
      startMs: this.speechStartMs ?? this.positionMs,
      endMs: this.positionMs - (kind === 'final' ? this.silenceMs : 0),
      recognitionMs: 7,
    };
    this.emit('result', result);
  }

  private finish(): void {
    if (this.speechStartMs === undefined) return;
    this.emitResult('final');
    this.recognizer.utterances += 1;
    this.speechStartMs = undefined;
    this.silenceMs = 0;
  }

  flush(): Promise<void> {
    this.finish();
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.closed = true;
    this.removeAllListeners();
    return Promise.resolve();
  }
}

/** A recogniser whose utterances say the lines of `script`, in order, across all its streams. */
export class ScriptedRecognizer implements SpeechRecognizer {
  readonly name = 'scripted';
  utterances = 0;
  crashed = false;
  readonly streams: ScriptedStream[] = [];
  /** The size of every write, in order, across streams. */
  readonly writes: number[] = [];
  /** Called after each write, for tests that wait for one. */
  onWrite: (() => void) | undefined;
  /** How many of the next writes answer false (saturated) until the test calls `drain`. */
  saturatedWrites = 0;

  constructor(
    readonly script: string[],
    private readonly supported: string[] = ['en'],
  ) {}

  languages(): readonly string[] {
    return this.supported;
  }

  openStream(): RecognitionStream {
    const stream = new ScriptedStream(this);
    this.streams.push(stream);
    return stream;
  }

  /** Simulates the engine process dying: audio is not recognised until `recover`. */
  crash(): number {
    this.crashed = true;
    return this.streams.at(-1)?.position ?? 0;
  }

  /** The engine has room again: the latest stream emits 'drain'. */
  drain(): void {
    this.streams.at(-1)?.emit('drain');
  }

  /** The engine is back: the stream reports the lost span as a gap. */
  recover(fromMs: number): void {
    this.crashed = false;
    this.streams.at(-1)?.reportGap(fromMs);
  }

  probe(): Promise<EngineCapabilities> {
    return Promise.resolve({ engine: this.name, languages: this.supported });
  }

  async close(): Promise<void> {}
}

/** Translates by prefixing the target language: `[es] hello`. */
export class PrefixTranslator implements Translator {
  readonly name = 'prefix';
  readonly answersAtOnce = true;
  failing = new Set<string>();

  constructor(private readonly targets: string[] = ['es', 'fr']) {}

  supports(source: string, target: string): boolean {
    return source === 'en' && this.targets.includes(target);
  }

  pairs(): readonly string[] {
    return this.targets.map((target) => `en-${target}`);
  }

  translate(text: string, _source: string, target: string): Promise<string> {
    if (this.failing.has(target)) return Promise.reject(new EngineError('engine_unavailable', `the ${target} translator is down`));
    return Promise.resolve(`[${target}] ${text}`);
  }

  probe(): Promise<EngineCapabilities> {
    return Promise.resolve({ engine: this.name, pairs: this.pairs() });
  }

  async close(): Promise<void> {}
}

/** `durationMs` of a loud square wave (speech to the scripted recogniser), as 16 kHz mono PCM. */
export function speech(durationMs: number): Buffer {
  const samples = Math.round(durationMs * 16);
  const pcm = Buffer.alloc(samples * 2);
  for (let index = 0; index < samples; index += 1) pcm.writeInt16LE(index % 32 < 16 ? 8000 : -8000, index * 2);
  return pcm;
}

/** A synthesiser with voices for `languages` that says nothing (silence as long as the text). */
export class SilentSynthesizer implements SpeechSynthesizer {
  readonly name = 'silent';

  constructor(private readonly voices: string[] = ['en', 'es', 'fr']) {}

  languages(): readonly string[] {
    return this.voices;
  }

  synthesize(text: string): Promise<Buffer> {
    return Promise.resolve(silence(text.length * 50));
  }

  probe(): Promise<EngineCapabilities> {
    return Promise.resolve({ engine: this.name, languages: this.voices });
  }

  async close(): Promise<void> {}
}
