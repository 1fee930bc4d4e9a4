/**
 * The part the listener's and the speaker's connections share: ask for a ticket, open the WebSocket,
 * read its JSON messages, and after a drop that the close code says is worth retrying, wait (backoff)
 * and do it all again with a new ticket, until the connection is established again or too many
 * attempts failed. What to say on opening (subscribe, session_resume, audio_config) and when the
 * connection counts as established (subscribed, audio_accepted) is the caller's. Knows nothing of React.
 */
import { ProblemError, type WebSocketTicket } from '../api/sdk.js';
import { closeOutcome, ticketRefusal, type CloseOutcome } from '../listen/close-reasons.js';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** The part of the browser's WebSocket a connection uses (a fake in tests). */
export interface SocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string | ArrayBuffer): void;
  close(code?: number): void;
}

export interface ReconnectingSocketOptions<ServerMessage> {
  requestTicket: () => Promise<WebSocketTicket>;
  openSocket: (ticket: WebSocketTicket) => SocketLike;
  /** The socket is open: say what the protocol says first. */
  onOpen: () => void;
  /** A JSON text message from the server (binary and unparsable frames are ignored). */
  onMessage: (message: ServerMessage) => void;
  /** The connection ended (dropped, refused, or closed by the server), before deciding to retry. */
  onClosed?: (outcome: CloseOutcome) => void;
  onStatus: (status: ConnectionStatus, outcome?: CloseOutcome) => void;
  /** Waits before reconnection attempt `attempt` (0, 1, …); injectable so tests need no clock. */
  wait: (attempt: number) => Promise<void>;
  /** Attempts in a row that may fail to establish the connection before giving up. */
  maxAttempts: number;
}

/** Exponential backoff from `baseMs` up to `maxMs`; with `jitter`, a random 50–100 % of it (many listeners reconnect at once). */
export function backoff(options: { baseMs: number; maxMs: number; jitter: boolean }): (attempt: number) => Promise<void> {
  return (attempt) => {
    const delay = Math.min(options.maxMs, options.baseMs * 2 ** attempt) * (options.jitter ? 0.5 + Math.random() / 2 : 1);
    return new Promise((resolve) => setTimeout(resolve, delay));
  };
}

export class ReconnectingSocket<ClientMessage, ServerMessage> {
  private socket: SocketLike | undefined;
  private stopped = false;
  private attempt = 0;

  constructor(private readonly options: ReconnectingSocketOptions<ServerMessage>) {}

  start(): void {
    this.options.onStatus('connecting');
    void this.connect();
  }

  /** The protocol's handshake is done: the connection counts as established (attempts start again). */
  established(): void {
    this.attempt = 0;
    this.options.onStatus('connected');
  }

  send(message: ClientMessage): void {
    this.socket?.send(JSON.stringify(message));
  }

  sendBinary(data: ArrayBuffer): void {
    this.socket?.send(data);
  }

  /** Closes for good (1000); no reconnection follows. */
  stop(): void {
    this.stopped = true;
    this.socket?.close(1000);
    this.socket = undefined;
  }

  private async connect(): Promise<void> {
    let ticket: WebSocketTicket;
    try {
      ticket = await this.options.requestTicket();
    } catch (error) {
      return this.ended(ticketRefusal(error instanceof ProblemError ? error.status : undefined));
    }
    if (this.stopped) return;
    const socket = this.options.openSocket(ticket);
    this.socket = socket;
    socket.onopen = () => this.options.onOpen();
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      let message: ServerMessage;
      try {
        message = JSON.parse(event.data) as ServerMessage;
      } catch {
        return;
      }
      this.options.onMessage(message);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.ended(closeOutcome(event.code));
    };
    socket.onerror = () => undefined;
  }

  private ended(outcome: CloseOutcome): void {
    if (this.stopped) return;
    this.options.onClosed?.(outcome);
    if (!outcome.reconnect || this.attempt >= this.options.maxAttempts) {
      this.stopped = true;
      this.options.onStatus('closed', outcome);
      return;
    }
    this.options.onStatus('reconnecting', outcome);
    const attempt = this.attempt;
    this.attempt += 1;
    void this.options.wait(attempt).then(() => {
      if (!this.stopped) void this.connect();
    });
  }
}
