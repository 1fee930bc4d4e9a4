import { createHash } from 'node:crypto';
import type { CommonConfig, ConfigReader } from '@ilenia/kit';
import { parseKeyEncryptionKey } from './crypto/key-sealing.js';
import { developmentClients } from '@ilenia/kit';

/** The auth service's own audience: its API accepts the tokens it issues, like every other service. */
export const authServiceAudience = 'auth-service';

/** The client id that user tokens carry (`client_id`): the Ilenia web app signs people in. */
export const webClientId = 'ilenia-web';

/** What the auth service reads at start-up, on top of what every service reads. */
export interface AuthConfig {
  issuer: string;
  /** Where clients reach this service (behind the gateway: `https://<host>/api/auth`), for RFC 8414 metadata. */
  publicUrl: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  /** How long a rotated-in key is published before it signs (longer than the JWKS max-age). */
  keyPublishAheadSeconds: number;
  /** How long a retired key stays published: at least the access token lifetime. */
  keyRetiredTtlSeconds: number;
  /** Rotate the signing key automatically every this many days; undefined: only by an administrator. */
  keyRotationDays: number | undefined;
  jwksMaxAgeSeconds: number;
  login: { maxFailures: number; maxFailuresPerIp: number; windowSeconds: number; lockoutSeconds: number };
  /** log2 of the scrypt cost N for new password hashes. */
  passwordHashCost: number;
  bootstrapAdmin: { email: string; password: string } | undefined;
  /** The clients registered from configuration (`OAUTH_LIVE_SERVICE_*`, `OAUTH_LIVE_EVENT_*`, `OAUTH_LIVEKIT_PROVIDER_*`). */
  liveServiceClient: ConfiguredClient | undefined;
  liveEventClient: ConfiguredClient | undefined;
  livekitProviderClient?: ConfiguredClient | undefined;
  /** Seed the demo users and print their credentials (development only, empty database only). */
  seedDemoUsers: boolean;
  /** The browser origins that may use the refresh cookie: this service's own and `CORS_ORIGINS`. */
  browserOrigins: string[];
  /** Seals the private signing keys at rest (`AUTH_KEY_ENCRYPTION_KEY`, 32 bytes). */
  keyEncryptionKey: Buffer;
}

/** The key-encryption key of development: published here, so it protects nothing outside development. */
const developmentKeyEncryptionKey = createHash('sha256')
  .update('ilenia development key-encryption key (published; development only)')
  .digest('base64url');

/** Development secret of the live-service client, so `make dev` works with no configuration. */
export const developmentLiveServiceSecret = developmentClients.liveService.secret;

/** An OAuth client whose id, secret and allowed scopes come from configuration. */
export interface ConfiguredClient {
  clientId: string;
  secret: string;
  scopes: string[];
}

/**
 * Reads `<prefix>_CLIENT_ID`, `_CLIENT_SECRET` and `_SCOPES`: both or neither of id and secret
 * (defaults in development only), the scopes with a default.
 */
function configuredClient(
  reader: ConfigReader,
  common: CommonConfig,
  prefix: string,
  development: { id: string; secret: string },
  defaultScopes: string[],
): ConfiguredClient | undefined {
  const clientId = reader.optionalString(`${prefix}_CLIENT_ID`) ?? (common.isDevelopment ? development.id : undefined);
  const secret = reader.optionalString(`${prefix}_CLIENT_SECRET`) ?? (common.isDevelopment ? development.secret : undefined);
  if ((clientId === undefined) !== (secret === undefined)) {
    // Reported through the reader so that every problem is listed together.
    reader.string(clientId === undefined ? `${prefix}_CLIENT_ID` : `${prefix}_CLIENT_SECRET`);
  }
  const scopes = reader.list(`${prefix}_SCOPES`, { default: defaultScopes });
  return clientId && secret ? { clientId, secret, scopes } : undefined;
}

/**
 * Reads the auth variables. Secrets (bootstrap admin password, live-service client secret) have no
 * default outside development; pairs must be given together.
 */
export function readAuthConfig(reader: ConfigReader, common: CommonConfig): AuthConfig {
  const accessTtlSeconds = reader.integer('ACCESS_TTL_SECONDS', { default: 3600, min: 60, max: 86_400 });
  const refreshTtlSeconds = reader.integer('REFRESH_TTL_SECONDS', { default: 2_592_000, min: 300, max: 31_536_000 });
  const keyRetiredTtlSeconds = reader.integer('KEY_RETIRED_TTL_SECONDS', {
    default: Math.max(86_400, accessTtlSeconds),
    min: accessTtlSeconds,
  });
  const rotationDays = reader.integer('AUTH_KEY_ROTATION_DAYS', { default: 0, min: 0, max: 3650 });
  // Each token now carries only the audiences its permissions need (specs/permissions.yaml `apis`): a
  // deployment that still sets the old list would believe it widens every token, so it is told.
  if (reader.optionalString('AUTH_AUDIENCE') !== undefined) {
    reader.report(
      'AUTH_AUDIENCE is no longer read: each token carries the audiences its permissions need (specs/permissions.yaml `apis`); unset it.',
    );
  }

  const adminEmail = reader.optionalString('AUTH_BOOTSTRAP_ADMIN_EMAIL');
  const adminPassword = reader.optionalString('AUTH_BOOTSTRAP_ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    // Reported through the reader so that every problem is listed together.
    reader.string(adminEmail === undefined ? 'AUTH_BOOTSTRAP_ADMIN_EMAIL' : 'AUTH_BOOTSTRAP_ADMIN_PASSWORD');
  }
  const liveServiceClient = configuredClient(reader, common, 'OAUTH_LIVE_SERVICE', developmentClients.liveService, [
    'events:read',
    'session_records:write',
    'agents:token',
    'live_sessions:read',
  ]);
  const liveEventClient = configuredClient(reader, common, 'OAUTH_LIVE_EVENT', developmentClients.liveEvent, [
    'events:read',
    'session_records:write',
  ]);
  // livekit-provider reads events (speakers, languages, status) to decide who may join a room.
  const livekitProviderClient = configuredClient(reader, common, 'OAUTH_LIVEKIT_PROVIDER', developmentClients.livekitProvider, [
    'events:read',
  ]);

  const rawKeyEncryptionKey = reader.string('AUTH_KEY_ENCRYPTION_KEY', { developmentDefault: developmentKeyEncryptionKey });
  const keyEncryptionKey = parseKeyEncryptionKey(rawKeyEncryptionKey);
  if (rawKeyEncryptionKey !== '' && keyEncryptionKey === undefined) {
    reader.report('AUTH_KEY_ENCRYPTION_KEY must be 32 bytes in base64 or base64url (e.g. `openssl rand -base64 32`).');
  }
  const publicUrl = reader.string('AUTH_PUBLIC_URL', { default: common.auth.issuer }).replace(/\/+$/, '');
  return {
    issuer: common.auth.issuer,
    publicUrl,
    accessTtlSeconds,
    refreshTtlSeconds,
    keyPublishAheadSeconds: reader.integer('KEY_PUBLISH_AHEAD_SECONDS', { default: 600, min: 0, max: 86_400 }),
    keyRetiredTtlSeconds,
    keyRotationDays: rotationDays === 0 ? undefined : rotationDays,
    jwksMaxAgeSeconds: 300,
    login: {
      maxFailures: reader.integer('LOGIN_MAX_FAILURES', { default: 5, min: 1, max: 1000 }),
      maxFailuresPerIp: reader.integer('LOGIN_MAX_FAILURES_PER_IP', { default: 50, min: 1, max: 100_000 }),
      windowSeconds: 900,
      lockoutSeconds: reader.integer('LOGIN_LOCKOUT_SECONDS', { default: 900, min: 1, max: 86_400 }),
    },
    // OWASP: scrypt N = 2^17 with r = 8, p = 1 at least; cheaper costs only where tests run many sign-ins.
    passwordHashCost: reader.integer('PASSWORD_HASH_COST', { default: 17, min: common.isDevelopment ? 14 : 17, max: 20 }),
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    liveServiceClient,
    liveEventClient,
    livekitProviderClient,
    seedDemoUsers: common.isDevelopment && reader.boolean('AUTH_SEED_DEMO_USERS', { default: true }),
    keyEncryptionKey: keyEncryptionKey ?? Buffer.alloc(32),
    browserOrigins: [
      ...new Set([originOfUrl(publicUrl), ...common.corsOrigins].filter((origin): origin is string => origin !== undefined)),
    ],
  };
}

/** The origin of a URL, or undefined when it is not one (the reader reports that elsewhere). */
function originOfUrl(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
