/**
 * `make dev`: every service on its embedded defaults (ports as in production), the web app (Vite on
 * 5173, proxying /api/<service> to them) and the docs portal, in one terminal. Ctrl-C stops them all
 * gracefully.
 *
 * No child outlives the runner: each one gets a socket on an extra descriptor (fd 3) whose other end
 * only the runner holds, and `scripts/dev/exit-with-runner.mjs` (loaded into each with `--import`)
 * stops the child with SIGTERM once that end closes, which the kernel does when the runner dies, even
 * by SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import express from 'express';
import { repositoryRoot } from './generate/redocly.js';

// ILENIA_DATA_DIR (default .data) holds one folder per service: PGlite is one process's database.
// ILENIA_PORT_OFFSET moves the whole stack (services, web app, portal) so that two checkouts can run
// side by side; the services find each other through the URLs set below, not through the defaults.
const portOffset = Number(process.env.ILENIA_PORT_OFFSET ?? 0);
if (!Number.isInteger(portOffset) || portOffset < 0 || portOffset > 50_000)
  throw new Error(`ILENIA_PORT_OFFSET must be a whole number from 0 to 50000, got ${process.env.ILENIA_PORT_OFFSET}`);
const services = [
  { name: 'auth', port: 8081 + portOffset },
  { name: 'live-event', port: 8082 + portOffset },
  { name: 'events', port: 8083 + portOffset },
  { name: 'livekit-provider', port: 8086 + portOffset },
  { name: 'live-service', port: 8092 + portOffset },
];
// Where the services keep their data (PGlite, recordings); a test harness gives its own.
const dataDir = process.env.ILENIA_DATA_DIR ?? '.data';
const portalPort = Number(process.env.PORTAL_PORT ?? 8090 + portOffset);
const webPort = 5173 + portOffset;
const urlOf = (name: string): string => `http://localhost:${services.find((service) => service.name === name)!.port}`;
const stackEnvironment: NodeJS.ProcessEnv = {
  AUTH_JWKS_URL: `${urlOf('auth')}/v2/.well-known/jwks.json`,
  AUTH_SERVICE_URL: urlOf('auth'),
  EVENTS_SERVICE_URL: urlOf('events'),
  CORS_ORIGINS: process.env.CORS_ORIGINS ?? `http://localhost:${webPort}`,
  // <SERVICE>_URL for every service: read by web/vite.config.ts's proxy (and LIVEKIT_PROVIDER_URL by
  // live-service, for its agent's token)
  ...Object.fromEntries(services.map((service) => [`${service.name.toUpperCase().replace(/-/g, '_')}_URL`, urlOf(service.name)])),
};
const width = Math.max(...services.map((service) => service.name.length), 'portal'.length);

/** Loaded first into every child: it exits when the runner's end of fd 3 closes. */
const exitWithRunner = path.join(repositoryRoot, 'scripts', 'dev', 'exit-with-runner.mjs');
const runnerFd = 3;

const children: ChildProcess[] = [];
function run(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): void {
  const child = spawn(process.execPath, ['--import', exitWithRunner, ...args], {
    ...options,
    env: { ...options.env, ILENIA_RUNNER_FD: String(runnerFd) },
    // stdin, stdout, stderr, and the runner's link on fd 3 (never written; it closes when the runner dies).
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) console.log(`${name.padEnd(width)} | ${line}`);
    });
  }
  child.on('exit', (code, signal) => console.log(`${name.padEnd(width)} | exited (${signal ?? code})`));
  children.push(child);
}

for (const service of services) {
  run(service.name, ['--import', 'tsx', path.join('services', service.name, 'src', 'main.ts')], {
    cwd: repositoryRoot,
    // One data folder per service: a PGlite database belongs to one process.
    env: {
      ...process.env,
      ...stackEnvironment,
      NODE_ENV: 'development',
      PORT: String(service.port),
      PGLITE_DATA_DIR: path.join(dataDir, service.name),
      RECORDINGS_DIR: process.env.RECORDINGS_DIR ?? path.join(dataDir, 'live-event', 'recordings'),
    },
  });
}
// The web app's dev server (web/vite.config.ts proxies /api/<service> to the ports above).
const webRoot = path.join(repositoryRoot, 'web');
run('web', [path.join(webRoot, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', String(webPort), '--strictPort'], {
  cwd: webRoot,
  env: { ...process.env, ...stackEnvironment },
});

const portal = express();
portal.use(express.static(path.join(repositoryRoot, 'dist', 'portal')));
const portalServer = portal.listen(portalPort, () => {
  console.log(`${'web'.padEnd(width)} | http://localhost:${webPort}/  (the web app; sign in as listener1@ilenia.dev / ilenia-demo-2026)`);
  console.log(`${'portal'.padEnd(width)} | http://localhost:${portalPort}/  (API reference of every service)`);
  for (const service of services) console.log(`${service.name.padEnd(width)} | http://localhost:${service.port}/health`);
});

let stopping = false;
function stopAll(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  portalServer.close();
  for (const child of children) child.kill(signal);
  const deadline = setTimeout(() => process.exit(1), 15_000);
  deadline.unref();
  void Promise.all(
    children.map((child) => (child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve)))),
  ).then(() => process.exit(0));
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
