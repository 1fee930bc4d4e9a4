import { childEnvironment, type ExecutableSearch } from '../executables.js';
import { primaryLanguage } from '../languages.js';
import { EngineError, type EngineCapabilities, type RecognitionStream, type SpeechRecognizer } from '../types.js';
import { defaultModelDir, ensurePocketsphinxHelper, pocketsphinxModel, type HelperBuildOptions } from './pocketsphinx-helper.js';
import { PocketsphinxStream } from './pocketsphinx-stream.js';

export interface PocketsphinxRecognizerOptions extends ExecutableSearch, HelperBuildOptions {
  /** Folder of the US English model (`pocketsphinx-en-us`). */
  modelDir?: string;
  /**
   * Frames of silence (10 ms each) that end an utterance. pocketsphinx's default, 50, puts ≈ 670 ms
   * between the end of speech and the final; 30 gives ≈ 400–500 ms without cutting sentences.
   */
  vadPostspeechFrames?: number;
  /**
   * The energy end-of-utterance detector: an utterance ends after this much audio quieter than 4x
   * the noise floor, never below `silenceRms` (0 turns it off). It sees the end of speech as it comes,
   * where the voice detector waits its `vadPostspeechFrames` and judges late: with 150 ms the final is
   * decided ≈ 225 ms of audio after the end of speech instead of ≈ 305 ms, same WER
   * (`bench/live-event-engines.ts`); flite's longest pause inside a sentence is 80 ms. Human speech
   * pauses longer between phrases: those become two finals. Default {@link defaultEndSilenceMs}.
   */
  endSilenceMs?: number;
  /** Chunks quieter than this RMS are not fed between utterances (digital silence misleads the detector). */
  silenceRms?: number;
  partialIntervalMs?: number;
  responseTimeoutMs?: number;
  onRestart?: (reason: string) => void;
}

/** The energy end-of-utterance detector's default silence (see `endSilenceMs`). */
export const defaultEndSilenceMs = 150;

/**
 * The offline recogniser: Debian's pocketsphinx through a small C helper (partial hypotheses need
 * the library API; Debian's 0.8 tool has none). Each stream runs its own helper process, ≈ 100 MB
 * resident (the acoustic model) and ≈ 0.08 of a core while audio flows: size instances by talks.
 * English only: Debian ships no other pocketsphinx model.
 */
export class PocketsphinxRecognizer implements SpeechRecognizer {
  readonly name = 'pocketsphinx';
  private readonly streams = new Set<PocketsphinxStream>();
  /** False once preparing failed (a package missing): it then recognises nothing, so tickets are refused up front. */
  private usable = true;

  constructor(private readonly options: PocketsphinxRecognizerOptions = {}) {}

  languages(): readonly string[] {
    return this.usable ? ['en'] : [];
  }

  openStream(options: { language: string }): RecognitionStream {
    if (primaryLanguage(options.language) !== 'en') {
      throw new EngineError('unsupported_language', `pocketsphinx recognises English only; "${options.language}" was asked.`);
    }
    const stream = new PocketsphinxStream({
      helper: this.prepare().then((prepared) => prepared.helper),
      arguments: this.helperArguments(),
      env: childEnvironment(this.options),
      responseTimeoutMs: this.options.responseTimeoutMs,
      onRestart: this.options.onRestart,
    });
    this.streams.add(stream);
    const close = stream.close.bind(stream);
    stream.close = async () => {
      this.streams.delete(stream);
      await close();
    };
    return stream;
  }

  /** Builds the helper if needed and checks the model; rejects with `engine_missing` naming the package. */
  async probe(): Promise<EngineCapabilities> {
    await this.prepare();
    return {
      engine: this.name,
      languages: this.languages(),
      detail: `pocketsphinx (Debian), one helper process per stream (≈ 100 MB each), ${this.streams.size} open`,
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.streams].map((stream) => stream.close()));
  }

  private async prepare(): Promise<{ helper: string }> {
    try {
      pocketsphinxModel(this.options.modelDir);
      const helper = await ensurePocketsphinxHelper(this.options);
      this.usable = true;
      return { helper };
    } catch (error) {
      this.usable = false;
      throw error;
    }
  }

  private helperArguments(): string[] {
    let model: { hmm: string; lm: string; dict: string };
    try {
      model = pocketsphinxModel(this.options.modelDir);
    } catch {
      // prepare() reports the missing model to the stream; these paths are then never used
      model = { hmm: defaultModelDir, lm: defaultModelDir, dict: defaultModelDir };
    }
    return [
      '--silence-rms',
      String(this.options.silenceRms ?? 40),
      '--partial-interval-ms',
      String(this.options.partialIntervalMs ?? 200),
      '--end-silence-ms',
      String(this.options.endSilenceMs ?? defaultEndSilenceMs),
      '-hmm',
      model.hmm,
      '-lm',
      model.lm,
      '-dict',
      model.dict,
      '-vad_postspeech',
      String(this.options.vadPostspeechFrames ?? 30),
    ];
  }
}
