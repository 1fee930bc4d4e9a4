import type { LiveServiceHandlers } from '@ilenia/generated/openapi/live-service/server';
import { healthHandlers, type ReadinessProbe } from '@ilenia/kit';
import type { HandlerDependencies } from './dependencies.js';
import { sessionHandlers } from './session-handlers.js';
import { transcriptHandlers } from './transcript-handlers.js';

/** Every operation of the live-service REST API, from the service's dependencies. */
export function createLiveServiceHandlers(
  dependencies: HandlerDependencies,
  probes: Readonly<Record<string, ReadinessProbe>> = {},
): LiveServiceHandlers {
  return {
    ...sessionHandlers(dependencies),
    ...transcriptHandlers(dependencies),
    ...healthHandlers({ name: 'live-service' }, probes),
  };
}
