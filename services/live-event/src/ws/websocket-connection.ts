/**
 * One WebSocket connection, whatever its role: the base the speaker and listener connections build
 * on. It owns what both must do the same way: the protocol heartbeat, the frame and text limits,
 * reading a frame with the role's generated parser, typed `error` replies (request id carried,
 * refusal counted by role and code, a client that sends nothing valid cut with 1008), closing with a
 * bounded wait for the peer, and the `closed` promise that its role's shutdown waits on.
 * The role adds its protocol: what a message does, what a binary frame is, and how it goes away.
 */
import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import type { RawData, WebSocket } from 'ws';
import { CloseCode, type ErrorCode, type ErrorMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import type { ParseResult } from '@ilenia/generated/asyncapi/live-event/validators';
import { unwatchHeartbeat, watchHeartbeat } from './heartbeat.js';
import { errorMessage, maxFrameBytes, maxTextMessageBytes, peekFields, type ErrorOptions } from './messages.js';
import type { ConnectionHandle } from './open-connections.js';

export type Role = 'speaker' | 'listener';

/** What a role's protocol is, once for all its connections. */
export interface WebSocketProtocol<ClientMessage> {
  role: Role;
  /** The generated parser of the role's client messages. */
  parse(text: string): ParseResult<ClientMessage>;
  /** The generated serialiser of the role's server messages, for its `error`. */
  serializeError(error: ErrorMessage): string;
  /** Refused messages in a row after which the client is taken to be broken (fatal error, 1008); unbounded when absent. */
  maxRefusalsInARow?: number;
}

/** What every connection is given, whatever its role. */
export interface WebSocketConnectionSettings {
  eventId: string;
  logger: Logger;
  /** `live_event_rejected_messages_total`: every `error` answered to a client, by role and code. */
  rejectedMessages: Counter<'role' | 'code'>;
  /** Protocol pings; a peer that answers none of two is cut. */
  heartbeatIntervalMs: number;
  /** How long a close waits for the peer's close frame (behind whatever the socket still buffers) before the socket is cut. */
  closeGraceMs: number;
}

/** A refusal: the `error` to answer with, before or instead of handling a message. */
export interface Refusal {
  code: ErrorCode;
  message: string;
  options?: ErrorOptions;
}

/** A client frame, read: a message of the role's protocol, a binary frame, or why it is refused. */
export type ClientFrame<ClientMessage> =
  { kind: 'message'; message: ClientMessage } | { kind: 'binary'; bytes: Buffer } | ({ kind: 'refused' } & Refusal);

export abstract class WebSocketConnection<ClientMessage> implements ConnectionHandle {
  /** Resolves once the socket is closed and the role released what it held. */
  readonly closed: Promise<void>;
  private closing = false;
  private refusalsInARow = 0;
  private terminateTimer: NodeJS.Timeout | undefined;

  protected constructor(
    protected readonly socket: WebSocket,
    private readonly protocol: WebSocketProtocol<ClientMessage>,
    protected readonly settings: WebSocketConnectionSettings,
  ) {
    watchHeartbeat(socket, settings.heartbeatIntervalMs);
    let markClosed: () => void = () => {};
    this.closed = new Promise<void>((resolve) => (markClosed = resolve));
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (this.closing) return;
      const frame = this.read(data, isBinary);
      if (frame && !this.closing) this.receive(frame);
    });
    socket.on('error', (error: Error) =>
      settings.logger.debug({ err: { message: error.message }, event_id: settings.eventId, role: protocol.role }, 'socket error'),
    );
    // `on`, not `once`: ws emits 'close' once, and `once` would add a wrapper and its state per socket.
    socket.on('close', (code: number) => {
      this.closing = true;
      unwatchHeartbeat(socket);
      clearTimeout(this.terminateTimer);
      settings.logger.debug({ event_id: settings.eventId, role: protocol.role, code }, 'disconnected');
      void Promise.resolve()
        .then(() => this.released())
        .catch((error: unknown) => settings.logger.error({ err: error, role: protocol.role }, 'releasing a closed connection failed'))
        .finally(markClosed);
    });
  }

  /** The event the connection belongs to. */
  get eventId(): string {
    return this.settings.eventId;
  }

  /** Whether the connection stopped taking messages (closing or closed). */
  protected get isClosing(): boolean {
    return this.closing;
  }

  /** Shutdown: closes with 1001 once the role finished what it must (clients reconnect and resume). */
  abstract goAway(): void | Promise<void>;

  /** A frame the connection read while open, in arrival order. */
  protected abstract receive(frame: ClientFrame<ClientMessage>): void;

  /** The socket closed: give back what the connection held. `closed` resolves after it. */
  protected abstract released(): void | Promise<void>;

  /** Writes a text message if the socket is open; says whether it was written. The listener bounds its buffer here. */
  protected write(text: string): boolean {
    if (this.socket.readyState !== this.socket.OPEN) return false;
    this.socket.send(text);
    return true;
  }

  /**
   * Answers with a typed `error`, counted by role and code. A fatal one closes with its close code; a
   * client whose messages keep being refused is cut with 1008 (when the role bounds it).
   */
  protected refuse(refusal: Refusal): void {
    const options = refusal.options ?? {};
    const limit = this.protocol.maxRefusalsInARow;
    this.refusalsInARow += 1;
    if (!options.fatal && limit !== undefined && this.refusalsInARow >= limit) {
      // This one goes unanswered: the answer is that the connection ends.
      this.refuse({
        code: 'rate_limited',
        message: `${limit} refused messages in a row`,
        options: { fatal: true, closeCode: CloseCode.PolicyViolation },
      });
      return;
    }
    this.settings.rejectedMessages.inc({ role: this.protocol.role, code: refusal.code });
    this.write(this.protocol.serializeError(errorMessage(refusal.code, refusal.message, options)));
    if (options.fatal && options.closeCode !== undefined) this.close(options.closeCode, refusal.message.slice(0, 120));
  }

  /**
   * Stops taking messages and closes. The close frame waits behind what the socket still buffers, so
   * a peer that does not read is cut after the grace period: its memory stays bounded.
   */
  protected close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.onClosing();
    this.socket.close(code, reason);
    this.terminateTimer = setTimeout(() => this.socket.terminate(), this.settings.closeGraceMs);
    this.terminateTimer.unref();
  }

  /** Told that the connection is closing (before its close frame is sent), to stop its work at once. */
  protected onClosing(): void {}

  /** The frame as the role sees it; undefined when the frame ends the connection. */
  private read(data: RawData, isBinary: boolean): ClientFrame<ClientMessage> | undefined {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    if (bytes.byteLength > maxFrameBytes) {
      // ws refuses these already (maxPayload); kept so that the limit holds whatever the server's options.
      this.close(CloseCode.MessageTooBig, 'frame above 1 MiB');
      return undefined;
    }
    if (isBinary) return { kind: 'binary', bytes };
    if (bytes.byteLength > maxTextMessageBytes) {
      return {
        kind: 'refused',
        code: 'message_too_large',
        message: `a text message may hold at most ${maxTextMessageBytes} bytes; this one has ${bytes.byteLength}`,
        options: { details: { max_bytes: maxTextMessageBytes } },
      };
    }
    const text = bytes.toString('utf8');
    const parsed = this.protocol.parse(text);
    if (parsed.ok) {
      this.refusalsInARow = 0;
      return { kind: 'message', message: parsed.message };
    }
    const received = peekFields(text);
    return {
      kind: 'refused',
      code: parsed.error.code,
      message: parsed.error.message,
      options: {
        requestId: received.requestId,
        details:
          parsed.error.code === 'unknown_type'
            ? { received_type: received.type }
            : { issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) },
      },
    };
  }
}
