/**
 * What the nginx gateway costs, in one run: the same servers measured directly and through a real nginx
 * with deploy/nginx's configuration (TLS, the proxy headers, the security headers; rate limits raised out
 * of the way). Figures only, never pass/fail; one round each, so on a loaded machine read the ratios,
 * not the absolute numbers (the load average is printed).
 *
 * - GET /v1/events/{event_id}: the real events app as production runs it (bench/support/events-server.ts
 *   `real`, PGlite), 50 connections, autocannon: direct over HTTP against the gateway over HTTPS
 *   (keep-alive both ways, so the TLS handshakes are not what is measured).
 * - Listener fan-out: the listener endpoint (bench/support/live-event-fanout-server.ts `listener`) with N
 *   WebSocket listeners, finals at 10/s (latency p50/p99) then a burst (messages/s delivered): direct ws
 *   against wss through the gateway's /ws/.
 *
 *   tsx bench/edge.ts [seconds, default 5] [listeners, default 1000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import autocannon from 'autocannon';
import { nginxAvailable, startGateway, type RunningGateway } from '../scripts/edge/nginx-process.js';

const seconds = Number(process.argv[2] ?? 5);
const listeners = Number(process.argv[3] ?? 1000);
const steadyFinals = 50;
const burstFinals = 200;

if (!nginxAvailable()) {
  console.log('bench/edge.ts: skipped, nginx-light is not installed (make apt-packages)');
  process.exit(0);
}

/** A child speaking JSON lines on stdout (the bench support servers and the load process). */
class LineProcess {
  private readonly lines: Interface;
  private readonly queue: string[] = [];
  private readonly waiting: ((line: string) => void)[] = [];

  constructor(readonly child: ChildProcess) {
    this.lines = createInterface({ input: child.stdout! });
    this.lines.on('line', (line) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter(line);
      else this.queue.push(line);
    });
  }

  async next<T>(): Promise<T> {
    const line = this.queue.shift() ?? (await new Promise<string>((resolve) => this.waiting.push(resolve)));
    return JSON.parse(line) as T;
  }

  ask<T>(command: unknown): Promise<T> {
    this.child.stdin!.write(`${JSON.stringify(command)}\n`);
    return this.next<T>();
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin!.end();
    this.child.kill('SIGTERM');
    await exited;
  }
}

function start(script: string, args: string[], environment: NodeJS.ProcessEnv = {}): LineProcess {
  // The open-files limit raised to its hard maximum (a shell builtin): a listener is a descriptor.
  const command = [
    'ulimit -n "$(ulimit -Hn)";',
    'exec',
    JSON.stringify(process.execPath),
    '--import',
    'tsx',
    script,
    ...args.map((argument) => JSON.stringify(argument)),
  ].join(' ');
  return new LineProcess(spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...environment } }));
}

/** nginx in front of one address for every service; the rate limits out of the benchmark's way. */
function gatewayTo(address: string): Promise<RunningGateway> {
  const upstreams = { auth: [address], events: [address], liveEvent: [address], livekitProvider: [address], liveService: [address] };
  return startGateway({
    webRoot: path.resolve('dist/web'),
    docsRoot: path.resolve('dist/portal'),
    upstreams,
    corsOrigins: [],
    credentialsPerMinute: 60_000,
    credentialsBurst: 10_000,
    apiPerSecond: 1_000_000,
  });
}

interface HttpRow {
  label: string;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measureEventsGet(): Promise<HttpRow[]> {
  const server = start('bench/support/events-server.ts', ['real']);
  const { port, token, path: eventPath } = await server.next<{ port: number; token: string; path: string }>();
  const gateway = await gatewayTo(`127.0.0.1:${port}`);
  try {
    const cases = [
      ['direct (HTTP)', { url: `http://127.0.0.1:${port}${eventPath}` }],
      ['through nginx (HTTPS)', { url: `${gateway.httpsUrl}/api/events${eventPath}`, tlsOptions: { ca: gateway.certificate } }],
    ] as const;
    const rows: HttpRow[] = [];
    for (const [label, target] of cases) {
      const options = { ...target, connections: 50, headers: { authorization: `Bearer ${token}` } };
      await autocannon({ ...options, duration: 1 }); // warm-up: JIT, validators, TLS sessions
      const result = await autocannon({ ...options, duration: seconds });
      rows.push({
        label,
        requests: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.non2xx + result.errors,
      });
    }
    return rows;
  } finally {
    await gateway.stop();
    await server.stop();
  }
}

interface FanoutRow {
  label: string;
  connected: number;
  p50: number;
  p99: number;
  steadyReceived: number;
  messagesPerSecond: number;
}

async function measureFanout(): Promise<FanoutRow[]> {
  const rows: FanoutRow[] = [];
  for (const viaGateway of [false, true]) {
    const server = start('bench/support/live-event-fanout-server.ts', ['listener', `ilenia-edge-bench:${process.pid}:`]);
    let gateway: RunningGateway | undefined;
    let load: LineProcess | undefined;
    try {
      const { port } = await server.next<{ port: number }>();
      let target = String(port);
      const environment: NodeJS.ProcessEnv = {};
      if (viaGateway) {
        gateway = await gatewayTo(`127.0.0.1:${port}`);
        target = `wss://localhost:${new URL(gateway.httpsUrl).port}/ws/listener`;
        const caFile = path.join(gateway.prefix, 'ca.pem');
        await writeFile(caFile, gateway.certificate);
        environment.NODE_EXTRA_CA_CERTS = caFile;
      }
      load = start('bench/support/live-event-fanout-load.ts', [target, String(listeners), 'listener'], environment);
      const { ready } = await load.next<{ ready: number }>();
      await server.ask({ cmd: 'publish', count: 10, rate: 50 }); // warm-up
      await load.ask({ cmd: 'await', total: 10 * listeners });
      await load.ask({ cmd: 'reset' });
      await server.ask({ cmd: 'publish', count: steadyFinals, rate: 10 });
      const steady = await load.ask<{ received: number; p50: number; p99: number }>({
        cmd: 'await',
        total: steadyFinals * listeners,
        timeoutMs: 30_000,
      });
      await load.ask({ cmd: 'reset' });
      const burst = await server.ask<{ startedAt: number }>({ cmd: 'publish', count: burstFinals, rate: 0 });
      const delivered = await load.ask<{ received: number; lastAt: number }>({
        cmd: 'await',
        total: burstFinals * listeners,
        timeoutMs: 30_000,
      });
      rows.push({
        label: viaGateway ? 'through nginx (wss, /ws/)' : 'direct (ws)',
        connected: ready,
        p50: steady.p50,
        p99: steady.p99,
        steadyReceived: steady.received / (steadyFinals * listeners),
        messagesPerSecond: delivered.received / ((delivered.lastAt - burst.startedAt) / 1000),
      });
    } finally {
      await load?.stop();
      await gateway?.stop();
      await server.stop();
    }
  }
  return rows;
}

const loadBefore = loadavg()[0]!;
const cores = (await readFile('/proc/cpuinfo', 'utf8')).split('\n').filter((line) => line.startsWith('processor')).length;
const httpRows = await measureEventsGet();
const fanoutRows = await measureFanout();

console.log(
  `Gateway cost, ${new Date().toISOString()}, ${cores} cores, one round each (load average before ${loadBefore.toFixed(2)}, after ${loadavg()[0]!.toFixed(2)})`,
);
console.log(`\nGET /v1/events/{event_id} (real events app, PGlite, service token), 50 connections, ${seconds} s`);
console.log('case'.padEnd(26), 'req/s'.padStart(8), 'ratio'.padStart(7), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'non-2xx'.padStart(8));
for (const row of httpRows) {
  console.log(
    row.label.padEnd(26),
    row.requests.toFixed(0).padStart(8),
    (row.requests / httpRows[0]!.requests).toFixed(2).padStart(7),
    String(row.p50).padStart(8),
    String(row.p99).padStart(8),
    String(row.errors).padStart(8),
  );
}
console.log(`\nListener fan-out, ${listeners} listeners: finals at 10/s (latency from publish to arrival), then a burst of ${burstFinals}`);
console.log(
  'case'.padEnd(26),
  'open'.padStart(6),
  'p50 ms'.padStart(8),
  'p99 ms'.padStart(8),
  'got'.padStart(6),
  'msg/s'.padStart(9),
  'ratio'.padStart(7),
);
for (const row of fanoutRows) {
  console.log(
    row.label.padEnd(26),
    String(row.connected).padStart(6),
    row.p50.toFixed(1).padStart(8),
    row.p99.toFixed(1).padStart(8),
    `${(row.steadyReceived * 100).toFixed(0)}%`.padStart(6),
    row.messagesPerSecond.toFixed(0).padStart(9),
    (row.messagesPerSecond / fanoutRows[0]!.messagesPerSecond).toFixed(2).padStart(7),
  );
}
