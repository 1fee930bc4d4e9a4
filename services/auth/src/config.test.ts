import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigReader, readCommonConfig } from '@ilenia/kit';
import { readAuthConfig } from './config.js';

const productionKeyEncryptionKey = Buffer.alloc(32, 9).toString('base64');

function read(environment: Record<string, string>) {
  const reader = new ConfigReader(environment);
  const config = readAuthConfig(reader, readCommonConfig(reader, { name: 'auth', defaultPort: 8081, audience: 'auth-service' }));
  reader.done();
  return config;
}

describe('auth configuration', () => {
  it('works with no configuration in development, with the live-service client and demo users', () => {
    const config = read({ NODE_ENV: 'development' });
    expect(config).toMatchObject({ accessTtlSeconds: 3600, refreshTtlSeconds: 2_592_000, seedDemoUsers: true, keyRotationDays: undefined });
    expect(config.liveServiceClient?.clientId).toBe('live-service');
    // live-event gets a client of its own, with only what it needs: no agents:token.
    expect(config.liveEventClient).toMatchObject({ clientId: 'live-event', scopes: ['events:read', 'session_records:write'] });
  });

  it('refuses AUTH_AUDIENCE, which would no longer widen every token, naming the variable', () => {
    expect(() => read({ NODE_ENV: 'development', AUTH_AUDIENCE: 'event-service,live-service' })).toThrow(/AUTH_AUDIENCE is no longer read/);
  });

  it('has no secrets outside development: no live-service client, no demo users, and a pair given by half fails', () => {
    const config = read({
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://ilenia.example.org/api/auth/v2/.well-known/jwks.json',
      AUTH_ISSUER: 'https://ilenia.example.org',
      AUTH_KEY_ENCRYPTION_KEY: productionKeyEncryptionKey,
    });
    expect(config.liveServiceClient).toBeUndefined();
    expect(config.liveEventClient).toBeUndefined();
    expect(config.seedDemoUsers).toBe(false);
    expect(() =>
      read({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://x.example/jwks',
        AUTH_ISSUER: 'https://x.example',
        OAUTH_LIVE_EVENT_CLIENT_SECRET: 's3cret-s3cret',
      }),
    ).toThrow(/OAUTH_LIVE_EVENT_CLIENT_ID is required/);
    expect(() =>
      read({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://x.example/jwks',
        AUTH_ISSUER: 'https://x.example',
        OAUTH_LIVE_SERVICE_CLIENT_ID: 'live-service',
      }),
    ).toThrow(/OAUTH_LIVE_SERVICE_CLIENT_SECRET is required/);
    expect(() =>
      read({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://x.example/jwks',
        AUTH_ISSUER: 'https://x.example',
        AUTH_BOOTSTRAP_ADMIN_EMAIL: 'a@b.c',
      }),
    ).toThrow(ConfigError);
  });

  it('hashes new passwords with scrypt N = 2^17 (OWASP), and refuses a lower cost outside development', () => {
    expect(read({ NODE_ENV: 'development' }).passwordHashCost).toBe(17);
    expect(read({ NODE_ENV: 'development', PASSWORD_HASH_COST: '14' }).passwordHashCost).toBe(14);
    expect(() =>
      read({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://x.example/jwks', AUTH_ISSUER: 'https://x.example', PASSWORD_HASH_COST: '15' }),
    ).toThrow(/PASSWORD_HASH_COST must be an integer from 17 to 20/);
  });

  it('seals signing keys with AUTH_KEY_ENCRYPTION_KEY: required outside development, 32 bytes, never echoed', () => {
    expect(read({ NODE_ENV: 'development' }).keyEncryptionKey).toHaveLength(32);
    expect(
      read({
        NODE_ENV: 'production',
        AUTH_JWKS_URL: 'https://x.example/jwks',
        AUTH_ISSUER: 'https://x.example',
        AUTH_KEY_ENCRYPTION_KEY: productionKeyEncryptionKey,
      }).keyEncryptionKey,
    ).toEqual(Buffer.alloc(32, 9));
    expect(() => read({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://x.example/jwks', AUTH_ISSUER: 'https://x.example' })).toThrow(
      /AUTH_KEY_ENCRYPTION_KEY is required outside development/,
    );
    let failure: unknown;
    try {
      read({ NODE_ENV: 'development', AUTH_KEY_ENCRYPTION_KEY: 'too-short-secret' });
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).toMatch(/AUTH_KEY_ENCRYPTION_KEY must be 32 bytes/);
    expect(String(failure)).not.toContain('too-short-secret');
  });

  it('refuses a retired-key lifetime shorter than the access token lifetime', () => {
    expect(() => read({ NODE_ENV: 'development', ACCESS_TTL_SECONDS: '7200', KEY_RETIRED_TTL_SECONDS: '3600' })).toThrow(
      /KEY_RETIRED_TTL_SECONDS must be an integer from 7200/,
    );
  });
});
