/**
 * A Redis server and a PostgreSQL cluster of a test's own, on free ports, that the test may stop and
 * start again as a real deployment would lose them (the shared ones at 6379 and 5432 are never touched).
 * Redis keeps nothing on disk (`--save "" --appendonly no`): a restart forgets everything, as a
 * replacement node would. PostgreSQL is a throwaway cluster made with `initdb` in a temporary folder,
 * run as the `postgres` user when the tests run as root (PostgreSQL refuses to run as root).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A TCP port nobody listens on now (the kernel's pick for port 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Resolves once something accepts connections on the port (each try waits for the refusal itself). */
async function accepting(port: number, process: ChildProcess): Promise<void> {
  for (;;) {
    if (process.exitCode !== null) throw new Error(`the server exited with ${process.exitCode} before listening on ${port}`);
    const connected = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (connected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((folder) => folder !== '' && existsSync(path.join(folder, program)));
}

export const redisServerAvailable = onPath('redis-server');

/** A `redis-server` child on a free port; `stop` and `start` lose and bring back the same address. */
export async function startPrivateRedis() {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'],
      { stdio: 'ignore' },
    );
    await accepting(port, child);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

/** The newest PostgreSQL server binaries of the Debian layout (`/usr/lib/postgresql/<major>/bin`), if any. */
function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((entry) => existsSync(path.join(root, entry, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] === undefined ? undefined : path.join(root, majors[0], 'bin');
}

export const initdbAvailable = postgresBinaries() !== undefined;

/** A throwaway PostgreSQL cluster on a free port; `stop` (fast shutdown) and `start` keep its data. */
export async function startPrivatePostgres() {
  const bin = postgresBinaries();
  if (!bin) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql/*/bin');
  const port = await freePort();
  const folder = await mkdtemp(path.join(tmpdir(), 'live-event-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL will not run as root: the cluster belongs to the postgres user, who runs the tools.
  if (asRoot)
    await chown(
      folder,
      Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
      Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
    );
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args]) : run(path.join(bin, name), args);
  const dataDir = path.join(folder, 'data');
  await tool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await tool('pg_ctl', ['-D', dataDir, '-l', path.join(folder, 'server.log'), '-o', options, '-w', 'start']);
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await tool('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    /** Stops the server if it runs and deletes the cluster. */
    async remove(): Promise<void> {
      await stop('immediate').catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };
}
