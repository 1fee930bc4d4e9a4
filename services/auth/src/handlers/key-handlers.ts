import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { originOf } from '../domain/audit-log.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import { revokeSigningKey, rotateSigningKey } from '../domain/key-rotation.js';

/** The token signing keys and their rotation. */
export function keyHandlers(deps: AuthDependencies): Pick<AuthHandlers, 'listSigningKeys' | 'rotateSigningKey' | 'revokeSigningKey'> {
  return {
    async listSigningKeys(input) {
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      await deps.keys.reload();
      const views = deps.keys.views();
      return { status: 200, body: { items: views.slice(offset, offset + limit), total: views.length, limit, offset } };
    },
    async rotateSigningKey(_input, context) {
      return { status: 200, body: await rotateSigningKey(deps, originOf(context)) };
    },
    async revokeSigningKey(input, context) {
      return { status: 200, body: await revokeSigningKey(deps, input.path.kid, originOf(context)) };
    },
  };
}
