/**
 * Real services as processes, for tests that need them for real: each service's `main.ts` (as `make dev`
 * runs it) on a free port with a scratch PGlite directory and its development fixtures (demo users,
 * service clients, the demo event). Started by path, not imported: a service's tests may not import
 * another service. Every process is told every started service's URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The services a test may start besides auth, which is always started (every other one verifies its tokens). */
export type ServiceProcessName = 'events' | 'livekit-provider' | 'live-service' | 'live-event';

/** The running services: each one's base URL (`http://127.0.0.1:<port>`), and how to stop them all. */
export interface ServiceProcesses<Name extends ServiceProcessName> {
  urls: Record<Name | 'auth', string>;
  /** Stops every process (SIGTERM, waiting for each to exit) and removes their data. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
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

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/**
 * Starts auth, then `names` side by side once auth answers (they fetch its keys at start-up). `env` is
 * added to every process's environment (e.g. LiveKit's URL and keys for livekit-provider). On failure
 * the processes already started are stopped and the error names the one that failed, with its output.
 */
export async function startServiceProcesses<Name extends ServiceProcessName>(
  names: readonly Name[],
  env: Record<string, string> = {},
): Promise<ServiceProcesses<Name>> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'ilenia-service-processes-'));
  const started: (Name | 'auth')[] = ['auth', ...names];
  const urls = {} as Record<Name | 'auth', string>;
  for (const name of started) urls[name] = `http://127.0.0.1:${await freePort()}`;
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopped));
    rmSync(scratch, { recursive: true, force: true });
  };
  const start = async (name: Name | 'auth') => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('services', name, 'src', 'main.ts')], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: new URL(urls[name]).port,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        PGLITE_DATA_DIR: path.join(scratch, name),
        AUTH_JWKS_URL: `${urls.auth}/v2/.well-known/jwks.json`,
        AUTH_ISSUER: urls.auth,
        AUTH_PUBLIC_URL: urls.auth,
        AUTH_SERVICE_URL: urls.auth,
        ...serviceUrls(urls),
        // The demo users are hashed at start-up: the cheapest cost development allows.
        PASSWORD_HASH_COST: '14',
        // The events service is read fresh, so that a status change a test makes shows at once.
        EVENTS_CACHE_TTL_MS: '0',
        ...env,
      },
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    children.push(child);
    await healthy(urls[name], child, () => `${name}: ${output}`);
  };
  try {
    await start('auth');
    await Promise.all(names.map(start));
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, stop };
}

/** The variables through which services find each other (see each service's config.ts). */
function serviceUrls(urls: Readonly<Record<string, string>>): Record<string, string> {
  const variables: Record<string, string> = {};
  if (urls.events !== undefined) variables.EVENTS_SERVICE_URL = urls.events;
  if (urls['livekit-provider'] !== undefined) variables.LIVEKIT_PROVIDER_URL = urls['livekit-provider'];
  return variables;
}
