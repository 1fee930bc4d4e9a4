/**
 * The real auth and events services as processes (their `main.ts`, as `make dev` runs them) on free
 * ports and scratch PGlite directories, with their development fixtures: demo users, service clients
 * (livekit-provider's included) and the demo event. Started by path, not imported: a service's tests
 * may not import another service.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url/health` answers 200; rejects as soon as the process exits. */
async function healthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}:\n${output().slice(-3000)}`);
    const answer = await fetch(`${url}/health`).catch(() => undefined);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface RealServices {
  authUrl: string;
  eventsUrl: string;
  stop(): Promise<void>;
}

export async function startAuthAndEvents(): Promise<RealServices> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'ilenia-livekit-provider-'));
  const [authPort, eventsPort] = [await freePort(), await freePort()];
  const authUrl = `http://127.0.0.1:${authPort}`;
  const eventsUrl = `http://127.0.0.1:${eventsPort}`;
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null ? undefined : new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
      ),
    );
    rmSync(scratch, { recursive: true, force: true });
  };
  const start = async (name: 'auth' | 'events', port: number) => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('services', name, 'src', 'main.ts')], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        PGLITE_DATA_DIR: path.join(scratch, name),
        AUTH_JWKS_URL: `${authUrl}/v2/.well-known/jwks.json`,
        AUTH_ISSUER: authUrl,
        AUTH_PUBLIC_URL: authUrl,
        AUTH_SERVICE_URL: authUrl,
        EVENTS_SERVICE_URL: eventsUrl,
        // The demo users are hashed at start-up: the cheapest cost development allows.
        PASSWORD_HASH_COST: '14',
      },
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    children.push(child);
    await healthy(`http://127.0.0.1:${port}`, child, () => output);
  };
  try {
    await start('auth', authPort);
    await start('events', eventsPort);
  } catch (error) {
    await stop();
    throw error;
  }
  return { authUrl, eventsUrl, stop };
}
