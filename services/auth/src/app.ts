import type { Express } from 'express';
import { createAuthRouter, type AuthHandlers } from '../../../generated/openapi/auth/server.js';
import { createServiceApp } from '../../kit/src/app.js';
import type { ServiceAppDependencies } from '../../kit/src/service.js';

/** The auth service's Express app, around the router generated from its spec. Never listens. */
export function buildAuthApp(dependencies: ServiceAppDependencies<AuthHandlers>): Express {
  return createServiceApp({ logger: dependencies.logger, corsOrigins: dependencies.corsOrigins, trustedProxies: dependencies.trustedProxies, routers: [createAuthRouter(dependencies)] });
}
