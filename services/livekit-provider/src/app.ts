import type { Express } from 'express';
import { createLivekitProviderRouter, type LivekitProviderHandlers } from '@ilenia/generated/openapi/livekit-provider/server';
import { createServiceApp } from '@ilenia/kit';
import type { ServiceAppDependencies } from '@ilenia/kit';

/** The livekit-provider service's Express app, around the router generated from its spec. Never listens. */
export function buildLivekitProviderApp(dependencies: ServiceAppDependencies<LivekitProviderHandlers>): Express {
  return createServiceApp({
    logger: dependencies.logger,
    corsOrigins: dependencies.corsOrigins,
    trustedProxies: dependencies.trustedProxies,
    routers: [createLivekitProviderRouter(dependencies)],
  });
}
