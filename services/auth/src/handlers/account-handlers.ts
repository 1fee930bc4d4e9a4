import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { changeOwnPassword, currentUser } from '../domain/accounts.js';
import { originOf } from '../domain/audit-log.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import { versionTag } from '@ilenia/kit';

/** The signed-in user's own profile and password. */
export function accountHandlers(deps: AuthDependencies): Pick<AuthHandlers, 'getCurrentUser' | 'changeOwnPassword'> {
  return {
    async getCurrentUser(_input, context) {
      const user = await currentUser(deps, context.principal);
      return { status: 200, body: await deps.directory.view(user), headers: { ETag: versionTag(user.version) } };
    },
    async changeOwnPassword(input, context) {
      await changeOwnPassword(deps, context.principal, input.body, originOf(context));
      return { status: 204 };
    },
  };
}
