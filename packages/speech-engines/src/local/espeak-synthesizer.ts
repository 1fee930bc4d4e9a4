import { execFileSync, spawn } from 'node:child_process';
import { childEnvironment, findExecutable, requireExecutable, type ExecutableSearch } from '../executables.js';
import { primaryLanguage } from '../languages.js';
import { EngineError, type EngineCapabilities, type SpeechSynthesizer } from '../types.js';

export interface EspeakSynthesizerOptions extends ExecutableSearch {
  /** A synthesis taking longer than this is killed and fails with `engine_timeout`. */
  timeoutMs?: number;
  /** Speaking rate in words per minute (espeak-ng's default is 175). */
  wordsPerMinute?: number;
}

/** The voice used for each language when espeak-ng has several (e.g. `en-us` rather than `en-029`). */
const preferredVoices: Readonly<Record<string, string>> = { en: 'en-us', es: 'es', pt: 'pt', fr: 'fr-fr' };

/**
 * The offline synthesiser: `espeak-ng --stdout` (WAV at 22.05 kHz) resampled by `sox` to PCM s16le
 * 16 kHz mono, one short-lived pair of processes per utterance (≈ 10 ms a sentence, so there is
 * nothing to keep alive). Robotic, but intelligible in every language we serve.
 */
export class EspeakSynthesizer implements SpeechSynthesizer {
  readonly name = 'espeak-ng';
  private voices: Map<string, string> | undefined;

  constructor(private readonly options: EspeakSynthesizerOptions = {}) {}

  languages(): readonly string[] {
    return [...this.voiceTable().keys()].sort();
  }

  async synthesize(text: string, language: string, options: { signal?: AbortSignal } = {}): Promise<Buffer> {
    const espeak = requireExecutable('espeak-ng', 'espeak-ng', this.options);
    const sox = requireExecutable('sox', 'sox', this.options);
    const voice = this.voiceTable().get(primaryLanguage(language));
    if (voice === undefined) throw new EngineError('unsupported_language', `espeak-ng has no voice for "${language}".`);
    options.signal?.throwIfAborted();
    const env = childEnvironment(this.options);
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    return new Promise<Buffer>((resolve, reject) => {
      const speaker = spawn(espeak, ['-v', voice, '-s', String(this.options.wordsPerMinute ?? 160), '--stdout'], {
        env,
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      const resampler = spawn(
        sox,
        ['-q', '-t', 'wav', '-', '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'raw', '-'],
        { env, stdio: ['pipe', 'pipe', 'pipe'] },
      );
      const output: Buffer[] = [];
      let stderr = '';
      let settled = false;
      const finish = (error?: EngineError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        if (error) {
          speaker.kill('SIGKILL');
          resampler.kill('SIGKILL');
          reject(error);
        } else resolve(Buffer.concat(output));
      };
      const timer = setTimeout(
        () => finish(new EngineError('engine_timeout', `espeak-ng did not finish within ${timeoutMs} ms.`)),
        timeoutMs,
      );
      const onAbort = () => finish(new EngineError('engine_failed', 'The synthesis was cancelled.', { cause: options.signal?.reason }));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      speaker.stdout.pipe(resampler.stdin);
      resampler.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      resampler.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      resampler.stdin.on('error', () => {
        // EPIPE if sox died: its exit code reports it
      });
      for (const child of [speaker, resampler])
        child.once('error', (error) => finish(new EngineError('engine_failed', `${child.spawnfile} could not run: ${error.message}`)));
      speaker.once('exit', (code) => {
        if (code !== 0) finish(new EngineError('engine_failed', `espeak-ng exited with code ${code}.`));
      });
      resampler.once('exit', (code) => {
        if (code !== 0) finish(new EngineError('engine_failed', `sox exited with code ${code}: ${stderr.trim().slice(0, 300)}`));
        else if (output.length === 0) finish(new EngineError('engine_failed', 'espeak-ng produced no audio.'));
        else finish();
      });
      // The text goes on stdin, never on the command line, so a leading "-" cannot read as an option.
      speaker.stdin.end(text.replace(/\s+/g, ' ').trim() || ' ');
    });
  }

  probe(): Promise<EngineCapabilities> {
    // A missing program rejects (the executor's throw), as the other probes do.
    return new Promise((resolve) => {
      requireExecutable('espeak-ng', 'espeak-ng', this.options);
      requireExecutable('sox', 'sox', this.options);
      resolve({ engine: this.name, languages: this.languages(), detail: 'espeak-ng + sox, PCM s16le 16 kHz mono' });
    });
  }

  async close(): Promise<void> {
    // Nothing kept alive: each synthesis owns its processes.
  }

  /** Primary language → voice, from `espeak-ng --voices` (read once; empty when espeak-ng is missing). */
  private voiceTable(): Map<string, string> {
    if (this.voices) return this.voices;
    const espeak = findExecutable('espeak-ng', this.options);
    const voices = new Map<string, string>();
    if (espeak === undefined) return voices;
    const listing = execFileSync(espeak, ['--voices'], { env: childEnvironment(this.options), encoding: 'utf8' });
    const candidates = new Map<string, string[]>();
    for (const line of listing.split('\n').slice(1)) {
      const voice = line.trim().split(/\s+/)[1];
      if (!voice || voice.startsWith('mb-') || !/^[a-z]{2,3}(-|$)/.test(voice)) continue;
      const language = primaryLanguage(voice);
      candidates.set(language, [...(candidates.get(language) ?? []), voice]);
    }
    for (const [language, list] of candidates) {
      voices.set(
        language,
        list.find((voice) => voice === preferredVoices[language]) ?? list.find((voice) => voice === language) ?? list[0]!,
      );
    }
    this.voices = voices;
    return voices;
  }
}
