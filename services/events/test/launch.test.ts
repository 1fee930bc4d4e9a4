/**
 * The events service as `npm run start:events` runs it: real handlers by default over embedded
 * PGlite, tokens verified against a JWKS served over HTTP (as the auth service publishes it), the
 * demo event seeded in development and kept across restarts in PGLITE_DATA_DIR, graceful SIGTERM,
 * and mock mode still available.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRoles } from '@ilenia/generated/permissions';
import { createScratchDatabase, postgresAvailable } from '@ilenia/kit/testing';
import { createSigningKey, signAccessToken, testIssuer, type TestSigningKey } from '@ilenia/kit/testing';
import { demoChannelId, demoEventId, demoUserIds } from '@ilenia/kit';
import type { Schemas } from './support/events-harness.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A fetch answer's JSON body, as the type the test expects (`json()` is typed any). */
async function jsonOf<Body>(response: Response): Promise<Body> {
  return (await response.json()) as Body;
}
let key: TestSigningKey;
let jwks: Server;
let jwksUrl: string;
const dataDir = mkdtempSync(path.join(tmpdir(), 'ilenia-events-'));
const runOnPostgres = await postgresAvailable();

beforeAll(async () => {
  key = await createSigningKey('launch');
  jwks = createServer((_request, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ keys: [key.jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/v2/.well-known/jwks.json`;
});
afterAll(async () => {
  await new Promise((resolve) => jwks.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(environment: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/events/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      PORT: '0',
      AUTH_JWKS_URL: jwksUrl,
      AUTH_ISSUER: testIssuer,
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Wait for the service to say it listens, or to exit: no wall-clock margin (the test's timeout bounds it).
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/"port":(\d+),"msg":"listening"/.test(output)) resolve();
    };
    child.stdout.on('data', check);
    child.on('exit', () => reject(new Error(`the service did not start:\n${output}`)));
    check();
  });
  const port = Number(/"port":(\d+),"msg":"listening"/.exec(output)![1]);
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

function userToken(userId: string, role: keyof typeof defaultRoles): Promise<string> {
  return signAccessToken(
    key,
    { sub: userId, roles: [role], permissions: [...defaultRoles[role].permissions] },
    { audience: 'event-service' },
  );
}

describe('the events service, launched', () => {
  it('serves the seeded demo event to the demo users, keeps changes across a restart, and stops gracefully', async () => {
    const first = await start({ PGLITE_DATA_DIR: dataDir });
    try {
      const readiness = await jsonOf<Schemas['Readiness']>(await fetch(`${first.url}/ready`));
      expect(readiness).toMatchObject({ status: 'ready', checks: { database: { status: 'up' }, auth_jwks: { status: 'up' } } });
      const speaker = await userToken(demoUserIds.speaker1, 'speaker');
      const demo = await fetch(`${first.url}/v1/events/${demoEventId}`, { headers: { Authorization: `Bearer ${speaker}` } });
      expect(demo.status).toBe(200);
      const body = await jsonOf<Schemas['Event']>(demo);
      expect(body).toMatchObject({ id: demoEventId, status: 'ready', organiser_id: demoUserIds.manager });
      expect(body.channels).toEqual([
        expect.objectContaining({
          id: demoChannelId,
          source_language: 'en',
          target_languages: ['es'],
          speakers: [demoUserIds.speaker1, demoUserIds.speaker2],
        }),
      ]);
      const listener = await userToken(demoUserIds.listener2, 'listener');
      const listed = await jsonOf<Schemas['EventPage']>(
        await fetch(`${first.url}/v1/events?role=listener`, { headers: { Authorization: `Bearer ${listener}` } }),
      );
      expect(listed.items.map((item) => item.id)).toEqual([demoEventId]);
      const manager = await userToken(demoUserIds.manager, 'manager');
      const renamed = await fetch(`${first.url}/v1/events/${demoEventId}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${manager}`, 'Content-Type': 'application/json', 'If-Match': demo.headers.get('etag')! },
        body: JSON.stringify({ title: 'Renamed demo' }),
      });
      expect(renamed.status).toBe(200);
      const stranger = await createSigningKey('launch');
      const forged = await signAccessToken(
        stranger,
        { sub: demoUserIds.admin, permissions: ['events:read', 'events:manage_all'] },
        { audience: 'event-service' },
      );
      expect((await fetch(`${first.url}/v1/events/${demoEventId}`, { headers: { Authorization: `Bearer ${forged}` } })).status).toBe(401);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(first.output()).toContain('seeded the demo event');
    expect(first.output()).toContain('"msg":"stopped"');
    expect(first.output()).not.toContain('eyJ');

    const second = await start({ PGLITE_DATA_DIR: dataDir });
    try {
      const manager = await userToken(demoUserIds.manager, 'manager');
      const again = await jsonOf<Schemas['Event']>(
        await fetch(`${second.url}/v1/events/${demoEventId}`, { headers: { Authorization: `Bearer ${manager}` } }),
      );
      expect(again).toMatchObject({ title: 'Renamed demo', version: 2 });
    } finally {
      expect(await second.stop()).toBe(0);
    }
    expect(second.output()).not.toContain('seeded the demo event');
  }, 120_000);

  it.skipIf(!runOnPostgres)(
    `runs on PostgreSQL with USE_DATABASE=true, migrated and seeded${runOnPostgres ? '' : ' (skipped: no PostgreSQL)'}`,
    async () => {
      const scratch = await createScratchDatabase('ilenia_events_launch');
      try {
        const service = await start({ USE_DATABASE: 'true', DATABASE_URL: scratch.url });
        try {
          const manager = await userToken(demoUserIds.manager, 'manager');
          const demo = await fetch(`${service.url}/v1/events/${demoEventId}`, { headers: { Authorization: `Bearer ${manager}` } });
          expect(demo.status).toBe(200);
          expect(await (await fetch(`${service.url}/ready`)).json()).toMatchObject({ checks: { database: { status: 'up' } } });
        } finally {
          expect(await service.stop()).toBe(0);
        }
        expect(service.output()).toContain('"database":"postgres"');
      } finally {
        await scratch.drop();
      }
    },
    120_000,
  );

  it('still answers from the spec’s examples with USE_EVENTS_MOCK=true', async () => {
    const service = await start({ USE_EVENTS_MOCK: 'true' });
    try {
      const response = await fetch(`${service.url}/v1/events/3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d`, {
        headers: { Authorization: 'Bearer anything' },
      });
      expect(response.status).toBe(200);
      expect((await jsonOf<Schemas['Event']>(response)).title).toBe('Open Science Summit 2026 — Keynote');
    } finally {
      expect(await service.stop()).toBe(0);
    }
  }, 120_000);
});
