import { createLivekitProviderMockHandlers, livekitProviderOperations } from '@ilenia/generated/openapi/livekit-provider/server';
import { launchService } from '@ilenia/kit';
import { buildLivekitProviderApp } from './app.js';

// Port 8086. Only the mock handlers exist so far: the service answers from its spec's examples.
await launchService({
  name: 'livekit-provider',
  defaultPort: 8086,
  audience: 'livekit-service',
  operations: livekitProviderOperations,
  buildApp: buildLivekitProviderApp,
  createMockHandlers: createLivekitProviderMockHandlers,
});
