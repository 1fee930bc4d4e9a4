/**
 * The gateway as a client meets it: a real unprivileged nginx with deploy/nginx's configuration in
 * front of auth, events and two live-event instances run from source. Each story uses its own client
 * address (127.0.0.x), because nginx's rate limits and auth's lockout count per address.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '@ilenia/api-client/auth';
import { createLiveEventClient } from '@ilenia/api-client/live-event';
import { unwrap } from '@ilenia/api-client';
import { demoEvent, demoPassword } from '@ilenia/kit';
import { englishSpeech, roomNoise, silence } from '@ilenia/speech-engines/testing';
import { startEdgeStack, type EdgeStack } from './edge-stack.js';
import { gatewayFetch } from './gateway-client.js';
import { gatewayPrerequisitesMissing } from './prerequisites.js';
import { openListenerSocket, openSpeakerSocket, streamInRealTime } from './talk-client.js';

const missing = await gatewayPrerequisitesMissing();
const available = missing.length === 0;
const problemContentType = 'application/problem+json';

describe.skipIf(!available)(`the nginx gateway${available ? '' : ` (skipped: needs ${missing.join(', ')})`}`, () => {
  let stack: EdgeStack;
  const from = (localAddress: string) => gatewayFetch({ ca: stack.gateway.certificate, localAddress });
  const url = (pathname: string) => `${stack.gateway.httpsUrl}${pathname}`;

  beforeAll(async () => {
    stack = await startEdgeStack({ liveEventInstances: 2, corsOrigins: ['https://partner.example.org'] });
    // A hang guard, not a margin: five processes from source and the engines' build on a loaded CI machine.
  }, 600_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('redirects plain HTTP to HTTPS, but serves the ACME challenge over HTTP', async () => {
    const fetchPlain = from('127.0.0.2');
    const redirected = await fetchPlain(`${stack.gateway.httpUrl}/events/abc?x=1`);
    expect(redirected.status).toBe(301);
    expect(redirected.headers.get('location')).toBe(url('/events/abc?x=1'));

    const challengeDir = path.join(stack.gateway.prefix, 'acme', '.well-known', 'acme-challenge');
    await mkdir(challengeDir, { recursive: true });
    await writeFile(path.join(challengeDir, 'token-1'), 'proof');
    const challenge = await fetchPlain(`${stack.gateway.httpUrl}/.well-known/acme-challenge/token-1`);
    expect(challenge.status).toBe(200);
    expect(await challenge.text()).toBe('proof');
  });

  it('serves the web app: deep links by the SPA fallback (never cached), hashed assets cached for a year, with the security headers', async () => {
    const fetchPage = from('127.0.0.2');
    const deepLink = await fetchPage(url('/events/00000000-0000-4000-8000-0000000000e1/listen'));
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root"></div>');
    expect(deepLink.headers.get('cache-control')).toBe('no-cache');
    const csp = deepLink.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(deepLink.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
    expect(deepLink.headers.get('x-content-type-options')).toBe('nosniff');
    expect(deepLink.headers.get('referrer-policy')).toBe('no-referrer');

    const script = (await (await fetchPage(url('/'))).text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetchPage(url(script!));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const portal = await fetchPage(url('/docs/'));
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('auth.html');
  });

  it("passes the caller's request id through to the service and back, and makes one when there is none", async () => {
    const fetchApi = from('127.0.0.2');
    const given = await fetchApi(url('/api/events/v1/events/00000000-0000-4000-8000-0000000000e1'), {
      headers: { 'X-Request-Id': 'edge-trace-1' },
    });
    expect(given.status).toBe(401);
    expect(given.headers.get('x-request-id')).toBe('edge-trace-1');
    expect(((await given.json()) as { request_id: string }).request_id).toBe('edge-trace-1');
    const made = await fetchApi(url('/api/events/v1/events/00000000-0000-4000-8000-0000000000e1'));
    expect(made.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._-]{8,}$/);
  });

  it('answers a preflight from a listed origin, refuses one from any other origin with a 403 Problem', async () => {
    const fetchBrowser = from('127.0.0.3');
    const preflight = {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    };
    const allowed = await fetchBrowser(url('/api/auth/v2/users/me'), {
      ...preflight,
      headers: { ...preflight.headers, Origin: 'https://partner.example.org' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');

    const refused = await fetchBrowser(url('/api/auth/v2/users/me'), {
      ...preflight,
      headers: { ...preflight.headers, Origin: 'https://elsewhere.example.org' },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('content-type')).toBe(problemContentType);
    expect(await refused.json()).toMatchObject({
      type: 'https://ilenia.dev/problems/forbidden',
      status: 403,
      instance: '/api/auth/v2/users/me',
    });

    // The app's own origin needs no listing: a same-origin POST carries Origin too.
    const sameOrigin = await fetchBrowser(url('/api/auth/v2/auth/login'), {
      method: 'POST',
      headers: { Origin: stack.gateway.httpsUrl, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@ilenia.dev', password: 'wrong-password-1' }),
    });
    expect(sameOrigin.status).toBe(401);
  });

  it('refuses a 2 MB body with a 413 Problem before it reaches a service', async () => {
    const answer = await from('127.0.0.2')(url('/api/events/v1/events'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toBe(problemContentType);
    expect(await answer.json()).toMatchObject({
      type: 'https://ilenia.dev/problems/payload-too-large',
      title: 'Payload too large',
      status: 413,
      instance: '/api/events/v1/events',
    });
  });

  it("refuses a request head over the services' 16 KiB with a 431 Problem, as the services do", async () => {
    const answer = await from('127.0.0.2')(url('/api/events/v1/events'), { headers: { 'X-Padding': 'a'.repeat(20_000) } });
    expect(answer.status).toBe(431);
    expect(answer.headers.get('content-type')).toBe(problemContentType);
    expect(await answer.json()).toMatchObject({
      type: 'https://ilenia.dev/problems/request-header-too-large',
      status: 431,
      instance: '/api/events/v1/events',
    });
  });

  it('answers a service that is down with a 502 Problem', async () => {
    const answer = await from('127.0.0.2')(url('/api/live/v1/sessions'));
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toBe(problemContentType);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(await answer.json()).toMatchObject({
      type: 'https://ilenia.dev/problems/unavailable',
      status: 502,
      instance: '/api/live/v1/sessions',
    });
  });

  it('limits sign-in attempts per address with a 429 Problem and Retry-After, and leaves other addresses alone', async () => {
    const attempt = (fetchFrom: ReturnType<typeof from>) =>
      fetchFrom(url('/api/auth/v2/auth/login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `flood-${Math.random()}@ilenia.dev`, password: 'wrong-password-1' }),
      });
    const flooding = from('127.0.0.4');
    // All at once: nginx decides on arrival (burst 10, nodelay), while each failed sign-in takes auth a
    // password hash, so sent one by one they would leave the bucket time to refill.
    const answers = await Promise.all(Array.from({ length: 14 }, () => attempt(flooding)));
    const statuses = answers.map((answer) => answer.status);
    const passed = statuses.filter((status) => status === 401).length;
    expect(passed).toBeGreaterThanOrEqual(10);
    expect(passed).toBeLessThanOrEqual(11);
    expect(statuses.filter((status) => status === 429)).toHaveLength(14 - passed);
    const refusal = answers.find((answer) => answer.status === 429);
    expect(refusal?.headers.get('retry-after')).toBe('6');
    expect(refusal?.headers.get('content-type')).toBe(problemContentType);
    expect(await refusal?.json()).toMatchObject({
      type: 'https://ilenia.dev/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      instance: '/api/auth/v2/auth/login',
    });
    expect((await attempt(from('127.0.0.8'))).status).toBe(401);
  });

  it('counts the auth lockout per real client address, not per gateway, whatever X-Forwarded-For a client sends', async () => {
    const signIn = (fetchFrom: ReturnType<typeof from>, password: string, forwardedFor?: string) =>
      fetchFrom(url('/api/auth/v2/auth/login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}) },
        body: JSON.stringify({ email: 'listener2@ilenia.dev', password }),
      });
    const attacker = from('127.0.0.5');
    // Five failures from one address (LOGIN_MAX_FAILURES), each claiming another address.
    for (let index = 0; index < 5; index += 1) expect((await signIn(attacker, 'not-the-password', `10.9.8.${index}`)).status).toBe(401);
    const locked = await signIn(attacker, demoPassword);
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as { detail: string }).detail).toMatch(/Too many failed sign-ins/);
    // The person from their own address is not locked out by what the attacker did.
    expect((await signIn(from('127.0.0.6'), demoPassword)).status).toBe(200);
  });
  it('carries a whole WebSocket-mode talk over TLS: cookie sign-in, tickets, a speaker on one live-event instance and listeners on both, the transcript', async () => {
    const origin = stack.gateway.httpsUrl;
    const fetchAs = from('127.0.0.9');
    // Sign-in sets the refresh cookie on the gateway's path; the refresh with it gives a new access token.
    const signIn = async (email: string) => {
      const login = await fetchAs(url('/api/auth/v2/auth/login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ email, password: demoPassword }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/Path=\/api\/auth\/v2\/auth/);
      expect(cookie).toMatch(/HttpOnly/i);
      const auth = createAuthClient({
        baseUrl: url('/api/auth'),
        fetch: fetchAs,
        headers: { Origin: origin, Cookie: cookie.split(';')[0]! },
      });
      return (await unwrap(auth.refreshAccessToken())).access_token;
    };
    const liveEventAs = (token: string) =>
      createLiveEventClient({ baseUrl: url('/api/live-event'), fetch: fetchAs, accessToken: () => token });
    const speaker = liveEventAs(await signIn('speaker1@ilenia.dev'));
    const listeners = [liveEventAs(await signIn('listener1@ilenia.dev')), liveEventAs(await signIn('listener2@ilenia.dev'))];

    // Both listener tickets first, then both handshakes back to back: round robin gives one to each instance.
    const listenerTickets = await Promise.all(
      listeners.map((client) => unwrap(client.createListenerTicket({ body: { event_id: demoEvent.id } }))),
    );
    expect(listenerTickets[0]!.websocket_url).toBe(`wss://localhost:${new URL(origin).port}/api/live-event/v1/ws/listener`);
    const listenerSockets = [];
    for (const ticket of listenerTickets)
      listenerSockets.push(
        await openListenerSocket(
          `wss://${new URL(origin).host}/ws/listener?ticket=${encodeURIComponent(ticket.ticket)}`,
          stack.gateway.certificate,
          origin,
        ),
      );
    for (const socket of listenerSockets)
      socket.send({ type: 'subscribe', channel_id: demoEvent.channel.id, languages: ['es'], include_partials: false });
    const gauge = async (instance: string, name: string) =>
      Number((await (await fetch(`${instance}/metrics`)).text()).match(new RegExp(`^${name} (\\d+)`, 'm'))?.[1] ?? 0);
    expect(await Promise.all(stack.direct.liveEvent.map((instance) => gauge(instance, 'live_event_listener_connections')))).toEqual([1, 1]);

    const speakerTicket = await unwrap(speaker.createSpeakerTicket({ body: { event_id: demoEvent.id, channel_id: demoEvent.channel.id } }));
    const speakerSocket = await openSpeakerSocket(
      `${speakerTicket.websocket_url}?ticket=${encodeURIComponent(speakerTicket.ticket)}`,
      stack.gateway.certificate,
      origin,
    );
    speakerSocket.send({
      type: 'audio_config',
      format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 },
      frame_duration_ms: 20,
    });
    const started = await speakerSocket.next((message) => message.type === 'session_started' || message.type === 'error');
    expect(started.type).toBe('session_started');
    const sessionId = started.type === 'session_started' ? started.session_id : '';
    const speakerInstances = await Promise.all(stack.direct.liveEvent.map((instance) => gauge(instance, 'live_event_speaker_connections')));
    expect(speakerInstances.sort()).toEqual([0, 1]);

    await streamInRealTime(
      speakerSocket,
      Buffer.concat([roomNoise(500), await englishSpeech('thank you all for coming to the summit'), silence(1_500)]),
    );
    // Each listener, on its own instance, reads the Spanish final: the one on the speaker's other instance through Redis.
    const finals = await Promise.all(listenerSockets.map((socket) => socket.next((message) => message.type === 'subtitle_final')));
    for (const final of finals) expect(final).toMatchObject({ type: 'subtitle_final', language: 'es' });
    speakerSocket.send({ type: 'end_session' });
    await speakerSocket.closed;
    for (const socket of listenerSockets) socket.socket.close();

    const transcript = await speaker.getSessionTranscript({
      params: { path: { session_id: sessionId, language: 'es' }, query: { format: 'vtt' } },
      parseAs: 'text',
    });
    expect(transcript.response.status).toBe(200);
    expect(String(transcript.data)).toMatch(/^WEBVTT/);
    expect(String(transcript.data)).toContain((finals[0] as { text: string }).text);
  }, 180_000);
  it("runs the web app and the portal in Chromium under the gateway's Content-Security-Policy without a single violation", async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless=new'],
    });
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const violations: string[] = [];
      context.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${message.page()?.url()}: ${message.text()}`);
      });
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      // The deep link while signed out: the login page, sign-in (refresh cookie, tickets), then the live listener view.
      await page.goto(url(`/en/listen/${demoEvent.id}`));
      await page.getByLabel('Email').fill('listener1@ilenia.dev');
      await page.getByLabel('Password').fill(demoPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(new RegExp(`/en/listen/${demoEvent.id}`));
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
      // A reload signs in again from the refresh cookie alone, scoped to the gateway's auth path.
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
      for (const portalPage of ['/docs/', '/docs/auth.html', '/docs/live-event-ws.html']) {
        await page.goto(url(portalPage));
        await page.waitForLoadState('load');
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
