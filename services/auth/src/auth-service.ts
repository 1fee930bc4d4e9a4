import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { bearerToken, type Authenticator } from '@ilenia/kit';
import type { Principal } from '@ilenia/kit';
import type { ReadinessProbe } from '@ilenia/kit';
import { authServiceAudience, type AuthConfig } from './config.js';
import { PasswordHasher, scryptParameters } from './crypto/passwords.js';
import type { AuthDatabase } from './db/schema.js';
import { AccessTokenIssuer } from './domain/access-tokens.js';
import { AuditLog } from './domain/audit-log.js';
import { currentCaller } from './domain/current-caller.js';
import type { AuthDependencies } from './domain/dependencies.js';
import { systemClock, type Clock } from './domain/ids.js';
import { KeyStore } from './domain/key-store.js';
import { AttemptThrottle } from './domain/login-throttle.js';
import { UserDirectory } from './domain/user-directory.js';
import { createAuthHandlers } from './handlers/index.js';

/** The auth service assembled: its dependencies, its handlers, and how it verifies its own tokens. */
export interface AuthService {
  deps: AuthDependencies;
  handlers: AuthHandlers;
  bearerAuth: Authenticator;
}

/**
 * Verifies bearer tokens with the keys the service holds (no HTTP round trip to its own JWKS),
 * through the kit's verifier: RS256 pinned, `typ: at+jwt`, issuer and audience checked. Then the
 * caller is read again from the database (`currentCaller`): here a token proves who is calling, and
 * the database says what they may do now.
 */
function ownTokenAuthenticator(keys: KeyStore, issuer: string, caller: (principal: Principal) => Promise<Principal>): Authenticator {
  return async (request) => {
    const token = bearerToken(request);
    if (token === undefined) return { outcome: 'absent' };
    const verifier = await keys.verifierFor(token, { issuer, audience: authServiceAudience });
    return { outcome: 'present', principal: await caller(await verifier.verify(token)) };
  };
}

/**
 * Builds the service on an open, migrated database. Loads (or, on a first start, creates) the
 * signing key; seeding is left to the caller (main.ts, tests).
 */
export async function createAuthService(options: {
  db: Kysely<AuthDatabase>;
  config: AuthConfig;
  logger: Logger;
  clock?: Clock;
  probes?: Record<string, ReadinessProbe>;
}): Promise<AuthService> {
  const clock = options.clock ?? systemClock;
  const { db, config, logger } = options;
  const keys = new KeyStore(
    db,
    {
      publishAheadSeconds: config.keyPublishAheadSeconds,
      retiredTtlSeconds: config.keyRetiredTtlSeconds,
      rotationDays: config.keyRotationDays,
      keyEncryptionKey: config.keyEncryptionKey,
    },
    clock,
    logger,
  );
  await keys.start();
  const deps: AuthDependencies = {
    db,
    config,
    clock,
    logger,
    passwords: new PasswordHasher(scryptParameters(config.passwordHashCost)),
    keys,
    tokens: new AccessTokenIssuer(keys, { issuer: config.issuer, accessTtlSeconds: config.accessTtlSeconds }, clock),
    throttle: new AttemptThrottle(db, config.login, clock),
    directory: new UserDirectory(db, clock),
    audit: new AuditLog(db, clock, logger),
  };
  const caller = (principal: Principal) => currentCaller(db, deps.directory, principal);
  return { deps, handlers: createAuthHandlers(deps, options.probes), bearerAuth: ownTokenAuthenticator(keys, config.issuer, caller) };
}
