import { isIP } from 'node:net';
import { responseValidationModes, type ResponseValidation } from './openapi/operation.js';

/**
 * Typed configuration read once at start-up. Every problem is collected and reported together,
 * each naming its variable, and the process stops before it listens.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Reads variables from an environment, remembering every invalid one. */
export class ConfigReader {
  private readonly problems: string[] = [];

  constructor(private readonly environment: Environment = process.env) {}

  /**
   * `NODE_ENV` is `production` unless it says `development` or `test`: a forgotten variable must never
   * seed demo users or register clients with the secrets published in the repository.
   */
  get isDevelopment(): boolean {
    const mode = this.environment.NODE_ENV ?? 'production';
    return mode === 'development' || mode === 'test';
  }

  string(name: string, options: { default?: string; developmentDefault?: string } = {}): string {
    const value = this.environment[name];
    if (value !== undefined && value !== '') return value;
    if (options.default !== undefined) return options.default;
    if (options.developmentDefault !== undefined && this.isDevelopment) return options.developmentDefault;
    this.problems.push(
      `${name} is required${options.developmentDefault !== undefined ? ' outside development (NODE_ENV=development)' : ''}.`,
    );
    return '';
  }

  optionalString(name: string): string | undefined {
    const value = this.environment[name];
    return value === undefined || value === '' ? undefined : value;
  }

  integer(name: string, options: { default: number; min?: number; max?: number }): number {
    const raw = this.environment[name];
    if (raw === undefined || raw === '') return options.default;
    const value = Number(raw);
    if (
      !Number.isInteger(value) ||
      (options.min !== undefined && value < options.min) ||
      (options.max !== undefined && value > options.max)
    ) {
      this.problems.push(
        `${name} must be an integer${options.min !== undefined ? ` from ${options.min}` : ''}${options.max !== undefined ? ` to ${options.max}` : ''}; got "${raw}".`,
      );
      return options.default;
    }
    return value;
  }

  boolean(name: string, options: { default: boolean }): boolean {
    const raw = this.environment[name];
    if (raw === undefined || raw === '') return options.default;
    if (/^(true|1|yes|on)$/i.test(raw)) return true;
    if (/^(false|0|no|off)$/i.test(raw)) return false;
    this.problems.push(`${name} must be true or false; got "${raw}".`);
    return options.default;
  }

  url(name: string, options: { default?: string; developmentDefault?: string; protocols?: string[] } = {}): URL {
    const raw = this.string(name, options);
    if (raw === '') return new URL('http://invalid.invalid');
    try {
      const url = new URL(raw);
      if (options.protocols && !options.protocols.includes(url.protocol)) {
        this.problems.push(`${name} must use ${options.protocols.join(' or ')}; got "${raw}".`);
      }
      return url;
    } catch {
      this.problems.push(`${name} must be a URL; got "${raw}".`);
      return new URL('http://invalid.invalid');
    }
  }

  list(name: string, options: { default: string[] }): string[] {
    const raw = this.environment[name];
    if (raw === undefined || raw === '') return options.default;
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }

  /**
   * A comma list of IP addresses and CIDR ranges (IPv4 or IPv6); each bad entry is reported by name.
   * Host names are refused: what they resolve to is not what the address check compares.
   */
  addressList(name: string): string[] {
    const entries = this.list(name, { default: [] });
    for (const entry of entries) {
      const [address, prefix, ...rest] = entry.split('/');
      const family = isIP(address ?? '');
      const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
      if (family === 0 || !prefixOk || rest.length > 0)
        this.problems.push(`${name} must list IP addresses or CIDR ranges; got "${entry}".`);
    }
    return entries;
  }

  oneOf<const T extends string>(name: string, allowed: readonly T[], options: { default: T }): T {
    const raw = this.environment[name];
    if (raw === undefined || raw === '') return options.default;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')}; got "${raw}".`);
    return options.default;
  }

  /** Records a problem a service found itself (never put the value of a secret in it). */
  report(problem: string): void {
    this.problems.push(problem);
  }

  /** Throws a ConfigError listing every problem found, if any. */
  done(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }
}

/** What every service reads: where it listens, how it trusts tokens, where it keeps its data. */
export interface CommonConfig {
  serviceName: string;
  port: number;
  host: string;
  logLevel: string;
  isDevelopment: boolean;
  /** Serve the spec's examples instead of the real handlers (`USE_<SERVICE>_MOCK`). */
  useMock: boolean;
  auth: { jwksUrl: URL; issuer: string; audience: string };
  database: { useDatabase: boolean; url?: string; pgliteDataDir?: string };
  shutdownDeadlineMs: number;
  /**
   * The gateway addresses (`TRUSTED_PROXIES`) whose `X-Forwarded-For` gives the client IP; none by
   * default, so a client can never choose the address that lockouts, limits and the audit log see.
   */
  trustedProxies: string[];
  /** Browser origins allowed to call the API with credentials (`CORS_ORIGINS`). */
  corsOrigins: string[];
  /**
   * Which responses the generated router checks against the spec (`RESPONSE_VALIDATION`: all, sample
   * or off): all of them in development and tests, a sample in production.
   */
  responseValidation: ResponseValidation;
}

/** Reads the variables every service shares; the service adds its own with the same reader. */
export function readCommonConfig(reader: ConfigReader, service: { name: string; defaultPort: number; audience: string }): CommonConfig {
  const mockVariable = `USE_${service.name.toUpperCase().replace(/-/g, '_')}_MOCK`;
  const useDatabase = reader.boolean('USE_DATABASE', { default: false });
  return {
    serviceName: service.name,
    port: reader.integer('PORT', { default: service.defaultPort, min: 0, max: 65535 }),
    host: reader.string('HOST', { default: '0.0.0.0' }),
    logLevel: reader.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
    isDevelopment: reader.isDevelopment,
    useMock: reader.boolean(mockVariable, { default: false }),
    auth: {
      jwksUrl: reader.url('AUTH_JWKS_URL', {
        developmentDefault: 'http://localhost:8081/v2/.well-known/jwks.json',
        protocols: ['http:', 'https:'],
      }),
      issuer: reader.string('AUTH_ISSUER', { developmentDefault: 'http://localhost:8081' }),
      audience: reader.string(`${service.name.toUpperCase().replace(/-/g, '_')}_AUDIENCE`, { default: service.audience }),
    },
    database: {
      useDatabase,
      url: useDatabase ? reader.string('DATABASE_URL') : undefined,
      pgliteDataDir: useDatabase ? undefined : reader.optionalString('PGLITE_DATA_DIR'),
    },
    shutdownDeadlineMs: reader.integer('SHUTDOWN_DEADLINE_MS', { default: 10_000, min: 0 }),
    trustedProxies: reader.addressList('TRUSTED_PROXIES'),
    corsOrigins: reader.list('CORS_ORIGINS', { default: reader.isDevelopment ? ['http://localhost:5173'] : [] }),
    responseValidation: reader.oneOf('RESPONSE_VALIDATION', responseValidationModes, { default: reader.isDevelopment ? 'all' : 'sample' }),
  };
}
