import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigReader, readCommonConfig } from './config.js';
import { databaseTarget } from './persistence/database.js';

function read(environment: Record<string, string>) {
  const reader = new ConfigReader(environment);
  const config = readCommonConfig(reader, { name: 'live-event', defaultPort: 8082, audience: 'live-event-service' });
  return { reader, config };
}

describe('configuration', () => {
  it('runs on embedded defaults in development', () => {
    const { reader, config } = read({ NODE_ENV: 'development' });
    reader.done();
    expect(config).toMatchObject({
      port: 8082,
      useMock: false,
      database: { useDatabase: false },
      auth: { issuer: 'http://localhost:8081', audience: 'live-event-service' },
    });
  });

  it('reads the service’s own mock switch', () => {
    expect(read({ NODE_ENV: 'development', USE_LIVE_EVENT_MOCK: 'true' }).config.useMock).toBe(true);
  });

  it('reports every invalid variable at once, each by name', () => {
    const { reader } = read({
      NODE_ENV: 'development',
      PORT: 'eighty',
      USE_DATABASE: 'maybe',
      LOG_LEVEL: 'loud',
      AUTH_JWKS_URL: 'not a url',
    });
    let failure: unknown;
    try {
      reader.done();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ConfigError);
    const message = (failure as ConfigError).message;
    for (const variable of ['PORT', 'USE_DATABASE', 'LOG_LEVEL', 'AUTH_JWKS_URL']) expect(message).toContain(variable);
  });

  it('is production when NODE_ENV is unset, so a forgotten variable relaxes nothing', () => {
    const { reader, config } = read({});
    expect(config.isDevelopment).toBe(false);
    expect(() => reader.done()).toThrow(/AUTH_JWKS_URL is required/);
  });

  it('is development only when NODE_ENV asks for development or test', () => {
    expect(read({ NODE_ENV: 'development' }).config.isDevelopment).toBe(true);
    expect(read({ NODE_ENV: 'test' }).config.isDevelopment).toBe(true);
    expect(read({ NODE_ENV: 'staging' }).config.isDevelopment).toBe(false);
  });

  it('has no default for where trust comes from outside development', () => {
    const { reader } = read({ NODE_ENV: 'production' });
    expect(() => reader.done()).toThrow(/AUTH_JWKS_URL is required.*\n.*AUTH_ISSUER is required/s);
  });

  it('keeps data in embedded PGlite unless USE_DATABASE=true points it at PostgreSQL', () => {
    expect(databaseTarget(read({ NODE_ENV: 'development', PGLITE_DATA_DIR: '.data/events' }).config.database)).toEqual({
      kind: 'pglite',
      dataDir: '.data/events',
    });
    expect(databaseTarget(read({ USE_DATABASE: 'true', DATABASE_URL: 'postgresql://events@db/events' }).config.database)).toEqual({
      kind: 'postgres',
      url: 'postgresql://events@db/events',
    });
  });

  it('needs DATABASE_URL when USE_DATABASE=true', () => {
    const { reader } = read({ NODE_ENV: 'development', USE_DATABASE: 'true' });
    expect(() => reader.done()).toThrow(/DATABASE_URL is required/);
  });

  it('validates every response in development and a sample of them in production, unless RESPONSE_VALIDATION says otherwise', () => {
    expect(read({ NODE_ENV: 'development' }).config.responseValidation).toBe('all');
    expect(read({ NODE_ENV: 'test' }).config.responseValidation).toBe('all');
    expect(read({ NODE_ENV: 'production' }).config.responseValidation).toBe('sample');
    expect(read({ NODE_ENV: 'production', RESPONSE_VALIDATION: 'all' }).config.responseValidation).toBe('all');
    expect(read({ NODE_ENV: 'development', RESPONSE_VALIDATION: 'off' }).config.responseValidation).toBe('off');
    const { reader } = read({ NODE_ENV: 'development', RESPONSE_VALIDATION: 'some' });
    expect(() => reader.done()).toThrow(/RESPONSE_VALIDATION must be one of all, sample, off/);
  });
});
