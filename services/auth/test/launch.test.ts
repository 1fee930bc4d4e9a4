/**
 * The auth service as `npm run start:auth` / `make dev` start it: real handlers by default, demo
 * users and their credentials printed once, keys and data kept across a restart, graceful stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { developmentLiveServiceSecret } from '../src/config.js';
import { demoPassword } from '@ilenia/kit';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dataDirectory = await mkdtemp(path.join(tmpdir(), 'ilenia-auth-launch-'));
const started = new Set<ChildProcess>();
// A failed assertion must not leave a service running behind the test run.
afterAll(async () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dataDirectory, { recursive: true, force: true });
});

function start() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/auth/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      PORT: '0',
      PGLITE_DATA_DIR: dataDirectory,
      PASSWORD_HASH_COST: '14',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function listeningPort(service: ReturnType<typeof start>): Promise<number> {
  // Wait for the service to say it listens, or to exit: no wall-clock margin (the test's timeout bounds it).
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/"port":(\d+),"msg":"listening"/.test(service.output())) resolve();
    };
    service.child.stdout.on('data', check);
    service.child.on('exit', () => reject(new Error(`the auth service did not start:\n${service.output()}`)));
    check();
  });
  return Number(/"port":(\d+),"msg":"listening"/.exec(service.output())![1]);
}

async function signIn(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/v2/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@ilenia.dev', password: demoPassword }),
  });
  return { status: response.status, cookie: response.headers.get('set-cookie'), body: (await response.json()) as { access_token: string } };
}

describe('launching the auth service', () => {
  let firstKid: string;

  it('runs for real by default: demo users printed once, sign-in, refresh, client credentials, readiness', async () => {
    const service = start();
    const port = await listeningPort(service);
    expect(service.output()).toContain(`Demo users created (development only), password "${demoPassword}"`);
    expect(service.output()).toMatch(/manager@ilenia\.dev\s+manager\s+00000000-0000-4000-8000-000000000002/);

    const login = await signIn(port);
    expect(login.status).toBe(200);
    const me = await fetch(`http://127.0.0.1:${port}/v2/users/me`, { headers: { authorization: `Bearer ${login.body.access_token}` } });
    expect((await me.json()) as object).toMatchObject({ email: 'manager@ilenia.dev' });
    const refreshed = await fetch(`http://127.0.0.1:${port}/v2/auth/refresh`, {
      method: 'POST',
      headers: { cookie: login.cookie!.split(';')[0]! },
    });
    expect(refreshed.status).toBe(200);

    const token = await fetch(`http://127.0.0.1:${port}/v2/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`live-service:${developmentLiveServiceSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=events:read',
    });
    expect(token.status).toBe(200);
    const readiness = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(await readiness.json()).toMatchObject({
      status: 'ready',
      checks: { database: { status: 'up' }, signing_key: { status: 'up' } },
    });
    firstKid = ((await (await fetch(`http://127.0.0.1:${port}/v2/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys[0]!
      .kid;

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.output()).toContain('"msg":"stopped"');
  }, 180_000);

  it('keeps users and keys across a restart, and prints no credentials the second time', async () => {
    const service = start();
    const port = await listeningPort(service);
    expect(service.output()).not.toContain('Demo users created');
    expect((await signIn(port)).status).toBe(200);
    const keys = ((await (await fetch(`http://127.0.0.1:${port}/v2/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys;
    expect(keys.map((key) => key.kid)).toEqual([firstKid]);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  }, 180_000);
});
