import type { Express } from 'express';
import { createAuthRouter, type AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { createServiceApp } from '@ilenia/kit';
import type { ServiceAppDependencies } from '@ilenia/kit';
import { tokenEndpointErrors } from './http/oauth-errors.js';

/** The auth service's Express app, around the router generated from its spec. Never listens. */
export function buildAuthApp(dependencies: ServiceAppDependencies<AuthHandlers>): Express {
  return createServiceApp({
    logger: dependencies.logger,
    corsOrigins: dependencies.corsOrigins,
    trustedProxies: dependencies.trustedProxies,
    routers: [createAuthRouter(dependencies)],
    errorHandlers: [tokenEndpointErrors],
  });
}
