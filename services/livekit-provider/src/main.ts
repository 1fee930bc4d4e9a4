import { createLivekitProviderMockHandlers, livekitProviderOperations } from '@ilenia/generated/openapi/livekit-provider/server';
import { launchService } from '@ilenia/kit';
import { buildLivekitProviderApp } from './app.js';
import { livekitProviderAudience } from './config.js';
import { createLivekitProviderRealHandlers } from './create-livekit-provider.js';

// Port 8086. USE_LIVEKIT_PROVIDER_MOCK=true serves the spec's examples.
await launchService({
  name: 'livekit-provider',
  defaultPort: 8086,
  audience: livekitProviderAudience,
  operations: livekitProviderOperations,
  buildApp: buildLivekitProviderApp,
  createMockHandlers: createLivekitProviderMockHandlers,
  createHandlers: createLivekitProviderRealHandlers,
});
