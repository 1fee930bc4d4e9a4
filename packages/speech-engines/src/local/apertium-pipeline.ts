import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';
import { childEnvironment, requireExecutable, type ExecutableSearch } from '../executables.js';
import { EngineError } from '../types.js';
import { debianPackageOf, type ApertiumMode } from './apertium-modes.js';
import { escapeApertium, unescapeApertium } from './apertium-text.js';

const run = promisify(execFile);

export interface ApertiumPipelineOptions extends ExecutableSearch {
  mode: ApertiumMode;
  /** A request not answered within this (queueing included) fails with `engine_timeout`. */
  timeoutMs?: number;
  /** Requests written to the pipeline before the first is answered (they stream through its stages). */
  maxInFlight?: number;
  /** Requests waiting beyond this are refused with `engine_unavailable` (back-pressure). */
  maxQueued?: number;
  onRestart?: (reason: string) => void;
}

interface Request {
  id: number;
  text: string;
  attempts: number;
  resolve: (translation: string) => void;
  reject: (error: EngineError) => void;
  timer: NodeJS.Timeout;
  settled: boolean;
}

/**
 * One kept-alive Apertium pipeline for one mode (≈ 1 ms per sentence, against ≈ 100 ms to spawn
 * `apertium` per sentence). `apertium -z` runs segments together, so the pipeline is the one
 * `apertium-wblank-mode -z` prints, under `bash -c`, after `cat |` (spawned from Node, stdin is a
 * socket, which the first stage does not read). Each request is one escaped utterance followed by a
 * `[/ID:n]` format block, which Apertium passes through untouched, and a NUL, which flushes every
 * stage: the answer is the NUL-terminated chunk carrying the same block. If the process exits or a
 * request times out in it, it is killed and the requests it held are sent again, once, to a new one.
 */
export class ApertiumPipeline {
  private process: ChildProcessWithoutNullStreams | undefined;
  private command: Promise<string> | undefined;
  private readonly queue: Request[] = [];
  private readonly inFlight = new Map<number, Request>();
  private nextId = 1;
  private output = '';
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxInFlight: number;
  private readonly maxQueued: number;

  constructor(private readonly options: ApertiumPipelineOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.maxInFlight = options.maxInFlight ?? 16;
    this.maxQueued = options.maxQueued ?? 256;
  }

  /** The pipeline's process id, once started (tests kill it to prove supervision). */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** Resolves the shell pipeline and checks every program in it; `engine_missing` names the package. */
  prepare(): Promise<string> {
    this.command ??= this.resolveCommand();
    this.command.catch(() => (this.command = undefined));
    return this.command;
  }

  translate(text: string, options: { signal?: AbortSignal } = {}): Promise<string> {
    if (this.closed)
      return Promise.reject(new EngineError('engine_unavailable', `The Apertium ${this.options.mode.name} pipeline is closed.`));
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(
        new EngineError(
          'engine_unavailable',
          `The Apertium ${this.options.mode.name} pipeline has ${this.queue.length} requests waiting; try again later.`,
        ),
      );
    }
    const escaped = escapeApertium(text);
    if (escaped === '') return Promise.resolve('');
    options.signal?.throwIfAborted();
    return new Promise<string>((resolve, reject) => {
      const request: Request = {
        id: this.nextId++,
        text: escaped,
        attempts: 0,
        settled: false,
        resolve: (translation) => settle(() => resolve(translation)),
        reject: (error) => settle(() => reject(error)),
        timer: setTimeout(() => this.onTimeout(request), this.timeoutMs),
      };
      const onAbort = () =>
        request.reject(new EngineError('engine_failed', 'The translation was cancelled.', { cause: options.signal?.reason }));
      const settle = (finish: () => void) => {
        if (request.settled) return;
        request.settled = true;
        clearTimeout(request.timer);
        options.signal?.removeEventListener('abort', onAbort);
        this.inFlight.delete(request.id);
        const queued = this.queue.indexOf(request);
        if (queued !== -1) this.queue.splice(queued, 1);
        finish();
        this.pump();
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(request);
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const request of [...this.queue, ...this.inFlight.values()]) {
      request.reject(new EngineError('engine_unavailable', `The Apertium ${this.options.mode.name} pipeline is closing.`));
    }
    const child = this.process;
    this.process = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin.end();
      killStages(child, 'SIGTERM');
      await exited;
    }
  }

  private async resolveCommand(): Promise<string> {
    const wblankMode = requireExecutable('apertium-wblank-mode', 'apertium', this.options);
    let pipeline: string;
    try {
      ({ stdout: pipeline } = await run(wblankMode, ['-z', this.options.mode.file], { env: childEnvironment(this.options) }));
    } catch (error) {
      throw new EngineError('engine_failed', `apertium-wblank-mode could not read ${this.options.mode.file}.`, { cause: error });
    }
    pipeline = pipeline.trim();
    if (pipeline === '') throw new EngineError('engine_failed', `${this.options.mode.file} describes no pipeline.`);
    for (const stage of pipeline.split('|')) {
      const program = stage.trim().split(/\s+/)[0]!;
      requireExecutable(program, debianPackageOf(program), this.options);
    }
    requireExecutable('bash', 'bash', this.options);
    // $1 is the generator's option: -n leaves no `#`/`*` marks on unknown words (they would show in subtitles); $2, the tagger's, stays empty.
    return `cat | ${pipeline.replace(/\$1/g, '-n').replace(/\$2/g, '')}`;
  }

  private pump(): void {
    if (this.closed || this.queue.length === 0 || this.inFlight.size >= this.maxInFlight) return;
    if (this.process === undefined) {
      this.prepare().then(
        (command) => {
          if (this.process === undefined && !this.closed) this.start(command);
          this.pump();
        },
        (error: unknown) => {
          const failure = error instanceof EngineError ? error : new EngineError('engine_failed', String(error), { cause: error });
          for (const request of [...this.queue]) request.reject(failure);
        },
      );
      return;
    }
    while (this.queue.length > 0 && this.inFlight.size < this.maxInFlight) {
      const request = this.queue.shift()!;
      request.attempts += 1;
      this.inFlight.set(request.id, request);
      this.process.stdin.write(`${request.text}[/ID:${request.id}]\0`);
    }
  }

  private start(command: string): void {
    // Its own process group, so that killing it kills every stage, not only the shell.
    const child = spawn('bash', ['-c', command], { env: childEnvironment(this.options), stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.process = child;
    this.output = '';
    let stderrTail = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (this.process === child) this.onOutput(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-500);
    });
    child.stdin.on('error', () => {
      // EPIPE when the pipeline died: its exit handler sends the requests again.
    });
    child.once('exit', (code, signal) => {
      killStages(child, 'SIGKILL'); // stages left behind by a shell that died
      if (this.process !== child) return;
      this.process = undefined;
      this.onExit(
        `the Apertium ${this.options.mode.name} pipeline exited (${signal ?? `code ${code}`})${stderrTail.trim() ? `: ${stderrTail.trim()}` : ''}`,
      );
    });
  }

  private onOutput(chunk: string): void {
    this.output += chunk;
    let end: number;
    while ((end = this.output.indexOf('\0')) !== -1) {
      const segment = this.output.slice(0, end);
      this.output = this.output.slice(end + 1);
      const marker = /\[\/ID:(\d+)\]/.exec(segment);
      if (marker === null) continue; // every stage flushes a bare NUL of its own: nothing to answer
      const request = this.inFlight.get(Number(marker[1]));
      if (request === undefined) continue; // timed out or cancelled meanwhile
      const translation = unescapeApertium(segment.replace(marker[0], ''));
      if (translation === '')
        request.reject(new EngineError('engine_failed', `The Apertium ${this.options.mode.name} pipeline answered nothing.`));
      else request.resolve(translation);
    }
  }

  /** The requests it held go first to the next process, unless they already had their second chance. */
  private onExit(reason: string): void {
    this.options.onRestart?.(reason);
    const held = [...this.inFlight.values()].sort((a, b) => a.id - b.id);
    this.inFlight.clear();
    for (const request of held.reverse()) {
      if (request.attempts >= 2) request.reject(new EngineError('engine_failed', `Translation failed twice: ${reason}.`));
      else this.queue.unshift(request);
    }
    if (!this.closed) this.pump();
  }

  private onTimeout(request: Request): void {
    const wasInPipeline = this.inFlight.has(request.id);
    request.reject(new EngineError('engine_timeout', `Apertium ${this.options.mode.name} did not answer within ${this.timeoutMs} ms.`));
    // An answer that never comes means a stuck stage: the others held behind it would wait too.
    if (wasInPipeline && this.process) killStages(this.process, 'SIGKILL');
  }
}

/** Signals the pipeline's whole process group (the shell and each stage). */
function killStages(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}
