import type { Kysely } from 'kysely';
import { problems } from '@ilenia/kit';
import type { AuthDatabase, PermissionOverrideRow } from '../db/schema.js';
import { PermissionOverrideRepository } from '../repositories/permission-overrides.js';
import { assertCallerHolds, assertNotOwn, withAdministratorKept } from './administration-guard.js';
import type { RequestOrigin } from './audit-log.js';
import { catalogueNames } from './catalogue.js';
import type { AuthDependencies } from './dependencies.js';
import { findUserOr404 } from './user-admin.js';

/**
 * Creates or replaces a user's grant or revoke of one permission; it shows in their next token.
 * Nobody grants what they do not hold (403) or overrides their own permissions (409); a revoke that
 * would leave nobody holding the administrative permissions is refused (409).
 */
export async function setOverride(
  deps: AuthDependencies,
  userId: string,
  permission: string,
  body: { effect: 'grant' | 'revoke'; reason?: string },
  origin: RequestOrigin,
): Promise<PermissionOverrideRow> {
  await findUserOr404(deps.db, userId);
  if (!catalogueNames.has(permission)) throw problems.notFound(`${permission} is not in the permission catalogue.`);
  assertNotOwn(origin, userId, 'permissions');
  const actorId = origin.actor.id;
  if (origin.actor.kind !== 'user' || !actorId)
    throw problems.forbidden('Overrides are set by a signed-in administrator, not by a service.');
  if (body.effect === 'grant') await assertCallerHolds(deps, origin, [permission], `granting ${permission}`);
  const change = async (transaction: Kysely<AuthDatabase>) => {
    const saved = await new PermissionOverrideRepository(transaction).upsert({
      user_id: userId,
      permission,
      effect: body.effect,
      reason: body.reason ?? null,
      granted_by: actorId,
      granted_at: deps.clock(),
    });
    await deps.audit.record(
      origin,
      {
        type: body.effect === 'grant' ? 'permission_granted' : 'permission_revoked',
        outcome: 'success',
        target: { type: 'user', id: userId },
        details: { permission, effect: body.effect, reason: body.reason ?? null },
      },
      transaction,
    );
    return saved;
  };
  // Only a revoke can take administrative power away.
  return body.effect === 'revoke' ? withAdministratorKept(deps, change) : deps.db.transaction().execute(change);
}

/**
 * Idempotent: removing no override answers the same. Removing a revoke gives the permission back, so
 * it needs the caller to hold it (403); removing a grant may take administrative power away (409 when
 * nobody would hold it). Nobody removes their own overrides (409).
 */
export async function removeOverride(deps: AuthDependencies, userId: string, permission: string, origin: RequestOrigin): Promise<void> {
  assertNotOwn(origin, userId, 'permissions');
  await findUserOr404(deps.db, userId);
  const existing = (await new PermissionOverrideRepository(deps.db).ofUsers([userId]))
    .get(userId)!
    .find((override) => override.permission === permission);
  if (existing?.effect === 'revoke') await assertCallerHolds(deps, origin, [permission], `removing the revoke of ${permission}`);
  await withAdministratorKept(deps, async (transaction) => {
    const removed = await new PermissionOverrideRepository(transaction).delete(userId, permission);
    if (removed) {
      await deps.audit.record(
        origin,
        {
          type: 'permission_override_removed',
          outcome: 'success',
          target: { type: 'user', id: userId },
          details: { permission, effect: removed.effect },
        },
        transaction,
      );
    }
  });
}
