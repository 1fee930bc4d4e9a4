/**
 * Fan-out of subtitles to listeners: one speaker, 1,000, 5,000 then 10,000 WebSocket listeners on
 * loopback; through Redis (when it answers) with one instance and with two instances sharing the
 * listeners, up to 5,000.
 * For each case a server process (bench/support/live-event-fanout-server.ts) and a load process
 * (bench/support/live-event-fanout-load.ts) run apart, so neither shares the other's event loop;
 * both share this machine's cores. Measured:
 * - memory per idle listener connection: the growth of the server's RSS from N/5 to N subscribed
 *   listeners, over the 4N/5 added. The first fifth takes what any first connections cost (compiled
 *   code, the channel's fan-out) and reuses the heap that start-up left free, either of which would
 *   swamp the figure at 1,000; each of the two counts is the median of several samples, each taken
 *   after forced full collections (--expose-gc). The JS heap's share (heap used + external) beside it;
 * - latency of a final, from the publisher's call to its arrival in the load process, p50/p99, with
 *   finals at a fixed rate (10/s);
 * - messages/s delivered in a burst (finals as fast as the publisher goes).
 * The baseline is a bare ws server writing the same frame to every socket, in the same run. The
 * machine is shared, so cases run in interleaved rounds and each figure is the best of its rounds;
 * the load average is printed with them. Each phase is bounded in time; figures only, never
 * pass/fail.
 *
 *   tsx bench/live-event-fanout.ts [--no-redis] [--live-status] [--rounds=N, default 2] [listener counts, default 1000 5000 10000]
 *
 * `--live-status` adds the listener protocol with the manager's live status recording (presence and
 * per-final delivery times), to see what it costs the fan-out.
 *
 * BENCH_SERVER_NODE_FLAGS adds flags to the server processes (e.g. `--cpu-prof` to profile them).
 */
import { randomUUID } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { loadavg } from 'node:os';
import { createInterface, type Interface } from 'node:readline';
import { cpuSecondsOf } from './support/process-cpu.js';

/** Whether Redis answers on REDIS_URL (default 127.0.0.1:6379). */
async function redisAnswers(): Promise<boolean> {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  return new Promise((resolve) => {
    const socket = connect(Number(url.port || 6379), url.hostname);
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const withRedis = !process.argv.includes('--no-redis') && (await redisAnswers());
const withLiveStatus = process.argv.includes('--live-status');
const rounds = Number(process.argv.find((argument) => argument.startsWith('--rounds='))?.slice('--rounds='.length) ?? 2);
const sizes = process.argv
  .slice(2)
  .filter((argument) => /^\d+$/.test(argument))
  .map(Number);
const listenerCounts = sizes.length > 0 ? sizes : [1000, 5000, 10000];
/** Through Redis, up to this many listeners (the goal is at 5,000). */
const maxRedisListeners = 5000;
const modes = [
  ['bare', 'bare ws broadcast (baseline)'],
  ['listener', 'listener protocol, in-process bus'],
  ...(withRedis
    ? ([
        ['listener-redis', 'listener protocol, Redis, one instance'],
        ['listener-redis-2', 'listener protocol, Redis, two instances'],
      ] as const)
    : []),
  ...(withLiveStatus ? [['listener-live-status', 'listener protocol + live status recording'] as const] : []),
] as const;
const steadyFinals = 50;
const steadyRate = 10;
const burstFinals = 100;
/** How long a phase may take; BENCH_PHASE_TIMEOUT_MS raises it on a loaded machine (connecting 10,000 sockets). */
const phaseTimeoutMs = Number(process.env.BENCH_PHASE_TIMEOUT_MS ?? 60_000);
/** Samples of server memory at each of the two listener counts; the median is kept. */
const memorySamples = 5;

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A child speaking JSON lines. */
class LineProcess {
  private readonly lines: Interface;
  private readonly queue: string[] = [];
  private readonly waiting: ((line: string) => void)[] = [];

  constructor(readonly child: ChildProcess) {
    this.lines = createInterface({ input: child.stdout! });
    this.lines.on('line', (line) => {
      const next = this.waiting.shift();
      if (next) next(line);
      else this.queue.push(line);
    });
  }

  async next<T>(timeoutMs = phaseTimeoutMs): Promise<T> {
    const line =
      this.queue.shift() ??
      (await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        this.waiting.push((received) => {
          clearTimeout(timer);
          resolve(received);
        });
      }));
    return JSON.parse(line) as T;
  }

  async ask<T>(command: unknown, timeoutMs?: number): Promise<T> {
    this.child.stdin!.write(`${JSON.stringify(command)}\n`);
    return this.next<T>(timeoutMs);
  }

  stop(): void {
    this.child.stdin!.end();
    this.child.kill('SIGTERM');
  }
}

/** Children run under a shell that raises the open-files limit to its hard maximum (a builtin). */
function start(script: string, args: string[], nodeFlags: string[] = []): LineProcess {
  const command = [
    'ulimit -n "$(ulimit -Hn)";',
    'exec',
    JSON.stringify(process.execPath),
    ...nodeFlags,
    '--import',
    'tsx',
    script,
    ...args.map((argument) => JSON.stringify(argument)),
  ].join(' ');
  return new LineProcess(spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'inherit'] }));
}

interface Row {
  label: string;
  listeners: number;
  kibPerConnection: number;
  /** The JS heap's share of it (heap used + external). */
  jsKibPerConnection: number;
  p50: number;
  p99: number;
  steadyReceived: number;
  messagesPerSecond: number;
  /** Server CPU (all instances) per message delivered in the burst, µs. */
  cpuMicrosPerMessage: number;
  burstReceived: number;
}

const openFiles = spawnSync('sh', ['-c', 'ulimit -n; ulimit -Hn'], { encoding: 'utf8' }).stdout.trim().split('\n');
const needed = Math.max(...listenerCounts) + 100;
if (Number(openFiles[1]) < needed && openFiles[1] !== 'unlimited') {
  console.error(`ulimit -Hn is ${openFiles[1]}; ${needed} open files are needed per process. Skipping the larger cases.`);
}

const loadBefore = loadavg()[0]!;
const measured: Row[] = [];
for (let round = 0; round < rounds; round += 1)
  for (const listeners of listenerCounts) {
    if (openFiles[1] !== 'unlimited' && Number(openFiles[1]) < listeners + 100) continue;
    for (const [mode, label] of modes) {
      if (mode.startsWith('listener-redis') && listeners > maxRedisListeners) continue;
      const extraFlags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
      // Two instances share the listeners through one Redis channel; the first has the speaker.
      const keyPrefix = `ilenia-bench:${randomUUID()}:`;
      const serverArgs =
        mode === 'listener-redis-2'
          ? [
              ['listener-redis', keyPrefix],
              ['listener-redis', keyPrefix, '--no-speaker'],
            ]
          : [[mode, keyPrefix]];
      const servers = serverArgs.map((args) => start('bench/support/live-event-fanout-server.ts', args, ['--expose-gc', ...extraFlags]));
      const speaker = servers[0]!;
      /** Server memory (every instance): the median of `memorySamples` samples, each after forced full collections. */
      const memoryOfAll = async (): Promise<{ rss: number; jsBytes: number }> => {
        const samples: { rss: number; jsBytes: number }[] = [];
        for (let sample = 0; sample < memorySamples; sample += 1) {
          const answers = await Promise.all(servers.map((server) => server.ask<{ rss: number; jsBytes: number }>({ cmd: 'memory' })));
          samples.push({ rss: sum(answers.map((answer) => answer.rss)), jsBytes: sum(answers.map((answer) => answer.jsBytes)) });
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return { rss: median(samples.map((sample) => sample.rss)), jsBytes: median(samples.map((sample) => sample.jsBytes)) };
      };
      let load: LineProcess | undefined;
      try {
        const ports = await Promise.all(servers.map(async (server) => (await server.next<{ port: number }>()).port));
        const firstListeners = Math.round(listeners / 5);
        load = start('bench/support/live-event-fanout-load.ts', [
          ports.join(','),
          String(listeners),
          mode === 'bare' ? 'bare' : 'listener',
          String(firstListeners),
        ]);
        await load.next<{ ready: number }>(phaseTimeoutMs * 2);
        const withFirst = await memoryOfAll();
        await load.ask<{ ready: number }>({ cmd: 'open' }, phaseTimeoutMs * 2);
        const withAll = await memoryOfAll();
        const added = listeners - firstListeners;

        // Warm-up: JIT, validators, socket buffers.
        await speaker.ask({ cmd: 'publish', count: 10, rate: 50 });
        await load.ask({ cmd: 'await', total: 10 * listeners });

        await load.ask({ cmd: 'reset' });
        await speaker.ask({ cmd: 'publish', count: steadyFinals, rate: steadyRate });
        const steady = await load.ask<{ received: number; p50: number; p99: number }>(
          { cmd: 'await', total: steadyFinals * listeners, timeoutMs: 30_000 },
          35_000,
        );

        await load.ask({ cmd: 'reset' });
        const serversCpu = () => servers.reduce((sum, server) => sum + (cpuSecondsOf(server.child.pid!) ?? Number.NaN), 0);
        const cpuBefore = serversCpu();
        const burst = await speaker.ask<{ startedAt: number }>({ cmd: 'publish', count: burstFinals, rate: 0 });
        const delivered = await load.ask<{ received: number; lastAt: number }>(
          { cmd: 'await', total: burstFinals * listeners, timeoutMs: 30_000 },
          35_000,
        );
        const cpuMicrosPerMessage = ((serversCpu() - cpuBefore) * 1e6) / delivered.received;
        measured.push({
          label,
          listeners,
          kibPerConnection: (withAll.rss - withFirst.rss) / added / 1024,
          jsKibPerConnection: (withAll.jsBytes - withFirst.jsBytes) / added / 1024,
          p50: steady.p50,
          p99: steady.p99,
          steadyReceived: steady.received / (steadyFinals * listeners),
          messagesPerSecond: delivered.received / ((delivered.lastAt - burst.startedAt) / 1000),
          cpuMicrosPerMessage,
          burstReceived: delivered.received / (burstFinals * listeners),
        });
      } catch (error) {
        console.error(`${label}, ${listeners} listeners: ${(error as Error).message}`);
      } finally {
        load?.stop();
        for (const server of servers) server.stop();
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

/** Each figure: the best of its rounds (lowest latency and memory, highest rate and share). */
const rows: Row[] = [];
for (const row of measured) {
  const best = rows.find((candidate) => candidate.label === row.label && candidate.listeners === row.listeners);
  if (!best) {
    rows.push({ ...row });
    continue;
  }
  best.kibPerConnection = Math.min(best.kibPerConnection, row.kibPerConnection);
  best.jsKibPerConnection = Math.min(best.jsKibPerConnection, row.jsKibPerConnection);
  best.p50 = Math.min(best.p50, row.p50);
  best.p99 = Math.min(best.p99, row.p99);
  best.messagesPerSecond = Math.max(best.messagesPerSecond, row.messagesPerSecond);
  best.cpuMicrosPerMessage = Math.min(best.cpuMicrosPerMessage, row.cpuMicrosPerMessage);
  best.steadyReceived = Math.min(best.steadyReceived, row.steadyReceived);
  best.burstReceived = Math.min(best.burstReceived, row.burstReceived);
}

console.log(
  `Subtitle fan-out, one speaker, ${steadyFinals} finals at ${steadyRate}/s then a burst of ${burstFinals}; best of ${rounds} rounds; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; ${new Date().toISOString()}`,
);
console.log(
  'case'.padEnd(40),
  'listeners'.padStart(9),
  'KiB/conn'.padStart(9),
  'JS KiB'.padStart(7),
  'p50 ms'.padStart(8),
  'p99 ms'.padStart(8),
  'p99 ×bare'.padStart(10),
  'msg/s'.padStart(9),
  'ratio'.padStart(6),
  'CPU µs/msg'.padStart(11),
  'CPU ratio'.padStart(10),
  'got'.padStart(6),
);
for (const row of rows) {
  const baseline = rows.find((candidate) => candidate.listeners === row.listeners && candidate.label === modes[0][1]);
  console.log(
    row.label.padEnd(40),
    String(row.listeners).padStart(9),
    row.kibPerConnection.toFixed(1).padStart(9),
    row.jsKibPerConnection.toFixed(1).padStart(7),
    row.p50.toFixed(1).padStart(8),
    row.p99.toFixed(1).padStart(8),
    (baseline ? row.p99 / baseline.p99 : Number.NaN).toFixed(2).padStart(10),
    row.messagesPerSecond.toFixed(0).padStart(9),
    (baseline ? row.messagesPerSecond / baseline.messagesPerSecond : Number.NaN).toFixed(2).padStart(6),
    row.cpuMicrosPerMessage.toFixed(2).padStart(11),
    (baseline ? baseline.cpuMicrosPerMessage / row.cpuMicrosPerMessage : Number.NaN).toFixed(2).padStart(10),
    `${(Math.min(row.steadyReceived, row.burstReceived) * 100).toFixed(0)}%`.padStart(6),
  );
}
console.log('got: share of the expected finals that arrived (the smaller of the steady and burst phases, worst round).');
console.log("CPU µs/msg: server CPU (every instance) per final delivered in the burst; CPU ratio: the bare broadcast's over the case's.");
console.log("p99 ×bare: the case's p99 over the bare broadcast's at the same count.");
console.log(
  `KiB/conn: server RSS growth from N/5 to N idle subscribed listeners over the 4N/5 added, each count the median of ${memorySamples} samples taken after forced full GCs; JS KiB: the same for heap used + external.`,
);
