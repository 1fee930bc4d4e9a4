import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AuthConfig } from '../config.js';
import type { PasswordHasher } from '../crypto/passwords.js';
import type { AuthDatabase } from '../db/schema.js';
import type { AccessTokenIssuer } from './access-tokens.js';
import type { AuditLog } from './audit-log.js';
import type { Clock } from './ids.js';
import type { KeyStore } from './key-store.js';
import type { AttemptThrottle } from './login-throttle.js';
import type { UserDirectory } from './user-directory.js';

/** What the auth service's domain code is built from; made once in auth-service.ts (`createAuthService`). */
export interface AuthDependencies {
  db: Kysely<AuthDatabase>;
  config: AuthConfig;
  clock: Clock;
  logger: Logger;
  passwords: PasswordHasher;
  keys: KeyStore;
  tokens: AccessTokenIssuer;
  throttle: AttemptThrottle;
  directory: UserDirectory;
  audit: AuditLog;
}
