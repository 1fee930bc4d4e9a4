import { permissionCatalogue } from '@ilenia/generated/permissions';
import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { originOf } from '../domain/audit-log.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import { overrideView } from '../domain/effective-permissions.js';
import { removeOverride, setOverride } from '../domain/permission-admin.js';
import { findUserOr404 } from '../domain/user-admin.js';
import { RoleRepository } from '../repositories/roles.js';

type PermissionHandlerNames = 'listPermissions' | 'getUserPermissions' | 'setUserPermissionOverride' | 'deleteUserPermissionOverride';

/** The permission catalogue, users' effective permissions and per-user overrides. */
export function permissionHandlers(deps: AuthDependencies): Pick<AuthHandlers, PermissionHandlerNames> {
  return {
    async listPermissions(input) {
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      const roles = await new RoleRepository(deps.db).all();
      const entries = Object.entries(permissionCatalogue)
        .sort(([left], [right]) => left.localeCompare(right))
        .map(([name, entry]) => ({
          name,
          description: entry.description,
          default_roles: [...entry.defaultRoles],
          roles: roles.filter((role) => role.permissions.includes(name)).map((role) => ({ id: role.id, name: role.name })),
        }));
      return { status: 200, body: { items: entries.slice(offset, offset + limit), total: entries.length, limit, offset } };
    },
    async getUserPermissions(input) {
      await findUserOr404(deps.db, input.path.user_id);
      return { status: 200, body: await deps.directory.explain(input.path.user_id) };
    },
    async setUserPermissionOverride(input, context) {
      const saved = await setOverride(deps, input.path.user_id, input.path.permission, input.body, originOf(context));
      return { status: 200, body: overrideView(saved) };
    },
    async deleteUserPermissionOverride(input, context) {
      await removeOverride(deps, input.path.user_id, input.path.permission, originOf(context));
      return { status: 204 };
    },
  };
}
