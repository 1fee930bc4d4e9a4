import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { LiveServiceHandlers } from '@ilenia/generated/openapi/live-service/server';
import type { ReadinessProbe } from '@ilenia/kit';
import type { EventsDirectory } from '@ilenia/kit/upstream';
import type { Engines } from '@ilenia/speech-engines';
import type { StartChannelAgent } from './agent/contract.js';
import type { LiveServiceDatabase } from './db/schema.js';
import { createLiveServiceHandlers } from './handlers/index.js';
import { FinalRepository } from './repositories/final-repository.js';
import { SessionRepository } from './repositories/session-repository.js';
import { sessionLifecycle } from './sessions/session-lifecycle.js';
import { sessionRecordWriter } from './sessions/session-record-writer.js';
import type { AgentTokenSource } from './upstream/agent-token-client.js';

export interface LiveServiceDependencies {
  db: Kysely<LiveServiceDatabase>;
  directory: EventsDirectory;
  agentTokens: AgentTokenSource;
  startAgent: StartChannelAgent;
  engines: Engines;
  logger: Logger;
  publicUrl: URL;
  instanceId: string;
  /** Overrides the token's `livekit_url` for the agent (an internal address of the same server). */
  livekitUrl?: string;
  eventWatchIntervalMs?: number;
  recordRetryDelaysMs?: readonly number[];
  /** How often ended sessions whose record was not saved are tried again (default 60 s). */
  recordSweepIntervalMs?: number;
  joinWaitMs?: number;
  probes?: Readonly<Record<string, ReadinessProbe>>;
}

/**
 * The live service from its dependencies: handlers, and the background work around them (sessions
 * picked up at start, events watched, records retried). `start` before listening, `stop` on SIGTERM
 * (agents leave, sessions stay running for the next process), `settle` before closing the database.
 */
export function createLiveService(dependencies: LiveServiceDependencies) {
  const sessions = new SessionRepository(dependencies.db);
  const finals = new FinalRepository(dependencies.db);
  const records = sessionRecordWriter({
    sessions,
    finals,
    directory: dependencies.directory,
    publicUrl: dependencies.publicUrl,
    logger: dependencies.logger,
    ...(dependencies.recordRetryDelaysMs ? { retryDelaysMs: dependencies.recordRetryDelaysMs } : {}),
  });
  const lifecycle = sessionLifecycle({
    sessions,
    finals,
    directory: dependencies.directory,
    agentTokens: dependencies.agentTokens,
    startAgent: dependencies.startAgent,
    engines: dependencies.engines,
    records,
    logger: dependencies.logger,
    instanceId: dependencies.instanceId,
    ...(dependencies.livekitUrl ? { livekitUrl: dependencies.livekitUrl } : {}),
    ...(dependencies.joinWaitMs !== undefined ? { joinWaitMs: dependencies.joinWaitMs } : {}),
  });
  const handlers: LiveServiceHandlers = createLiveServiceHandlers(
    { directory: dependencies.directory, sessions, finals, lifecycle, engines: dependencies.engines },
    dependencies.probes,
  );
  const timers: NodeJS.Timeout[] = [];

  return {
    handlers,
    lifecycle,
    sessions,
    finals,
    records,
    /** Picks up the sessions a previous process ran, and starts the watches. */
    async start(): Promise<void> {
      await lifecycle.pickUp();
      await records.sweep();
      timers.push(setInterval(() => void lifecycle.endClosedEvents(), dependencies.eventWatchIntervalMs ?? 15_000).unref());
      timers.push(
        setInterval(() => {
          void records.sweep();
          // A session a failed pick-up left behind gets another chance.
          void lifecycle.pickUp();
        }, dependencies.recordSweepIntervalMs ?? 60_000).unref(),
      );
    },
    async stop(): Promise<void> {
      for (const timer of timers.splice(0)) clearInterval(timer);
      await lifecycle.detachAll();
    },
    async settle(): Promise<void> {
      await records.settle();
    },
  };
}

export type LiveService = ReturnType<typeof createLiveService>;
