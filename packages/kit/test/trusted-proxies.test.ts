/**
 * Which address a request comes from: the peer's, unless the peer is a configured gateway
 * (`TRUSTED_PROXIES`), so a client can never choose the IP that limits and audit logs see.
 */
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createServiceApp } from '../src/app.js';
import { ConfigReader, readCommonConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { bodyOf } from '../src/testing/response-bodies.js';

const logger = createLogger({ service: 'trusted-proxies-test', level: 'silent' });

function appSeeingClientIp(trustedProxies?: readonly string[]) {
  const router = express.Router();
  router.get('/whoami', (req, res) => {
    res.json({ ip: req.ip });
  });
  return createServiceApp({ logger, routers: [router], trustedProxies });
}

/** The client address the app saw, as `/whoami` answers it. */
const seenIp = (response: { body: unknown }) => bodyOf<{ ip: string }>(response).ip;

/** The address supertest connects from, as Express reports it. */
const loopback = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

describe('the client address', () => {
  it('ignores X-Forwarded-For by default, even from loopback or a private range', async () => {
    const response = await request(appSeeingClientIp()).get('/whoami').set('X-Forwarded-For', '203.0.113.7');
    expect(seenIp(response)).toMatch(loopback);
  });

  it('believes X-Forwarded-For only from a configured gateway, and only the hop that gateway added', async () => {
    const app = appSeeingClientIp(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
    expect(seenIp(await request(app).get('/whoami').set('X-Forwarded-For', '203.0.113.7'))).toBe('203.0.113.7');
    // What the client wrote itself comes first; the gateway appends the address it saw.
    expect(seenIp(await request(app).get('/whoami').set('X-Forwarded-For', '198.51.100.1, 203.0.113.7'))).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For from a sender that is not the configured gateway', async () => {
    const response = await request(appSeeingClientIp(['10.0.0.5']))
      .get('/whoami')
      .set('X-Forwarded-For', '203.0.113.7');
    expect(seenIp(response)).toMatch(loopback);
  });

  it('reads TRUSTED_PROXIES as addresses and CIDR ranges, empty by default, naming a bad entry', () => {
    const read = (environment: Record<string, string>) => {
      const reader = new ConfigReader({ NODE_ENV: 'development', ...environment });
      return { reader, config: readCommonConfig(reader, { name: 'events', defaultPort: 8083, audience: 'event-service' }) };
    };
    expect(read({}).config.trustedProxies).toEqual([]);
    expect(read({ TRUSTED_PROXIES: '10.0.0.5, 172.18.0.0/16,fd00::/8' }).config.trustedProxies).toEqual([
      '10.0.0.5',
      '172.18.0.0/16',
      'fd00::/8',
    ]);
    const bad = read({ TRUSTED_PROXIES: '10.0.0.5,gateway.internal,10.0.0.0/40' }).reader;
    expect(() => bad.done()).toThrow(
      /TRUSTED_PROXIES must list IP addresses or CIDR ranges; got "gateway.internal"[\s\S]*got "10.0.0.0\/40"/,
    );
  });
});
