import { createLiveServiceMockHandlers, liveServiceOperations } from '../../../generated/openapi/live-service/server.js';
import { launchService } from '../../kit/src/service.js';
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
