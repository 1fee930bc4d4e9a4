import { describe, expect, it } from 'vitest';
import { ConfigReader, readCommonConfig } from '@ilenia/kit';
import { livekitProviderAudience, readLivekitProviderConfig } from './config.js';

function read(environment: Record<string, string>) {
  const reader = new ConfigReader({ NODE_ENV: 'development', ...environment });
  const common = readCommonConfig(reader, { name: 'livekit-provider', defaultPort: 8086, audience: livekitProviderAudience });
  const config = readLivekitProviderConfig(reader, common);
  reader.done();
  return config;
}

describe('livekit-provider configuration', () => {
  it('talks to `livekit-server --dev` and the seeded client by default in development', () => {
    const config = read({});
    expect(config.livekit).toMatchObject({ apiKey: 'devkey', apiSecret: 'secret', timeoutMs: 5_000 });
    expect(config.livekit.url.href).toBe('ws://localhost:7880/');
    expect(config).toMatchObject({ clientId: 'livekit-provider', tokenTtlSeconds: { speaker: 21_600, listener: 21_600, agent: 21_600 } });
  });

  it('requires the LiveKit server, its key and secret and the client outside development, naming each', () => {
    expect(() => read({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://auth.example/jwks', AUTH_ISSUER: 'https://auth.example' })).toThrow(
      /AUTH_SERVICE_URL is required[\s\S]*LIVEKIT_URL is required[\s\S]*LIVEKIT_API_KEY is required[\s\S]*LIVEKIT_API_SECRET is required[\s\S]*EVENTS_SERVICE_URL is required[\s\S]*OAUTH_LIVEKIT_PROVIDER_CLIENT_ID is required[\s\S]*OAUTH_LIVEKIT_PROVIDER_CLIENT_SECRET is required/,
    );
  });

  it('takes one lifetime for every token, or one per role', () => {
    expect(read({ LIVEKIT_TOKEN_TTL_SECONDS: '3600', LIVEKIT_LISTENER_TOKEN_TTL_SECONDS: '600' }).tokenTtlSeconds).toStrictEqual({
      speaker: 3600,
      listener: 600,
      agent: 3600,
    });
    expect(() => read({ LIVEKIT_URL: 'ftp://livekit.example' })).toThrow(/LIVEKIT_URL/);
  });
});
