import { sql, type Kysely } from 'kysely';
import { problems } from '@ilenia/kit';
import type { AuthDatabase } from '../db/schema.js';
import { UserRepository } from '../repositories/users.js';
import type { RequestOrigin } from './audit-log.js';
import { administrativePermissions } from './catalogue.js';
import type { AuthDependencies } from './dependencies.js';
import { UserDirectory } from './user-directory.js';

/** The advisory lock that serialises changes of administrative power (any constant; only auth uses it). */
const administratorsLock = 7_340_581_266;

/** How many active users hold every administrative permission now, after overrides. */
export function countAdministrators(db: Kysely<AuthDatabase>): Promise<number> {
  return new UserRepository(db).countActiveHoldersOfAll(administrativePermissions);
}

/**
 * Runs `change` in a transaction that may take administrative power away (a role removed, a revoke,
 * a user disabled or deleted, a role's permissions replaced), and commits it only if an active user
 * still holds every administrative permission afterwards; otherwise 409. The transaction first takes
 * one advisory lock, so such changes run one after another and each counts what the previous ones
 * committed: two administrators demoting each other at once cannot both pass.
 */
export async function withAdministratorKept<T>(
  deps: AuthDependencies,
  change: (transaction: Kysely<AuthDatabase>) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute(async (transaction) => {
    await sql`select pg_advisory_xact_lock(${administratorsLock}::bigint)`.execute(transaction);
    const result = await change(transaction);
    if ((await countAdministrators(transaction)) === 0) {
      throw problems.conflict(
        `Nobody active would hold every administrative permission (${administrativePermissions.join(', ')}) any more; give them to someone else first.`,
      );
    }
    return result;
  });
}

/** The caller's effective permissions now; a service holds none of the administrative ones, so it may give nothing. */
async function permissionsOfCaller(
  deps: AuthDependencies,
  origin: RequestOrigin,
  db: Kysely<AuthDatabase> = deps.db,
): Promise<ReadonlySet<string>> {
  if (origin.actor.kind !== 'user' || !origin.actor.id) return new Set();
  return new Set((await new UserDirectory(db, deps.clock).claimsOf(origin.actor.id)).permissions);
}

/** A 403 unless the caller holds every permission they are about to give (`what` names the gift). */
export async function assertCallerHolds(
  deps: AuthDependencies,
  origin: RequestOrigin,
  giving: readonly string[],
  what: string,
  db?: Kysely<AuthDatabase>,
): Promise<void> {
  const held = await permissionsOfCaller(deps, origin, db);
  const missing = [...new Set(giving)].filter((permission) => !held.has(permission)).sort();
  if (missing.length > 0) {
    throw problems.forbidden(`Nobody gives what they do not hold: ${what} needs ${missing.join(', ')}, which you do not hold.`, {
      missing_permissions: missing,
    });
  }
}

/** A 409 when the caller would change their own roles or permissions. */
export function assertNotOwn(origin: RequestOrigin, userId: string, what: string): void {
  if (origin.actor.id === userId) throw problems.conflict(`Nobody changes their own ${what}; ask another administrator.`);
}
