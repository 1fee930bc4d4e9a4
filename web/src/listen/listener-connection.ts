/**
 * One listener's connection to a channel, kept alive: asks for a ticket, opens the WebSocket,
 * subscribes, and after a drop reconnects with a new ticket and `resume_from` so nothing is missing
 * (the caption store drops what is replayed twice). Knows nothing of React.
 */
import { ProblemError, type ListenerClientMessage, type ListenerServerMessage, type WebSocketTicket } from '../api/sdk.js';
import { closeOutcome, ticketRefusal, type CloseOutcome } from './close-reasons.js';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** The part of the browser's WebSocket the connection uses (a fake in tests). */
export interface SocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number): void;
}

export interface ListenerConnectionOptions {
  channelId: string;
  languages: () => string[];
  /** The sequence to resume after (`resume_from`), from what has been received. */
  resumeFrom: () => number;
  requestTicket: () => Promise<WebSocketTicket>;
  openSocket: (ticket: WebSocketTicket) => SocketLike;
  onMessage: (message: ListenerServerMessage) => void;
  onStatus: (status: ConnectionStatus, outcome?: CloseOutcome) => void;
  /** Waits before a reconnection attempt (backoff); injectable so tests need no clock. */
  wait?: (attempt: number) => Promise<void>;
}

const maxAttemptsWithoutSubscribing = 8;

function backoff(attempt: number): Promise<void> {
  const delay = Math.min(10_000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
  return new Promise((resolve) => setTimeout(resolve, delay));
}

export class ListenerConnection {
  private socket: SocketLike | undefined;
  private stopped = false;
  private subscribed = false;
  private attempt = 0;

  constructor(private readonly options: ListenerConnectionOptions) {}

  start(): void {
    this.options.onStatus('connecting');
    void this.connect();
  }

  /** Changes the languages on the open connection (no reconnection). */
  setLanguages(languages: string[]): void {
    if (this.subscribed) this.send({ type: 'set_languages', languages });
  }

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
      const status = error instanceof ProblemError ? error.status : undefined;
      return this.ended(ticketRefusal(status));
    }
    if (this.stopped) return;
    const socket = this.options.openSocket(ticket);
    this.socket = socket;
    socket.onopen = () => {
      this.send({ type: 'subscribe', channel_id: this.options.channelId, languages: this.options.languages(), include_partials: true, resume_from: this.options.resumeFrom() });
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      let message: ListenerServerMessage;
      try {
        message = JSON.parse(event.data) as ListenerServerMessage;
      } catch {
        return;
      }
      if (message.type === 'subscribed') {
        this.subscribed = true;
        this.attempt = 0;
        this.options.onStatus('connected');
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
    this.subscribed = false;
    if (!outcome.reconnect || this.attempt >= maxAttemptsWithoutSubscribing) {
      this.stopped = true;
      this.options.onStatus('closed', outcome);
      return;
    }
    this.options.onStatus('reconnecting', outcome);
    const attempt = this.attempt;
    this.attempt += 1;
    void (this.options.wait ?? backoff)(attempt).then(() => {
      if (!this.stopped) void this.connect();
    });
  }

  private send(message: ListenerClientMessage): void {
    this.socket?.send(JSON.stringify(message));
  }
}
