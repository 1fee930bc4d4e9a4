/**
 * A speaker's connection to a channel: ticket, WebSocket, `audio_config`, then binary frames once the
 * server sent `audio_accepted`. A dropped connection reconnects by itself and continues the same
 * session with `session_resume` (the server then keeps the finals' sequence, so none is doubled or
 * lost). Knows nothing of React or of the microphone.
 */
import { ProblemError, type SpeakerClientMessage, type SpeakerServerMessage, type WebSocketTicket } from '../api/sdk.js';
import { closeOutcome, ticketRefusal, type CloseOutcome } from '../listen/close-reasons.js';
import type { ConnectionStatus } from '../listen/listener-connection.js';

export interface SpeakerSocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string | ArrayBuffer): void;
  close(code?: number): void;
}

export interface SpeakerConnectionOptions {
  requestTicket: () => Promise<WebSocketTicket>;
  openSocket: (ticket: WebSocketTicket) => SpeakerSocketLike;
  onMessage: (message: SpeakerServerMessage) => void;
  onStatus: (status: ConnectionStatus, outcome?: CloseOutcome) => void;
  wait?: (attempt: number) => Promise<void>;
}

const maxAttemptsWithoutAudio = 8;

function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(8_000, 300 * 2 ** attempt)));
}

export class SpeakerConnection {
  private socket: SpeakerSocketLike | undefined;
  private accepted = false;
  private stopped = false;
  private attempt = 0;
  private resume: { session_id: string; resume_token: string } | undefined;

  constructor(private readonly options: SpeakerConnectionOptions) {}

  start(): void {
    this.options.onStatus('connecting');
    void this.connect();
  }

  /** Sends one 20 ms frame; frames are dropped while no format is accepted (connecting, reconnecting). */
  sendFrame(pcm: ArrayBuffer): void {
    if (this.accepted) this.socket?.send(pcm);
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  resumeSpeaking(): void {
    this.send({ type: 'resume' });
  }

  /** Ends the session; the server closes the connection with 1000 once it is over. */
  end(): void {
    this.send({ type: 'end_session' });
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
      return this.ended(ticketRefusal(error instanceof ProblemError ? error.status : undefined));
    }
    if (this.stopped) return;
    const socket = this.options.openSocket(ticket);
    this.socket = socket;
    this.accepted = false;
    socket.onopen = () => {
      if (this.resume) this.send({ type: 'session_resume', ...this.resume });
      else this.offerAudio();
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      let message: SpeakerServerMessage;
      try {
        message = JSON.parse(event.data) as SpeakerServerMessage;
      } catch {
        return;
      }
      if (message.type === 'session_started') {
        this.resume = { session_id: message.session_id, resume_token: message.resume_token };
        if (message.resumed) this.offerAudio();
      } else if (message.type === 'audio_accepted') {
        this.accepted = true;
        this.attempt = 0;
        this.options.onStatus('connected');
      } else if (message.type === 'error' && message.code === 'resume_failed') {
        // The grace period is over: start a new session on this connection.
        this.resume = undefined;
        this.offerAudio();
      }
      this.options.onMessage(message);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.accepted = false;
      this.ended(closeOutcome(event.code));
    };
    socket.onerror = () => undefined;
  }

  private offerAudio(): void {
    this.send({ type: 'audio_config', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 }, frame_duration_ms: 20 });
  }

  private ended(outcome: CloseOutcome): void {
    if (this.stopped) return;
    // 4011 ends the session for good; a speaker may start a new one, so the resume token is forgotten.
    if (!outcome.reconnect) this.resume = undefined;
    if (!outcome.reconnect || this.attempt >= maxAttemptsWithoutAudio) {
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

  private send(message: SpeakerClientMessage): void {
    this.socket?.send(JSON.stringify(message));
  }
}
