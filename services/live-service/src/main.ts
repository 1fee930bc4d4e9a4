import { createLiveServiceMockHandlers, liveServiceOperations } from '@ilenia/generated/openapi/live-service/server';
import { launchService } from '@ilenia/kit';
import { buildLiveServiceApp } from './app.js';
import { createLiveServiceRealHandlers } from './create-live-service.js';

// Port 8092. USE_MOCK=true answers from the spec's examples instead.
await launchService({
  name: 'live-service',
  defaultPort: 8092,
  audience: 'live-service',
  operations: liveServiceOperations,
  buildApp: buildLiveServiceApp,
  createHandlers: createLiveServiceRealHandlers,
  createMockHandlers: createLiveServiceMockHandlers,
});
