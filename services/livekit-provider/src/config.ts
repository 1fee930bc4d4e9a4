import { developmentClients } from '@ilenia/kit';
import type { CommonConfig, ConfigReader } from '@ilenia/kit';

/** The `aud` the livekit-provider's access tokens must carry. */
export const livekitProviderAudience = 'livekit-service';

/** What livekit-provider reads besides the common configuration. */
export interface LivekitProviderConfig {
  livekit: {
    /** Where clients connect (`ws://` or `wss://`); the server API is reached on the same host over HTTP. */
    url: URL;
    apiKey: string;
    apiSecret: string;
    /** How long a LiveKit API call may take before it is a 502 (`LIVEKIT_TIMEOUT_MS`). */
    timeoutMs: number;
  };
  /** How long each kind of LiveKit token is accepted for joining (a connected participant is not affected). */
  tokenTtlSeconds: { speaker: number; listener: number; agent: number };
  /** How long LiveKit keeps a room nobody joined or everybody left (`LIVEKIT_EMPTY_TIMEOUT_SECONDS`). */
  roomEmptyTimeoutSeconds: number;
  eventsServiceUrl: URL;
  /** How long an events service call may take before it is a 502 (`EVENTS_TIMEOUT_MS`). */
  eventsTimeoutMs: number;
  eventsCacheTtlMs: number;
  tokenUrl: URL;
  clientId: string;
  clientSecret: string;
}

/**
 * Reads the livekit-provider variables. In development the LiveKit values default to those of
 * `livekit-server --dev` and the OAuth client to the one the auth service seeds; elsewhere the URL,
 * API key and secret and the client must be given.
 */
export function readLivekitProviderConfig(reader: ConfigReader, _common: CommonConfig): LivekitProviderConfig {
  const tokenUrl =
    reader.optionalString('AUTH_TOKEN_URL') !== undefined
      ? reader.url('AUTH_TOKEN_URL', { protocols: ['http:', 'https:'] })
      : new URL(
          '/v2/oauth/token',
          reader.url('AUTH_SERVICE_URL', { developmentDefault: 'http://localhost:8081', protocols: ['http:', 'https:'] }),
        );
  const defaultTtl = reader.integer('LIVEKIT_TOKEN_TTL_SECONDS', { default: 6 * 3600, min: 60, max: 24 * 3600 });
  return {
    livekit: {
      url: reader.url('LIVEKIT_URL', { developmentDefault: 'ws://localhost:7880', protocols: ['ws:', 'wss:', 'http:', 'https:'] }),
      apiKey: reader.string('LIVEKIT_API_KEY', { developmentDefault: 'devkey' }),
      apiSecret: reader.string('LIVEKIT_API_SECRET', { developmentDefault: 'secret' }),
      timeoutMs: reader.integer('LIVEKIT_TIMEOUT_MS', { default: 5_000, min: 100, max: 60_000 }),
    },
    tokenTtlSeconds: {
      speaker: reader.integer('LIVEKIT_SPEAKER_TOKEN_TTL_SECONDS', { default: defaultTtl, min: 60, max: 24 * 3600 }),
      listener: reader.integer('LIVEKIT_LISTENER_TOKEN_TTL_SECONDS', { default: defaultTtl, min: 60, max: 24 * 3600 }),
      agent: reader.integer('LIVEKIT_AGENT_TOKEN_TTL_SECONDS', { default: defaultTtl, min: 60, max: 24 * 3600 }),
    },
    roomEmptyTimeoutSeconds: reader.integer('LIVEKIT_EMPTY_TIMEOUT_SECONDS', { default: 600, min: 10, max: 86_400 }),
    eventsServiceUrl: reader.url('EVENTS_SERVICE_URL', { developmentDefault: 'http://localhost:8083', protocols: ['http:', 'https:'] }),
    eventsTimeoutMs: reader.integer('EVENTS_TIMEOUT_MS', { default: 5_000, min: 100, max: 60_000 }),
    eventsCacheTtlMs: reader.integer('EVENTS_CACHE_TTL_MS', { default: 2_000, min: 0, max: 600_000 }),
    tokenUrl,
    clientId: reader.string('OAUTH_LIVEKIT_PROVIDER_CLIENT_ID', { developmentDefault: developmentClients.livekitProvider.id }),
    clientSecret: reader.string('OAUTH_LIVEKIT_PROVIDER_CLIENT_SECRET', { developmentDefault: developmentClients.livekitProvider.secret }),
  };
}
