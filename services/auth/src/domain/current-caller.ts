import type { Kysely } from 'kysely';
import type { Principal } from '@ilenia/kit';
import { problems } from '@ilenia/kit';
import type { AuthDatabase } from '../db/schema.js';
import { ClientRepository } from '../repositories/clients.js';
import { RefreshTokenRepository } from '../repositories/refresh-tokens.js';
import { UserRepository } from '../repositories/users.js';
import { isAdministrative } from './catalogue.js';
import type { UserDirectory } from './user-directory.js';

const invalidToken = 'Bearer realm="ilenia", error="invalid_token"';

/**
 * The caller of a verified token as the database knows them now. The auth service administers
 * identity, so it does not trust what its own tokens say about power: a user must still exist and be
 * active, the token's session (`sid`) must not be revoked, and their permissions are their effective
 * permissions now, not those copied into the token; a client must still exist and be active, with the
 * token's scopes it is still allowed, never an administrative one. Anything else is a 401.
 */
export async function currentCaller(db: Kysely<AuthDatabase>, directory: UserDirectory, principal: Principal): Promise<Principal> {
  if (principal.kind === 'service') {
    const client = await new ClientRepository(db).findById(principal.subject);
    if (!client || client.status !== 'active')
      throw problems.unauthorized('The client of this token is disabled or no longer exists.', invalidToken);
    const allowed = new Set(client.allowed_scopes);
    return {
      ...principal,
      permissions: new Set([...principal.permissions].filter((scope) => allowed.has(scope) && !isAdministrative(scope))),
    };
  }
  const user = await new UserRepository(db).findById(principal.subject);
  if (!user || user.status !== 'active')
    throw problems.unauthorized('The account of this token is disabled or no longer exists.', invalidToken);
  const sessionId = principal.claims.sid;
  if (typeof sessionId === 'string') {
    const session = await new RefreshTokenRepository(db).findFamily(sessionId);
    if (!session || session.revoked_at) throw problems.unauthorized('The session of this token was ended; sign in again.', invalidToken);
  }
  const { roles, permissions } = await directory.claimsOf(user.id);
  return { ...principal, roles, permissions: new Set(permissions) };
}
