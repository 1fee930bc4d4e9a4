import { problems } from '@ilenia/kit';
import type { PermissionOverrideRow } from '../db/schema.js';
import { PermissionOverrideRepository } from '../repositories/permission-overrides.js';
import type { RequestOrigin } from './audit-log.js';
import { catalogueNames } from './catalogue.js';
import type { AuthDependencies } from './dependencies.js';
import { findUserOr404 } from './user-admin.js';

/** Permissions administrators may not revoke from themselves: they could not undo it. */
const selfProtected = new Set(['permissions:write', 'users:write']);

/** Creates or replaces a user's grant or revoke of one permission; it shows in their next token. */
export async function setOverride(
  deps: AuthDependencies,
  userId: string,
  permission: string,
  body: { effect: 'grant' | 'revoke'; reason?: string },
  origin: RequestOrigin,
): Promise<PermissionOverrideRow> {
  await findUserOr404(deps.db, userId);
  if (!catalogueNames.has(permission)) throw problems.notFound(`${permission} is not in the permission catalogue.`);
  if (body.effect === 'revoke' && origin.actor.id === userId && selfProtected.has(permission)) {
    throw problems.conflict(`Administrators cannot revoke ${permission} from themselves: they could not undo it.`);
  }
  const actorId = origin.actor.id;
  if (origin.actor.kind !== 'user' || !actorId) throw problems.forbidden('Overrides are set by a signed-in administrator, not by a service.');
  return deps.db.transaction().execute(async (transaction) => {
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
      { type: body.effect === 'grant' ? 'permission_granted' : 'permission_revoked', outcome: 'success', target: { type: 'user', id: userId }, details: { permission, effect: body.effect, reason: body.reason ?? null } },
      transaction,
    );
    return saved;
  });
}

/** Idempotent: removing no override answers the same. */
export async function removeOverride(deps: AuthDependencies, userId: string, permission: string, origin: RequestOrigin): Promise<void> {
  await findUserOr404(deps.db, userId);
  await deps.db.transaction().execute(async (transaction) => {
    const removed = await new PermissionOverrideRepository(transaction).delete(userId, permission);
    if (removed) {
      await deps.audit.record(origin, { type: 'permission_override_removed', outcome: 'success', target: { type: 'user', id: userId }, details: { permission, effect: removed.effect } }, transaction);
    }
  });
}
