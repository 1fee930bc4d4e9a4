import { WebSocket } from 'ws';
import type { ListenerServerMessage, SpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import { parseListenerServerMessage, parseSpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/validators';

type ServerMessage = SpeakerServerMessage | ListenerServerMessage;

/**
 * A test client of either role. Every message the server sends is checked against the spec with the
 * generated validators (a malformed one fails the test); `next` waits for the next unread message
 * matching a type or predicate.
 */
export class TestSocket<Message extends ServerMessage = ServerMessage> {
  readonly received: Message[] = [];
  readonly invalid: string[] = [];
  private readIndex = 0;
  private waiters: (() => void)[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(
    readonly socket: WebSocket,
    role: 'speaker' | 'listener',
  ) {
    const parse = role === 'speaker' ? parseSpeakerServerMessage : parseListenerServerMessage;
    this.opened = new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('message', (data: Buffer) => {
      const parsed = parse(data.toString('utf8'));
      if (parsed.ok) this.received.push(parsed.message as Message);
      else this.invalid.push(`${parsed.error.message}: ${data.toString('utf8').slice(0, 300)}`);
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static connect<M extends ServerMessage>(baseUrl: string, role: 'speaker' | 'listener', ticket: string | undefined): TestSocket<M> {
    const url = `${baseUrl.replace(/^http/, 'ws')}/v1/ws/${role}${ticket === undefined ? '' : `?ticket=${encodeURIComponent(ticket)}`}`;
    return new TestSocket<M>(new WebSocket(url), role);
  }

  send(message: object): void {
    this.socket.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer): void {
    this.socket.send(data);
  }

  /** The next unread message of `type` (or matching `predicate`); earlier unread ones of other types are skipped. */
  async next<T extends Message['type']>(
    type: T | ((message: Message) => boolean),
    timeoutMs = 10_000,
  ): Promise<Extract<Message, { type: T }>> {
    const matches = typeof type === 'function' ? type : (message: Message) => message.type === type;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.readIndex < this.received.length) {
        const message = this.received[this.readIndex++]!;
        if (matches(message)) return message as Extract<Message, { type: T }>;
      }
      if (this.socket.readyState === WebSocket.CLOSED)
        throw new Error(
          `socket closed while waiting for ${String(typeof type === 'function' ? 'a message' : type)}; got ${this.received.map((message) => message.type).join(', ')}`,
        );
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(
          `no ${String(typeof type === 'function' ? 'matching message' : type)} within ${timeoutMs} ms; got ${this.received.map((message) => message.type).join(', ')}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Every message received so far of `type`. */
  all<T extends Message['type']>(type: T): Extract<Message, { type: T }>[] {
    return this.received.filter((message) => message.type === type) as Extract<Message, { type: T }>[];
  }

  close(): void {
    this.socket.close(1000);
  }
}
