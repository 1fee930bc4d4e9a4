import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode, type ErrorCode } from '@ilenia/generated/asyncapi/live-event/messages';
import { serializeListenerServerMessage, serializeSpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import { UpstreamUnavailableError } from '@ilenia/kit/upstream';
import type { AccessRefusal } from '../domain/event-access.js';
import type { LiveEventMetrics } from '../metrics.js';
import type { TicketGrant, TicketStore } from '../tickets/ticket-store.js';
import { errorMessage, maxFrameBytes } from './messages.js';
import type { Role } from './websocket-connection.js';

/**
 * One role behind the gateway (the speaker side, the listener side), both of the same shape: what it
 * asks the events service for a spent ticket, then the hand-over of the socket to its protocol.
 */
export interface WebSocketRole<Granted extends object> {
  /** Asks the events service, as the ticket's holder, whether they may join in this role. */
  checkAccess(grant: TicketGrant): Promise<({ ok: true } & Granted) | { ok: false; refusal: AccessRefusal }>;
  /**
   * Runs the role's protocol on the socket until it closes; the role keeps it among its open connections.
   * `stream` is the upgraded stream under the socket (the listener side writes framed broadcasts to it).
   */
  accept(socket: WebSocket, grant: TicketGrant, access: Granted, stream: Duplex): void;
}

export interface WebSocketGatewayOptions<SpeakerGranted extends object, ListenerGranted extends object> {
  tickets: TicketStore;
  speaker: WebSocketRole<SpeakerGranted>;
  listener: WebSocketRole<ListenerGranted>;
  metrics: Pick<LiveEventMetrics, 'rejectedMessages'>;
  logger: Logger;
  /** Browser origins that may open a socket; the request's own host always may, and so may clients that send no Origin. */
  allowedOrigins?: readonly string[];
}

const ticketPattern = /^[A-Za-z0-9._~-]{16,512}$/;
const paths = { '/v1/ws/speaker': 'speaker', '/v1/ws/listener': 'listener' } as const;

/** The close code and error code that tell a client why it may not join. */
function refusalClose(refusal: AccessRefusal): { closeCode: number; code: ErrorCode } {
  switch (refusal.reason) {
    case 'event_missing':
      return { closeCode: CloseCode.NotFound, code: 'event_not_found' };
    case 'channel_missing':
      return { closeCode: CloseCode.NotFound, code: 'channel_not_found' };
    case 'not_visible':
    case 'not_speaker':
      return { closeCode: CloseCode.Forbidden, code: 'forbidden' };
    case 'not_live':
      return { closeCode: CloseCode.EventNotLive, code: 'event_not_live' };
  }
}

/**
 * Takes the WebSocket upgrades of `/v1/ws/speaker` and `/v1/ws/listener`: upgrade (origin checked
 * first), ticket spent, access asked of the events service, then the socket handed over to its role,
 * or closed at once with a typed error and its 4xxx code. The roles own their connections and their
 * part of shutdown; the gateway only stops taking upgrades.
 */
export function createWebSocketGateway<SpeakerGranted extends object, ListenerGranted extends object>(
  options: WebSocketGatewayOptions<SpeakerGranted, ListenerGranted>,
) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  const log = options.logger.child({ component: 'websocket' });

  function refuse(socket: WebSocket, role: Role, closeCode: number, code: ErrorCode, message: string): void {
    socket.resume();
    options.metrics.rejectedMessages.inc({ role, code });
    const refusal = errorMessage(code, message, { fatal: true, closeCode });
    socket.send(role === 'speaker' ? serializeSpeakerServerMessage(refusal) : serializeListenerServerMessage(refusal));
    socket.close(closeCode, message.slice(0, 120));
  }

  async function spendTicket(ticket: string | null, role: Role): Promise<TicketGrant | undefined> {
    const grant = ticket && ticketPattern.test(ticket) ? await options.tickets.consume(ticket) : undefined;
    return grant?.role === role ? grant : undefined;
  }

  async function handOver<Granted extends object>(
    socket: WebSocket,
    stream: Duplex,
    grant: TicketGrant,
    role: WebSocketRole<Granted>,
  ): Promise<AccessRefusal | undefined> {
    const access = await role.checkAccess(grant);
    if (!access.ok) return access.refusal;
    role.accept(socket, grant, access, stream);
    return undefined;
  }

  /** `stream` is the upgraded stream under `socket`. */
  async function accept(socket: WebSocket, stream: Duplex, role: Role, ticket: string | null): Promise<void> {
    // A client may send its first message as soon as the upgrade completes: hold it until the
    // connection's handler listens (the ticket and access checks take a round trip).
    socket.pause();
    socket.on('error', (error) => log.debug({ err: error, role }, 'socket error'));
    const grant = await spendTicket(ticket, role);
    if (!grant) {
      refuse(
        socket,
        role,
        CloseCode.TicketInvalid,
        'ticket_invalid',
        `the ticket is missing, expired, already used or not a ${role} ticket; get a new one`,
      );
      return;
    }
    const refusal =
      role === 'speaker' ? await handOver(socket, stream, grant, options.speaker) : await handOver(socket, stream, grant, options.listener);
    if (refusal) {
      const { closeCode, code } = refusalClose(refusal);
      refuse(socket, role, closeCode, code, refusal.detail);
      return;
    }
    socket.resume();
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const role = paths[url.pathname as keyof typeof paths];
    if (!role) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (!originAllowed(request, options.allowedOrigins ?? [])) {
      // Cross-site WebSocket hijacking: a page elsewhere must not open a socket in a user's name.
      options.metrics.rejectedMessages.inc({ role, code: 'origin_forbidden' });
      refuseUpgrade(
        socket,
        403,
        'Forbidden origin',
        `WebSocket connections from ${String(request.headers.origin).slice(0, 200)} are not allowed.`,
        url.pathname,
      );
      return;
    }
    wss.handleUpgrade(request, socket, head, (webSocket) => {
      accept(webSocket, socket, role, url.searchParams.get('ticket')).catch((error: unknown) => {
        const unavailable = error instanceof UpstreamUnavailableError;
        log[unavailable ? 'warn' : 'error']({ err: error, role }, 'a WebSocket could not be accepted');
        if (webSocket.readyState === webSocket.OPEN) {
          refuse(
            webSocket,
            role,
            CloseCode.InternalError,
            'internal_error',
            unavailable ? 'the events service cannot be reached; retry shortly' : 'the server failed to accept this connection',
          );
        }
      });
    });
  }

  return {
    /** Takes the upgrades of the service's HTTP server. */
    attach(server: Server): void {
      server.on('upgrade', onUpgrade);
    },
    /** The last step of shutdown, once the roles sent their connections away. */
    async close(): Promise<void> {
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** Whether a browser's `Origin` may open a socket: absent (not a browser), the request's own host, or an allowed origin. */
function originAllowed(request: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.host === request.headers.host || allowedOrigins.includes(parsed.origin);
}

/** Answers an upgrade with an RFC 9457 Problem instead of switching protocols. */
function refuseUpgrade(socket: Duplex, status: number, title: string, detail: string, instance: string): void {
  const body = JSON.stringify({ type: 'https://ilenia.dev/problems/forbidden-origin', title, status, detail, instance });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nConnection: close\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
