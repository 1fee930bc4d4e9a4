import { createLiveEventMockHandlers, liveEventOperations } from '@ilenia/generated/openapi/live-event/server';
import { launchService } from '@ilenia/kit';
import { buildLiveEventApp } from './app.js';
import { liveEventServiceAudience } from './config.js';
import { createLiveEventRealHandlers } from './create-live-event.js';

// Port 8082: the REST API and the speaker and listener WebSockets. USE_LIVE_EVENT_MOCK=true serves the spec's examples.
await launchService({
  name: 'live-event',
  defaultPort: 8082,
  audience: liveEventServiceAudience,
  operations: liveEventOperations,
  buildApp: buildLiveEventApp,
  createMockHandlers: createLiveEventMockHandlers,
  createHandlers: createLiveEventRealHandlers,
});
