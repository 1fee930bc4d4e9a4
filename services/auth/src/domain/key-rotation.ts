import type { RequestOrigin } from './audit-log.js';
import type { AuthDependencies } from './dependencies.js';

/**
 * Rotates the signing key: the new key is published at once and signs from `activates_at`; the
 * rotation and its audit event commit together.
 */
export async function rotateSigningKey(deps: AuthDependencies, origin: RequestOrigin) {
  const rotation = await deps.keys.rotate((kids, transaction) =>
    deps.audit.record(origin, { type: 'key_rotated', outcome: 'success', target: { type: 'signing_key', id: kids.newKid }, details: { old_kid: kids.oldKid ?? null, new_kid: kids.newKid } }, transaction),
  );
  const views = deps.keys.views();
  return {
    next_key: views.find((view) => view.kid === rotation.nextKid)!,
    activates_at: rotation.activatesAt.toISOString(),
    active_kid: rotation.activeKid,
    published_keys: views.filter((view) => view.status !== 'expired'),
  };
}
