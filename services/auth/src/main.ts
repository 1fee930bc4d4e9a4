import { authOperations, createAuthMockHandlers } from '../../../generated/openapi/auth/server.js';
import { launchService } from '../../kit/src/service.js';
import { buildAuthApp } from './app.js';
import { authServiceAudience } from './config.js';
import { createAuthRealHandlers } from './create-handlers.js';

// Port 8081, real handlers by default; USE_AUTH_MOCK=true answers from the spec's examples.
await launchService({
  name: 'auth',
  defaultPort: 8081,
  audience: authServiceAudience,
  operations: authOperations,
  buildApp: buildAuthApp,
  createMockHandlers: createAuthMockHandlers,
  createHandlers: createAuthRealHandlers,
});
