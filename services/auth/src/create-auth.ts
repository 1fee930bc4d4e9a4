import type { Logger } from 'pino';
import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import type { CommonConfig, ConfigReader } from '@ilenia/kit';
import type { ReadinessProbe } from '@ilenia/kit';
import { databaseTarget, openDatabase } from '@ilenia/kit/persistence';
import type { RealHandlers } from '@ilenia/kit';
import { createAuthService } from './auth-service.js';
import { readAuthConfig } from './config.js';
import type { AuthDatabase } from './db/schema.js';
import { authMigrations } from './db/migrations/index.js';
import { systemOrigin } from './domain/audit-log.js';
import { rotateSigningKey } from './domain/key-rotation.js';
import { describeSeed, seed } from './seed/bootstrap.js';

const rotationCheckMs = 60 * 60_000;

/**
 * The real auth service for launchService: config, database (migrated), keys, seeding (built-in
 * roles, bootstrap admin, development demo users, the live-service client), and the scheduled key
 * rotation when AUTH_KEY_ROTATION_DAYS is set.
 */
export async function createAuthRealHandlers(context: {
  config: CommonConfig;
  reader: ConfigReader;
  logger: Logger;
}): Promise<RealHandlers<AuthHandlers>> {
  const config = readAuthConfig(context.reader, context.config);
  // Every configuration problem is reported before anything opens (launchService calls done() again, harmlessly).
  context.reader.done();
  const database = await openDatabase<AuthDatabase>(
    databaseTarget(context.config.database),
    authMigrations({ keyEncryptionKey: config.keyEncryptionKey }),
  );
  try {
    const probes: Record<string, ReadinessProbe> = {
      database: () => database.ping(),
      // Ready means able to sign: the active key is loaded (its kid is reported).
      signing_key: async () => ({ detail: (await service.deps.keys.activeKey()).kid }),
    };
    const service = await createAuthService({ db: database.db, config, logger: context.logger, probes });
    const report = await seed(service.deps);
    const message = describeSeed(report, service.deps);
    // Printed once, to the console of the developer who started the service, never into the JSON log.
    if (message) console.log(message);

    let rotationTimer: NodeJS.Timeout | undefined;
    if (config.keyRotationDays !== undefined) {
      const rotateIfDue = async () => {
        try {
          await service.deps.keys.reload();
          if (service.deps.keys.rotationDue()) {
            const rotation = await rotateSigningKey(service.deps, systemOrigin);
            context.logger.info({ next_kid: rotation.next_key.kid, activates_at: rotation.activates_at }, 'scheduled signing key rotation');
          }
        } catch (error) {
          context.logger.error({ err: error }, 'scheduled key rotation failed; retrying within the hour');
        }
      };
      await rotateIfDue();
      rotationTimer = setInterval(() => void rotateIfDue(), rotationCheckMs);
      rotationTimer.unref();
    }

    return {
      handlers: service.handlers,
      probes,
      authenticators: { bearerAuth: service.bearerAuth },
      async close() {
        clearInterval(rotationTimer);
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
