/**
 * The generated Python SDK against the real services: the auth service (seeded demo users, real
 * sign-in and refresh) and the events service verifying its tokens through the auth service's JWKS,
 * both listening on free loopback ports over PGlite. The stories themselves are the pytest suite in
 * sdk-tests/python/; this test starts the services, runs pytest and fails with its output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAuthService } from '@ilenia/auth-service/test/support/auth-harness';
import { buildEventsApp } from '@ilenia/events-service/app';
import { eventsMigrations } from '@ilenia/events-service/db/migrations/index';
import type { EventsDatabase } from '@ilenia/events-service/db/schema';
import { createEventsHandlers } from '@ilenia/events-service/handlers/index';
import { bearerAuthenticator, createJwtVerifier, createLogger, demoPassword } from '@ilenia/kit';
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import { databaseEngines, testIssuer } from '@ilenia/kit/testing';
import { debianToolsAvailable, englishSpeech, silence, skippedUnless, speechToolsAvailable } from '@ilenia/speech-engines/testing';
import { startStack, type Stack } from '../../fuzz/stack.js';
import { pythonSdkRunnable, repositoryRoot, runPytest } from './pytest-runner.js';

const pythonAvailable = await pythonSdkRunnable();
// One engine is enough: the SDK is under test here, not the repositories.
const pglite = (await databaseEngines('ilenia_python_sdk')).find((engine) => engine.name === 'PGlite')!;

describe.skipIf(!pythonAvailable)('the Python SDK against the real auth and events services', () => {
  const auth = useAuthService(pglite);
  let authServer: Server;
  let eventsServer: Server;
  let eventsDatabase: Database<EventsDatabase>;
  let dropEventsDatabase: () => Promise<void>;

  beforeAll(async () => {
    authServer = await listen(auth.app);
    const authUrl = urlOf(authServer);
    const opened = await pglite.open();
    dropEventsDatabase = opened.drop;
    eventsDatabase = await openDatabase<EventsDatabase>(opened.target, eventsMigrations);
    const verifier = createJwtVerifier({
      keys: { jwksUrl: new URL(`${authUrl}/v2/.well-known/jwks.json`) },
      issuer: testIssuer,
      audience: 'event-service',
    });
    eventsServer = await listen(
      buildEventsApp({
        logger: createLogger({ service: 'events-python-sdk-test', level: 'silent' }),
        handlers: createEventsHandlers({ db: eventsDatabase.db }),
        authenticators: { bearerAuth: bearerAuthenticator(verifier) },
      }),
    );
  });
  afterAll(async () => {
    for (const server of [eventsServer, authServer]) if (server) await new Promise((resolve) => server.close(resolve));
    await eventsDatabase?.close();
    await dropEventsDatabase?.();
  });

  it('passes the pytest suite in sdk-tests/python (sign in, list events, typed problems, token refresh)', async () => {
    // The subtitles and LiveKit-mode stories need services of their own (below, and python-sdk-livekit.test.ts).
    const run = await runPytest(
      [
        '--ignore=sdk-tests/python/test_subtitles.py',
        '--ignore=sdk-tests/python/test_livekit_provider_sdk.py',
        '--ignore=sdk-tests/python/test_live_service_sdk.py',
        'sdk-tests/python',
      ],
      { ILENIA_AUTH_URL: urlOf(authServer), ILENIA_EVENTS_URL: urlOf(eventsServer), ILENIA_DEMO_PASSWORD: demoPassword },
    );
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/\d+ passed/);
  }, 120_000);
});

const speechAvailable =
  speechToolsAvailable() && debianToolsAvailable('apertium-wblank-mode', 'gcc', 'pkg-config', '/usr/include/pocketsphinx/pocketsphinx.h');

describe.skipIf(!pythonAvailable || !speechAvailable)('the Python SDK following a talk on the real live-event', () => {
  let stack: Stack;
  let scratch: string;
  beforeAll(async () => {
    // auth, events and live-event as processes on the development fixtures (demo users and event).
    stack = await startStack(repositoryRoot, ['auth', 'events', 'live-event']);
    scratch = mkdtempSync(path.join(tmpdir(), 'ilenia-python-sdk-'));
  }, 600_000);
  afterAll(async () => {
    await stack?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it(`follows the demo talk's subtitles with follow_subtitles, with typed errors${skippedUnless(speechAvailable, 'flite, sox, apertium or pocketsphinx')}`, async () => {
    const speech = path.join(scratch, 'speech.raw');
    writeFileSync(
      speech,
      Buffer.concat([await englishSpeech('Good morning everybody. Welcome to the open science summit.'), silence(1_000)]),
    );
    const run = await runPytest(['sdk-tests/python/test_subtitles.py'], {
      ILENIA_AUTH_URL: stack.urls.auth,
      ILENIA_LIVE_EVENT_URL: stack.urls['live-event'],
      ILENIA_DEMO_PASSWORD: demoPassword,
      ILENIA_SPEECH_PCM: speech,
    });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/3 passed/);
  }, 600_000);
});

async function listen(app: Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
