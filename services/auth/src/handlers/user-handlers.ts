import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { originOf } from '../domain/audit-log.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import {
  assignRole,
  createUser,
  deleteUser,
  findUserOr404,
  removeRole,
  revokeSessions,
  unlockUser,
  updateUser,
} from '../domain/user-admin.js';
import { versionTag } from '@ilenia/kit';
import { UserRepository } from '../repositories/users.js';

type UserHandlerNames =
  | 'listUsers'
  | 'searchPeople'
  | 'createUser'
  | 'getUser'
  | 'updateUser'
  | 'deleteUser'
  | 'assignUserRole'
  | 'removeUserRole'
  | 'revokeUserSessions'
  | 'unlockUser';

/** User accounts, their roles and their sessions (administrators). */
export function userHandlers(deps: AuthDependencies): Pick<AuthHandlers, UserHandlerNames> {
  return {
    async listUsers(input) {
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      const page = await new UserRepository(deps.db).list(
        { q: input.query.q, role: input.query.role, status: input.query.status },
        { limit, offset },
      );
      return { status: 200, body: { items: await deps.directory.views(page.items), total: page.total, limit, offset } };
    },
    async searchPeople(input) {
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      const ids = input.query.id === undefined ? undefined : Array.isArray(input.query.id) ? input.query.id : [input.query.id];
      const page = await new UserRepository(deps.db).people({ q: input.query.q, ids }, { limit, offset });
      return { status: 200, body: { items: page.items, total: page.total, limit, offset } };
    },
    async createUser(input, context) {
      const user = await createUser(deps, input.body, originOf(context));
      return {
        status: 201,
        body: await deps.directory.view(user),
        headers: { Location: `/v2/users/${user.id}`, ETag: versionTag(user.version) },
      };
    },
    async getUser(input) {
      const user = await findUserOr404(deps.db, input.path.user_id);
      return { status: 200, body: await deps.directory.view(user), headers: { ETag: versionTag(user.version) } };
    },
    async updateUser(input, context) {
      const user = await updateUser(deps, input.path.user_id, input.headers['if-match'], input.body, originOf(context));
      return { status: 200, body: await deps.directory.view(user), headers: { ETag: versionTag(user.version) } };
    },
    async deleteUser(input, context) {
      await deleteUser(deps, input.path.user_id, originOf(context));
      return { status: 204 };
    },
    async assignUserRole(input, context) {
      const user = await assignRole(deps, input.path.user_id, input.path.role_id, originOf(context));
      return { status: 200, body: await deps.directory.view(user), headers: { ETag: versionTag(user.version) } };
    },
    async removeUserRole(input, context) {
      await removeRole(deps, input.path.user_id, input.path.role_id, originOf(context));
      return { status: 204 };
    },
    async revokeUserSessions(input, context) {
      await revokeSessions(deps, input.path.user_id, originOf(context));
      return { status: 204 };
    },
    async unlockUser(input, context) {
      await unlockUser(deps, input.path.user_id, originOf(context));
      return { status: 204 };
    },
  };
}
