/**
 * The server of bench/live-event-fanout.ts, in its own process: the listener endpoint over the
 * in-process bus (`listener`), over Redis with the speaker on another bus instance (`listener-redis`),
 * or a bare ws broadcast loop (`bare`, the baseline). One publisher (the speaker) sends finals on
 * command. Speaks JSON lines: commands on stdin, answers on stdout; the first line is `{"port":...}`.
 * Two instances share one Redis channel when given the same key prefix; `--no-speaker` makes an
 * instance that only serves listeners (the speaker is on the other).
 *
 * `listener-live-status` is `listener` with the manager's live status recording as the service wires it
 * (presence per connection, each final's timings and delivery).
 *
 *   node --expose-gc --import tsx bench/support/live-event-fanout-server.ts bare|listener|listener-redis|listener-live-status [key prefix] [--no-speaker]
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { WebSocketServer } from 'ws';
import type { SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { InProcessSubtitleBus } from '@ilenia/live-event-service/distribution/in-process-bus';
import { handleListenerConnection } from '@ilenia/live-event-service/distribution/listener-connection';
import { RedisSubtitleBus } from '@ilenia/live-event-service/distribution/redis-bus';
import type { SubtitleBus } from '@ilenia/live-event-service/distribution/types';
import { InProcessLiveStatusStore } from '@ilenia/live-event-service/live-status/in-process-live-status-store';
import { LiveStatusRecorder } from '@ilenia/live-event-service/live-status/live-status-recorder';
import { createLiveEventMetrics } from '@ilenia/live-event-service/metrics';
import { OpenConnections } from '@ilenia/live-event-service/ws/open-connections';
import { benchChannel, wallClockMs } from './live-event-fanout-protocol.js';

const mode = process.argv[2] ?? 'listener';
const server = createServer();
const sockets = new WebSocketServer({ server, path: '/v1/ws/listener', maxPayload: 1024 * 1024, perMessageDeflate: false });
const metrics = createLiveEventMetrics();
const logger = pino({ level: 'warn' });

let speaker: SubtitleBus | undefined;
let listenerBus: SubtitleBus | undefined;
let liveStatus: LiveStatusRecorder | undefined;
if (mode === 'listener-live-status') {
  liveStatus = new LiveStatusRecorder({ store: new InProcessLiveStatusStore(), logger });
  speaker = listenerBus = liveStatus.observeFinals(new InProcessSubtitleBus({ historyLimit: 500 }));
} else if (mode === 'listener') {
  speaker = listenerBus = new InProcessSubtitleBus({ historyLimit: 500 });
} else if (mode === 'listener-redis') {
  const keyPrefix = process.argv.slice(3).find((argument) => !argument.startsWith('--')) ?? `ilenia-bench:${randomUUID()}:`;
  const options = { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', keyPrefix, historyLimit: 500, historyTtlSeconds: 300 };
  if (!process.argv.includes('--no-speaker')) speaker = new RedisSubtitleBus(options);
  listenerBus = new RedisSubtitleBus(options);
}
if (listenerBus) {
  const bus = listenerBus;
  // Kept as the listener side keeps them (for shutdown and counts), so each connection costs what it does in the service.
  const connections = new OpenConnections();
  sockets.on('connection', (socket, request) => {
    connections.add(
      handleListenerConnection(socket, {
        eventId: benchChannel.eventId,
        userId: 'bench',
        stream: request.socket,
        channels: [{ channelId: benchChannel.channelId, sourceLanguage: 'en', targetLanguages: ['es'] }],
        bus,
        logger,
        metrics,
        ...(liveStatus ? { watcher: liveStatus.watchListener(benchChannel.eventId), fanoutObserver: liveStatus } : {}),
      }),
    );
  });
}

let bareSequence = 0;
/** Publishes one final: through the bus, or (baseline) serialised once and written to every socket. */
async function publishFinal(): Promise<void> {
  const sequence = speaker ? await speaker.nextSequence(benchChannel) : (bareSequence += 1);
  const final: SubtitleFinal = {
    type: 'subtitle_final',
    event_id: benchChannel.eventId,
    channel_id: benchChannel.channelId,
    session_id: benchChannel.sessionId,
    segment_id: randomUUID(),
    sequence,
    language: 'en',
    is_source: true,
    start_ms: sequence * 1000,
    end_ms: sequence * 1000 + 900,
    // The send time travels in the text: emitted_at has only millisecond precision.
    text: `bench ${wallClockMs().toFixed(3)} and some words so that the subtitle has a realistic length`,
    timings: { recognition_ms: 120, translation_ms: null, emitted_at: new Date().toISOString() },
    replayed: false,
  };
  if (speaker) {
    await speaker.publish(benchChannel, final);
    return;
  }
  if (listenerBus) throw new Error('this instance has no speaker (--no-speaker)');
  const text = JSON.stringify(final);
  for (const client of sockets.clients) client.send(text);
}

/** `count` finals at `rate` per second (0: as fast as the publisher can go). */
async function publish(count: number, rate: number): Promise<{ startedAt: number; endedAt: number }> {
  const startedAt = wallClockMs();
  for (let index = 0; index < count; index += 1) {
    if (rate > 0) {
      const due = startedAt + (index * 1000) / rate;
      const wait = due - wallClockMs();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    } else {
      // Let the sockets' writes and the Redis subscriber run between finals.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await publishFinal();
  }
  return { startedAt, endedAt: wallClockMs() };
}

function reply(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as { cmd: string; count?: number; rate?: number };
  if (command.cmd === 'memory') {
    // Full collections, then a turn of the loop so that what they freed (weak callbacks, finalisers) is gone.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    setImmediate(() => {
      const { rss, heapUsed, external } = process.memoryUsage();
      reply({ rss, jsBytes: heapUsed + external, connections: sockets.clients.size });
    });
  } else if (command.cmd === 'publish') {
    void publish(command.count ?? 1, command.rate ?? 0).then(reply);
  }
});
process.stdin.on('end', () => process.exit(0));
// A normal exit, so that --cpu-prof can write its profile.
process.on('SIGTERM', () => process.exit(0));

server.listen(0, '127.0.0.1', () => reply({ port: (server.address() as AddressInfo).port }));
