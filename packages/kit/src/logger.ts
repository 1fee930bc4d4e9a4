import { randomUUID } from 'node:crypto';
import type { Express, Request, RequestHandler, Response } from 'express';
import { pino, type Logger } from 'pino';
import { nonBlockingLogDestination } from './log-destination.js';

declare global {
  // Express's own extension point for what middleware adds to a request.
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express declares Request in a global namespace
  namespace Express {
    interface Request {
      /** The request id: the caller's `X-Request-Id` when sane, a new UUID otherwise. */
      id: string;
      /** The service logger, bound to this request's id. */
      log: Logger;
    }
  }
}

/** Paths whose values are secrets: they are replaced before a log line is written. */
const redactedPaths = [
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.client_secret',
  '*.access_token',
  '*.refresh_token',
  '*.token',
  '*.ticket',
];

/**
 * The service's structured logger (JSON lines; pretty only when asked, for humans at a terminal). A
 * stdout that is a pipe is written without ever blocking the process (`nonBlockingLogDestination`).
 */
export function createLogger(options: { service: string; level: string; pretty?: boolean }): Logger {
  const settings = {
    level: options.level,
    base: { service: options.service },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname' } } } : {}),
  };
  const destination = options.pretty || options.level === 'silent' ? undefined : nonBlockingLogDestination();
  return destination ? pino(settings, destination) : pino(settings);
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Gives every request of `app` its id (the caller's `X-Request-Id` when it is sane, so a trace crosses
 * the gateway and the services; a new UUID otherwise), echoes it in the response, and logs each request
 * once it is answered: 5xx as errors, 4xx as info, the rest at debug. The per-request logger is made
 * only when something logs, because most requests log nothing at production levels; it is a getter of
 * the app's request prototype, defined once, because a property defined on each request costs the
 * definition and makes the request's later property reads slower.
 */
export function requestLogger(app: Express, logger: Logger): RequestHandler {
  const requestLogs = new WeakMap<Request, Logger>();
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Request): Logger {
      let requestLog = requestLogs.get(this);
      if (!requestLog) requestLogs.set(this, (requestLog = logger.child({ request_id: this.id })));
      return requestLog;
    },
  });
  // One listener function for every response (not a closure and a `once` wrapper per request): the
  // response's own `req`, and its start time kept on it, are all it needs. `finish` comes once.
  const started = Symbol('request started');
  type TimedResponse = Response & { [started]?: number };
  function logCompleted(this: TimedResponse): void {
    const request = this.req;
    const status = this.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
    if (!logger.isLevelEnabled(level) || request.path === '/health' || request.path === '/ready') return;
    request.log[level](
      { method: request.method, path: request.path, status, duration_ms: Math.round((performance.now() - this[started]!) * 10) / 10 },
      'request completed',
    );
  }
  return (request, response: TimedResponse, next) => {
    const incoming = request.headers['x-request-id'];
    const id = typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    request.id = id;
    response.setHeader('X-Request-Id', id);
    response[started] = performance.now();
    response.on('finish', logCompleted);
    next();
  };
}
