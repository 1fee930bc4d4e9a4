import { createLiveEventMockHandlers, liveEventOperations } from '../../../generated/openapi/live-event/server.js';
import { launchService } from '../../kit/src/service.js';
import { buildLiveEventApp } from './app.js';

// Port 8082. Only the mock handlers exist so far: the service answers from its spec's examples.
await launchService({
  name: 'live-event',
  defaultPort: 8082,
  audience: 'live-event-service',
  operations: liveEventOperations,
  buildApp: buildLiveEventApp,
  createMockHandlers: createLiveEventMockHandlers,
});
