import { problems } from '@ilenia/kit';
import type { RequestOrigin } from './audit-log.js';
import type { AuthDependencies } from './dependencies.js';

/**
 * Rotates the signing key: the new key is published at once and signs from `activates_at`; the
 * rotation and its audit event commit together.
 */
export async function rotateSigningKey(deps: AuthDependencies, origin: RequestOrigin) {
  const rotation = await deps.keys.rotate((kids, transaction) =>
    deps.audit.record(
      origin,
      {
        type: 'key_rotated',
        outcome: 'success',
        target: { type: 'signing_key', id: kids.newKid },
        details: { old_kid: kids.oldKid ?? null, new_kid: kids.newKid },
      },
      transaction,
    ),
  );
  const views = deps.keys.views();
  return {
    next_key: views.find((view) => view.kid === rotation.nextKid)!,
    activates_at: rotation.activatesAt.toISOString(),
    active_kid: rotation.activeKid,
    published_keys: views.filter((view) => view.status !== 'expired' && view.status !== 'revoked'),
  };
}

/**
 * Revokes a signing key at once (a leaked private key): out of the JWKS, signing nothing; a new key
 * signs when it was the active one. The revocation and its audit event commit together.
 */
export async function revokeSigningKey(deps: AuthDependencies, kid: string, origin: RequestOrigin) {
  const revocation = await deps.keys.revoke(kid, (revoked, transaction) =>
    deps.audit.record(
      origin,
      {
        type: 'key_revoked',
        outcome: 'success',
        target: { type: 'signing_key', id: revoked.kid },
        details: { kid: revoked.kid, replacement_kid: revoked.replacementKid ?? null },
      },
      transaction,
    ),
  );
  if (!revocation) throw problems.notFound(`No signing key has the kid ${kid}.`);
  const views = deps.keys.views();
  return {
    revoked_key: views.find((view) => view.kid === kid)!,
    active_kid: views.find((view) => view.status === 'active')!.kid,
    published_keys: views.filter((view) => view.status !== 'expired' && view.status !== 'revoked'),
  };
}
