/**
 * One listener's connection to a channel, kept alive: asks for a ticket, opens the WebSocket,
 * subscribes, and after a drop reconnects with a new ticket and `resume_from` so nothing is missing
 * (the caption store drops what is replayed twice). The reconnecting itself is
 * `broadcast/reconnecting-socket.ts`, shared with the speaker. Knows nothing of React.
 */
import type { ListenerClientMessage, ListenerServerMessage, WebSocketTicket } from '../api/sdk.js';
import { backoff, ReconnectingSocket, type ConnectionStatus, type SocketLike } from '../broadcast/reconnecting-socket.js';
import type { CloseOutcome } from './close-reasons.js';

export type { ConnectionStatus, SocketLike } from '../broadcast/reconnecting-socket.js';

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

export class ListenerConnection {
  private readonly socket: ReconnectingSocket<ListenerClientMessage, ListenerServerMessage>;
  private subscribed = false;

  constructor(options: ListenerConnectionOptions) {
    this.socket = new ReconnectingSocket<ListenerClientMessage, ListenerServerMessage>({
      requestTicket: options.requestTicket,
      openSocket: options.openSocket,
      onOpen: () =>
        this.socket.send({
          type: 'subscribe',
          channel_id: options.channelId,
          languages: options.languages(),
          include_partials: true,
          resume_from: options.resumeFrom(),
        }),
      onMessage: (message) => {
        if (message.type === 'subscribed') {
          this.subscribed = true;
          this.socket.established();
        }
        options.onMessage(message);
      },
      onClosed: () => {
        this.subscribed = false;
      },
      onStatus: options.onStatus,
      wait: options.wait ?? backoff({ baseMs: 500, maxMs: 10_000, jitter: true }),
      maxAttempts: maxAttemptsWithoutSubscribing,
    });
  }

  start(): void {
    this.socket.start();
  }

  /** Changes the languages on the open connection (no reconnection). */
  setLanguages(languages: string[]): void {
    if (this.subscribed) this.socket.send({ type: 'set_languages', languages });
  }

  stop(): void {
    this.socket.stop();
  }
}
