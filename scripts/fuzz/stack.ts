/**
 * The whole platform for the fuzzer: every service as its own process (`main.ts`, as `make dev` runs
 * it), on free ports, each on a scratch PostgreSQL database (PGlite in a scratch directory when no
 * PostgreSQL answers outside CI), with the development fixtures: demo users, service clients, demo event.
 * livekit-provider talks to the LiveKit contract double (no LiveKit server can run here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, postgresAvailable } from '@ilenia/kit/testing';
import { startLiveKitDouble } from '@ilenia/livekit-testing';

/** The live-service client of the fuzzed stack (also what the fuzzer signs service-only calls with). */
export const fuzzLiveServiceClient = { id: 'ilenia-fuzz-live-service', secret: 'ilenia-fuzz-live-service-secret' } as const;

export const serviceNames = ['auth', 'events', 'live-event', 'live-service', 'livekit-provider'] as const;
export type ServiceName = (typeof serviceNames)[number];

export interface Stack {
  urls: Record<ServiceName, string>;
  /** What each service wrote to stderr (its error logs), for the report. */
  logs: Record<ServiceName, string[]>;
  stop(): Promise<void>;
}

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

async function waitUntilHealthy(url: string, child: ChildProcess, name: string, logs: string[]): Promise<void> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} before it was healthy:\n${logs.join('').slice(-4000)}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts `services` (every one by default; auth always comes first, the others need it). */
export async function startStack(root: string, services: readonly ServiceName[] = serviceNames): Promise<Stack> {
  const usePostgres = await postgresAvailable();
  const ports = Object.fromEntries(await Promise.all(serviceNames.map(async (name) => [name, await freePort()] as const))) as Record<
    ServiceName,
    number
  >;
  const urls = Object.fromEntries(serviceNames.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as Record<ServiceName, string>;
  const logs = Object.fromEntries(serviceNames.map((name) => [name, [] as string[]])) as Record<ServiceName, string[]>;
  const scratch = mkdtempSync(path.join(tmpdir(), 'ilenia-fuzz-'));
  const drops: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  const livekit = await startLiveKitDouble();
  const stop = async () => {
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => {
              child.once('exit', resolve);
              child.kill('SIGTERM');
            }),
      ),
    );
    for (const drop of drops) await drop().catch(() => {});
    await livekit.close();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    for (const name of services) {
      const database: NodeJS.ProcessEnv = {};
      if (['auth', 'events', 'live-event'].includes(name)) {
        if (usePostgres) {
          const created = await createScratchDatabase(`ilenia_fuzz_${name.replace(/-/g, '_')}`);
          drops.push(created.drop);
          Object.assign(database, { USE_DATABASE: 'true', DATABASE_URL: created.url });
        } else Object.assign(database, { PGLITE_DATA_DIR: path.join(scratch, name) });
      }
      const child = spawn(process.execPath, ['--import', 'tsx', path.join('services', name, 'src', 'main.ts')], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: {
          ...process.env,
          ...database,
          NODE_ENV: 'development',
          PORT: String(ports[name]),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'error',
          AUTH_JWKS_URL: `${urls.auth}/v2/.well-known/jwks.json`,
          AUTH_ISSUER: urls.auth,
          AUTH_PUBLIC_URL: urls.auth,
          AUTH_SERVICE_URL: urls.auth,
          EVENTS_SERVICE_URL: urls.events,
          LIVEKIT_PROVIDER_URL: urls['livekit-provider'],
          // live-service's own client under a name the spec's examples do not use: the fuzzer rotates
          // and disables the clients it finds there, which would take live-service's token away mid-run.
          OAUTH_LIVE_SERVICE_CLIENT_ID: fuzzLiveServiceClient.id,
          OAUTH_LIVE_SERVICE_CLIENT_SECRET: fuzzLiveServiceClient.secret,
          LIVEKIT_URL: livekit.wsUrl,
          LIVEKIT_API_KEY: livekit.apiKey,
          LIVEKIT_API_SECRET: livekit.apiSecret,
          // The demo users are hashed at start-up: the cheapest cost development allows.
          PASSWORD_HASH_COST: '14',
          // The fuzzer signs in many times from one address; lockouts are tested elsewhere.
          LOGIN_MAX_FAILURES: '1000',
          LOGIN_MAX_FAILURES_PER_IP: '100000',
          RECORDINGS_DIR: path.join(scratch, 'recordings'),
          REDIS_URL: '',
          // Short-lived WebSocket tickets, so that the fuzzer can use an expired one without a long wait;
          // every other ticket it takes is used at once.
          TICKET_TTL_SECONDS: '10',
        },
      });
      child.stderr?.on('data', (chunk: Buffer) => logs[name].push(chunk.toString()));
      children.push(child);
      // auth first: the others fetch its keys and tokens.
      if (name === 'auth') await waitUntilHealthy(urls.auth, child, name, logs.auth);
    }
    await Promise.all(services.map((name, index) => waitUntilHealthy(urls[name], children[index]!, name, logs[name])));
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, logs, stop };
}
