import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';
import { EngineError, type RecognitionResult, type RecognitionStream } from '../types.js';

const samplesPerMs = 16;
/** Largest audio frame sent to the helper at once (it accepts up to 4 MiB). */
const maxFrameBytes = 64 * 1024;
/** How far before the last acknowledged sample an utterance without a partial yet may have begun. */
const unreportedSpeechMs = 600;

/** How the stream runs its helper process; built by `PocketsphinxRecognizer`. */
export interface PocketsphinxStreamOptions {
  /** Resolves with the helper's path once compiled; a rejection is reported as an `error` and every write as lost. */
  helper: Promise<string>;
  arguments: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** The helper must print `ready` within this (model load is ≈ 0.2 s). */
  startTimeoutMs?: number;
  /** The helper must acknowledge audio within this, or it is killed and restarted. */
  responseTimeoutMs?: number;
  /** `write()` returns false when this much audio waits for the helper. */
  maxPendingAudioMs?: number;
  /** Told about every restart, for logs. */
  onRestart?: (reason: string) => void;
}

type HelperLine =
  | { type: 'ready' }
  | { type: 'partial' | 'final'; text: string; start: number; end: number; at: number }
  | { type: 'progress' | 'flushed'; at: number }
  | { type: 'error'; message: string };

interface Helper {
  process: ChildProcessWithoutNullStreams;
  /** The session sample at which this helper's sample 0 is. */
  base: number;
  ready: boolean;
  lastOutputAt: number;
  exited: boolean;
  /** Why the supervisor killed it, when it did. */
  killedBecause?: string;
}

/**
 * One recognition stream on its own long-lived `ps-stream` helper (≈ 100 MB each: the model). The
 * stream is supervised: if the helper exits or stops acknowledging audio, it is killed, the audio it
 * had not turned into a final is reported as a `gap`, and a new helper takes the next audio.
 */
export class PocketsphinxStream extends EventEmitter implements RecognitionStream {
  private helper: Helper | undefined;
  private helperPath: string | undefined;
  private failure: EngineError | undefined;
  private readonly queuedBeforeStart: Buffer[] = [];
  /** Samples written by the caller since the stream opened. */
  private writtenSamples = 0;
  private acknowledgedSample = 0;
  private lastFinalEnd = 0;
  private utteranceInProgressStart: number | undefined;
  /** When each write's last sample was handed over, to compute `recognitionMs`. */
  private writeTimes: { endSample: number; at: number }[] = [];
  private pendingFlushes: (() => void)[] = [];
  private oddByte: Buffer | undefined;
  private waitingForDrain = false;
  private consecutiveFailedStarts = 0;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout;
  private readonly startTimeoutMs: number;
  private readonly responseTimeoutMs: number;
  private readonly maxPendingSamples: number;

  constructor(private readonly options: PocketsphinxStreamOptions) {
    super();
    this.startTimeoutMs = options.startTimeoutMs ?? 10_000;
    this.responseTimeoutMs = options.responseTimeoutMs ?? 5_000;
    this.maxPendingSamples = (options.maxPendingAudioMs ?? 5_000) * samplesPerMs;
    this.watchdog = setInterval(() => this.checkLiveness(), Math.min(1_000, this.responseTimeoutMs / 2));
    this.watchdog.unref();
    options.helper.then(
      (path) => {
        if (this.closed) return;
        this.helperPath = path;
        this.startHelper();
      },
      (error: unknown) => {
        this.failure = error instanceof EngineError ? error : new EngineError('engine_failed', String(error), { cause: error });
        this.queuedBeforeStart.length = 0;
        this.reportError(this.failure);
        this.reportLostSince(0, this.failure.message);
      },
    );
  }

  /** The helper's process id (tests kill it to prove supervision). */
  get pid(): number | undefined {
    return this.helper?.process.pid;
  }

  write(pcm: Buffer): boolean {
    if (this.closed) throw new EngineError('engine_failed', 'The recognition stream is closed.');
    let audio = this.oddByte ? Buffer.concat([this.oddByte, pcm]) : pcm;
    this.oddByte = undefined;
    if (audio.length % 2 === 1) {
      this.oddByte = audio.subarray(audio.length - 1);
      audio = audio.subarray(0, audio.length - 1);
    }
    if (audio.length === 0) return true;
    this.writtenSamples += audio.length / 2;
    this.writeTimes.push({ endSample: this.writtenSamples, at: performance.now() });
    if (this.failure) {
      this.writeTimes.length = 0;
      return true;
    }
    let accepted = true;
    for (let offset = 0; offset < audio.length; offset += maxFrameBytes) {
      accepted = this.send('A', audio.subarray(offset, offset + maxFrameBytes)) && accepted;
    }
    const saturated = !accepted || this.writtenSamples - this.acknowledgedSample > this.maxPendingSamples;
    if (saturated) this.waitingForDrain = true;
    return !saturated;
  }

  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.failure) {
      this.reportLostSince(this.lastFinalEnd, this.failure.message);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.pendingFlushes.push(resolve);
      this.send('F', Buffer.alloc(0));
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    const helper = this.helper;
    this.helper = undefined;
    if (helper && !helper.exited) {
      const exited = new Promise<void>((resolve) => helper.process.once('exit', () => resolve()));
      helper.process.stdin.end();
      const timer = setTimeout(() => helper.process.kill('SIGKILL'), 2_000);
      await exited;
      clearTimeout(timer);
    }
    for (const resolve of this.pendingFlushes.splice(0)) resolve();
    this.removeAllListeners();
  }

  /** Sends one frame, or queues it until the helper path is known. Returns the pipe's back-pressure. */
  private send(type: 'A' | 'F', payload: Buffer): boolean {
    const frame = Buffer.allocUnsafe(5 + payload.length);
    frame.write(type, 0, 'latin1');
    frame.writeUInt32LE(payload.length, 1);
    payload.copy(frame, 5);
    if (this.helper === undefined) {
      this.queuedBeforeStart.push(frame);
      return this.queuedBeforeStart.length < 64;
    }
    return this.helper.process.stdin.write(frame);
  }

  private startHelper(): void {
    const child = spawn(this.helperPath!, [...this.options.arguments], { env: this.options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const helper: Helper = {
      process: child,
      base: this.writtenSamples - this.queuedSamples(),
      ready: false,
      lastOutputAt: performance.now(),
      exited: false,
    };
    this.helper = helper;
    child.stdin.on('error', () => {
      // EPIPE when the helper died: its exit handler restarts it.
    });
    child.stdin.on('drain', () => this.maybeDrain());
    let stderrTail = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2_000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (this.helper !== helper) return;
      helper.lastOutputAt = performance.now();
      this.handleLine(helper, line);
    });
    child.once('error', (error) => {
      helper.exited = true;
      this.onHelperExit(helper, `the helper could not start: ${error.message}`);
    });
    child.once('exit', (code, signal) => {
      helper.exited = true;
      const lastError = /ERROR: "[^"]*", line \d+: (.*)/.exec(stderrTail)?.[1];
      this.onHelperExit(
        helper,
        helper.killedBecause ?? `the recogniser process exited (${signal ?? `code ${code}`})${lastError ? `: ${lastError}` : ''}`,
      );
    });
    for (const frame of this.queuedBeforeStart.splice(0)) child.stdin.write(frame);
  }

  private queuedSamples(): number {
    return this.queuedBeforeStart.reduce((sum, frame) => sum + (frame[0] === 0x41 ? (frame.length - 5) / 2 : 0), 0);
  }

  private handleLine(helper: Helper, line: string): void {
    let message: HelperLine;
    try {
      message = JSON.parse(line) as HelperLine;
    } catch {
      return;
    }
    switch (message.type) {
      case 'ready':
        helper.ready = true;
        this.consecutiveFailedStarts = 0;
        return;
      case 'progress':
        this.acknowledge(helper.base + message.at);
        return;
      case 'flushed':
        this.acknowledge(helper.base + message.at);
        this.pendingFlushes.shift()?.();
        return;
      case 'partial':
      case 'final': {
        const startSample = helper.base + message.start;
        if (message.type === 'partial') this.utteranceInProgressStart ??= startSample;
        else {
          this.utteranceInProgressStart = undefined;
          this.lastFinalEnd = helper.base + message.end;
        }
        const result: RecognitionResult = {
          kind: message.type,
          text: message.text,
          startMs: startSample / samplesPerMs,
          endMs: (helper.base + message.end) / samplesPerMs,
          recognitionMs: this.millisecondsSinceWrite(helper.base + message.at),
          heardUntilMs: (helper.base + message.at) / samplesPerMs,
        };
        this.emit('result', result);
        return;
      }
      case 'error':
        this.reportError(new EngineError('engine_failed', `The recogniser failed: ${message.message}`));
        return;
    }
  }

  private acknowledge(sample: number): void {
    this.acknowledgedSample = Math.max(this.acknowledgedSample, sample);
    const firstKept = this.writeTimes.findIndex((entry) => entry.endSample >= sample);
    this.writeTimes.splice(0, firstKept === -1 ? this.writeTimes.length : firstKept);
    this.maybeDrain();
  }

  private millisecondsSinceWrite(sample: number): number {
    const write = this.writeTimes.find((entry) => entry.endSample >= sample);
    return write ? Math.round(performance.now() - write.at) : 0;
  }

  private maybeDrain(): void {
    if (!this.waitingForDrain || !this.helper || this.helper.process.stdin.writableNeedDrain) return;
    if (this.writtenSamples - this.acknowledgedSample > this.maxPendingSamples / 2) return;
    this.waitingForDrain = false;
    this.emit('drain');
  }

  private checkLiveness(): void {
    const helper = this.helper;
    if (!helper || helper.exited) return;
    const silentFor = performance.now() - helper.lastOutputAt;
    if (!helper.ready && silentFor > this.startTimeoutMs) {
      helper.killedBecause = `the recogniser did not load its model within ${this.startTimeoutMs} ms`;
      helper.process.kill('SIGKILL');
    } else if (helper.ready && this.writtenSamples > this.acknowledgedSample + samplesPerMs * 500 && silentFor > this.responseTimeoutMs) {
      helper.killedBecause = `the recogniser stopped answering for ${Math.round(silentFor)} ms`;
      helper.process.kill('SIGKILL');
    }
  }

  /** A helper died (crash, kill, timeout): report the audio it took with it and start another. */
  private onHelperExit(helper: Helper, reason: string): void {
    if (this.helper !== helper || this.closed) return;
    this.helper = undefined;
    if (!helper.ready) this.consecutiveFailedStarts += 1;
    const lostFrom =
      this.utteranceInProgressStart ??
      Math.max(helper.base, this.lastFinalEnd, this.acknowledgedSample - unreportedSpeechMs * samplesPerMs);
    this.reportLostSince(lostFrom, reason);
    for (const resolve of this.pendingFlushes.splice(0)) resolve();
    this.options.onRestart?.(reason);
    if (!this.closed) this.emit('restart', { reason });
    if (this.consecutiveFailedStarts >= 3) {
      this.failure = new EngineError('engine_failed', `The recogniser failed to start three times in a row; ${reason}.`);
      this.reportError(this.failure);
      return;
    }
    const delay = this.consecutiveFailedStarts === 0 ? 0 : 250 * 2 ** this.consecutiveFailedStarts;
    setTimeout(() => {
      if (!this.closed) this.startHelper();
    }, delay).unref();
  }

  /** Emits a gap for session audio from `fromSample` to what has been written so far, once. */
  private reportLostSince(fromSample: number, reason: string): void {
    const start = Math.max(fromSample, this.lastFinalEnd, 0);
    const end = this.writtenSamples;
    this.utteranceInProgressStart = undefined;
    this.acknowledgedSample = end;
    this.lastFinalEnd = end;
    this.writeTimes.length = 0;
    if (end > start && !this.closed) this.emit('gap', { startMs: start / samplesPerMs, endMs: end / samplesPerMs, reason });
    this.maybeDrainAfterLoss();
  }

  private maybeDrainAfterLoss(): void {
    if (!this.waitingForDrain) return;
    this.waitingForDrain = false;
    this.emit('drain');
  }

  private reportError(error: EngineError): void {
    if (this.closed) return;
    if (this.listenerCount('error') > 0) this.emit('error', error);
  }
}
