/**
 * `main.ts` as it is deployed: a real process with the real wiring (PGlite, local engines, in-process
 * bus, events and auth services by URL), serving REST and the WebSocket, and stopping gracefully on
 * SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import { createSigningKey, signAccessToken, testIssuer, type TestSigningKey } from '@ilenia/kit/testing';
import { debianToolsAvailable, skippedUnless } from '@ilenia/speech-engines/testing';
import { eventsAudience, makeEvent, serviceClient, startFakeUpstreams, type FakeUpstreams } from '@ilenia/kit/testing';
import { TestSocket } from './support/test-socket.js';

const enginesAvailable = debianToolsAvailable(
  'apertium-wblank-mode',
  '/usr/share/apertium/modes/eng-spa.mode',
  'gcc',
  'pkg-config',
  '/usr/include/pocketsphinx/pocketsphinx.h',
);
let key: TestSigningKey;
let upstreams: FakeUpstreams;
let child: ChildProcess;
let baseUrl: string;
let recordingsDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  key = await createSigningKey('main-process');
  upstreams = await startFakeUpstreams(key);
  recordingsDir = await mkdtemp(path.join(tmpdir(), 'live-event-main-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'services/live-event/src/main.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RECORDINGS_DIR: recordingsDir,
      EVENTS_SERVICE_URL: upstreams.eventsUrl,
      AUTH_TOKEN_URL: upstreams.tokenUrl,
      AUTH_JWKS_URL: upstreams.jwksUrl,
      AUTH_ISSUER: testIssuer,
      OAUTH_LIVE_EVENT_CLIENT_ID: serviceClient.id,
      OAUTH_LIVE_EVENT_CLIENT_SECRET: serviceClient.secret,
      USE_LIVE_EVENT_MOCK: '',
      REDIS_URL: '',
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logLines.push(line);
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === 'listening' && entry.port) resolve(entry.port);
    });
    child.stderr!.on('data', (data: Buffer) => logLines.push(data.toString()));
    child.once('exit', (code) => reject(new Error(`main.ts exited with ${code}: ${logLines.join('\n')}`)));
  });
  baseUrl = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await upstreams?.close();
  if (recordingsDir) await rm(recordingsDir, { recursive: true, force: true });
});

describe('the live-event process', () => {
  it('runs the real handlers by default: health, readiness of its dependencies, metrics, authentication', async () => {
    expect(await (await fetch(`${baseUrl}/health`)).json()).toMatchObject({ status: 'ok', service: 'live-event' });
    const ready = (await (await fetch(`${baseUrl}/ready`)).json()) as { checks: Record<string, { status: string }> };
    expect(Object.keys(ready.checks).sort()).toEqual(['database', 'events_service', 'jwks', 'mt', 'redis', 'stt', 'tts']);
    expect(ready.checks).toMatchObject({
      database: { status: 'up' },
      events_service: { status: 'up' },
      jwks: { status: 'up' },
      redis: { status: 'up' },
    });
    expect(await (await fetch(`${baseUrl}/metrics`)).text()).toContain('live_event_sessions');
    expect(
      (await fetch(`${baseUrl}/v1/tickets/listener`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }))
        .status,
    ).toBe(401);
  });

  it.skipIf(!enginesAvailable)(
    `takes a speaker from ticket to ended session, and writes the record${skippedUnless(enginesAvailable, 'apertium or pocketsphinx')}`,
    async () => {
      const speakerId = crypto.randomUUID();
      const event = makeEvent({ speakers: [speakerId], targets: ['es'] });
      upstreams.state.events.set(event.id, event);
      // As the auth service signs it: for every service's audience (the events service is asked with it too).
      const token = await signAccessToken(
        key,
        { sub: speakerId, permissions: ['events:read', 'live:speak'] },
        { audience: ['live-event-service', eventsAudience] },
      );
      const response = await fetch(`${baseUrl}/v1/tickets/speaker`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ event_id: event.id, channel_id: event.channels[0]!.id }),
      });
      expect(response.status).toBe(201);
      const ticket = (await response.json()) as { ticket: string; websocket_url: string };
      expect(ticket.websocket_url).toBe(`${baseUrl.replace('http', 'ws')}/v1/ws/speaker`);
      const speaker = TestSocket.connect<SpeakerServerMessage>(baseUrl, 'speaker', ticket.ticket);
      await speaker.opened;
      speaker.send({ type: 'audio_config', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 } });
      const started = await speaker.next('session_started');
      await speaker.next('audio_accepted');
      speaker.sendRaw(Buffer.alloc(3_200));
      speaker.send({ type: 'end_session', request_id: 'end' });
      expect(await speaker.next('session_state')).toMatchObject({ request_id: 'end', state: 'ended' });
      expect((await speaker.closed).code).toBe(1000);
      await expect
        .poll(() => upstreams.state.records.find((record) => record.id === started.session_id), { timeout: 10_000 })
        .toMatchObject({ mode: 'websocket', written_by: serviceClient.id });
    },
  );

  it('stops gracefully on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logLines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  });
});
