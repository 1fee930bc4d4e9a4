/**
 * The platform behind the real gateway, for the edge tests and the edge benchmark: auth and events from
 * source on their development defaults (PGlite, the demo users and event), `liveEventInstances` copies
 * of live-event sharing one PostgreSQL database and one Redis key prefix (what lets them stand in for
 * each other), and nginx in front with deploy/nginx's configuration on free ports. livekit-provider and
 * live-service are not started: their upstream is a closed port, which shows nginx's own 502 Problem.
 * Every child holds scripts/dev/exit-with-runner.mjs's link, so none outlives the test process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '@ilenia/kit/testing';
import { freePort, startGateway, type RunningGateway } from './nginx-process.js';
import { templateUpstreamKeys } from './render-nginx-config.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const exitWithRunner = path.join(repositoryRoot, 'scripts', 'dev', 'exit-with-runner.mjs');
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface EdgeStackOptions {
  liveEventInstances?: number;
  /** Browser origins besides the gateway's own that may call the API. */
  corsOrigins?: string[];
  credentialsPerMinute?: number;
  credentialsBurst?: number;
  apiPerSecond?: number;
  /** Extra environment for every service (e.g. LOGIN_MAX_FAILURES). */
  environment?: NodeJS.ProcessEnv;
}

export interface EdgeStack {
  gateway: RunningGateway;
  /** Each service's own address, for comparisons with the gateway ("direct"). */
  direct: { auth: string; events: string; liveEvent: string[] };
  stop(): Promise<void>;
}

interface ServiceProcess {
  child: ChildProcess;
  url: string;
}

/** Starts `services/<name>/src/main.ts` on a kernel-chosen port; resolves with its URL once it listens. */
async function startService(name: string, environment: NodeJS.ProcessEnv, started: ChildProcess[]): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', exitWithRunner, '--import', 'tsx', path.join('services', name, 'src', 'main.ts')], {
    cwd: repositoryRoot,
    env: { ...process.env, ...environment, PORT: '0', HOST: '127.0.0.1', ILENIA_RUNNER_FD: '3' },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  started.push(child);
  const output: string[] = [];
  child.stderr!.on('data', (data: Buffer) => output.push(data.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      if (output.length > 200) output.shift();
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'listening' && entry.port) resolve(entry.port);
      } catch {
        /* not a log line */
      }
    });
    child.once('exit', (code, signal) => reject(new Error(`${name} exited with ${code ?? signal}:\n${output.join('\n')}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/** Resolves once `url` answers 200 (live-event's /ready: its engines built and loaded). */
async function answered(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The process behind ${url} exited`);
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    // Polling interval while the engines load, not a margin: the loop ends on the answer.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(forced);
}

/** Starts the services and the gateway; `stop()` ends them all and drops the scratch data. */
export async function startEdgeStack(options: EdgeStackOptions = {}): Promise<EdgeStack> {
  const children: ChildProcess[] = [];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ilenia-edge-'));
  const database = await createScratchDatabase('ilenia_edge_live_event');
  let gateway: RunningGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(children.map(stopChild));
    await database.drop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // The gateway's port first: live-event names it in the tickets' WebSocket URLs.
    const httpsPort = await freePort();
    const publicOrigin = `https://localhost:${httpsPort}`;
    const common: NodeJS.ProcessEnv = {
      NODE_ENV: 'development',
      // info: the 'listening' line names the port the kernel chose.
      LOG_LEVEL: 'info',
      // nginx reaches the services from loopback; only it may say who the client is.
      TRUSTED_PROXIES: '127.0.0.1,::1',
      // The gateway's origin: auth refuses the refresh cookie from any other (cross-site check), and
      // live-event WebSockets opened from any other; nginx itself answers CORS for the API.
      CORS_ORIGINS: publicOrigin,
      REDIS_URL: '',
      USE_DATABASE: '',
      ...options.environment,
    };
    const auth = await startService('auth', { ...common, PGLITE_DATA_DIR: path.join(dataDir, 'auth') }, children);
    const stackUrls = { AUTH_JWKS_URL: `${auth.url}/v2/.well-known/jwks.json`, AUTH_SERVICE_URL: auth.url };
    const events = await startService('events', { ...common, ...stackUrls, PGLITE_DATA_DIR: path.join(dataDir, 'events') }, children);
    const liveEventEnvironment: NodeJS.ProcessEnv = {
      ...common,
      ...stackUrls,
      EVENTS_SERVICE_URL: events.url,
      USE_DATABASE: 'true',
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `ilenia-edge-${process.pid}-${httpsPort}:`,
      LIVE_EVENT_PUBLIC_URL: `${publicOrigin}/api/live-event`,
      RECORDINGS_DIR: path.join(dataDir, 'recordings'),
    };
    // One after the other: the first runs the migrations the others then find done.
    const liveEvents: ServiceProcess[] = [];
    for (let index = 0; index < (options.liveEventInstances ?? 1); index += 1) {
      const instance = await startService('live-event', liveEventEnvironment, children);
      await answered(`${instance.url}/ready`, instance.child);
      liveEvents.push(instance);
    }
    const hostPort = (url: string) => new URL(url).host;
    const closedPort = `127.0.0.1:${await freePort()}`;
    gateway = await startGateway({
      httpsPort,
      webRoot: path.join(repositoryRoot, 'dist', 'web'),
      docsRoot: path.join(repositoryRoot, 'dist', 'portal'),
      // A service this stack does not run (LiveKit's, any added since) answers 502 from a closed port.
      upstreams: {
        ...Object.fromEntries((await templateUpstreamKeys()).map((key) => [key, [closedPort]])),
        auth: [hostPort(auth.url)],
        events: [hostPort(events.url)],
        liveEvent: liveEvents.map((instance) => hostPort(instance.url)),
        livekitProvider: [closedPort],
        liveService: [closedPort],
      },
      corsOrigins: options.corsOrigins ?? [],
      credentialsPerMinute: options.credentialsPerMinute ?? 10,
      credentialsBurst: options.credentialsBurst ?? 10,
      apiPerSecond: options.apiPerSecond ?? 20,
    });
    return { gateway, direct: { auth: auth.url, events: events.url, liveEvent: liveEvents.map((instance) => instance.url) }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
