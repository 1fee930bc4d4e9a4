import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { answerClientErrorsAsProblems } from './http/client-errors.js';
import { flushLogs } from './log-destination.js';

/** The longest the last log lines may hold a stopping process (a slow reader of its stdout). */
const logFlushLimitMs = 1_000;

export interface RunServiceOptions {
  app: Express;
  port: number;
  host: string;
  logger: Logger;
  /**
   * Runs first when a shutdown starts, before HTTP stops: long-lived connections (WebSockets) are not
   * ended by closing the HTTP server, so the service closes them here (flushing what they hold).
   */
  onStopping?: () => Promise<void>;
  /** Flushes and closes what the service holds (pools, engines, sockets), after HTTP stops. */
  onShutdown?: () => Promise<void>;
  /** After this, the process exits even if something still hangs. */
  shutdownDeadlineMs: number;
}

/**
 * Listens, and on SIGTERM/SIGINT shuts down gracefully: stop accepting connections, let in-flight
 * requests finish, close idle keep-alive sockets, run `onShutdown`, and exit; force the exit once the
 * deadline passes so an orchestrator's restart is never blocked.
 */
export async function runService(options: RunServiceOptions): Promise<Server> {
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = options.app.listen(options.port, options.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  answerClientErrorsAsProblems(server, options.logger);
  const address = server.address();
  options.logger.info({ port: typeof address === 'object' && address ? address.port : options.port }, 'listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Armed before anything else (even the first log line), so nothing can keep the process past it.
    const deadline = setTimeout(() => {
      options.logger.error({ deadlineMs: options.shutdownDeadlineMs }, 'shutdown deadline passed; exiting');
      process.exit(1);
    }, options.shutdownDeadlineMs);
    deadline.unref();
    const startedAt = performance.now();
    /** Exits once the logs are written, or when the deadline would pass: a stdout nobody reads does not hold it. */
    const exit = async (code: number) => {
      await flushLogs(Math.max(0, Math.min(logFlushLimitMs, options.shutdownDeadlineMs - (performance.now() - startedAt))));
      process.exit(code);
    };
    options.logger.info({ signal }, 'shutting down');
    try {
      await options.onStopping?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await options.onShutdown?.();
      options.logger.info('stopped');
      await exit(0);
    } catch (error) {
      options.logger.error({ err: error }, 'shutdown failed');
      await exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return server;
}
