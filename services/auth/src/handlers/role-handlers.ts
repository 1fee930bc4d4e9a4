import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { originOf } from '../domain/audit-log.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import { createRole, deleteRole, findRoleOr404, roleView, updateRole } from '../domain/role-admin.js';
import { versionTag } from '@ilenia/kit';
import { RoleRepository } from '../repositories/roles.js';

/** Roles: named sets of permissions. */
export function roleHandlers(
  deps: AuthDependencies,
): Pick<AuthHandlers, 'listRoles' | 'createRole' | 'getRole' | 'updateRole' | 'deleteRole'> {
  return {
    async listRoles(input) {
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      const page = await new RoleRepository(deps.db).list({ limit, offset });
      return { status: 200, body: { items: page.items.map(roleView), total: page.total, limit, offset } };
    },
    async createRole(input, context) {
      const role = await createRole(deps, input.body, originOf(context));
      return { status: 201, body: roleView(role), headers: { Location: `/v2/roles/${role.id}`, ETag: versionTag(role.version) } };
    },
    async getRole(input) {
      const role = await findRoleOr404(deps, input.path.role_id);
      return { status: 200, body: roleView(role), headers: { ETag: versionTag(role.version) } };
    },
    async updateRole(input, context) {
      const role = await updateRole(deps, input.path.role_id, input.headers['if-match'], input.body, originOf(context));
      return { status: 200, body: roleView(role), headers: { ETag: versionTag(role.version) } };
    },
    async deleteRole(input, context) {
      await deleteRole(deps, input.path.role_id, originOf(context));
      return { status: 204 };
    },
  };
}
