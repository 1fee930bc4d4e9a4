import { randomUUID } from 'node:crypto';
import { developmentClients } from '@ilenia/kit';
import type { CommonConfig, ConfigReader } from '@ilenia/kit';

/** What the live service reads besides the common configuration. */
export interface LiveServiceConfig {
  /** The events service: events, channels and their speakers, and the records of ended sessions. */
  eventsServiceUrl: URL;
  /** The auth service's OAuth token endpoint (client credentials). */
  tokenUrl: URL;
  /** This service's OAuth client (`OAUTH_LIVE_SERVICE_CLIENT_ID` / `_SECRET`): `events:read`, `session_records:write`, `agents:token`. */
  clientId: string;
  clientSecret: string;
  /** The livekit-provider, which mints the agent's LiveKit token. */
  livekitProviderUrl: URL;
  /**
   * Where the agent connects to LiveKit (`LIVEKIT_URL`); the URL in the provider's token answer when
   * not set (the same server the browsers use).
   */
  livekitUrl: string | undefined;
  /** Where clients reach this service (transcript links in session records). */
  publicUrl: URL;
  /** How long the events service's answers are reused. */
  eventsCacheTtlMs: number;
  /** How often running sessions check that their event is still ready or live (`EVENT_WATCH_INTERVAL_MS`). */
  eventWatchIntervalMs: number;
  /** Names this process on the sessions it runs. */
  instanceId: string;
  /**
   * How often this instance renews its lease in the database, checks its agents still own their
   * sessions and picks up sessions nobody runs (`INSTANCE_HEARTBEAT_MS`), and how long the lease lasts
   * after a renewal (`INSTANCE_STALE_AFTER_MS`): a process that died is taken over after that.
   */
  instanceHeartbeatMs: number;
  instanceStaleAfterMs: number;
}

/** Reads the live-service variables; the client secret has a default in development only. */
export function readLiveServiceConfig(reader: ConfigReader, common: CommonConfig): LiveServiceConfig {
  const tokenUrl =
    reader.optionalString('AUTH_TOKEN_URL') !== undefined
      ? reader.url('AUTH_TOKEN_URL', { protocols: ['http:', 'https:'] })
      : new URL(
          '/v2/oauth/token',
          reader.url('AUTH_SERVICE_URL', { developmentDefault: 'http://localhost:8081', protocols: ['http:', 'https:'] }),
        );
  const livekitUrl = reader.optionalString('LIVEKIT_URL');
  const publicUrl = reader.optionalString('LIVE_SERVICE_PUBLIC_URL');
  const instanceHeartbeatMs = reader.integer('INSTANCE_HEARTBEAT_MS', { default: 5_000, min: 100, max: 60_000 });
  return {
    eventsServiceUrl: reader.url('EVENTS_SERVICE_URL', { developmentDefault: 'http://localhost:8083', protocols: ['http:', 'https:'] }),
    tokenUrl,
    clientId: reader.string('OAUTH_LIVE_SERVICE_CLIENT_ID', { developmentDefault: developmentClients.liveService.id }),
    clientSecret: reader.string('OAUTH_LIVE_SERVICE_CLIENT_SECRET', { developmentDefault: developmentClients.liveService.secret }),
    livekitProviderUrl: reader.url('LIVEKIT_PROVIDER_URL', { developmentDefault: 'http://localhost:8086', protocols: ['http:', 'https:'] }),
    livekitUrl: livekitUrl === undefined ? undefined : reader.url('LIVEKIT_URL', { protocols: ['ws:', 'wss:', 'http:', 'https:'] }).href,
    publicUrl:
      publicUrl === undefined && common.isDevelopment
        ? new URL(`http://localhost:${common.port}`)
        : reader.url('LIVE_SERVICE_PUBLIC_URL', { protocols: ['http:', 'https:'] }),
    eventsCacheTtlMs: reader.integer('EVENTS_CACHE_TTL_MS', { default: 5_000, min: 0, max: 600_000 }),
    eventWatchIntervalMs: reader.integer('EVENT_WATCH_INTERVAL_MS', { default: 15_000, min: 1_000, max: 600_000 }),
    instanceId: `${common.port}-${randomUUID()}`,
    instanceHeartbeatMs,
    // A lease outlives two missed renewals: one slow database round trip must not hand sessions over.
    instanceStaleAfterMs: reader.integer('INSTANCE_STALE_AFTER_MS', {
      default: 3 * instanceHeartbeatMs,
      min: 2 * instanceHeartbeatMs,
      max: 600_000,
    }),
  };
}
