import type { Express } from 'express';
import { createEventsRouter, type EventsHandlers } from '../../../generated/openapi/events/server.js';
import { createServiceApp } from '../../kit/src/app.js';
import type { ServiceAppDependencies } from '../../kit/src/service.js';

/** The events service's Express app, around the router generated from its spec. Never listens. */
export function buildEventsApp(dependencies: ServiceAppDependencies<EventsHandlers>): Express {
  return createServiceApp({ logger: dependencies.logger, corsOrigins: dependencies.corsOrigins, routers: [createEventsRouter(dependencies)] });
}
