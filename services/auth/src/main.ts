import { createAuthMockHandlers, authOperations } from '../../../generated/openapi/auth/server.js';
import { launchService } from '../../kit/src/service.js';
import { buildAuthApp } from './app.js';

// Port 8081. Only the mock handlers exist so far: the service answers from its spec's examples.
await launchService({
  name: 'auth',
  defaultPort: 8081,
  audience: 'auth-service',
  operations: authOperations,
  buildApp: buildAuthApp,
  createMockHandlers: createAuthMockHandlers,
});
