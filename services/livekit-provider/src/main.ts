import { createLivekitProviderMockHandlers, livekitProviderOperations } from '../../../generated/openapi/livekit-provider/server.js';
import { launchService } from '../../kit/src/service.js';
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
