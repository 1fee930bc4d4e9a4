import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { healthHandlers, type ReadinessProbe } from '@ilenia/kit';
import type { AuthDependencies } from '../domain/dependencies.js';
import { accountHandlers } from './account-handlers.js';
import { auditHandlers } from './audit-handlers.js';
import { clientHandlers } from './client-handlers.js';
import { keyHandlers } from './key-handlers.js';
import { oauthHandlers } from './oauth-handlers.js';
import { permissionHandlers } from './permission-handlers.js';
import { roleHandlers } from './role-handlers.js';
import { sessionHandlers } from './session-handlers.js';
import { userHandlers } from './user-handlers.js';

/** Every operation of the auth spec, implemented on the injected dependencies. */
export function createAuthHandlers(deps: AuthDependencies, probes: Record<string, ReadinessProbe> = {}): AuthHandlers {
  return {
    ...sessionHandlers(deps),
    ...oauthHandlers(deps),
    ...accountHandlers(deps),
    ...userHandlers(deps),
    ...permissionHandlers(deps),
    ...roleHandlers(deps),
    ...clientHandlers(deps),
    ...keyHandlers(deps),
    ...auditHandlers(deps),
    ...healthHandlers({ name: 'auth' }, probes),
  };
}
