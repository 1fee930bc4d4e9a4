/**
 * What `make build` ships runs on plain Node: every service, bundled once into a scratch folder that
 * holds no tsx, TypeScript, esbuild or workspace sources, starts with `node dist/<service>/main.js`
 * (NODE_OPTIONS unset) in production mode with the environment the compose files give it, on free
 * ports with embedded PGlite, and answers `/health` and `/ready`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../generate/redocly.js';
import { bundleService } from './bundle-service.js';
import { environmentExample, interpolate, modeServices } from './check-deploy/compose.js';
import { serviceBuilds } from './services.js';

/** Packages a built service must not need: the development tool chain and the workspace's own. */
const developmentOnly = new Set([
  '.bin',
  '@ilenia',
  ...Object.keys(
    (JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies,
  ),
]);

/** A copy of the repository's node_modules without what `developmentOnly` names (entries linked, not copied). */
async function productionModules(target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(path.join(repositoryRoot, 'node_modules'))) {
    if (developmentOnly.has(entry) || entry.startsWith('@esbuild') || entry === '.package-lock.json') continue;
    if (entry.startsWith('@')) {
      await mkdir(path.join(target, entry));
      for (const scoped of await readdir(path.join(repositoryRoot, 'node_modules', entry))) {
        if (developmentOnly.has(`${entry}/${scoped}`)) continue;
        await symlink(path.join(repositoryRoot, 'node_modules', entry, scoped), path.join(target, entry, scoped));
      }
    } else {
      await symlink(path.join(repositoryRoot, 'node_modules', entry), path.join(target, entry));
    }
  }
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

interface RunningService {
  name: string;
  url: string;
  child: ChildProcess;
  output: string[];
}

/** Polls `url` until it answers 200 (the service exiting first fails at once, with its output). */
async function answersOk(service: RunningService, pathname: string): Promise<unknown> {
  return poll(service, pathname, (response) => response.ok);
}

/**
 * The LiveKit server is not run here (there is no package of it for this machine): a readiness check
 * of it is allowed to be down, every other check must be up.
 */
const notRunHere = new Set(['livekit']);

/** Polls `/ready` until every check but those of `notRunHere` is up. */
async function readyButForServersNotRunHere(service: RunningService): Promise<unknown> {
  return poll(service, '/ready', async (response) => {
    if (response.ok) return true;
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { checks?: Record<string, { status: string }> };
    const down = Object.entries(body.checks ?? {})
      .filter(([, check]) => check.status !== 'up')
      .map(([name]) => name);
    return down.length > 0 && down.every((name) => notRunHere.has(name));
  });
}

/** A hang guard, not a speed target: past it the failure names what the service last answered. */
const pollLimitMs = 300_000;

async function poll(service: RunningService, pathname: string, done: (response: Response) => boolean | Promise<boolean>): Promise<unknown> {
  const giveUpAt = Date.now() + pollLimitMs;
  let lastAnswer = 'nothing (not listening)';
  for (;;) {
    if (service.child.exitCode !== null)
      throw new Error(`${service.name} exited with ${service.child.exitCode}:\n${service.output.join('').slice(-4000)}`);
    if (Date.now() > giveUpAt)
      throw new Error(
        `${service.name} ${pathname} never became ready; it last answered ${lastAnswer}\n${service.output.join('').slice(-4000)}`,
      );
    try {
      const response = await fetch(`${service.url}${pathname}`);
      if (await done(response)) return await response.json();
      lastAnswer = `${response.status} ${await response.text()}`;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A service's environment in compose.livekit.yaml (which runs every service), interpolated with
 * deploy/.env.example's values and a generated value for each empty one (the secrets), the other
 * containers' addresses pointed at the test's ports, and embedded PGlite and one instance in place of
 * PostgreSQL and Redis.
 */
function productionEnvironment(name: string, ports: Record<string, number>, scratch: string): Record<string, string> {
  const variables = deploymentVariables();
  const composed = modeServices('compose.livekit.yaml')[name]?.environment;
  if (composed === undefined) throw new Error(`compose.livekit.yaml runs no ${name}`);
  const environment: Record<string, string> = {};
  for (const [variable, value] of Object.entries(composed)) {
    environment[variable] = interpolate(String(value), variables).replace(/http:\/\/([a-z-]+):\d+/g, (url, host: string) =>
      ports[host] ? `http://127.0.0.1:${ports[host]}` : url,
    );
  }
  delete environment.DATABASE_URL;
  delete environment.REDIS_URL;
  return {
    ...environment,
    USE_DATABASE: 'false',
    PGLITE_DATA_DIR: path.join(scratch, 'data', name),
    RECORDINGS_DIR: path.join(scratch, 'data', 'recordings'),
    PORT: String(ports[name]),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
}

let generatedVariables: Record<string, string> | undefined;

/** deploy/.env's values, generated once per run: every service must see the same secrets (a client's secret in auth and in the client). */
function deploymentVariables(): Record<string, string> {
  generatedVariables ??= Object.fromEntries(
    [...environmentExample().assigned].map(([variable, value]) => [variable, value || generatedValue(variable)]),
  );
  return generatedVariables;
}

function generatedValue(variable: string): string {
  if (variable === 'PUBLIC_HOST') return 'ilenia.test';
  if (variable.endsWith('EMAIL')) return 'admin@ilenia.test';
  if (variable.endsWith('_CLIENT_ID'))
    return variable
      .replace(/^OAUTH_|_CLIENT_ID$/g, '')
      .toLowerCase()
      .replace(/_/g, '-');
  if (variable === 'LIVEKIT_NODE_IP') return '127.0.0.1';
  if (variable === 'LIVEKIT_PUBLIC_URL') return 'wss://livekit.ilenia.test';
  return randomBytes(32).toString('base64');
}

describe('the production build', () => {
  let scratch: string;
  const running: RunningService[] = [];

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'ilenia-build-'));
    for (const service of serviceBuilds) await bundleService(repositoryRoot, service, scratch);
    await productionModules(path.join(scratch, 'node_modules'));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(
      running.map((service) =>
        service.child.exitCode !== null || service.child.signalCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => {
              service.child.once('exit', resolve);
              service.child.kill('SIGTERM');
            }),
      ),
    );
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('leaves the tool chain and the workspace sources out of what the services load', () => {
    for (const absent of ['tsx', 'typescript', 'esbuild', '.bin', '@ilenia'])
      expect(existsSync(path.join(scratch, 'node_modules', absent)), absent).toBe(false);
    for (const service of serviceBuilds) {
      const bundle = readFileSync(path.join(scratch, 'dist', service.name, 'service.js'), 'utf8');
      expect(bundle, service.name).not.toMatch(/from ["']@ilenia\//);
      expect(bundle, service.name).not.toMatch(/\.ts["']/);
    }
  });

  it('maps the bundle back to the TypeScript sources, and main.js turns source maps on before loading it', () => {
    for (const service of serviceBuilds) {
      const folder = path.join(scratch, 'dist', service.name);
      const bundleLines = readFileSync(path.join(folder, 'service.js'), 'utf8').split('\n');
      const line = bundleLines.findIndex((text) => text.includes('async function launchService('));
      expect(line, `${service.name} bundles the kit's launchService`).toBeGreaterThanOrEqual(0);
      const map = new SourceMap(JSON.parse(readFileSync(path.join(folder, 'service.js.map'), 'utf8')) as SourceMapPayload);
      const entry = map.findEntry(line, bundleLines[line]!.indexOf('launchService')) as { originalSource?: string; originalLine?: number };
      expect(entry.originalSource, service.name).toMatch(/packages\/kit\/src\/service\.ts$/);
      expect(readFileSync(path.join(folder, 'main.js'), 'utf8')).toMatch(
        /^process\.setSourceMapsEnabled\(true\);\nawait import\('\.\/service\.js'\);/,
      );
    }
  });

  it('starts every service with node dist/<service>/main.js in production mode, configured as compose configures it, and each becomes healthy and ready', async () => {
    const ports = Object.fromEntries(await Promise.all(serviceBuilds.map(async (service) => [service.name, await freePort()] as const)));
    const { NODE_OPTIONS: _ignored, ...inherited } = process.env;
    for (const service of serviceBuilds) {
      const child = spawn(process.execPath, [path.join('dist', service.name, 'main.js')], {
        cwd: scratch,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: inherited.PATH, ...productionEnvironment(service.name, ports, scratch) },
      });
      const output: string[] = [];
      child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      running.push({ name: service.name, url: `http://127.0.0.1:${ports[service.name]}`, child, output });
    }
    const health = await Promise.all(running.map((service) => answersOk(service, '/health')));
    expect(health.map((body) => (body as { service: string }).service).sort()).toEqual(serviceBuilds.map((service) => service.name).sort());
    const readiness = (await Promise.all(running.map((service) => readyButForServersNotRunHere(service)))) as {
      checks: Record<string, { status: string }>;
    }[];
    for (const [index, body] of readiness.entries()) {
      const down = Object.entries(body.checks)
        .filter(([, check]) => check.status !== 'up')
        .map(([name]) => name);
      expect(
        down.filter((name) => !notRunHere.has(name)),
        running[index]!.name,
      ).toEqual([]);
    }
    for (const service of running) expect(service.output.join(''), service.name).not.toContain('DEVELOPMENT MODE');
  }, 400_000);
});
