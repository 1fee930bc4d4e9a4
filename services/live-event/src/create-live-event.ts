import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import type { CommonConfig, ConfigReader } from '@ilenia/kit';
import { databaseTarget, openDatabase } from '@ilenia/kit/persistence';
import type { RealHandlers } from '@ilenia/kit';
import { readLiveEventConfig } from './config.js';
import { liveEventMigrations } from './db/migrations/index.js';
import type { LiveEventDatabase } from './db/schema.js';
import { createSubtitleBus, readDistributionConfig } from './distribution/index.js';
import { createEngines, EngineError, readEngineConfig } from '@ilenia/speech-engines';
import { createLiveEventService } from './live-event-service.js';
import { RedisLiveStatusStore } from './live-status/redis-live-status-store.js';
import { createLiveEventMetrics } from './metrics.js';
import { redisLiveness } from './speaker/instance-liveness.js';
import { memoryTicketStore, redisTicketStore } from './tickets/ticket-store.js';
import { httpEventsDirectory, clientCredentialsTokenSource } from '@ilenia/kit/upstream';

/**
 * The production dependencies of the live-event service: its database (migrated), the engines
 * (probed once before listening), the subtitle bus and tickets (Redis when `REDIS_URL` is set), the
 * events service behind a client-credentials token, and the WebSocket gateway on the HTTP server.
 */
export async function createLiveEventRealHandlers(context: {
  config: CommonConfig;
  reader: ConfigReader;
  logger: Logger;
}): Promise<RealHandlers<LiveEventHandlers>> {
  const { config, reader, logger } = context;
  const liveConfig = readLiveEventConfig(reader, config);
  const engineConfig = readEngineConfig(reader);
  const distributionConfig = readDistributionConfig(reader);
  try {
    reader.done();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }

  const database = await openDatabase<LiveEventDatabase>(databaseTarget(config.database), liveEventMigrations);
  const engines = createEngines(engineConfig, { logger });
  for (const [engine, outcome] of Object.entries(await engines.prepare())) {
    if (outcome instanceof EngineError)
      logger.warn({ engine, code: outcome.code, detail: outcome.message }, 'engine not available; /ready reports it');
    else logger.info({ engine, capabilities: outcome }, 'engine ready');
  }
  const bus = createSubtitleBus(distributionConfig, logger);
  const redis = liveConfig.redisUrl ? new Redis(liveConfig.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  redis?.on('error', (error) => logger.warn({ err: { message: error.message } }, 'redis (tickets) error'));
  const tickets = redis ? redisTicketStore(redis, { keyPrefix: `${distributionConfig.redisKeyPrefix}ticket:` }) : memoryTicketStore();
  const tokens = clientCredentialsTokenSource({
    tokenUrl: liveConfig.tokenUrl,
    clientId: liveConfig.clientId,
    clientSecret: liveConfig.clientSecret,
  });
  const directory = httpEventsDirectory({ baseUrl: liveConfig.eventsServiceUrl, tokens, cacheTtlMs: liveConfig.eventsCacheTtlMs });
  const metrics = createLiveEventMetrics({ defaultMetrics: true });

  const probe = async (url: URL) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  };
  const service = createLiveEventService({
    db: database.db,
    directory,
    tickets,
    bus,
    engines,
    listenerLimits: distributionConfig.listener,
    metrics,
    logger,
    recordingsDir: liveConfig.recordingsDir,
    ticketTtlSeconds: liveConfig.ticketTtlSeconds,
    resumeGraceSeconds: liveConfig.resumeGraceSeconds,
    finalBuffer: liveConfig.finalBuffer,
    publicUrl: liveConfig.publicUrl ?? new URL(`http://localhost:${config.port}`),
    ticketUrlsFromPublicUrl: liveConfig.publicUrl !== undefined,
    allowedOrigins: liveConfig.allowedOrigins,
    ...(liveConfig.metricsToken !== undefined ? { metricsToken: liveConfig.metricsToken } : {}),
    sweepIntervalMs: 15_000,
    // Without Redis the service is one instance, and the default (in-process) liveness is exact.
    ...(redis
      ? {
          liveness: redisLiveness(redis, {
            keyPrefix: `${distributionConfig.redisKeyPrefix}instance:`,
            heartbeatMs: liveConfig.instanceHeartbeatMs,
            staleAfterMs: liveConfig.instanceStaleAfterMs,
            logger,
          }),
        }
      : {}),
    ...(redis ? { liveStatus: new RedisLiveStatusStore({ redis, keyPrefix: distributionConfig.redisKeyPrefix }) } : {}),
    probes: {
      database: () => database.ping(),
      redis: async () => {
        await bus.ping();
        if (!redis) return { detail: 'REDIS_URL not set: tickets and subtitles stay in this process (one instance)' };
        await redis.ping();
      },
      jwks: () => probe(config.auth.jwksUrl),
      events_service: () => probe(new URL('/health', liveConfig.eventsServiceUrl)),
      ...engines.readinessProbes(),
    },
  });

  return {
    handlers: service.handlers,
    onListening: (server) => service.attach(server),
    onStopping: () => service.stop(),
    async close() {
      await service.settle();
      await bus.close();
      await tickets.close();
      await redis?.quit().catch(() => {});
      await engines.close();
      await database.close();
    },
  };
}
