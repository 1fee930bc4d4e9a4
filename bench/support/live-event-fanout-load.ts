/**
 * The load of bench/live-event-fanout.ts, in its own process: opens N listener WebSockets on
 * loopback, subscribes each (unless the server is the bare baseline), and measures when each final
 * arrives. JSON lines: commands on stdin, answers on stdout; prints `{"ready":...}` once all are in.
 *
 *   node --import tsx bench/support/live-event-fanout-load.ts <port[,port...]> <listeners> <bare|listener> [first]
 *
 * With `first`, only that many are opened at start (`{"ready":first}`), the rest on `{"cmd":"open"}`
 * (`{"ready":listeners}`): the server's memory is then measured between two counts of open listeners.
 *
 * A full `ws://` or `wss://` URL in place of a port reaches the endpoint through a gateway (bench/edge.ts;
 * NODE_EXTRA_CA_CERTS trusts its certificate).
 *
 * With several ports (instances), the listeners are split evenly across them.
 */
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import { benchChannel, sentAtOf, wallClockMs } from './live-event-fanout-protocol.js';

const [portArgument, countArgument, mode, firstArgument] = process.argv.slice(2);
const urls = portArgument!.split(',').map((target) => (/^\d+$/.test(target) ? `ws://127.0.0.1:${target}/v1/ws/listener` : target));
const listeners = Number(countArgument);
const firstListeners = firstArgument === undefined ? listeners : Math.min(listeners, Number(firstArgument));
const subscribe = JSON.stringify({ type: 'subscribe', channel_id: benchChannel.channelId, languages: ['en'], include_partials: false });

let latencies: number[] = [];
let received = 0;
let lastAt = 0;
let closedEarly = 0;

function open(index: number): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(urls[index % urls.length]!, { perMessageDeflate: false });
    socket.once('error', reject);
    socket.once('close', () => (closedEarly += 1));
    if (mode === 'bare') socket.once('open', () => resolve(socket));
    else socket.once('open', () => socket.send(subscribe));
    socket.on('message', (data) => {
      // ws hands every message over as one Buffer (its default binaryType, 'nodebuffer').
      const frame = (data as Buffer).toString('utf8');
      const sentAt = sentAtOf(frame);
      if (sentAt !== undefined) {
        const now = wallClockMs();
        latencies.push(now - sentAt);
        received += 1;
        lastAt = now;
      } else if (frame.includes('"type":"subscribed"')) {
        resolve(socket);
      }
    });
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

function reply(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

const sockets: WebSocket[] = [];
/** Opens listeners up to `total`, in waves: that keeps the server's accept queue and the handshakes from timing out. */
async function openUpTo(total: number): Promise<void> {
  const started = wallClockMs();
  for (let offset = sockets.length; offset < total; offset += 100) {
    const wave = await Promise.all(Array.from({ length: Math.min(100, total - offset) }, (_, index) => open(offset + index)));
    sockets.push(...wave);
  }
  reply({ ready: sockets.length, connectMs: Math.round(wallClockMs() - started) });
}
await openUpTo(firstListeners);

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as { cmd: string; total?: number; timeoutMs?: number };
  if (command.cmd === 'open') {
    void openUpTo(listeners);
  } else if (command.cmd === 'reset') {
    latencies = [];
    received = 0;
    lastAt = 0;
    reply({ ok: true });
  } else if (command.cmd === 'await') {
    const deadline = wallClockMs() + (command.timeoutMs ?? 60_000);
    const check = () => {
      if (received >= (command.total ?? 0) || wallClockMs() > deadline) {
        const sorted = [...latencies].sort((left, right) => left - right);
        reply({
          received,
          lastAt,
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
          max: sorted.at(-1) ?? Number.NaN,
          closedEarly,
        });
      } else {
        setTimeout(check, 20);
      }
    };
    check();
  }
});
process.stdin.on('end', () => process.exit(0));
