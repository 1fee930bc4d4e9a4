/**
 * A WebSocket client of live-event through the gateway (wss with its self-signed certificate, the
 * browser's Origin), reading the generated models; what the tests need of a speaker or a listener.
 */
import WebSocket from 'ws';
import {
  parseListenerServerMessage,
  parseSpeakerServerMessage,
  serializeListenerClientMessage,
  serializeSpeakerClientMessage,
} from '@ilenia/generated/asyncapi/live-event/validators';
import type {
  ListenerClientMessage,
  ListenerServerMessage,
  SpeakerClientMessage,
  SpeakerServerMessage,
} from '@ilenia/generated/asyncapi/live-event/messages';

type Parse<T> = (text: string) => { ok: true; message: T } | { ok: false; error: unknown };

/** A socket whose every server message is kept, and awaited by predicate. */
class GatewaySocket<Incoming extends { type: string }, Outgoing> {
  readonly received: Incoming[] = [];
  private waiters: { match: (message: Incoming) => boolean; resolve: (message: Incoming) => void }[] = [];
  readonly closed: Promise<number>;

  private constructor(
    readonly socket: WebSocket,
    parse: Parse<Incoming>,
    private readonly serialize: (message: Outgoing) => string,
  ) {
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      // ws hands every message over as one Buffer (its default binaryType, 'nodebuffer').
      const text = (data as Buffer).toString('utf8');
      const parsed = parse(text);
      if (!parsed.ok) throw new Error(`An invalid message from the server: ${text}`);
      this.received.push(parsed.message);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(parsed.message)) {
          this.waiters = this.waiters.filter((other) => other !== waiter);
          waiter.resolve(parsed.message);
        }
      }
    });
    this.closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
  }

  static async open<Incoming extends { type: string }, Outgoing>(
    url: string,
    options: { ca: string; origin: string; parse: Parse<Incoming>; serialize: (message: Outgoing) => string },
  ): Promise<GatewaySocket<Incoming, Outgoing>> {
    const socket = new WebSocket(url, { ca: options.ca, origin: options.origin });
    const client = new GatewaySocket(socket, options.parse, options.serialize);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) => reject(new Error(`WebSocket handshake answered ${response.statusCode}`)));
    });
    return client;
  }

  send(message: Outgoing): void {
    this.socket.send(this.serialize(message));
  }

  sendAudio(pcm: Buffer): void {
    this.socket.send(pcm);
  }

  /** The first message (already received or to come) that matches. */
  next(match: (message: Incoming) => boolean): Promise<Incoming> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }
}

export type SpeakerSocket = GatewaySocket<SpeakerServerMessage, SpeakerClientMessage>;
export type ListenerSocket = GatewaySocket<ListenerServerMessage, ListenerClientMessage>;

export const openSpeakerSocket = (url: string, ca: string, origin: string): Promise<SpeakerSocket> =>
  GatewaySocket.open(url, {
    ca,
    origin,
    parse: parseSpeakerServerMessage,
    serialize: serializeSpeakerClientMessage,
  });
export const openListenerSocket = (url: string, ca: string, origin: string): Promise<ListenerSocket> =>
  GatewaySocket.open(url, {
    ca,
    origin,
    parse: parseListenerServerMessage,
    serialize: serializeListenerClientMessage,
  });

/** Streams 16 kHz mono PCM in 20 ms frames at real time, as a microphone would. */
export async function streamInRealTime(socket: SpeakerSocket, pcm: Buffer): Promise<void> {
  const frameBytes = 640;
  const started = performance.now();
  for (let offset = 0, frame = 0; offset < pcm.length; offset += frameBytes, frame += 1) {
    socket.sendAudio(pcm.subarray(offset, Math.min(pcm.length, offset + frameBytes)));
    const due = started + (frame + 1) * 20 - performance.now();
    if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
  }
}
