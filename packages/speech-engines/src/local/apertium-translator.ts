import { existsSync } from 'node:fs';
import type { ExecutableSearch } from '../executables.js';
import { primaryLanguage } from '../languages.js';
import { EngineError, type EngineCapabilities, type Translator } from '../types.js';
import { defaultModesDir, discoverApertiumModes, type ApertiumMode } from './apertium-modes.js';
import { ApertiumPipeline } from './apertium-pipeline.js';

export interface ApertiumTranslatorOptions extends ExecutableSearch {
  /** Where the installed modes are (Debian: `/usr/share/apertium/modes`). */
  modesDir?: string;
  /** The language to pivot through when no direct mode exists; Spanish has the most pairs in Debian. */
  pivot?: string;
  /** Each request's answer time once written to a started pipeline (default 5 s). */
  timeoutMs?: number;
  /** How long a new pipeline process may take to answer its warm-up request (default 30 s). */
  startupTimeoutMs?: number;
  onRestart?: (reason: string) => void;
}

/**
 * The offline translator: Apertium (rule-based; fine for demos and tests, production uses the
 * HuggingFace endpoint). Modes are discovered from the installed `*.mode` files; a pair with no
 * mode of its own is served through the pivot language when both legs exist (en→gl = en→es→gl).
 * One kept-alive pipeline per mode, started on first use; requests for a mode queue on it.
 */
export class ApertiumTranslator implements Translator {
  /** A kept-alive pipeline answers in ≈ 2 ms (a spawn, the first time, in ≈ 0.1–0.5 s). */
  readonly answersAtOnce = true;
  readonly name = 'apertium';
  private readonly modes: Map<string, ApertiumMode>;
  private readonly pipelines = new Map<string, ApertiumPipeline>();
  private readonly pivot: string;

  constructor(private readonly options: ApertiumTranslatorOptions = {}) {
    this.modes = discoverApertiumModes(options.modesDir);
    this.pivot = options.pivot ?? 'es';
  }

  supports(source: string, target: string): boolean {
    return this.route(primaryLanguage(source), primaryLanguage(target)) !== undefined;
  }

  pairs(): readonly string[] {
    const languages = [...new Set([...this.modes.values()].flatMap((mode) => [mode.source, mode.target]))].sort();
    return languages.flatMap((source) =>
      languages.filter((target) => target !== source && this.route(source, target)).map((target) => `${source}-${target}`),
    );
  }

  async translate(text: string, source: string, target: string, options: { signal?: AbortSignal } = {}): Promise<string> {
    const route = this.route(primaryLanguage(source), primaryLanguage(target));
    if (route === undefined)
      throw new EngineError(
        'unsupported_language',
        `Apertium cannot translate ${source} to ${target} here (installed pairs: ${this.pairs().join(', ') || 'none'}).`,
      );
    let translation = text;
    for (const mode of route) translation = await this.pipeline(mode).translate(translation, options);
    return translation;
  }

  /** Checks that modes are installed and that every program of their pipelines is there. */
  async probe(): Promise<EngineCapabilities> {
    if (this.modes.size === 0) {
      const modesDir = this.options.modesDir ?? defaultModesDir;
      throw new EngineError(
        'engine_missing',
        existsSync(modesDir)
          ? `No Apertium language pair we use is installed in ${modesDir}: install the Debian package apertium-eng-spa.`
          : `${modesDir} does not exist: install the Debian packages apertium and apertium-eng-spa.`,
      );
    }
    // Started and answering before the service says it is ready: the first sentence of the first talk
    // must not wait for a pair's dictionaries to load.
    await Promise.all([...this.modes.values()].map((mode) => this.pipeline(mode).ready()));
    return {
      engine: this.name,
      pairs: this.pairs(),
      detail: `Apertium modes ${[...this.modes.values()].map((mode) => mode.name).join(', ')}; pivot ${this.pivot}`,
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.pipelines.values()].map((pipeline) => pipeline.close()));
    this.pipelines.clear();
  }

  /** The pipeline of a mode (tests reach it to kill its process). */
  pipeline(mode: ApertiumMode): ApertiumPipeline {
    let pipeline = this.pipelines.get(mode.name);
    if (pipeline === undefined) {
      pipeline = new ApertiumPipeline({
        mode,
        path: this.options.path,
        timeoutMs: this.options.timeoutMs,
        startupTimeoutMs: this.options.startupTimeoutMs,
        onRestart: this.options.onRestart,
      });
      this.pipelines.set(mode.name, pipeline);
    }
    return pipeline;
  }

  /** The modes that take `source` to `target`: none for the same language, one directly, two by pivoting. */
  route(source: string, target: string): ApertiumMode[] | undefined {
    if (source === target) return [];
    const direct = this.modes.get(`${source}-${target}`);
    if (direct) return [direct];
    const toPivot = this.modes.get(`${source}-${this.pivot}`);
    const fromPivot = this.modes.get(`${this.pivot}-${target}`);
    return toPivot && fromPivot ? [toPivot, fromPivot] : undefined;
  }
}
