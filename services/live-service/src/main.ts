import { createLiveServiceMockHandlers, liveServiceOperations } from '@ilenia/generated/openapi/live-service/server';
import { launchService } from '@ilenia/kit';
import { buildLiveServiceApp } from './app.js';

// Port 8092. Only the mock handlers exist so far: the service answers from its spec's examples.
await launchService({
  name: 'live-service',
  defaultPort: 8092,
  audience: 'live-service',
  operations: liveServiceOperations,
  buildApp: buildLiveServiceApp,
  createMockHandlers: createLiveServiceMockHandlers,
});
