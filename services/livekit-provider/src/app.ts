import type { Express } from 'express';
import { createLivekitProviderRouter, type LivekitProviderHandlers } from '../../../generated/openapi/livekit-provider/server.js';
import { createServiceApp } from '../../kit/src/app.js';
import type { ServiceAppDependencies } from '../../kit/src/service.js';

/** The livekit-provider service's Express app, around the router generated from its spec. Never listens. */
export function buildLivekitProviderApp(dependencies: ServiceAppDependencies<LivekitProviderHandlers>): Express {
  return createServiceApp({ logger: dependencies.logger, corsOrigins: dependencies.corsOrigins, trustedProxies: dependencies.trustedProxies, routers: [createLivekitProviderRouter(dependencies)] });
}
