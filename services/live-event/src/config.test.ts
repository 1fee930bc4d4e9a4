import { describe, expect, it } from 'vitest';
import { ConfigReader, readCommonConfig } from '@ilenia/kit';
import { readLiveEventConfig } from './config.js';

function read(environment: Record<string, string>) {
  // Development unless a test says otherwise: an unset NODE_ENV is production.
  const reader = new ConfigReader({ NODE_ENV: 'development', ...environment });
  const common = readCommonConfig(reader, { name: 'live-event', defaultPort: 8082, audience: 'live-event-service' });
  const config = readLiveEventConfig(reader, common);
  reader.done();
  return config;
}

describe('live-event configuration', () => {
  it('has working defaults in development', () => {
    const config = read({});
    expect(config).toMatchObject({
      clientId: 'live-event',
      ticketTtlSeconds: 30,
      resumeGraceSeconds: 30,
      recordingsDir: '.data/live-event/recordings',
      publicUrl: undefined,
      redisUrl: undefined,
    });
    expect(config.eventsServiceUrl.href).toBe('http://localhost:8083/');
    expect(config.tokenUrl.href).toBe('http://localhost:8081/v2/oauth/token');
  });

  it('has no secret and no service address by default outside development, and names each missing variable', () => {
    expect(() => read({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://auth.example/jwks', AUTH_ISSUER: 'https://auth.example' })).toThrow(
      /AUTH_SERVICE_URL is required[\s\S]*EVENTS_SERVICE_URL is required[\s\S]*OAUTH_LIVE_EVENT_CLIENT_ID is required[\s\S]*OAUTH_LIVE_EVENT_CLIENT_SECRET is required[\s\S]*LIVE_EVENT_PUBLIC_URL is required[\s\S]*METRICS_TOKEN is required/,
    );
  });

  it('keeps /metrics public in development only, and takes the allowed WebSocket origins from CORS_ORIGINS', () => {
    expect(read({}).metricsToken).toBeUndefined();
    expect(read({ METRICS_TOKEN: 'scrape-me' }).metricsToken).toBe('scrape-me');
    expect(read({}).allowedOrigins).toEqual(['http://localhost:5173']);
    expect(read({ CORS_ORIGINS: 'https://app.ilenia.dev/, https://admin.ilenia.dev' }).allowedOrigins).toEqual([
      'https://app.ilenia.dev',
      'https://admin.ilenia.dev',
    ]);
  });

  it('takes the token endpoint from AUTH_TOKEN_URL, or from AUTH_SERVICE_URL', () => {
    expect(read({ AUTH_TOKEN_URL: 'https://auth.example/oauth/token' }).tokenUrl.href).toBe('https://auth.example/oauth/token');
    expect(read({ AUTH_SERVICE_URL: 'https://auth.example' }).tokenUrl.href).toBe('https://auth.example/v2/oauth/token');
  });

  it('refuses out-of-range numbers naming the variable', () => {
    expect(() => read({ TICKET_TTL_SECONDS: '0' })).toThrow(/TICKET_TTL_SECONDS must be an integer from 1 to 300/);
    expect(() => read({ RESUME_GRACE_SECONDS: 'soon' })).toThrow(/RESUME_GRACE_SECONDS/);
  });
});
