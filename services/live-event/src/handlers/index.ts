import type { LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import { healthHandlers, type ReadinessProbe } from '@ilenia/kit';
import type { HandlerDependencies } from './dependencies.js';
import { requireMetricsToken } from './metrics-token.js';
import { liveStatusHandlers } from './live-status-handlers.js';
import { recordingHandlers } from './recording-handlers.js';
import { sessionHandlers } from './session-handlers.js';
import { ticketHandlers } from './ticket-handlers.js';
import { transcriptHandlers } from './transcript-handlers.js';

/** Every operation of the live-event REST API, from the service's dependencies. */
export function createLiveEventHandlers(
  dependencies: HandlerDependencies,
  probes: Readonly<Record<string, ReadinessProbe>> = {},
): LiveEventHandlers {
  return {
    ...ticketHandlers(dependencies),
    ...sessionHandlers(dependencies),
    ...recordingHandlers(dependencies),
    ...transcriptHandlers(dependencies),
    ...liveStatusHandlers(dependencies),
    async getMetrics(_input, context) {
      requireMetricsToken(dependencies.metricsToken, context.request.headers.authorization);
      return {
        status: 200,
        contentType: 'text/plain; version=0.0.4',
        headers: { 'Cache-Control': 'no-store' },
        body: await dependencies.metrics.registry.metrics(),
      };
    },
    ...healthHandlers({ name: 'live-event' }, probes),
  };
}
