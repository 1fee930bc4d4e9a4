/**
 * Hardening outside development: WebSocket upgrades from a browser page on another origin are refused
 * before the upgrade (403 Problem), and /metrics asks for the scrape token and names no event.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer } from './support/fake-engines.js';
import { arrangeEvent, openListener, speakerTicket, useLiveEvent } from './support/test-context.js';

const metricsToken = 'scrape-token-for-tests';
const context = useLiveEvent(
  () => ({ recognizer: new ScriptedRecognizer([]), translator: new PrefixTranslator(['es', 'fr']), synthesizer: new SilentSynthesizer() }),
  {
    harness: { overrides: { metricsToken, allowedOrigins: ['https://app.ilenia.dev'] } },
  },
);

/** Opens a socket with `origin`; resolves with the HTTP status of a refused upgrade, or 101 once open. */
function upgradeStatus(
  path: string,
  ticket: string,
  origin: string | undefined,
): Promise<{ status: number; body: string; contentType?: string }> {
  const url = `${context.live.baseUrl.replace('http', 'ws')}${path}?ticket=${encodeURIComponent(ticket)}`;
  const socket = new WebSocket(url, origin === undefined ? {} : { headers: { Origin: origin } });
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, contentType: response.headers['content-type'] }));
    });
    socket.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

describe('WebSocket origins', () => {
  it('refuses a browser page on another origin with a 403 Problem before the upgrade, and keeps the ticket unspent', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const ticket = await speakerTicket(context, event.id, channel.id, speakerId);
    const refused = await upgradeStatus('/v1/ws/speaker', ticket, 'https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.contentType).toBe('application/problem+json');
    expect(JSON.parse(refused.body)).toMatchObject({
      status: 403,
      type: 'https://ilenia.dev/problems/forbidden-origin',
      instance: '/v1/ws/speaker',
    });
    expect((await upgradeStatus('/v1/ws/speaker', ticket, 'null')).status).toBe(403);
    // The refusal came before the ticket was looked at: an allowed page can still use it.
    expect((await upgradeStatus('/v1/ws/speaker', ticket, 'https://app.ilenia.dev')).status).toBe(101);
  });

  it("accepts the service's own origin and clients that send none", async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const own = new URL(context.live.baseUrl).origin;
    expect((await upgradeStatus('/v1/ws/speaker', await speakerTicket(context, event.id, channel.id, speakerId), own)).status).toBe(101);
    expect((await upgradeStatus('/v1/ws/speaker', await speakerTicket(context, event.id, channel.id, speakerId), undefined)).status).toBe(
      101,
    );
  });
});

describe('/metrics', () => {
  it('answers 401 without the scrape token, and carries no event id with it', async () => {
    const { event, channel, listenerId } = arrangeEvent(context);
    const listener = await openListener(context, event.id, channel.id, listenerId, ['es']);
    const anonymous = await fetch(`${context.live.baseUrl}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await fetch(`${context.live.baseUrl}/metrics`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    const userToken = await context.live.token(listenerId, ['events:manage_all']);
    expect((await fetch(`${context.live.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${userToken}` } })).status).toBe(401);

    const scraped = await fetch(`${context.live.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${metricsToken}` } });
    expect(scraped.status).toBe(200);
    const body = await scraped.text();
    expect(body).toMatch(/^live_event_listener_connections [1-9]/m);
    expect(body).not.toContain(event.id);
    expect(body).not.toContain('event_id');
    listener.socket.close();
    await listener.closed;
  });
});
