import type { EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { healthHandlers, type ReadinessProbe } from '@ilenia/kit';
import { assignmentHandlers } from './assignment-handlers.js';
import { channelHandlers } from './channel-handlers.js';
import type { EventsHandlerDependencies } from './dependencies.js';
import { eventHandlers } from './event-handlers.js';
import { sessionRecordHandlers } from './session-record-handlers.js';
import { templateHandlers } from './template-handlers.js';

export type { EventsHandlerDependencies } from './dependencies.js';

/** Every operation of the events API, over the service's database. */
export function createEventsHandlers(
  dependencies: EventsHandlerDependencies,
  probes: Readonly<Record<string, ReadinessProbe>> = {},
): EventsHandlers {
  return {
    ...eventHandlers(dependencies),
    ...channelHandlers(dependencies),
    ...assignmentHandlers(dependencies),
    ...templateHandlers(dependencies),
    ...sessionRecordHandlers(dependencies),
    ...healthHandlers({ name: 'events' }, probes),
  };
}
