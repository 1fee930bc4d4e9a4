import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

/** Paths whose values are secrets: they are replaced before a log line is written. */
const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.client_secret',
  '*.access_token',
  '*.refresh_token',
  '*.token',
  '*.ticket',
];

/** The service's structured logger (JSON lines; pretty only when asked, for humans at a terminal). */
export function createLogger(options: { service: string; level: string; pretty?: boolean }): Logger {
  return pino({
    level: options.level,
    base: { service: options.service },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname' } } } : {}),
  });
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Logs every request with its request id: the caller's `X-Request-Id` when it is sane (so a trace
 * crosses the gateway and services), a new UUID otherwise; echoed in the response header.
 */
export function requestLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId(request: IncomingMessage, response: ServerResponse) {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(_request, response, error) {
      if (error || response.statusCode >= 500) return 'error';
      if (response.statusCode >= 400) return 'info';
      return 'debug';
    },
    autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/ready' },
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url?.split('?')[0] }),
    },
  });
}
