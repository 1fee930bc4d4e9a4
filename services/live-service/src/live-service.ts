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
import { InstanceLeaseRepository } from './repositories/instance-lease-repository.js';
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
  /** This process among the instances sharing the database. */
  instanceId: string;
  /**
   * How long this instance's lease lasts after each renewal (default 15 s): a process that died is
   * taken over by another instance this long after its last renewal at the latest.
   */
  instanceLeaseMs?: number;
  /** How often the lease is renewed, the agents' ownership checked and orphaned sessions picked up (default 5 s). */
  instanceHeartbeatMs?: number;
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
 * The live service from its dependencies: handlers, and the background work around them (the
 * instance's lease, sessions picked up, events watched, records retried). `start` before listening,
 * `stop` on SIGTERM (agents leave, sessions stay running for another instance or the next process),
 * `settle` before closing the database. Several instances may share one database.
 */
export function createLiveService(dependencies: LiveServiceDependencies) {
  const sessions = new SessionRepository(dependencies.db);
  const finals = new FinalRepository(dependencies.db);
  const leases = new InstanceLeaseRepository(dependencies.db);
  const leaseMs = dependencies.instanceLeaseMs ?? 15_000;
  const heartbeatMs = dependencies.instanceHeartbeatMs ?? 5_000;
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
  let beating: Promise<void> | undefined;

  /** The lease first (this instance is alive), then its agents' ownership, then the sessions nobody runs. */
  async function beatOnce(): Promise<void> {
    try {
      await leases.renew(dependencies.instanceId, leaseMs);
    } catch (error) {
      dependencies.logger.warn({ err: error }, "renewing this instance's lease failed; its sessions may be taken over");
    }
    await lifecycle.checkOwnership();
    await lifecycle.pickUp();
  }

  /** One heartbeat at a time: a slow database must not pile them up. */
  function heartbeat(): Promise<void> {
    beating ??= beatOnce()
      .catch((error: unknown) => dependencies.logger.error({ err: error }, 'the instance heartbeat failed'))
      .finally(() => {
        beating = undefined;
      });
    return beating;
  }

  return {
    handlers,
    lifecycle,
    sessions,
    finals,
    records,
    /** Takes this instance's lease, picks up the sessions nobody runs, and starts the watches. */
    async start(): Promise<void> {
      await leases.renew(dependencies.instanceId, leaseMs);
      await lifecycle.pickUp();
      await records.sweep();
      timers.push(setInterval(() => void heartbeat(), heartbeatMs).unref());
      timers.push(setInterval(() => void lifecycle.endClosedEvents(), dependencies.eventWatchIntervalMs ?? 15_000).unref());
      timers.push(setInterval(() => void records.sweep(), dependencies.recordSweepIntervalMs ?? 60_000).unref());
    },
    /** One heartbeat now (what the timer does every `instanceHeartbeatMs`). */
    heartbeat,
    /** SIGTERM: the agents leave, their sessions and this instance's lease are let go for the others at once. */
    async stop(): Promise<void> {
      for (const timer of timers.splice(0)) clearInterval(timer);
      await beating;
      await lifecycle.detachAll();
      await leases.remove(dependencies.instanceId);
    },
    async settle(): Promise<void> {
      await records.settle();
    },
  };
}

export type LiveService = ReturnType<typeof createLiveService>;
