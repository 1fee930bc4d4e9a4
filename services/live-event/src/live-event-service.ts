import type { Server } from 'node:http';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import type { ReadinessProbe } from '@ilenia/kit';
import type { LiveEventDatabase } from './db/schema.js';
import type { ListenerLimits } from './distribution/config.js';
import { createListenerSide } from './distribution/listener-side.js';
import type { SubtitleBus } from './distribution/types.js';
import type { ChannelEngines } from './domain/language-check.js';
import { createLiveEventHandlers } from './handlers/index.js';
import { InProcessLiveStatusStore } from './live-status/in-process-live-status-store.js';
import { LiveStatusRecorder } from './live-status/live-status-recorder.js';
import type { LiveStatusStore } from './live-status/types.js';
import type { LiveEventMetrics } from './metrics.js';
import { SegmentRepository } from './repositories/segment-repository.js';
import { SessionRepository } from './repositories/session-repository.js';
import { sessionRecordWriter } from './session-records/session-record-writer.js';
import { sweepSessions } from './session-records/session-sweeper.js';
import { inProcessLiveness, type InstanceLiveness } from './speaker/instance-liveness.js';
import type { SessionServices } from './speaker/live-session.js';
import type { FinalBufferLimits } from './speaker/segment-pipeline.js';
import { SessionRegistry } from './speaker/session-registry.js';
import { createSpeakerSide } from './speaker/speaker-side.js';
import { ticketRateLimiter } from './tickets/ticket-rate-limiter.js';
import type { TicketStore } from './tickets/ticket-store.js';
import type { EventsDirectory } from '@ilenia/kit/upstream';
import { createWebSocketGateway } from './ws/websocket-gateway.js';

/** Everything the live-event service is assembled from; main.ts builds the real ones, tests their own. */
export interface LiveEventServiceDependencies {
  db: Kysely<LiveEventDatabase>;
  directory: EventsDirectory;
  tickets: TicketStore;
  bus: SubtitleBus;
  engines: ChannelEngines;
  metrics: LiveEventMetrics;
  logger: Logger;
  recordingsDir: string;
  ticketTtlSeconds: number;
  resumeGraceSeconds: number;
  /** How long a saturated recogniser may hold the speaker's audio back (default 2 s). */
  recogniserWaitMs?: number;
  /** How long and how many finals of a session may wait for a database or Redis that is down. */
  finalBuffer?: FinalBufferLimits;
  /** Where clients reach the service (session record links); ticket URLs use it too when given. */
  publicUrl: URL;
  /** Whether ticket URLs follow `publicUrl` (behind a gateway) or each request's host. */
  ticketUrlsFromPublicUrl?: boolean;
  /** Browser origins that may open a WebSocket besides the service's own (absent: none). */
  allowedOrigins?: readonly string[];
  /** The bearer token `/metrics` asks for; public without one (development only). */
  metricsToken?: string;
  probes?: Readonly<Record<string, ReadinessProbe>>;
  ticketBurstPerMinute?: number;
  firstMessageTimeoutMs?: number;
  listenerLimits?: Partial<ListenerLimits>;
  recordRetryDelaysMs?: readonly number[];
  /** How often abandoned sessions and unconfirmed records are looked for, and own sessions stamped (0: only at start). */
  sweepIntervalMs?: number;
  /** A session not stamped for this long belongs to a dead process (default 4 sweep intervals, at least 60 s). */
  abandonedAfterMs?: number;
  /**
   * Which instances are alive (Redis keys with several instances); in-process by default, where any
   * owner but a live instance of this process is dead.
   */
  liveness?: InstanceLiveness;
  /** What the instances share of the live status (Redis with several); in process when absent. */
  liveStatus?: LiveStatusStore;
  /** How often this instance writes its listener presence again (default 10 s). */
  presenceHeartbeatMs?: number;
}

/** How long shutdown waits for each socket to close (and each session to settle). */
const socketCloseTimeoutMs = 5_000;

/**
 * The live-event service's parts wired together: REST handlers, the WebSocket gateway, the session
 * registry and the session record writer. `attach` takes the HTTP server's upgrades; `stop` flushes
 * every session and closes every socket with 1001 (the kit's onStopping).
 */
export function createLiveEventService(dependencies: LiveEventServiceDependencies) {
  const liveStatus = dependencies.liveStatus ?? new InProcessLiveStatusStore();
  const liveStatusRecorder = new LiveStatusRecorder({
    store: liveStatus,
    logger: dependencies.logger,
    heartbeatMs: dependencies.presenceHeartbeatMs,
  });
  // Every final published is timed for the manager's live status; listeners share the same bus.
  const bus = liveStatusRecorder.observeFinals(dependencies.bus);
  const sessions = new SessionRepository(dependencies.db);
  const segments = new SegmentRepository(dependencies.db);
  const liveSessions = new SessionRegistry();
  const listenerSide = createListenerSide({
    directory: dependencies.directory,
    bus,
    metrics: dependencies.metrics,
    logger: dependencies.logger,
    limits: dependencies.listenerLimits,
    liveStatus: liveStatusRecorder,
    onJoined: (eventId, listeners) => liveSessions.noteListeners(eventId, listeners),
  });
  const liveness = dependencies.liveness ?? inProcessLiveness();
  void liveness.start().catch((error: unknown) => dependencies.logger.error({ err: error }, 'announcing this instance as alive failed'));
  const records = sessionRecordWriter({
    sessions,
    segments,
    directory: dependencies.directory,
    publicUrl: dependencies.publicUrl,
    logger: dependencies.logger,
    metrics: dependencies.metrics,
    retryDelaysMs: dependencies.recordRetryDelaysMs,
  });
  const services: SessionServices = {
    sessions,
    segments,
    bus,
    recognizer: dependencies.engines.recognizer,
    translator: dependencies.engines.translator,
    metrics: dependencies.metrics,
    logger: dependencies.logger,
    recordingsDir: dependencies.recordingsDir,
    resumeGraceSeconds: dependencies.resumeGraceSeconds,
    liveness,
    recogniserWaitMs: dependencies.recogniserWaitMs,
    finalBuffer: dependencies.finalBuffer,
    listenersOf: (eventId) => listenerSide.listenerCount(eventId),
    onEnded(sessionId, outcome) {
      const session = liveSessions.get(sessionId);
      if (session) liveSessions.remove(session);
      if (outcome.recorded) void records.write(sessionId);
    },
  };
  const speakerSide = createSpeakerSide({
    directory: dependencies.directory,
    liveSessions,
    services,
    metrics: dependencies.metrics,
    logger: dependencies.logger,
    firstMessageTimeoutMs: dependencies.firstMessageTimeoutMs,
  });
  const gateway = createWebSocketGateway({
    tickets: dependencies.tickets,
    speaker: speakerSide,
    listener: listenerSide,
    metrics: dependencies.metrics,
    logger: dependencies.logger,
    allowedOrigins: [...(dependencies.allowedOrigins ?? []), dependencies.publicUrl.origin],
  });
  const handlers: LiveEventHandlers = createLiveEventHandlers(
    {
      directory: dependencies.directory,
      tickets: dependencies.tickets,
      ticketLimiter: ticketRateLimiter({ burst: dependencies.ticketBurstPerMinute ?? 10 }),
      liveSessions,
      sessions,
      segments,
      engines: dependencies.engines,
      bus,
      liveStatus,
      metrics: dependencies.metrics,
      ticketTtlSeconds: dependencies.ticketTtlSeconds,
      publicUrl: dependencies.ticketUrlsFromPublicUrl ? dependencies.publicUrl : undefined,
      ...(dependencies.metricsToken !== undefined ? { metricsToken: dependencies.metricsToken } : {}),
    },
    dependencies.probes,
  );

  /** Sessions of events that were ended in the events service end too (`event_ended`, speakers get 4011). */
  const endSessionsOfEndedEvents = async () => {
    for (const session of liveSessions.all()) {
      const event = await dependencies.directory.getEvent(session.parameters.eventId).catch(() => null);
      if (event === undefined || event?.status === 'ended') await session.end('event_ended');
    }
  };
  // At least the resume grace plus a stamp interval: a session active on a dead process stays resumable that long.
  const staleAfterMs =
    dependencies.abandonedAfterMs ??
    Math.max(
      60_000,
      4 * (dependencies.sweepIntervalMs ?? 0),
      dependencies.resumeGraceSeconds * 1000 + 2 * (dependencies.sweepIntervalMs ?? 0),
    );
  /**
   * Stamps the sessions this instance runs; one it no longer owns was taken over by another instance
   * (which took this one for dead): it is let go here, so that never two processes run it.
   */
  const stampOwnSessions = async () => {
    const held = liveSessions.all().filter((session) => session.state !== 'ending' && session.state !== 'ended');
    const stamped = await sessions.heartbeat(
      held.map((session) => session.id),
      new Date(),
      liveness.instanceId,
    );
    for (const session of held) {
      if (stamped.has(session.id) || session.state === 'ending' || session.state === 'ended') continue;
      const stored = await sessions.get(session.id);
      if (stored && stored.status !== 'ended' && stored.ownerInstance !== liveness.instanceId) {
        dependencies.logger.warn(
          { session_id: session.id, owner_instance: stored.ownerInstance },
          'another instance took this session over; letting it go',
        );
        await session.end('replaced');
      }
    }
  };
  const sweep = async () => {
    try {
      await stampOwnSessions();
      await endSessionsOfEndedEvents();
      return await sweepSessions({ sessions, liveSessions, records, logger: dependencies.logger, staleAfterMs, liveness });
    } catch (error) {
      dependencies.logger.error({ err: error }, 'sweeping sessions failed');
      return 0;
    }
  };
  const sweeper = dependencies.sweepIntervalMs ? setInterval(() => void sweep(), dependencies.sweepIntervalMs) : undefined;
  sweeper?.unref();

  return {
    handlers,
    liveSessions,
    sessions,
    segments,
    records,
    liveness,
    liveStatusRecorder,
    /** Ends what a previous process abandoned and writes unconfirmed records again. */
    sweep,
    attach(server: Server): void {
      gateway.attach(server);
      void sweep();
    },
    /** Shutdown, first step: flush every session and close every socket with 1001. */
    async stop(): Promise<void> {
      clearInterval(sweeper);
      // Speakers first: the finals their flushed sessions publish still reach the listeners.
      await speakerSide.goAway(socketCloseTimeoutMs);
      await listenerSide.goAway(socketCloseTimeoutMs);
      await gateway.close();
      // Its sessions are interrupted and flushed: any instance may continue them from now on.
      await liveness.stop();
      await liveStatusRecorder.stop();
    },
    /** Waits for session records being written (after stop, before the database closes). */
    settle: () => records.settle(),
  };
}
