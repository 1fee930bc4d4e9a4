/**
 * A service started as a user starts it (`npm run start:<service>`): it fails fast on bad config
 * naming the variable, serves on its port, and stops gracefully on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function start(service: string, environment: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ['--import', 'tsx', `services/${service}/src/main.ts`], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('launching a service', () => {
  it('refuses to start on invalid configuration, naming every bad variable', async () => {
    const service = start('events', { PORT: 'eighty', USE_DATABASE: 'perhaps' });
    expect(await service.exited).toBe(2);
    expect(service.output()).toContain('PORT must be an integer');
    expect(service.output()).toContain('USE_DATABASE must be true or false');
  }, 30_000);

  it('starts as production when NODE_ENV is unset: no development default for where trust comes from', async () => {
    const service = start('events', { NODE_ENV: undefined, PORT: '0' });
    expect(await service.exited).toBe(2);
    expect(service.output()).toContain('AUTH_JWKS_URL is required');
    expect(service.output()).not.toContain('DEVELOPMENT MODE');
  }, 30_000);

  it('serves its API on its port and stops gracefully on SIGTERM', async () => {
    // In mock mode: the service then needs nothing else running, and /ready has no dependency to check.
    const service = start('livekit-provider', { PORT: '0', USE_LIVEKIT_PROVIDER_MOCK: 'true' });
    await waitFor(() => /"port":(\d+),"msg":"listening"/.test(service.output()), 20_000);
    const port = Number(/"port":(\d+),"msg":"listening"/.exec(service.output())![1]);
    expect(service.output()).toMatch(/"level":40,.*DEVELOPMENT MODE/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', service: 'livekit-provider' });
    const readiness = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(await readiness.json()).toEqual({ status: 'ready', checks: {} });
    const unauthenticated = await fetch(`http://127.0.0.1:${port}/v2/rooms`);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.output()).toContain('"msg":"stopped"');
  }, 30_000);
});
