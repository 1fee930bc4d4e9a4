import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseIfMatch, versionMatchingIfMatch } from '@ilenia/kit';
import { isUniqueViolation } from '@ilenia/kit/persistence';
import { problems } from '@ilenia/kit';
import type { AuthDatabase, UserRow, UserUpdate } from '../db/schema.js';
import { LoginThrottleRepository } from '../repositories/login-throttle.js';
import { RefreshTokenRepository } from '../repositories/refresh-tokens.js';
import { RoleRepository } from '../repositories/roles.js';
import { UserRepository } from '../repositories/users.js';
import { assertPasswordPolicy } from './accounts.js';
import { assertCallerHolds, assertNotOwn, withAdministratorKept } from './administration-guard.js';
import type { RequestOrigin } from './audit-log.js';
import type { AuthDependencies } from './dependencies.js';
import { emailSubject } from './user-directory.js';

export async function findUserOr404(db: Kysely<AuthDatabase>, userId: string): Promise<UserRow> {
  const user = await new UserRepository(db).findById(userId);
  if (!user) throw problems.notFound(`There is no user ${userId}.`);
  return user;
}

/** Creates an active account with the given password (checked against the policy) and roles. */
export async function createUser(
  deps: AuthDependencies,
  body: { email: string; display_name: string; password: string; roles?: string[] },
  origin: RequestOrigin,
): Promise<UserRow> {
  const email = body.email.toLowerCase();
  assertPasswordPolicy(body.password, email, 'password');
  const roleIds = body.roles ?? [];
  const passwordHash = await deps.passwords.hash(body.password);
  const now = deps.clock();
  try {
    return await deps.db.transaction().execute(async (transaction) => {
      const roles = new RoleRepository(transaction);
      const missing: number[] = [];
      const given: string[] = [];
      for (const [index, roleId] of roleIds.entries()) {
        const role = await roles.findById(roleId);
        if (role) given.push(...role.permissions);
        else missing.push(index);
      }
      if (missing.length > 0)
        throw problems.validation(
          missing.map((index) => ({ location: 'body', path: `/roles/${index}`, message: 'is not the id of a role' })),
        );
      await assertCallerHolds(deps, origin, given, 'creating a user with these roles', transaction);
      const users = new UserRepository(transaction);
      if (await users.findByEmail(email)) throw problems.conflict('Another account already uses this email.');
      const user = await users.insert({
        id: randomUUID(),
        email,
        display_name: body.display_name,
        password_hash: passwordHash,
        status: 'active',
        created_at: now,
        updated_at: now,
      });
      for (const roleId of roleIds) await roles.assign(user.id, roleId);
      await deps.audit.record(
        origin,
        { type: 'user_created', outcome: 'success', target: { type: 'user', id: user.id }, details: { email, roles: roleIds } },
        transaction,
      );
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) throw problems.conflict('Another account already uses this email.');
    throw error;
  }
}

/**
 * Changes the fields sent. Disabling or setting a password revokes every session of the user;
 * `locked_until: null` lifts the sign-in delays. Administrators cannot disable themselves, nor leave
 * nobody holding the administrative permissions. Setting another user's email or password takes over
 * their account, so it needs every permission they hold.
 */
export async function updateUser(
  deps: AuthDependencies,
  userId: string,
  ifMatch: string,
  body: { email?: string; display_name?: string; status?: 'active' | 'disabled'; password?: string; locked_until?: null },
  origin: RequestOrigin,
): Promise<UserRow> {
  const user = await findUserOr404(deps.db, userId);
  const version = versionMatchingIfMatch(parseIfMatch(ifMatch), user.version);
  if (body.status === 'disabled' && origin.actor.id === user.id)
    throw problems.conflict('Administrators cannot disable their own account.');
  const email = body.email?.toLowerCase() ?? user.email;
  if (body.password !== undefined) assertPasswordPolicy(body.password, email, 'password');
  if ((body.password !== undefined || body.email !== undefined) && origin.actor.id !== user.id) {
    const { permissions } = await deps.directory.claimsOf(user.id);
    await assertCallerHolds(
      deps,
      origin,
      permissions,
      `setting the ${body.password !== undefined ? 'password' : 'email'} of this user (a takeover of their account)`,
    );
  }
  const now = deps.clock();
  const changes: UserUpdate = { updated_at: now };
  if (body.email !== undefined) changes.email = email;
  if (body.display_name !== undefined) changes.display_name = body.display_name;
  if (body.status !== undefined) changes.status = body.status;
  if (body.password !== undefined) changes.password_hash = await deps.passwords.hash(body.password);
  const changed = Object.keys(body).sort();
  try {
    const apply = async (transaction: Kysely<AuthDatabase>) => {
      const updated = await new UserRepository(transaction).update(userId, changes, version);
      if (!updated) throw problems.preconditionFailed('The user changed while this request was processed; read it again.');
      if (body.status === 'disabled' || body.password !== undefined) {
        await new RefreshTokenRepository(transaction).revokeUserFamilies(
          userId,
          now,
          body.status === 'disabled' ? 'user_disabled' : 'password_reset',
        );
      }
      if ('locked_until' in body) await new LoginThrottleRepository(transaction).clearAccount(emailSubject(user.email));
      await deps.audit.record(
        origin,
        { type: 'user_updated', outcome: 'success', target: { type: 'user', id: userId }, details: { changed } },
        transaction,
      );
      return updated;
    };
    return await (body.status === 'disabled' ? withAdministratorKept(deps, apply) : deps.db.transaction().execute(apply));
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) throw problems.conflict('Another account already uses this email.');
    throw error;
  }
}

export async function deleteUser(deps: AuthDependencies, userId: string, origin: RequestOrigin): Promise<void> {
  if (origin.actor.id === userId) throw problems.conflict('Administrators cannot delete their own account.');
  const user = await findUserOr404(deps.db, userId);
  await withAdministratorKept(deps, async (transaction) => {
    await new UserRepository(transaction).delete(userId);
    await deps.audit.record(
      origin,
      { type: 'user_deleted', outcome: 'success', target: { type: 'user', id: userId }, details: { email: user.email } },
      transaction,
    );
  });
}

async function bumpVersion(db: Kysely<AuthDatabase>, userId: string, at: Date): Promise<UserRow> {
  return (await new UserRepository(db).update(userId, { updated_at: at }))!;
}

/**
 * Idempotent: a role already held changes nothing (same version, no audit event). Nobody assigns a
 * role with a permission they do not hold (403), nor changes their own roles (409).
 */
export async function assignRole(deps: AuthDependencies, userId: string, roleId: string, origin: RequestOrigin): Promise<UserRow> {
  assertNotOwn(origin, userId, 'roles');
  return deps.db.transaction().execute(async (transaction) => {
    const user = await findUserOr404(transaction, userId);
    const roles = new RoleRepository(transaction);
    const role = await roles.findById(roleId);
    if (!role) throw problems.notFound(`There is no role ${roleId}.`);
    await assertCallerHolds(deps, origin, role.permissions, `assigning the role ${role.name}`, transaction);
    const held = (await roles.rolesOfUsers([userId])).get(userId)!.some((candidate) => candidate.id === roleId);
    if (held) return user;
    await roles.assign(userId, roleId);
    await deps.audit.record(
      origin,
      { type: 'role_assigned', outcome: 'success', target: { type: 'user', id: userId }, details: { role: role.name, role_id: roleId } },
      transaction,
    );
    return bumpVersion(transaction, userId, deps.clock());
  });
}

/** Idempotent; refuses one's own roles, and a removal that would leave nobody holding the administrative permissions (409). */
export async function removeRole(deps: AuthDependencies, userId: string, roleId: string, origin: RequestOrigin): Promise<void> {
  assertNotOwn(origin, userId, 'roles');
  await withAdministratorKept(deps, async (transaction) => {
    await findUserOr404(transaction, userId);
    const roles = new RoleRepository(transaction);
    const role = await roles.findById(roleId);
    if (!role) throw problems.notFound(`There is no role ${roleId}.`);
    const held = (await roles.rolesOfUsers([userId])).get(userId)!.some((candidate) => candidate.id === roleId);
    if (!held) return;
    await roles.unassign(userId, roleId);
    await bumpVersion(transaction, userId, deps.clock());
    await deps.audit.record(
      origin,
      { type: 'role_removed', outcome: 'success', target: { type: 'user', id: userId }, details: { role: role.name, role_id: roleId } },
      transaction,
    );
  });
}

export async function revokeSessions(deps: AuthDependencies, userId: string, origin: RequestOrigin): Promise<void> {
  await findUserOr404(deps.db, userId);
  const revoked = await new RefreshTokenRepository(deps.db).revokeUserFamilies(userId, deps.clock(), 'sessions_revoked');
  await deps.audit.record(origin, {
    type: 'sessions_revoked',
    outcome: 'success',
    target: { type: 'user', id: userId },
    details: { sessions_revoked: revoked },
  });
}

/** Clears the sign-in delays of the user's email from every address; idempotent, audited with the number cleared. */
export async function unlockUser(deps: AuthDependencies, userId: string, origin: RequestOrigin): Promise<void> {
  const user = await findUserOr404(deps.db, userId);
  const cleared = await deps.throttle.unlock(emailSubject(user.email));
  await deps.audit.record(origin, {
    type: 'account_unlocked',
    outcome: 'success',
    target: { type: 'user', id: userId },
    details: { email: user.email, counters_cleared: cleared },
  });
}
