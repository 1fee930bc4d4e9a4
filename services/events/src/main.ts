import { createEventsMockHandlers, eventsOperations } from '../../../generated/openapi/events/server.js';
import { launchService } from '../../kit/src/service.js';
import { buildEventsApp } from './app.js';

// Port 8083. Only the mock handlers exist so far: the service answers from its spec's examples.
await launchService({
  name: 'events',
  defaultPort: 8083,
  audience: 'event-service',
  operations: eventsOperations,
  buildApp: buildEventsApp,
  createMockHandlers: createEventsMockHandlers,
});
