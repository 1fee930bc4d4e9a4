import type { Logger } from 'pino';
import type { LiveServiceHandlers } from '@ilenia/generated/openapi/live-service/server';
import type { CommonConfig, ConfigReader, RealHandlers } from '@ilenia/kit';
import { databaseTarget, openDatabase } from '@ilenia/kit/persistence';
import { clientCredentialsTokenSource, httpEventsDirectory } from '@ilenia/kit/upstream';
import { createEngines, EngineError, readEngineConfig } from '@ilenia/speech-engines';
import { dispose as disposeLiveKit } from '@livekit/rtc-node';
import { startChannelAgent } from './agent/start-channel-agent.js';
import { readLiveServiceConfig } from './config.js';
import { liveServiceMigrations } from './db/migrations/index.js';
import type { LiveServiceDatabase } from './db/schema.js';
import { createLiveService } from './live-service.js';
import { livekitProviderAgentTokens } from './upstream/agent-token-client.js';

/**
 * The production dependencies of the live service: its database (migrated), the engines its agents
 * run (probed once before listening), the events service and the livekit-provider behind its
 * client-credentials token, and the real channel agent.
 */
export async function createLiveServiceRealHandlers(context: {
  config: CommonConfig;
  reader: ConfigReader;
  logger: Logger;
}): Promise<RealHandlers<LiveServiceHandlers>> {
  const { config, reader, logger } = context;
  const serviceConfig = readLiveServiceConfig(reader, config);
  const engineConfig = readEngineConfig(reader);
  try {
    reader.done();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }

  const database = await openDatabase<LiveServiceDatabase>(databaseTarget(config.database), liveServiceMigrations);
  const engines = createEngines(engineConfig, { logger });
  for (const [engine, outcome] of Object.entries(await engines.prepare())) {
    if (outcome instanceof EngineError)
      logger.warn({ engine, code: outcome.code, detail: outcome.message }, 'engine not available; /ready reports it');
    else logger.info({ engine, capabilities: outcome }, 'engine ready');
  }
  const tokens = clientCredentialsTokenSource({
    tokenUrl: serviceConfig.tokenUrl,
    clientId: serviceConfig.clientId,
    clientSecret: serviceConfig.clientSecret,
  });
  const directory = httpEventsDirectory({ baseUrl: serviceConfig.eventsServiceUrl, tokens, cacheTtlMs: serviceConfig.eventsCacheTtlMs });
  const agentTokens = livekitProviderAgentTokens({ baseUrl: serviceConfig.livekitProviderUrl, tokens });

  const probe = async (url: URL) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  };
  const { stt, ...otherEngines } = engines.readinessProbes();
  const service = createLiveService({
    db: database.db,
    directory,
    agentTokens,
    startAgent: startChannelAgent,
    engines,
    logger,
    publicUrl: serviceConfig.publicUrl,
    instanceId: serviceConfig.instanceId,
    instanceHeartbeatMs: serviceConfig.instanceHeartbeatMs,
    instanceLeaseMs: serviceConfig.instanceStaleAfterMs,
    ...(serviceConfig.livekitUrl ? { livekitUrl: serviceConfig.livekitUrl } : {}),
    eventWatchIntervalMs: serviceConfig.eventWatchIntervalMs,
    probes: {
      database: () => database.ping(),
      jwks: () => probe(config.auth.jwksUrl),
      auth_token: async () => {
        await tokens.token();
      },
      events_service: () => probe(new URL('/health', serviceConfig.eventsServiceUrl)),
      livekit_provider: () => probe(new URL('/health', serviceConfig.livekitProviderUrl)),
      // The spec calls the recogniser `asr`.
      asr: stt,
      ...otherEngines,
    },
  });
  await service.start();

  return {
    handlers: service.handlers,
    onStopping: () => service.stop(),
    async close() {
      await service.settle();
      await engines.close();
      await database.close();
      // rtc-node's native side keeps threads alive until disposed: without it the process would not exit.
      await disposeLiveKit();
    },
  };
}
