/**
 * A speaker's connection to a channel: ticket, WebSocket, `audio_config`, then binary frames once the
 * server sent `audio_accepted`. A dropped connection reconnects by itself (the reconnecting is
 * `broadcast/reconnecting-socket.ts`, shared with the listener) and continues the same session with
 * `session_resume` (the server then keeps the finals' sequence, so none is doubled or lost). Knows
 * nothing of React or of the microphone.
 */
import type { SpeakerClientMessage, SpeakerServerMessage, WebSocketTicket } from '../api/sdk.js';
import { backoff, ReconnectingSocket, type ConnectionStatus, type SocketLike } from '../broadcast/reconnecting-socket.js';
import type { CloseOutcome } from '../listen/close-reasons.js';

/** The speaker's socket sends text and binary frames: the shared `SocketLike`. */
export type SpeakerSocketLike = SocketLike;

export interface SpeakerConnectionOptions {
  requestTicket: () => Promise<WebSocketTicket>;
  openSocket: (ticket: WebSocketTicket) => SpeakerSocketLike;
  onMessage: (message: SpeakerServerMessage) => void;
  onStatus: (status: ConnectionStatus, outcome?: CloseOutcome) => void;
  wait?: (attempt: number) => Promise<void>;
}

const maxAttemptsWithoutAudio = 8;

export class SpeakerConnection {
  private readonly socket: ReconnectingSocket<SpeakerClientMessage, SpeakerServerMessage>;
  private accepted = false;
  private resume: { session_id: string; resume_token: string } | undefined;

  constructor(options: SpeakerConnectionOptions) {
    this.socket = new ReconnectingSocket<SpeakerClientMessage, SpeakerServerMessage>({
      requestTicket: options.requestTicket,
      openSocket: (ticket) => {
        this.accepted = false;
        return options.openSocket(ticket);
      },
      onOpen: () => {
        if (this.resume) this.socket.send({ type: 'session_resume', ...this.resume });
        else this.offerAudio();
      },
      onMessage: (message) => {
        if (message.type === 'session_started') {
          this.resume = { session_id: message.session_id, resume_token: message.resume_token };
          if (message.resumed) this.offerAudio();
        } else if (message.type === 'audio_accepted') {
          this.accepted = true;
          this.socket.established();
        } else if (message.type === 'error' && message.code === 'resume_failed') {
          // The grace period is over: start a new session on this connection.
          this.resume = undefined;
          this.offerAudio();
        }
        options.onMessage(message);
      },
      onClosed: (outcome) => {
        this.accepted = false;
        // 4011 ends the session for good; a speaker may start a new one, so the resume token is forgotten.
        if (!outcome.reconnect) this.resume = undefined;
      },
      onStatus: options.onStatus,
      wait: options.wait ?? backoff({ baseMs: 300, maxMs: 8_000, jitter: false }),
      maxAttempts: maxAttemptsWithoutAudio,
    });
  }

  start(): void {
    this.socket.start();
  }

  /** Sends one 20 ms frame; frames are dropped while no format is accepted (connecting, reconnecting). */
  sendFrame(pcm: ArrayBuffer): void {
    if (this.accepted) this.socket.sendBinary(pcm);
  }

  pause(): void {
    this.socket.send({ type: 'pause' });
  }

  resumeSpeaking(): void {
    this.socket.send({ type: 'resume' });
  }

  /** Ends the session; the server closes the connection with 1000 once it is over. */
  end(): void {
    this.socket.send({ type: 'end_session' });
  }

  stop(): void {
    this.socket.stop();
  }

  private offerAudio(): void {
    this.socket.send({
      type: 'audio_config',
      format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 },
      frame_duration_ms: 20,
    });
  }
}
