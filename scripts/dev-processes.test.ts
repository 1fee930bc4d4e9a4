/**
 * No process is left behind: a service whose stdout nobody reads still stops on SIGTERM (its log lines
 * are dropped rather than blocking it), and `make dev`'s runner killed with SIGKILL takes every
 * service and the web app's dev server with it.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { repositoryRoot } from './generate/redocly.js';

const started: ChildProcess[] = [];
const scratchDirs: string[] = [];
afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of scratchDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Whether `pid` still runs (a zombie waiting for its new parent to reap it has stopped running). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Every process below `pid` (children, their children, …). */
async function descendants(pid: number): Promise<number[]> {
  const { stdout } = await promisify(execFile)('ps', ['-e', '-o', 'pid=,ppid=']);
  const children = new Map<number, number[]>();
  for (const line of stdout.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number) as [number, number];
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** An ILENIA_PORT_OFFSET under which every port `make dev` uses is free now. */
async function freePortOffset(): Promise<number> {
  const basePorts = [8081, 8082, 8083, 8086, 8092, 8090, 5173];
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const offset = 20_000 + Math.floor(Math.random() * 20_000);
    if ((await Promise.all(basePorts.map((port) => portFree(port + offset)))).every(Boolean)) return offset;
  }
  throw new Error('no free port offset found');
}

describe('a service whose stdout nobody reads', () => {
  it('keeps answering, and stops on SIGTERM within its shutdown deadline', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'services/events/src/main.ts'], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'test',
        USE_EVENTS_MOCK: 'true',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SHUTDOWN_DEADLINE_MS: '10000',
      },
    });
    started.push(child);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const lines = createInterface({ input: child.stdout });
    const port = await new Promise<number>((resolve, reject) => {
      lines.on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'listening' && entry.port) resolve(entry.port);
      });
      void exited.then(({ code }) => reject(new Error(`events exited with ${code} before listening`)));
    });
    // From here on nobody reads its stdout.
    lines.close();
    child.stdout.pause();

    // Each unknown path is answered 404 and logged with its path: 4 MB of log lines, far beyond what a
    // pipe holds. A process that blocked on its stdout would stop answering here.
    const longPath = `/v1/${'x'.repeat(4_000)}`;
    for (let batch = 0; batch < 50; batch += 1) {
      const statuses = await Promise.all(
        Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}${longPath}`).then((response) => response.status)),
      );
      expect(statuses.every((status) => status === 404)).toBe(true);
    }
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
  }, 120_000);
});

describe('make dev', () => {
  it('leaves no service running when its runner is killed with SIGKILL', async () => {
    const offset = await freePortOffset();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ilenia-dev-runner-'));
    scratchDirs.push(dataDir);
    const runner = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_ENV: 'development', ILENIA_PORT_OFFSET: String(offset), ILENIA_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    });
    started.push(runner);
    // Every service says it listens, and the web app's dev server says where.
    const waitingFor = new Set(['auth', 'live-event', 'events', 'livekit-provider', 'live-service', 'web']);
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: runner.stdout }).on('line', (line) => {
        const [name, rest = ''] = line.split(' | ').map((part) => part.trim()) as [string, string?];
        if (rest.includes('"msg":"listening"') || (name === 'web' && rest.includes(`${5173 + offset}`) && rest.includes('Local')))
          waitingFor.delete(name);
        if (waitingFor.size === 0) resolve();
      });
      runner.once('exit', (code) =>
        reject(new Error(`the runner exited with ${code} while ${[...waitingFor].join(', ')} had not started`)),
      );
    });
    const processes = await descendants(runner.pid!);
    // Five services and the web app at least (and what they start: engines, esbuild).
    expect(processes.length).toBeGreaterThanOrEqual(6);

    runner.kill('SIGKILL');
    await expect.poll(() => processes.filter(running), { timeout: 60_000, interval: 200 }).toEqual([]);
    const ports = [8081, 8082, 8083, 8086, 8092, 5173].map((port) => port + offset);
    expect(await Promise.all(ports.map(portFree))).toEqual(ports.map(() => true));
    // Starting the whole stack took over two minutes on the shared machine at a load of 20.
  }, 360_000);
});
