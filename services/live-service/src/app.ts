import type { Express } from 'express';
import { createLiveServiceRouter, type LiveServiceHandlers } from '../../../generated/openapi/live-service/server.js';
import { createServiceApp } from '../../kit/src/app.js';
import type { ServiceAppDependencies } from '../../kit/src/service.js';

/** The live-service service's Express app, around the router generated from its spec. Never listens. */
export function buildLiveServiceApp(dependencies: ServiceAppDependencies<LiveServiceHandlers>): Express {
  return createServiceApp({ logger: dependencies.logger, corsOrigins: dependencies.corsOrigins, trustedProxies: dependencies.trustedProxies, routers: [createLiveServiceRouter(dependencies)] });
}
