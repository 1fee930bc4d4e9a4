import { fstatSync } from 'node:fs';

/** What a service's log lines go to when stdout is a pipe: never blocks, drops instead. */
export interface NonBlockingLogDestination {
  write(line: string): void;
  /** Resolves once what is buffered has been written, or after `timeoutMs`, whichever comes first. */
  flush(timeoutMs: number): Promise<void>;
}

/** Lines buffered beyond this (a reader that stopped reading) are dropped and counted. */
const defaultMaxBufferedBytes = 1024 * 1024;

let shared: NonBlockingLogDestination | undefined;

/**
 * The log destination for a stdout that is a pipe or a socket (a process manager, `make dev`, a test
 * harness), or undefined for a terminal or a file, where writes cannot block for long.
 *
 * pino's default destination writes to fd 1 with blocking `write(2)` calls: once a pipe nobody reads is
 * full, the whole process stops inside that call, no timer runs and SIGTERM is never handled (the
 * kit's shutdown deadline cannot fire either). `process.stdout` on a pipe is asynchronous in Node
 * (libuv makes the fd non-blocking), so lines go through it instead: a full pipe buffers them in memory
 * up to `maxBufferedBytes`, then they are dropped (a warning line says how many once the pipe drains);
 * a reader that went away (EPIPE) drops every line from then on instead of throwing.
 */
export function nonBlockingLogDestination(options: { maxBufferedBytes?: number } = {}): NonBlockingLogDestination | undefined {
  if (shared) return shared;
  let stat;
  try {
    stat = fstatSync(1);
  } catch {
    return undefined;
  }
  if (!stat.isFIFO() && !stat.isSocket()) return undefined;
  const maxBufferedBytes = options.maxBufferedBytes ?? defaultMaxBufferedBytes;
  const stdout = process.stdout;
  let broken = false;
  let dropped = 0;
  stdout.on('error', () => {
    broken = true;
  });
  // A closed stderr must not crash the process either (console.error in a failing start-up).
  process.stderr.on('error', () => {});
  shared = {
    write(line) {
      if (broken || stdout.destroyed) return;
      if (stdout.writableLength > maxBufferedBytes) {
        dropped += 1;
        return;
      }
      if (dropped > 0) {
        stdout.write(
          `${JSON.stringify({ level: 40, time: new Date().toISOString(), msg: `${dropped} log lines were dropped: stdout was not being read` })}\n`,
        );
        dropped = 0;
      }
      stdout.write(line);
    },
    flush(timeoutMs) {
      if (broken || stdout.destroyed || stdout.writableLength === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        timer.unref();
        function done() {
          clearTimeout(timer);
          stdout.off('drain', done);
          stdout.off('error', done);
          resolve();
        }
        stdout.once('drain', done);
        stdout.once('error', done);
      });
    },
  };
  return shared;
}

/**
 * Gives the log lines still buffered (a slow reader) up to `timeoutMs` to be written, before the
 * process exits; a reader that stopped reading does not hold the exit longer than that.
 */
export async function flushLogs(timeoutMs: number): Promise<void> {
  await shared?.flush(timeoutMs);
}
