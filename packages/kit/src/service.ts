import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { bearerAuthenticator, type Authenticator } from './auth/authenticate.js';
import { createJwtVerifier } from './auth/jwt-verifier.js';
import { ConfigError, ConfigReader, readCommonConfig, type CommonConfig } from './config.js';
import { healthHandlers, type ReadinessProbe } from './health.js';
import { createLogger } from './logger.js';
import { mockBearerAuthenticator } from './openapi/mock-handlers.js';
import type { OperationDefinition } from './openapi/operation.js';
import type { ResponseValidation } from './openapi/operation.js';
import { runService } from './server.js';

/** What the real (non-mock) handlers of a service are built from, and what they give back. */
export interface RealHandlers<Handlers> {
  handlers: Handlers;
  /** Extra `/ready` checks (database, engines, other services). */
  probes?: Record<string, ReadinessProbe>;
  /**
   * How bearer tokens are verified, when not against the auth service's JWKS (the auth service itself
   * verifies with the keys it holds).
   */
  authenticators?: { bearerAuth: Authenticator };
  /** Called once the HTTP server listens, e.g. to accept WebSocket upgrades on it. */
  onListening?: (server: Server) => void;
  /** Runs first on shutdown, before HTTP stops: close long-lived connections, flushing what they hold. */
  onStopping?: () => Promise<void>;
  close?: () => Promise<void>;
}

/** What a service's app.ts receives. */
export interface ServiceAppDependencies<Handlers> {
  logger: Logger;
  handlers: Handlers;
  authenticators: { bearerAuth: Authenticator };
  corsOrigins?: readonly string[];
  /** The gateways whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`). */
  trustedProxies?: readonly string[];
  /** Which responses the generated router validates (`RESPONSE_VALIDATION`); all when not given. */
  responseValidation?: ResponseValidation;
}

export interface ServiceDefinition<Handlers> {
  name: string;
  defaultPort: number;
  /** The `aud` this service's access tokens must carry. */
  audience: string;
  operations: Readonly<Record<string, OperationDefinition>>;
  /** The service's app.ts: builds the Express app from its dependencies. */
  buildApp(dependencies: ServiceAppDependencies<Handlers>): Express;
  createMockHandlers(): Handlers;
  /** The production handlers (built at once, or after connecting to something); absent while the service answers only in mock mode. */
  createHandlers?: (context: {
    config: CommonConfig;
    reader: ConfigReader;
    logger: Logger;
  }) => Promise<RealHandlers<Handlers>> | RealHandlers<Handlers>;
}

/**
 * Starts a service from its definition: config (fail fast), logger, handlers (mock or real),
 * authentication against the auth service's JWKS, the app, a self-check that the spec loads, and
 * graceful shutdown.
 */
export async function launchService<Handlers>(
  definition: ServiceDefinition<Handlers>,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const reader = new ConfigReader(environment);
  const config = readCommonConfig(reader, { name: definition.name, defaultPort: definition.defaultPort, audience: definition.audience });
  const mockVariable = `USE_${definition.name.toUpperCase().replace(/-/g, '_')}_MOCK`;
  const useMock = config.useMock || (definition.createHandlers === undefined && environment[mockVariable] === undefined);
  try {
    if (!useMock && definition.createHandlers === undefined) {
      throw new ConfigError([
        `${mockVariable}=false, but the ${definition.name} service has only its mock handlers so far; set ${mockVariable}=true.`,
      ]);
    }
    reader.done();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }

  const logger = createLogger({ service: definition.name, level: config.logLevel, pretty: config.isDevelopment && process.stdout.isTTY });
  if (config.isDevelopment) {
    // Loud on purpose: a production start that forgot NODE_ENV is production, but one that set it to
    // development by mistake must be impossible to miss in the logs.
    logger.warn(
      { nodeEnv: environment.NODE_ENV },
      'DEVELOPMENT MODE (NODE_ENV=development/test): demo users, published development secrets and local defaults are in use; never run this in production',
    );
  }
  let handlers: Handlers;
  let close: (() => Promise<void>) | undefined;
  let real: RealHandlers<Handlers> | undefined;
  let bearerAuth: Authenticator;
  if (useMock) {
    // Liveness and readiness stay real: a monitor must see which service answers, not an example.
    handlers = { ...definition.createMockHandlers(), ...healthHandlers({ name: definition.name }, {}) };
    bearerAuth = mockBearerAuthenticator(definition.operations);
    logger.warn(`${mockVariable}: answering every operation with the spec's examples; any bearer token is accepted`);
  } else {
    real = await definition.createHandlers!({ config, reader, logger });
    handlers = real.handlers;
    close = real.close;
    bearerAuth =
      real.authenticators?.bearerAuth ??
      bearerAuthenticator(
        createJwtVerifier({ keys: { jwksUrl: config.auth.jwksUrl }, issuer: config.auth.issuer, audience: config.auth.audience }),
      );
  }

  const app = definition.buildApp({
    logger,
    handlers,
    authenticators: { bearerAuth },
    corsOrigins: config.corsOrigins,
    trustedProxies: config.trustedProxies,
    responseValidation: config.responseValidation,
  });
  const server = await runService({
    app,
    port: config.port,
    host: config.host,
    logger,
    onStopping: real?.onStopping,
    onShutdown: close,
    shutdownDeadlineMs: config.shutdownDeadlineMs,
  });
  real?.onListening?.(server);

  // The validator loads the spec lazily: a broken spec would otherwise only show on the first request.
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const selfCheck = await fetch(`http://127.0.0.1:${port}/health`).catch((error: unknown) => error as Error);
  if (selfCheck instanceof Error || selfCheck.status !== 200) {
    logger.fatal(
      { detail: selfCheck instanceof Error ? selfCheck.message : await selfCheck.text() },
      'self-check of /health failed; the spec did not load',
    );
    process.exit(1);
  }
}
