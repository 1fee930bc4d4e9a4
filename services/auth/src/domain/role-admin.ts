import { parseIfMatch, versionMatchingIfMatch } from '@ilenia/kit';
import { randomUUID } from 'node:crypto';
import { problems } from '@ilenia/kit';
import { RoleRepository, type RoleWithPermissions } from '../repositories/roles.js';
import { assertCallerHolds, withAdministratorKept } from './administration-guard.js';
import type { RequestOrigin } from './audit-log.js';
import { assertInCatalogue } from './catalogue.js';
import type { AuthDependencies } from './dependencies.js';

/** A role as the API shows it. */
export function roleView(role: RoleWithPermissions) {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    permissions: [...role.permissions].sort(),
    built_in: role.built_in,
    user_count: role.user_count,
    created_at: role.created_at.toISOString(),
    updated_at: role.updated_at.toISOString(),
    version: role.version,
  };
}

export async function findRoleOr404(deps: AuthDependencies, roleId: string): Promise<RoleWithPermissions> {
  const role = await new RoleRepository(deps.db).findById(roleId);
  if (!role) throw problems.notFound(`There is no role ${roleId}.`);
  return role;
}

/** Nobody puts into a role a permission they do not hold (403). */
export async function createRole(
  deps: AuthDependencies,
  body: { name: string; description?: string; permissions: string[] },
  origin: RequestOrigin,
): Promise<RoleWithPermissions> {
  assertInCatalogue(body.permissions, 'permissions');
  await assertCallerHolds(deps, origin, body.permissions, 'creating a role with these permissions');
  return deps.db.transaction().execute(async (transaction) => {
    const roles = new RoleRepository(transaction);
    if (await roles.findByName(body.name)) throw problems.conflict(`A role named ${body.name} exists.`);
    const id = randomUUID();
    await roles.insert({ id, name: body.name, description: body.description ?? '', built_in: false, at: deps.clock() }, body.permissions);
    await deps.audit.record(
      origin,
      {
        type: 'role_created',
        outcome: 'success',
        target: { type: 'role', id },
        details: { name: body.name, permissions: body.permissions },
      },
      transaction,
    );
    return (await roles.findById(id))!;
  });
}

/**
 * Built-in roles keep their names, and `admin` keeps its permissions (409). Permissions added need the
 * caller to hold them (403); a change that would leave nobody holding the administrative permissions
 * is refused (409).
 */
export async function updateRole(
  deps: AuthDependencies,
  roleId: string,
  ifMatch: string,
  body: { name?: string; description?: string; permissions?: string[] },
  origin: RequestOrigin,
): Promise<RoleWithPermissions> {
  const role = await findRoleOr404(deps, roleId);
  const version = versionMatchingIfMatch(parseIfMatch(ifMatch), role.version);
  if (body.permissions) assertInCatalogue(body.permissions, 'permissions');
  if (role.built_in && body.name !== undefined && body.name !== role.name)
    throw problems.conflict(`The built-in role ${role.name} cannot be renamed.`);
  const permissionsChange =
    body.permissions !== undefined && [...body.permissions].sort().join(' ') !== [...role.permissions].sort().join(' ');
  if (role.name === 'admin' && permissionsChange) throw problems.conflict('The permissions of admin cannot be changed.');
  if (body.permissions) {
    const added = body.permissions.filter((permission) => !role.permissions.includes(permission));
    await assertCallerHolds(deps, origin, added, `adding permissions to the role ${role.name}`);
  }
  return withAdministratorKept(deps, async (transaction) => {
    const roles = new RoleRepository(transaction);
    if (body.name !== undefined && body.name !== role.name && (await roles.findByName(body.name)))
      throw problems.conflict(`A role named ${body.name} exists.`);
    if (!(await roles.update(roleId, { name: body.name, description: body.description, at: deps.clock() }, version))) {
      throw problems.preconditionFailed('The role changed while this request was processed; read it again.');
    }
    if (body.permissions) await roles.setPermissions(roleId, body.permissions);
    await deps.audit.record(
      origin,
      {
        type: 'role_updated',
        outcome: 'success',
        target: { type: 'role', id: roleId },
        details: { changed: Object.keys(body).sort(), name: body.name ?? role.name },
      },
      transaction,
    );
    return (await roles.findById(roleId))!;
  });
}

/** Built-in roles and roles still held cannot be deleted (409). */
export async function deleteRole(deps: AuthDependencies, roleId: string, origin: RequestOrigin): Promise<void> {
  const role = await findRoleOr404(deps, roleId);
  if (role.built_in) throw problems.conflict(`The built-in role ${role.name} cannot be deleted.`);
  if (role.user_count > 0)
    throw problems.conflict(`${role.user_count} user(s) still hold the role ${role.name}; remove it from them first.`);
  await deps.db.transaction().execute(async (transaction) => {
    await new RoleRepository(transaction).delete(roleId);
    await deps.audit.record(
      origin,
      { type: 'role_deleted', outcome: 'success', target: { type: 'role', id: roleId }, details: { name: role.name } },
      transaction,
    );
  });
}
