import type { Express } from 'express';
import { createLiveServiceRouter, type LiveServiceHandlers } from '@ilenia/generated/openapi/live-service/server';
import { createServiceApp } from '@ilenia/kit';
import type { ServiceAppDependencies } from '@ilenia/kit';

/** The live-service service's Express app, around the router generated from its spec. Never listens. */
export function buildLiveServiceApp(dependencies: ServiceAppDependencies<LiveServiceHandlers>): Express {
  return createServiceApp({
    logger: dependencies.logger,
    corsOrigins: dependencies.corsOrigins,
    trustedProxies: dependencies.trustedProxies,
    routers: [createLiveServiceRouter(dependencies)],
  });
}
