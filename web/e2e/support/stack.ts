/**
 * The real platform for the end-to-end tests: `scripts/dev.ts` (every service, the Vite dev server
 * proxying /api/<service>) on a free `ILENIA_PORT_OFFSET` with fresh PGlite data in a temporary
 * folder. Ready when every service answers /health, live-event answers /ready and the web app serves
 * its page; stopped with its whole process group, so nothing is left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { repositoryRoot } from './paths.js';

/** The default ports of `scripts/dev.ts` (services, portal, web app) that the offset moves, and 4173 (`vite preview` of a build, for the figures). */
const stackPorts = [8081, 8082, 8083, 8086, 8090, 8092, 5173, 4173];
const serviceNames = { auth: 8081, 'live-event': 8082, events: 8083, 'livekit-provider': 8086, 'live-service': 8092 } as const;

export interface RunningStack {
  webUrl: string;
  /** Where a `vite preview` of a build may listen: the services accept this origin too. */
  previewPort: number;
  serviceUrls: Record<keyof typeof serviceNames, string>;
  offset: number;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    // Both the IPv4 and the IPv6 wildcard: the services listen on one, Vite on localhost.
    server.listen({ port, host: '::', ipv6Only: false }, () => server.close(() => resolve(true)));
  });
}

/** An offset whose every port of the stack is free now (probed, from a random start). */
async function freePortOffset(): Promise<number> {
  const first = 20_000 + Math.floor(Math.random() * 200) * 100;
  for (let candidate = first, tries = 0; tries < 200; tries += 1, candidate = 20_000 + ((candidate - 20_000 + 100) % 20_000)) {
    const free = await Promise.all(stackPorts.map((port) => portFree(port + candidate)));
    if (free.every(Boolean)) return candidate;
  }
  throw new Error('No free port offset for the end-to-end stack');
}

/** Resolves once `url` answers 200, polling while the stack starts; rejects if the stack exits first. */
async function answered(url: string, child: ChildProcess, log: () => string): Promise<void> {
  // A bound for a broken stack (an engine missing keeps /ready at 503), not a margin: ready ends the wait.
  const startedAt = Date.now();
  const giveUpAt = startedAt + 10 * 60_000;
  let nextReportAt = startedAt + 60_000;
  for (;;) {
    // The cause goes last: CI shows the tail of what a failed run printed.
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${log()}\nThe stack exited (${child.signalCode ?? child.exitCode}) before ${url} answered`);
    // A bound for a request the stack accepted and never answered, not a margin.
    const answer = await fetch(url, { signal: AbortSignal.timeout(60_000) }).then(
      async (response) => ({ ok: response.ok, status: String(response.status), body: await response.text() }),
      (error: Error) => ({
        ok: false,
        status: 'no answer',
        body: `${error.message} ${String((error.cause as Error | undefined)?.message ?? '')}`,
      }),
    );
    if (answer.ok) return;
    if (Date.now() > nextReportAt) {
      // A slow start says what it waits for while it waits, so a log cut short still shows it.
      console.log(
        `web-e2e: after ${Math.round((Date.now() - startedAt) / 1000)} s, ${url} answers ${answer.status} ${answer.body.slice(0, 300)}`,
      );
      nextReportAt += 60_000;
    }
    if (Date.now() > giveUpAt)
      throw new Error(
        `${log()}\n${url} did not answer 200 in 10 minutes; its last answer: ${answer.status} ${answer.body.slice(0, 2_000)}`,
      );
    // Polling interval, not a margin: the loop ends on the answer, whatever the machine's load.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function startStack(): Promise<RunningStack> {
  const offset = await freePortOffset();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ilenia-e2e-data-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ILENIA_PORT_OFFSET: String(offset), ILENIA_DATA_DIR: dataDir };
  // The stack is one process per service with its data in memory and PGlite: nothing shared with a developer's stack.
  // The dev server's origin (dev.ts's default) and a preview's, for the refresh cookie and the WebSockets.
  env.CORS_ORIGINS = `http://localhost:${5173 + offset},http://localhost:${4173 + offset}`;
  for (const name of ['REDIS_URL', 'USE_DATABASE', 'DATABASE_URL', 'PORTAL_PORT', 'AUTH_URL', 'EVENTS_URL', 'LIVE_EVENT_URL'])
    delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
    cwd: repositoryRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stop() signals the services and Vite it started, not only dev.ts.
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  async function stop(): Promise<void> {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 20_000);
      await exited;
      clearTimeout(killed);
    }
    // dev.ts waits for its children; a straggler of the group still gets the last word.
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* the group is empty */
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  const serviceUrls = Object.fromEntries(
    Object.entries(serviceNames).map(([name, port]) => [name, `http://localhost:${port + offset}`]),
  ) as RunningStack['serviceUrls'];
  const webUrl = `http://localhost:${5173 + offset}`;
  try {
    await Promise.all([
      ...Object.values(serviceUrls).map((url) => answered(`${url}/health`, child, () => output)),
      answered(`${serviceUrls['live-event']}/ready`, child, () => output),
      answered(`${webUrl}/`, child, () => output),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { webUrl, previewPort: 4173 + offset, serviceUrls, offset, stop };
}
