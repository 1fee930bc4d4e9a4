import type { LiveServiceHandlers } from '@ilenia/generated/openapi/live-service/server';
import { healthHandlers, HttpProblem, type ReadinessProbe } from '@ilenia/kit';
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
    // Declared in the spec ahead of its handler, which is being written; until then it says so.
    getLiveEventTranscript: () => {
      throw new HttpProblem({ status: 501, title: 'Not implemented yet', detail: 'The event transcript of LiveKit mode is being built.' });
    },
  };
}
