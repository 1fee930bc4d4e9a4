import type { Express } from 'express';
import { createEventsRouter, type EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { createServiceApp } from '@ilenia/kit';
import type { ServiceAppDependencies } from '@ilenia/kit';

/**
 * The events service's Express app, around the router generated from its spec. Never listens.
 */
export function buildEventsApp(dependencies: ServiceAppDependencies<EventsHandlers>): Express {
  const router = createEventsRouter({
    handlers: dependencies.handlers,
    authenticators: dependencies.authenticators,
    responseValidation: dependencies.responseValidation,
  });
  return createServiceApp({
    logger: dependencies.logger,
    corsOrigins: dependencies.corsOrigins,
    trustedProxies: dependencies.trustedProxies,
    routers: [router],
  });
}
