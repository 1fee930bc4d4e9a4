import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { problemTypes } from '../problem.js';

/**
 * Requests Node's HTTP parser rejects never reach Express, and Node answers them with a bare status
 * line (431 for a head over `--max-http-header-size`, 400 for a malformed request). Clients of every
 * other error get an RFC 9457 body; these get one too, with a request id to quote.
 */
export function answerClientErrorsAsProblems(server: Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset or timed-out socket has no one to answer; Node's own handling only destroys it.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const requestId = randomUUID();
    const headTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = headTooLarge ? 431 : 400;
    const body = JSON.stringify(
      headTooLarge
        ? {
            type: problemTypes.requestHeaderTooLarge,
            title: 'Request header fields too large',
            status,
            detail: 'The request line and headers together exceed 16 KiB; send fewer or shorter headers (cookies included).',
            request_id: requestId,
          }
        : {
            type: problemTypes.validation,
            title: 'Malformed HTTP request',
            status,
            detail: `The request could not be parsed as HTTP/1.1 (${error.code ?? 'parse error'}).`,
            request_id: requestId,
          },
    );
    logger.warn({ request_id: requestId, status, code: error.code }, 'request refused by the HTTP parser');
    socket.end(
      `HTTP/1.1 ${status} ${headTooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
