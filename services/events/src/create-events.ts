import type { Logger } from 'pino';
import type { EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { bearerAuthenticator } from '@ilenia/kit';
import { createJwtVerifier } from '@ilenia/kit';
import type { CommonConfig } from '@ilenia/kit';
import { demoEvent } from '@ilenia/kit';
import { databaseTarget, openDatabase } from '@ilenia/kit/persistence';
import type { RealHandlers } from '@ilenia/kit';
import { eventsMigrations } from './db/migrations/index.js';
import type { EventsDatabase } from './db/schema.js';
import { createEventsHandlers } from './handlers/index.js';
import { seedDemoEvent } from './seed/demo-event.js';

/**
 * The production handlers: the database (PGlite by default, PostgreSQL with USE_DATABASE=true),
 * migrated before the first request; the demo event in development; readiness of the database and
 * of the auth service's key set, verified by the same verifier that checks every token.
 */
export async function createEventsRealHandlers(context: { config: CommonConfig; logger: Logger }): Promise<RealHandlers<EventsHandlers>> {
  const { config, logger } = context;
  const database = await openDatabase<EventsDatabase>(databaseTarget(config.database), eventsMigrations);
  logger.info(
    { database: database.kind, dataDir: config.database.pgliteDataDir ?? (database.kind === 'pglite' ? '(in memory)' : undefined) },
    'database ready',
  );
  if (config.isDevelopment && (await seedDemoEvent(database.db))) logger.info({ eventId: demoEvent.id }, 'seeded the demo event');

  const verifier = createJwtVerifier({
    keys: { jwksUrl: config.auth.jwksUrl },
    issuer: config.auth.issuer,
    audience: config.auth.audience,
  });
  const probes = {
    database: () => database.ping(),
    auth_jwks: () => verifier.check(),
  };
  return {
    handlers: createEventsHandlers({ db: database.db }, probes),
    probes,
    authenticators: { bearerAuth: bearerAuthenticator(verifier) },
    close: () => database.close(),
  };
}
