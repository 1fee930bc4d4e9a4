import type { Principal } from '@ilenia/kit';
import { problems } from '@ilenia/kit';
import { passwordPolicyViolation } from '../crypto/password-policy.js';
import { RefreshTokenRepository } from '../repositories/refresh-tokens.js';
import { UserRepository } from '../repositories/users.js';
import type { RequestOrigin } from './audit-log.js';
import type { AuthDependencies } from './dependencies.js';
import { emailSubject } from './user-directory.js';

/** The user a token belongs to; client-credentials tokens have none (403). */
export async function currentUser(deps: AuthDependencies, principal: Principal) {
  if (principal.kind === 'service') throw problems.forbidden('This token belongs to a service (client credentials), not to a user.');
  const user = await new UserRepository(deps.db).findById(principal.subject);
  if (!user || user.status !== 'active')
    throw problems.unauthorized(
      'The account of this token is disabled or no longer exists.',
      'Bearer realm="ilenia", error="invalid_token"',
    );
  return user;
}

/** A 400 for a new password that breaks the policy, naming the field. */
export function assertPasswordPolicy(password: string, email: string, field: string): void {
  const violation = passwordPolicyViolation(password, email);
  if (violation) throw problems.validation([{ location: 'body', path: `/${field}`, message: violation }]);
}

/**
 * Changes the signed-in user's password. A wrong current password counts as a failed sign-in of the
 * email from this address (so guessing is delayed like at the login); other sessions are revoked, this
 * one (`sid`) continues.
 */
export async function changeOwnPassword(
  deps: AuthDependencies,
  principal: Principal,
  body: { current_password: string; new_password: string },
  origin: RequestOrigin,
): Promise<void> {
  const user = await currentUser(deps, principal);
  const account = emailSubject(user.email);
  const target = { type: 'user' as const, id: user.id };
  const retryAfter = await deps.throttle.retryAfter(account, origin.clientIp);
  if (retryAfter !== undefined) throw problems.tooManyRequests(`Too many failed attempts; try again in ${retryAfter} seconds.`, retryAfter);
  if (!(await deps.passwords.verify(body.current_password, user.password_hash))) {
    await deps.audit.record(origin, { type: 'password_changed', outcome: 'failure', target, details: { reason: 'bad_credentials' } });
    for (const delay of await deps.throttle.recordFailure(account, origin.clientIp)) {
      await deps.audit.record(origin, {
        type: 'login_throttled',
        outcome: 'failure',
        target,
        details: { email: user.email, scope: delay.scope, failures: delay.failures, retry_after_seconds: delay.retryAfterSeconds },
      });
    }
    throw problems.validation([{ location: 'body', path: '/current_password', message: 'is not the current password' }]);
  }
  await deps.throttle.clear(account, origin.clientIp);
  if (body.new_password === body.current_password) {
    throw problems.validation([{ location: 'body', path: '/new_password', message: 'must differ from the current password' }]);
  }
  assertPasswordPolicy(body.new_password, user.email, 'new_password');
  const passwordHash = await deps.passwords.hash(body.new_password);
  const now = deps.clock();
  const sessionId = typeof principal.claims.sid === 'string' ? principal.claims.sid : undefined;
  await deps.db.transaction().execute(async (transaction) => {
    await new UserRepository(transaction).update(user.id, { password_hash: passwordHash, updated_at: now });
    const revoked = await new RefreshTokenRepository(transaction).revokeUserFamilies(user.id, now, 'password_changed', sessionId);
    await deps.audit.record(
      origin,
      { type: 'password_changed', outcome: 'success', target, details: { sessions_revoked: revoked } },
      transaction,
    );
  });
}
