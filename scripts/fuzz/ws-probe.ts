/**
 * One fuzzed WebSocket connection to live-event, with the oracles that need no knowledge of the case:
 * every server frame must be a text frame that validates against the role's AsyncAPI server messages,
 * an `internal_error` or close 1011 is a server fault, a fatal error must be followed by the close code
 * it names, and a close code must be one the channel declares.
 *
 * After each frame the probe sends a `ping` with its own request id and waits for the answering `pong`
 * (or an `error` naming that id, or the close): live-event handles a connection's messages in order,
 * so what arrived before that pong is the answer to the frame. This waits for events, not for time.
 */
import WebSocket from 'ws';
import { parseListenerServerMessage, parseSpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import type { ListenerServerMessage, SpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';

export type Role = 'speaker' | 'listener';
export type ServerMessage = SpeakerServerMessage | ListenerServerMessage;

/** A frame the fuzzer sends: text, binary, or bytes that are not UTF-8 sent in a text frame. */
export type Frame = { kind: 'text'; text: string } | { kind: 'binary'; bytes: Buffer } | { kind: 'invalid-utf8-text'; bytes: Buffer };

/** What the server did between a frame and the barrier pong that followed it. */
export interface FrameOutcome {
  replies: ServerMessage[];
  /** Set when the connection closed before the barrier was answered. */
  closed?: { code: number; reason: string };
  /** Set when neither the barrier's answer nor a close arrived before the hang guard. */
  hung?: boolean;
}

const barrierPrefix = 'fuzz-barrier-';
const isBarrierAnswer = (message: ServerMessage) =>
  (message.type === 'pong' || message.type === 'error') && message.request_id?.startsWith(barrierPrefix) === true;

/** Far above any answer time on a loaded machine: only a service that stopped answering reaches it. */
const hangGuardMs = 60_000;

export class WebSocketProbe {
  readonly received: ServerMessage[] = [];
  /** Contract violations seen on this connection, in words. */
  readonly violations: string[] = [];
  closed: { code: number; reason: string } | undefined;
  private expectedCloseCode: number | undefined;
  /** Set when the fuzzer itself ended the connection: its close code is then not the server's. */
  private endedByClient = false;

  /** Whether the server chose the close code (not the fuzzer closing or dropping the connection). */
  get closedByServer(): boolean {
    return this.closed !== undefined && !this.endedByClient;
  }
  private barrierCount = 0;
  private wake: (() => void) | undefined;
  private readonly socket: WebSocket;
  readonly opened: Promise<boolean>;

  constructor(
    readonly role: Role,
    url: string,
    private readonly declaredCloseCodes: ReadonlySet<number>,
  ) {
    // The fuzzer reads what the server sends however large: the limit under test is the server's.
    this.socket = new WebSocket(url, { maxPayload: 64 * 1024 * 1024 });
    this.opened = new Promise((resolve) => {
      this.socket.once('open', () => resolve(true));
      this.socket.once('error', (error) => {
        if (!this.closed) this.violations.push(`the WebSocket handshake failed: ${error.message}`);
        resolve(false);
      });
      this.socket.once('close', () => resolve(false));
    });
    this.socket.on('message', (data: Buffer, isBinary: boolean) => this.onMessage(data, isBinary));
    this.socket.on('close', (code: number, reason: Buffer) => this.onClose(code, reason.toString()));
    // A send on a socket the server is closing fails here; the close itself is what the oracles judge.
    this.socket.on('error', () => {});
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (isBinary) this.violations.push(`the server sent a binary frame of ${data.length} bytes (the protocol has none server → client)`);
    else {
      const text = data.toString('utf8');
      const parsed = this.role === 'speaker' ? parseSpeakerServerMessage(text) : parseListenerServerMessage(text);
      if (!parsed.ok)
        this.violations.push(
          `a reply does not validate against the ${this.role} server messages (${parsed.error.message}): ${text.slice(0, 400)}`,
        );
      else {
        const message = parsed.message;
        this.received.push(message);
        if (message.type === 'error') {
          if (message.code === 'internal_error') this.violations.push(`the server reported internal_error: ${message.message}`);
          if (message.fatal) {
            const closeCode = (message.details as { close_code?: unknown } | undefined)?.close_code;
            if (typeof closeCode !== 'number') this.violations.push(`a fatal ${message.code} error names no details.close_code`);
            else this.expectedCloseCode = closeCode;
          }
        }
      }
    }
    this.wake?.();
  }

  private onClose(code: number, reason: string): void {
    this.closed = { code, reason };
    if (this.endedByClient) return this.wake?.();
    if (!this.declaredCloseCodes.has(code))
      this.violations.push(
        `closed with ${code} (${reason || 'no reason'}), which the ${this.role} channel does not declare (declared: ${[...this.declaredCloseCodes].join(', ')})`,
      );
    else if (code === 1011) this.violations.push(`closed with 1011 (internal error): ${reason || 'no reason'}`);
    if (this.expectedCloseCode !== undefined && code !== this.expectedCloseCode)
      this.violations.push(`a fatal error named close code ${this.expectedCloseCode}, but the connection closed with ${code}`);
    this.wake?.();
  }

  /**
   * Sends a frame, then waits until the server has handled it (see the file comment); with `answerId`,
   * first for the answer carrying that request id (a message the server queues behind others).
   */
  async send(frame: Frame, answerId?: string): Promise<FrameOutcome> {
    const from = this.received.length;
    if (this.closed) return { replies: [], closed: this.closed };
    if (frame.kind === 'text') this.socket.send(frame.text);
    else this.socket.send(frame.bytes, { binary: frame.kind === 'binary' });
    if (answerId !== undefined) {
      const answer = await this.next((message) => 'request_id' in message && message.request_id === answerId, hangGuardMs, from);
      if (!answer && !this.closed) return { replies: this.received.slice(from), hung: true };
    }
    const outcome = await this.barrier(from);
    // The barrier's pong can overtake the queued answer it waited for: the answer counts all the same.
    return { ...outcome, replies: this.received.slice(from).filter((message) => !isBarrierAnswer(message)) };
  }

  /** Sends a binary frame and goes on at once (streaming audio in real time). */
  sendWithoutBarrier(bytes: Buffer): void {
    if (!this.closed) this.socket.send(bytes, { binary: true });
  }

  /** Waits for the server to have handled everything sent so far. */
  async barrier(from = this.received.length): Promise<FrameOutcome> {
    if (this.closed) return { replies: this.received.slice(from), closed: this.closed };
    this.barrierCount += 1;
    const id = `${barrierPrefix}${this.barrierCount}`;
    this.socket.send(JSON.stringify({ type: 'ping', request_id: id }));
    const answered = (message: ServerMessage) => (message.type === 'pong' || message.type === 'error') && message.request_id === id;
    const deadline = Date.now() + hangGuardMs;
    for (;;) {
      const index = this.received.findIndex((message, position) => position >= from && answered(message));
      if (index >= 0) return { replies: this.received.slice(from, index) };
      if (this.closed) return { replies: this.received.slice(from), closed: this.closed };
      if (Date.now() >= deadline) return { replies: this.received.slice(from), hung: true };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Waits for the next message matching `predicate` (or the close, or the hang guard); undefined if none came. */
  async next(predicate: (message: ServerMessage) => boolean, guardMs = hangGuardMs, from = 0): Promise<ServerMessage | undefined> {
    const deadline = Date.now() + guardMs;
    for (;;) {
      const found = this.received.slice(from).find(predicate);
      if (found || this.closed || Date.now() >= deadline) return found;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Closes from the client side (as a dropped tab would) and waits for the close to complete. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.endedByClient = true;
    const done = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.socket.close(1000);
    await done;
  }

  /** Drops the TCP connection without a close frame (a lost network). */
  async drop(): Promise<void> {
    if (this.closed) return;
    this.endedByClient = true;
    const done = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.socket.terminate();
    await done;
  }
}

/** A frame as a reproducible line of the report. */
export function describeFrame(frame: Frame): string {
  if (frame.kind === 'text')
    return frame.text.length > 300 ? `text (${frame.text.length} chars): ${frame.text.slice(0, 300)}…` : `text: ${frame.text}`;
  const hex = frame.bytes.subarray(0, 16).toString('hex');
  return `${frame.kind === 'binary' ? 'binary' : 'text frame of non-UTF-8 bytes'} (${frame.bytes.length} bytes): ${hex}${frame.bytes.length > 16 ? '…' : ''}`;
}
