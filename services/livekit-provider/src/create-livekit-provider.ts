import type { Logger } from 'pino';
import type { LivekitProviderHandlers } from '@ilenia/generated/openapi/livekit-provider/server';
import type { CommonConfig, ConfigReader, RealHandlers } from '@ilenia/kit';
import { clientCredentialsTokenSource, httpEventsDirectory } from '@ilenia/kit/upstream';
import { readLivekitProviderConfig } from './config.js';
import { fetchWithTimeout } from './upstream/fetch-with-timeout.js';
import { livekitProviderHandlers } from './handlers/index.js';
import { accessTokenMinter } from './livekit/access-tokens.js';
import { liveKitRoomGateway } from './livekit/room-gateway.js';

/**
 * The production dependencies of livekit-provider: the LiveKit server's RoomService, the events
 * service behind the provider's client-credentials token, and the token minter. No database.
 */
export function createLivekitProviderRealHandlers(context: {
  config: CommonConfig;
  reader: ConfigReader;
  logger: Logger;
}): RealHandlers<LivekitProviderHandlers> {
  const { config, reader, logger } = context;
  const providerConfig = readLivekitProviderConfig(reader, config);
  try {
    reader.done();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }

  const timedFetch = fetchWithTimeout(providerConfig.eventsTimeoutMs);
  const serviceTokens = clientCredentialsTokenSource({
    tokenUrl: providerConfig.tokenUrl,
    clientId: providerConfig.clientId,
    clientSecret: providerConfig.clientSecret,
    fetch: timedFetch,
  });
  const directory = httpEventsDirectory({
    baseUrl: providerConfig.eventsServiceUrl,
    tokens: serviceTokens,
    cacheTtlMs: providerConfig.eventsCacheTtlMs,
    fetch: timedFetch,
  });
  const rooms = liveKitRoomGateway({ ...providerConfig.livekit, emptyTimeoutSeconds: providerConfig.roomEmptyTimeoutSeconds });
  const tokens = accessTokenMinter(providerConfig.livekit);
  logger.info({ livekitUrl: providerConfig.livekit.url.href, apiKey: providerConfig.livekit.apiKey }, 'LiveKit server configured');

  const probe = async (url: URL) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  };
  const handlers = livekitProviderHandlers(
    {
      directory,
      rooms,
      tokens,
      livekitUrl: providerConfig.livekit.url.href.replace(/\/$/, ''),
      tokenTtlSeconds: providerConfig.tokenTtlSeconds,
    },
    {
      jwks: () => probe(config.auth.jwksUrl),
      events_service: () => probe(new URL('/health', providerConfig.eventsServiceUrl)),
      livekit: async () => {
        const open = await rooms.listRooms();
        return { detail: `${open.length} room${open.length === 1 ? '' : 's'} open` };
      },
    },
  );
  return { handlers };
}
