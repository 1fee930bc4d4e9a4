import type { LivekitProviderHandlers } from '@ilenia/generated/openapi/livekit-provider/server';
import { healthHandlers, type ReadinessProbe } from '@ilenia/kit';
import { agentHandlers } from './agent-handlers.js';
import type { HandlerDependencies } from './dependencies.js';
import { roomAccessHandlers } from './room-access-handlers.js';
import { roomHandlers } from './room-handlers.js';

export type { HandlerDependencies } from './dependencies.js';

/** Every operation of the livekit-provider spec, over its dependencies. */
export function livekitProviderHandlers(
  dependencies: HandlerDependencies,
  probes: Readonly<Record<string, ReadinessProbe>>,
): LivekitProviderHandlers {
  return {
    ...roomAccessHandlers(dependencies),
    ...agentHandlers(dependencies),
    ...roomHandlers(dependencies),
    ...healthHandlers({ name: 'livekit-provider' }, probes),
  };
}
