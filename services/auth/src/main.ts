import { authOperations, createAuthMockHandlers } from '@ilenia/generated/openapi/auth/server';
import { ConfigError } from '@ilenia/kit';
import { launchService } from '@ilenia/kit';
import { buildAuthApp } from './app.js';
import { authServiceAudience } from './config.js';
import { createAuthRealHandlers } from './create-auth.js';

// Port 8081, real handlers by default; USE_AUTH_MOCK=true answers from the spec's examples.
await launchService({
  name: 'auth',
  defaultPort: 8081,
  audience: authServiceAudience,
  operations: authOperations,
  buildApp: buildAuthApp,
  createMockHandlers: createAuthMockHandlers,
  createHandlers: createAuthRealHandlers,
}).catch((error: unknown) => {
  // A start-up refusal (no administrator and no bootstrap variables, a database that cannot be
  // reached) says why in one line and stops, rather than leaving a half-started service.
  console.error(`auth: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
