import { createEventsMockHandlers, eventsOperations } from '@ilenia/generated/openapi/events/server';
import { launchService } from '@ilenia/kit';
import { buildEventsApp } from './app.js';
import { eventsServiceAudience } from './config.js';
import { createEventsRealHandlers } from './create-events.js';

// Port 8083. Real handlers by default; USE_EVENTS_MOCK=true answers from the spec's examples.
await launchService({
  name: 'events',
  defaultPort: 8083,
  audience: eventsServiceAudience,
  operations: eventsOperations,
  buildApp: buildEventsApp,
  createMockHandlers: createEventsMockHandlers,
  createHandlers: createEventsRealHandlers,
});
