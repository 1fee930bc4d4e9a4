/**
 * A listener endpoint on an ephemeral port (one "instance" of the service, around one bus) and a
 * test client that records what the server sends, each message checked by the generated validator.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { pino } from 'pino';
import { WebSocket, WebSocketServer, type ClientOptions } from 'ws';
import type { ListenerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import { parseListenerServerMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import type { ListenerLimits } from '../../src/distribution/config.js';
import { handleListenerConnection, type ListenerChannel } from '../../src/distribution/listener-connection.js';
import { createLiveEventMetrics } from '../../src/metrics.js';
import { OpenConnections } from '../../src/ws/open-connections.js';
import type { SubtitleBus } from '../../src/distribution/types.js';

export interface ListenerEndpoint {
  url: string;
  registry: Registry;
  connections: OpenConnections;
  close: () => Promise<void>;
}

/** Serves `/v1/ws/listener` on 127.0.0.1 with `bus`, as an upgraded and authorised connection would be. */
export async function startListenerEndpoint(options: {
  bus: SubtitleBus;
  eventId: string;
  channels: readonly ListenerChannel[];
  limits?: Partial<ListenerLimits>;
  /** Offer permessage-deflate (the service does not). */
  perMessageDeflate?: boolean;
}): Promise<ListenerEndpoint> {
  const logger = pino({ level: 'silent' });
  const server = createServer();
  const sockets = new WebSocketServer({
    server,
    path: '/v1/ws/listener',
    maxPayload: 1024 * 1024,
    perMessageDeflate: options.perMessageDeflate ?? false,
  });
  const connections = new OpenConnections();
  const metrics = createLiveEventMetrics();
  const registry = metrics.registry;
  sockets.on('connection', (socket, request) => {
    connections.add(
      handleListenerConnection(socket, {
        eventId: options.eventId,
        userId: 'test-user',
        // As the listener side does: live broadcasts go to the upgraded stream already framed.
        stream: request.socket,
        channels: options.channels,
        bus: options.bus,
        logger,
        metrics,
        ...(options.limits ? { limits: options.limits } : {}),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/v1/ws/listener`,
    registry,
    connections,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The value of a counter or gauge (summed over its labels) on `registry`. */
export async function metricValue(registry: Registry, name: string): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  return values.reduce((sum, { value }) => sum + value, 0);
}

type Predicate = (message: ListenerServerMessage) => boolean;

/** A listener client that keeps every message the server sends, in order. */
export class TestListener {
  readonly messages: ListenerServerMessage[] = [];
  /** Text frames the generated validator refused: a server bug, expected empty. */
  readonly invalid: string[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters: { from: number; predicate: Predicate; resolve: (message: ListenerServerMessage) => void }[] = [];

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('message', (data, isBinary) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
      const text = isBinary ? '' : bytes.toString('utf8');
      const parsed = parseListenerServerMessage(text);
      if (!parsed.ok) {
        this.invalid.push(text);
        return;
      }
      this.messages.push(parsed.message);
      const index = this.messages.length - 1;
      for (const waiter of [...this.waiters]) {
        if (index >= waiter.from && waiter.predicate(parsed.message)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(parsed.message);
        }
      }
    });
  }

  static async open(url: string, options: ClientOptions = {}): Promise<TestListener> {
    const socket = new WebSocket(url, options);
    const listener = new TestListener(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return listener;
  }

  /** Sends a value as JSON, or a string as it is. */
  send(value: unknown): void {
    this.socket.send(typeof value === 'string' ? value : JSON.stringify(value));
  }

  /** The first message matching `predicate` from index `from` on (already received, or the next ones). */
  waitFor<T extends ListenerServerMessage['type']>(
    type: T,
    predicate: (message: Extract<ListenerServerMessage, { type: T }>) => boolean = () => true,
    from = 0,
  ): Promise<Extract<ListenerServerMessage, { type: T }>> {
    const matches: Predicate = (message) => message.type === type && predicate(message as Extract<ListenerServerMessage, { type: T }>);
    const found = this.messages.slice(from).find(matches);
    if (found) return Promise.resolve(found as Extract<ListenerServerMessage, { type: T }>);
    return new Promise((resolve) =>
      this.waiters.push({ from, predicate: matches, resolve: resolve as (message: ListenerServerMessage) => void }),
    );
  }

  /** A ping and its pong: once it is back, everything the server sent before it has arrived. */
  async roundTrip(): Promise<void> {
    const requestId = `rt-${Math.random().toString(36).slice(2)}`;
    this.send({ type: 'ping', request_id: requestId });
    await this.waitFor('pong', (pong) => pong.request_id === requestId);
  }

  /** `language:sequence` of every final received, in order (with `r` for replayed ones). */
  finals(): string[] {
    return this.messages.flatMap((message) =>
      message.type === 'subtitle_final' ? [`${message.language}:${message.sequence}${message.replayed ? 'r' : ''}`] : [],
    );
  }

  close(): void {
    this.socket.close();
  }
}
