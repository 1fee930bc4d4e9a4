import { describe, expect, it } from 'vitest';
import { ConfigReader, readCommonConfig } from '@ilenia/kit';
import { readLiveServiceConfig } from './config.js';

function read(environment: Record<string, string>) {
  // Development unless a test says otherwise: an unset NODE_ENV is production.
  const reader = new ConfigReader({ NODE_ENV: 'development', ...environment });
  const common = readCommonConfig(reader, { name: 'live-service', defaultPort: 8092, audience: 'live-service' });
  const config = readLiveServiceConfig(reader, common);
  reader.done();
  return config;
}

describe('live-service configuration', () => {
  it('works with no configuration in development, against the stack of make dev', () => {
    const config = read({});
    expect(config).toMatchObject({ clientId: 'live-service', livekitUrl: undefined, eventWatchIntervalMs: 15_000 });
    expect(config.eventsServiceUrl.href).toBe('http://localhost:8083/');
    expect(config.tokenUrl.href).toBe('http://localhost:8081/v2/oauth/token');
    expect(config.livekitProviderUrl.href).toBe('http://localhost:8086/');
    expect(config.publicUrl.href).toBe('http://localhost:8092/');
  });

  it('has no secret and no service address by default outside development, and names each missing variable', () => {
    expect(() => read({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://auth.example/jwks', AUTH_ISSUER: 'https://auth.example' })).toThrow(
      /AUTH_SERVICE_URL is required[\s\S]*EVENTS_SERVICE_URL is required[\s\S]*OAUTH_LIVE_SERVICE_CLIENT_ID is required[\s\S]*OAUTH_LIVE_SERVICE_CLIENT_SECRET is required[\s\S]*LIVEKIT_PROVIDER_URL is required[\s\S]*LIVE_SERVICE_PUBLIC_URL is required/,
    );
  });

  it('lets the agent reach LiveKit at its own address, and refuses one that is not a URL', () => {
    expect(read({ LIVEKIT_URL: 'ws://livekit.internal:7880' }).livekitUrl).toBe('ws://livekit.internal:7880/');
    expect(() => read({ LIVEKIT_URL: 'livekit' })).toThrow(/LIVEKIT_URL/);
    expect(() => read({ EVENT_WATCH_INTERVAL_MS: '10' })).toThrow(/EVENT_WATCH_INTERVAL_MS/);
  });

  it('renews the instance lease every 5 s, lasting 15 s, and refuses a lease shorter than two renewals', () => {
    expect(read({})).toMatchObject({ instanceHeartbeatMs: 5_000, instanceStaleAfterMs: 15_000 });
    expect(read({ INSTANCE_HEARTBEAT_MS: '1000' })).toMatchObject({ instanceHeartbeatMs: 1_000, instanceStaleAfterMs: 3_000 });
    expect(() => read({ INSTANCE_HEARTBEAT_MS: '1000', INSTANCE_STALE_AFTER_MS: '1500' })).toThrow(/INSTANCE_STALE_AFTER_MS/);
  });
});
