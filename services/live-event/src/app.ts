import type { Express } from 'express';
import { createLiveEventRouter, type LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import { createServiceApp } from '@ilenia/kit';
import type { ServiceAppDependencies } from '@ilenia/kit';

/** The live-event service's Express app, around the router generated from its spec. Never listens. */
export function buildLiveEventApp(dependencies: ServiceAppDependencies<LiveEventHandlers>): Express {
  return createServiceApp({
    logger: dependencies.logger,
    corsOrigins: dependencies.corsOrigins,
    trustedProxies: dependencies.trustedProxies,
    routers: [createLiveEventRouter(dependencies)],
  });
}
