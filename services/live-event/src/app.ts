import type { Express } from 'express';
import { createLiveEventRouter, type LiveEventHandlers } from '../../../generated/openapi/live-event/server.js';
import { createServiceApp } from '../../kit/src/app.js';
import type { ServiceAppDependencies } from '../../kit/src/service.js';

/** The live-event service's Express app, around the router generated from its spec. Never listens. */
export function buildLiveEventApp(dependencies: ServiceAppDependencies<LiveEventHandlers>): Express {
  return createServiceApp({ logger: dependencies.logger, corsOrigins: dependencies.corsOrigins, trustedProxies: dependencies.trustedProxies, routers: [createLiveEventRouter(dependencies)] });
}
