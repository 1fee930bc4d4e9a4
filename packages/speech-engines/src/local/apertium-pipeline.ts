import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';
import { childEnvironment, requireExecutable, type ExecutableSearch } from '../executables.js';
import { EngineError } from '../types.js';
import { debianPackageOf, type ApertiumMode } from './apertium-modes.js';
import { escapeApertium, unescapeApertium } from './apertium-text.js';

const run = promisify(execFile);

export interface ApertiumPipelineOptions extends ExecutableSearch {
  mode: ApertiumMode;
  /** A request not answered within this, once written to a started pipeline, fails with `engine_timeout`. */
  timeoutMs?: number;
  /**
   * How long a new process may take to answer its first (warm-up) request: loading a pair's
   * dictionaries takes seconds on a busy machine, which must not count against the requests waiting
   * for it. Past this the process is killed and the requests waiting for it fail with `engine_timeout`.
   */
  startupTimeoutMs?: number;
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
  timer: NodeJS.Timeout | undefined;
  settled: boolean;
}

/** The id of the request a new process answers first; requests are numbered from 1. */
const warmUpId = 0;

/**
 * One kept-alive Apertium pipeline for one mode (≈ 1 ms per sentence, against ≈ 100 ms to spawn
 * `apertium` per sentence). `apertium -z` runs segments together, so the pipeline is the one
 * `apertium-wblank-mode -z` prints, under `bash -c`, after `cat |` (spawned from Node, stdin is a
 * socket, which the first stage does not read). Each request is one escaped utterance followed by a
 * `[/ID:n]` format block, which Apertium passes through untouched, and a NUL, which flushes every
 * stage: the answer is the NUL-terminated chunk carrying the same block. If the process exits or a
 * request times out in it, it is killed and the requests it held are sent again, once, to a new one.
 * A new process first answers a warm-up request; until it has, requests wait without their clock
 * running, so that a restart under load does not time out (and kill) the process it is waiting for.
 */
export class ApertiumPipeline {
  private process: ChildProcessWithoutNullStreams | undefined;
  private command: Promise<string> | undefined;
  private readonly queue: Request[] = [];
  private readonly inFlight = new Map<number, Request>();
  private nextId = 1;
  private output = '';
  private closed = false;
  /** The current process answered its warm-up request: requests may be written to it. */
  private warm = false;
  private warmUpTimer: NodeJS.Timeout | undefined;
  private readonly warmed: { resolve: () => void; reject: (error: EngineError) => void }[] = [];
  private readonly timeoutMs: number;
  private readonly startupTimeoutMs: number;
  private readonly maxInFlight: number;
  private readonly maxQueued: number;

  constructor(private readonly options: ApertiumPipelineOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.startupTimeoutMs = options.startupTimeoutMs ?? Math.max(30_000, this.timeoutMs);
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

  /** Starts the process if none runs and resolves once it has answered its warm-up request. */
  ready(): Promise<void> {
    if (this.closed)
      return Promise.reject(new EngineError('engine_unavailable', `The Apertium ${this.options.mode.name} pipeline is closed.`));
    if (this.warm && this.process) return Promise.resolve();
    const ready = new Promise<void>((resolve, reject) => this.warmed.push({ resolve, reject }));
    this.ensureProcess();
    return ready;
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
        timer: undefined,
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
    const closing = new EngineError('engine_unavailable', `The Apertium ${this.options.mode.name} pipeline is closing.`);
    for (const request of [...this.queue, ...this.inFlight.values()]) request.reject(closing);
    this.settleWarmUp(closing);
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
      this.ensureProcess();
      return;
    }
    if (!this.warm) return;
    while (this.queue.length > 0 && this.inFlight.size < this.maxInFlight) {
      const request = this.queue.shift()!;
      request.attempts += 1;
      this.inFlight.set(request.id, request);
      // The clock starts here: time spent waiting for a process to start is not the pipeline's answer time.
      clearTimeout(request.timer);
      request.timer = setTimeout(() => this.onTimeout(request), this.timeoutMs);
      this.process.stdin.write(`${request.text}[/ID:${request.id}]\0`);
    }
  }

  /** Starts a process (after resolving the command) unless one runs or is being started. */
  private ensureProcess(): void {
    if (this.process !== undefined || this.closed) return;
    this.prepare().then(
      (command) => {
        if (this.process === undefined && !this.closed) this.start(command);
        this.pump();
      },
      (error: unknown) => {
        const failure = error instanceof EngineError ? error : new EngineError('engine_failed', String(error), { cause: error });
        for (const request of [...this.queue]) request.reject(failure);
        this.settleWarmUp(failure);
      },
    );
  }

  /** Resolves (or, with an error, rejects) whoever waits in `ready()`. */
  private settleWarmUp(error?: EngineError): void {
    clearTimeout(this.warmUpTimer);
    this.warmUpTimer = undefined;
    for (const waiter of this.warmed.splice(0)) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }

  private start(command: string): void {
    // Its own process group, so that killing it kills every stage, not only the shell.
    // --norc: bash takes a socket on stdin for a remote shell's and runs ~/.bashrc, whose version
    // managers (pyenv's rehash waits up to a minute on a lock a killed shell left) stalled every start.
    // BASH_ENV is dropped for the same reason: nothing of a login's set-up belongs in the pipeline.
    const { BASH_ENV: _bashEnv, ...environment } = childEnvironment(this.options);
    const child = spawn('bash', ['--norc', '--noprofile', '-c', command], {
      env: environment,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    this.process = child;
    this.warm = false;
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
    child.stdin.write(`hello[/ID:${warmUpId}]\0`);
    this.warmUpTimer = setTimeout(() => this.onStartupTimeout(child), this.startupTimeoutMs);
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
      if (Number(marker[1]) === warmUpId) {
        this.warm = true;
        this.settleWarmUp();
        this.pump();
        continue;
      }
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
    const wasWarm = this.warm;
    this.warm = false;
    this.options.onRestart?.(reason);
    if (!wasWarm) {
      // A process that dies before its first answer would die again: fail what waits for it instead of looping.
      const failure = new EngineError('engine_failed', `The Apertium ${this.options.mode.name} pipeline did not start: ${reason}.`);
      for (const request of [...this.queue]) request.reject(failure);
      this.settleWarmUp(failure);
    }
    const held = [...this.inFlight.values()].sort((a, b) => a.id - b.id);
    this.inFlight.clear();
    for (const request of held.reverse()) {
      if (request.attempts >= 2) request.reject(new EngineError('engine_failed', `Translation failed twice: ${reason}.`));
      else this.queue.unshift(request);
    }
    if (!this.closed) this.pump();
  }

  /** A process that does not answer its warm-up in time: the requests waiting for it fail, and it is killed. */
  private onStartupTimeout(child: ChildProcessWithoutNullStreams): void {
    if (this.process !== child || this.warm) return;
    const failure = new EngineError(
      'engine_timeout',
      `The Apertium ${this.options.mode.name} pipeline did not start within ${this.startupTimeoutMs} ms.`,
    );
    for (const request of [...this.queue]) request.reject(failure);
    this.settleWarmUp(failure);
    killStages(child, 'SIGKILL');
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
