import { developmentClients } from '@ilenia/kit';
import type { CommonConfig, ConfigReader } from '@ilenia/kit';

/** The `aud` the live-event service's access tokens must carry. */
export const liveEventServiceAudience = 'live-event-service';

/** What the live-event service reads besides the common configuration. */
export interface LiveEventConfig {
  /** The events service, asked about events, channels and assignments, and told about ended sessions. */
  eventsServiceUrl: URL;
  /** The auth service's OAuth token endpoint (client credentials). */
  tokenUrl: URL;
  /** This service's OAuth client (`OAUTH_LIVE_EVENT_CLIENT_ID` / `_SECRET`). */
  clientId: string;
  clientSecret: string;
  /** Where session recordings (WAV files) are written. */
  recordingsDir: string;
  /** How long a WebSocket ticket stays valid. */
  ticketTtlSeconds: number;
  /** How long an interrupted speaker session waits for `session_resume`. */
  resumeGraceSeconds: number;
  /** How long the events service's answers are reused. */
  eventsCacheTtlMs: number;
  /** Where clients reach this service (links in session records); ticket URLs follow the request otherwise. */
  publicUrl: URL | undefined;
  /** Tickets and the subtitle bus go through Redis when set, so that instances share them. */
  redisUrl: string | undefined;
  /**
   * Browser origins allowed to open a WebSocket (`CORS_ORIGINS`, as for the REST API); the service's
   * own origin always is, and clients that send no `Origin` (not browsers) are not concerned.
   */
  allowedOrigins: string[];
  /**
   * How long a final may wait for a database or Redis that is down (`FINAL_BUFFER_MAX_SECONDS`) and
   * how many finals of a session may wait at once (`FINAL_BUFFER_MAX_FINALS`); beyond, a `gap`.
   */
  finalBuffer: { maxWaitMs: number; maxFinals: number };
  /** The bearer token `/metrics` asks for (`METRICS_TOKEN`); required outside development, where it is public without it. */
  metricsToken: string | undefined;
  /**
   * With Redis, how often an instance renews its liveness key (`INSTANCE_HEARTBEAT_MS`), and how long
   * after its last renewal it is dead (`INSTANCE_STALE_AFTER_MS`): then its sessions are resumable on
   * any instance at once.
   */
  instanceHeartbeatMs: number;
  instanceStaleAfterMs: number;
}

/**
 * In development, the client the auth service registers for live-event (`OAUTH_LIVE_EVENT_CLIENT_*`
 * defaults there), with the scopes this service needs: `events:read`, `session_records:write`.
 */
const developmentClient = developmentClients.liveEvent;

/**
 * Reads the live-event variables. The client id and secret have defaults in development only (the
 * auth service's seeded development client); elsewhere they must be given.
 */
export function readLiveEventConfig(reader: ConfigReader, common: CommonConfig): LiveEventConfig {
  // AUTH_TOKEN_URL names the endpoint itself; otherwise it is the auth service's standard path.
  const tokenUrl =
    reader.optionalString('AUTH_TOKEN_URL') !== undefined
      ? reader.url('AUTH_TOKEN_URL', { protocols: ['http:', 'https:'] })
      : new URL(
          '/v2/oauth/token',
          reader.url('AUTH_SERVICE_URL', { developmentDefault: 'http://localhost:8081', protocols: ['http:', 'https:'] }),
        );
  const publicUrl = reader.optionalString('LIVE_EVENT_PUBLIC_URL');
  const instanceHeartbeatMs = reader.integer('INSTANCE_HEARTBEAT_MS', { default: 2_000, min: 100, max: 60_000 });
  return {
    eventsServiceUrl: reader.url('EVENTS_SERVICE_URL', { developmentDefault: 'http://localhost:8083', protocols: ['http:', 'https:'] }),
    tokenUrl,
    clientId: reader.string('OAUTH_LIVE_EVENT_CLIENT_ID', { developmentDefault: developmentClient.id }),
    clientSecret: reader.string('OAUTH_LIVE_EVENT_CLIENT_SECRET', { developmentDefault: developmentClient.secret }),
    recordingsDir: reader.string('RECORDINGS_DIR', { default: '.data/live-event/recordings' }),
    ticketTtlSeconds: reader.integer('TICKET_TTL_SECONDS', { default: 30, min: 1, max: 300 }),
    resumeGraceSeconds: reader.integer('RESUME_GRACE_SECONDS', { default: 30, min: 0, max: 3600 }),
    eventsCacheTtlMs: reader.integer('EVENTS_CACHE_TTL_MS', { default: 5_000, min: 0, max: 600_000 }),
    publicUrl:
      publicUrl === undefined
        ? common.isDevelopment
          ? undefined
          : reader.url('LIVE_EVENT_PUBLIC_URL')
        : reader.url('LIVE_EVENT_PUBLIC_URL', { protocols: ['http:', 'https:'] }),
    redisUrl: reader.optionalString('REDIS_URL'),
    allowedOrigins: reader
      .list('CORS_ORIGINS', { default: common.isDevelopment ? ['http://localhost:5173'] : [] })
      .map((origin) => origin.replace(/\/$/, '')),
    finalBuffer: {
      maxWaitMs: reader.integer('FINAL_BUFFER_MAX_SECONDS', { default: 120, min: 1, max: 3600 }) * 1000,
      maxFinals: reader.integer('FINAL_BUFFER_MAX_FINALS', { default: 200, min: 1, max: 10_000 }),
    },
    metricsToken: common.isDevelopment ? reader.optionalString('METRICS_TOKEN') : reader.string('METRICS_TOKEN'),
    instanceHeartbeatMs,
    instanceStaleAfterMs: reader.integer('INSTANCE_STALE_AFTER_MS', {
      default: 3 * instanceHeartbeatMs,
      min: 2 * instanceHeartbeatMs,
      max: 600_000,
    }),
  };
}
