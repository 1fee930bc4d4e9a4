/**
 * `make dev`: every service on its embedded defaults (ports as in production), the web app (Vite on
 * 5173, proxying /api/<service> to them) and the docs portal, in one terminal. Ctrl-C stops them all
 * gracefully.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import express from 'express';
import { repositoryRoot } from './generate/redocly.js';

const services = [
  { name: 'auth', port: 8081 },
  { name: 'live-event', port: 8082 },
  { name: 'events', port: 8083 },
  { name: 'livekit-provider', port: 8086 },
  { name: 'live-service', port: 8092 },
];
const portalPort = Number(process.env.PORTAL_PORT ?? 8090);
const webPort = 5173;
const width = Math.max(...services.map((service) => service.name.length), 'portal'.length);

const children: ChildProcess[] = [];
function run(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): void {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
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
    env: { ...process.env, NODE_ENV: 'development', PORT: String(service.port), PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? path.join('.data', service.name) },
  });
}
// The web app's dev server (web/vite.config.ts proxies /api/<service> to the ports above).
const webRoot = path.join(repositoryRoot, 'web');
run('web', [path.join(webRoot, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', String(webPort), '--strictPort'], { cwd: webRoot, env: process.env });

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
  Promise.all(children.map((child) => (child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve))))).then(() => process.exit(0));
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
