import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Engines } from '@ilenia/speech-engines';
import type { EventsDirectory, EventsEvent } from '@ilenia/kit/upstream';
import type { ChannelAgent, ChannelAgentEvent, StartChannelAgent } from '../agent/contract.js';
import type { SessionEndReason } from '../db/schema.js';
import type { FinalRepository } from '../repositories/final-repository.js';
import type { SessionCounters, SessionRepository, StoredSession } from '../repositories/session-repository.js';
import type { AgentTokenSource } from '../upstream/agent-token-client.js';
import { sessionFinalStore } from './final-store.js';
import type { SessionRecordWriter } from './session-record-writer.js';
import { captionsJoined, initialStages, stoppedStages, storedStages } from './stages.js';

export interface SessionLifecycleOptions {
  sessions: SessionRepository;
  finals: FinalRepository;
  directory: EventsDirectory;
  agentTokens: AgentTokenSource;
  startAgent: StartChannelAgent;
  engines: Engines;
  records: SessionRecordWriter;
  logger: Logger;
  /** This process, stamped on the sessions it runs (its lease says whether it is alive). */
  instanceId: string;
  /** Overrides the token's `livekit_url` for the agent. */
  livekitUrl?: string;
  /** How long a start waits for the agent to join before answering `starting` (the spec's 10 s). */
  joinWaitMs?: number;
  /** How long a stop waits for the agent to leave before ending the session anyway (the spec's 10 s). */
  stopWaitMs?: number;
}

/** What the lifecycle answers a start with: the new session (201) or the one already running (200). */
export type StartOutcome = { created: true; session: StoredSession } | { created: false; session: StoredSession };

/** The channel's previous session is still stopping (the spec's 409 `session-stopping`). */
export class SessionStillStoppingError extends Error {
  constructor(readonly sessionId: string) {
    super(`Session ${sessionId} of this channel is stopping; retry in 5 seconds.`);
  }
}

/** The agent could not be started at all (its session is not kept). */
export class AgentStartError extends Error {}

interface RunningAgent {
  agent: ChannelAgent;
  /** The session's counters when this agent took it (a picked-up session's earlier audio and listeners). */
  base: { audioMs: number; listenersPeak: number };
  unsubscribe: () => void;
  /** Writes of the agent's reports, in order (a stage update never overtakes the end). */
  writes: Promise<void>;
  ending: boolean;
}

const openStatuses: readonly EventsEvent['status'][] = ['ready', 'live'];

/** The session's counters: what earlier agents counted, and this one. */
function countersOf(entry: RunningAgent): SessionCounters {
  const counters = entry.agent.counters;
  return {
    audioMs: entry.base.audioMs + counters.audioMs,
    mediaMs: counters.mediaMs,
    listenersPeak: Math.max(entry.base.listenersPeak, counters.listenersPeak),
  };
}

/**
 * Starts, watches, stops and picks up the channel agents of this process. The database is the truth
 * of what runs (one running session per channel, by a unique index; one owner instance per session,
 * taken over only once the owner's lease expired); the agents are this process's.
 */
export function sessionLifecycle(options: SessionLifecycleOptions) {
  const { sessions, logger } = options;
  const running = new Map<string, RunningAgent>();
  const joinWaitMs = options.joinWaitMs ?? 10_000;
  const stopWaitMs = options.stopWaitMs ?? 10_000;
  let pickingUp: Promise<void> | undefined;
  const endings = new Map<string, Promise<StoredSession | undefined>>();

  function enqueue(sessionId: string, write: () => Promise<void>): void {
    const entry = running.get(sessionId);
    if (!entry) return;
    entry.writes = entry.writes
      .then(write)
      .catch((error: unknown) => logger.error({ err: error, session_id: sessionId }, 'storing the agent report failed'));
  }

  /** Ends a session once: a second reason that arrives meanwhile (a stop while the room closes) waits for the first. */
  function end(sessionId: string, reason: SessionEndReason, extra: { stoppedBy?: string | null } = {}): Promise<StoredSession | undefined> {
    const ongoing = endings.get(sessionId);
    if (ongoing) return ongoing;
    const ending = endOnce(sessionId, reason, extra).finally(() => endings.delete(sessionId));
    endings.set(sessionId, ending);
    return ending;
  }

  async function endOnce(
    sessionId: string,
    reason: SessionEndReason,
    extra: { stoppedBy?: string | null },
  ): Promise<StoredSession | undefined> {
    const entry = running.get(sessionId);
    if (entry) {
      entry.ending = true;
      entry.unsubscribe();
      await leave(sessionId, entry);
      await entry.writes;
      running.delete(sessionId);
    }
    const stored = await sessions.get(sessionId);
    const stages = entry ? storedStages(entry.agent.stages) : (stored?.stages ?? []);
    const ended = await sessions.end(sessionId, {
      reason,
      at: new Date(),
      stages: stoppedStages(stages),
      ...(entry ? { nextSequence: entry.agent.nextSequence, counters: countersOf(entry) } : {}),
      ...extra,
    });
    if (ended) {
      logger.info({ session_id: sessionId, end_reason: reason }, 'session ended');
      void options.records.write(sessionId);
    }
    return sessions.get(sessionId);
  }

  /** The agent leaves the room; one that does not within the wait is left behind (LiveKit drops it). */
  async function leave(sessionId: string, entry: RunningAgent): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), stopWaitMs);
    });
    const outcome = await Promise.race([
      entry.agent.stop().then(
        () => 'left' as const,
        (error: unknown) => error,
      ),
      timedOut,
    ]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      logger.warn({ session_id: sessionId }, `the agent did not leave within ${stopWaitMs} ms; ending the session anyway`);
    else if (outcome !== 'left') logger.warn({ err: outcome, session_id: sessionId }, 'the agent failed while leaving');
  }

  /** Stores the agent's stages and counters as they are now; `active` once the captions flow. */
  function recordStages(sessionId: string, entry: RunningAgent): void {
    const stages = storedStages(entry.agent.stages);
    const counters = countersOf(entry);
    enqueue(sessionId, () =>
      sessions.updateProgress(sessionId, options.instanceId, {
        stages,
        nextSequence: entry.agent.nextSequence,
        counters,
        ...(captionsJoined(stages) ? { status: 'active' as const } : {}),
      }),
    );
  }

  /**
   * The agent leaves and this process forgets the session, leaving its row as it is: another instance
   * owns it now, or it ended elsewhere (a stop that reached another instance).
   */
  async function drop(sessionId: string, entry: RunningAgent, why: string): Promise<void> {
    if (entry.ending) return;
    entry.ending = true;
    entry.unsubscribe();
    logger.warn({ session_id: sessionId }, `the agent leaves: ${why}`);
    await leave(sessionId, entry);
    await entry.writes;
    running.delete(sessionId);
  }

  function onAgentEvent(session: StoredSession, event: ChannelAgentEvent): void {
    const entry = running.get(session.id);
    if (!entry || entry.ending) return;
    if (event.type === 'stage') {
      recordStages(session.id, entry);
    } else if (event.type === 'room_closed') {
      void end(session.id, 'room_closed');
    } else if (event.type === 'replaced') {
      // Another connection is the room's agent now. If it is not another instance's takeover, the
      // session is let go and the next pick-up (here or elsewhere) starts an agent again.
      void drop(session.id, entry, 'another connection replaced it in the room').then(() =>
        sessions.release(session.id, options.instanceId),
      );
    } else if (event.type === 'failed') {
      logger.error({ session_id: session.id, reason: event.reason }, 'the agent cannot produce captions any more; the session fails');
      void end(session.id, 'agent_failed');
    }
  }

  /** Launches the agent of a stored session, from `firstSequence`; the session row must exist. */
  async function launch(session: StoredSession, firstSequence: number, livekitUrl: string): Promise<ChannelAgent> {
    const agent = await options.startAgent({
      sessionId: session.id,
      eventId: session.eventId,
      channelId: session.channelId,
      roomName: session.roomName,
      sourceLanguage: session.sourceLanguage,
      targetLanguages: session.targetLanguages,
      firstSequence,
      firstMediaMs: session.mediaMs,
      livekitUrl: options.livekitUrl ?? livekitUrl,
      token: async () => (await options.agentTokens.tokenFor({ eventId: session.eventId, channelId: session.channelId })).token,
      engines: options.engines,
      finals: sessionFinalStore(session.id, options),
      logger: logger.child({ session_id: session.id, channel_id: session.channelId }),
    });
    const entry: RunningAgent = {
      agent,
      base: { audioMs: session.audioMs, listenersPeak: session.listenersPeak },
      unsubscribe: () => {},
      writes: Promise.resolve(),
      ending: false,
    };
    running.set(session.id, entry);
    entry.unsubscribe = agent.onEvent((event) => onAgentEvent(session, event));
    // Stages the agent reached before the listener was attached.
    recordStages(session.id, entry);
    return agent;
  }

  /** Resolves once the session's captions flow (`active`), or after the join wait. */
  async function joinedOrTimeout(sessionId: string): Promise<void> {
    const entry = running.get(sessionId);
    if (!entry) return;
    if (!captionsJoined(storedStages(entry.agent.stages)))
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, joinWaitMs);
        const unsubscribe = entry.agent.onEvent((event) => {
          if (event.type !== 'stage' || captionsJoined(storedStages(entry.agent.stages))) done();
        });
        function done() {
          clearTimeout(timer);
          unsubscribe();
          resolve();
        }
      });
    // The answer shows what was stored: the reports are written first.
    await running.get(sessionId)?.writes;
  }

  /**
   * Running sessions that no live instance runs (never claimed, let go, or their owner's lease
   * expired): each is claimed first, so that of two instances picking it up at once only one starts
   * an agent, then run here or ended.
   */
  async function pickUpOnce(): Promise<void> {
    for (const session of await sessions.listOrphaned()) {
      if (running.has(session.id)) continue;
      if (!(await sessions.claim(session.id, options.instanceId, session.ownerInstance))) continue;
      try {
        if (session.status === 'stopping') {
          await end(session.id, 'stopped');
          continue;
        }
        const event = await options.directory.getEvent(session.eventId);
        if (!event || !openStatuses.includes(event.status)) {
          await end(session.id, 'event_closed');
          continue;
        }
        const token = await options.agentTokens.tokenFor({ eventId: session.eventId, channelId: session.channelId });
        await launch(session, session.nextSequence, token.livekitUrl);
        logger.info(
          { session_id: session.id, first_sequence: session.nextSequence, previous_owner: session.ownerInstance },
          'session picked up',
        );
      } catch (error) {
        // Let go: the next pick-up (here or in another instance) tries again.
        await sessions.release(session.id, options.instanceId).catch(() => undefined);
        logger.error({ err: error, session_id: session.id }, 'could not pick the session up; it will be tried again');
      }
    }
  }

  return {
    /**
     * Starts the channel's agent, or answers the session already running. The caller has checked the
     * event, the channel, the caller's rights and the languages.
     */
    async start(target: { event: EventsEvent; channelId: string; callerId: string }): Promise<StartOutcome> {
      const channel = target.event.channels.find((candidate) => candidate.id === target.channelId)!;
      const existing = await sessions.runningOfChannel(channel.id);
      if (existing?.status === 'stopping') throw new SessionStillStoppingError(existing.id);
      if (existing) return { created: false, session: existing };

      // The token first: a livekit-provider that refuses leaves nothing behind.
      const token = await options.agentTokens.tokenFor({ eventId: target.event.id, channelId: channel.id });
      const session = {
        id: randomUUID(),
        eventId: target.event.id,
        channelId: channel.id,
        roomName: token.roomName,
        startedAt: new Date(),
        startedBy: target.callerId,
        sourceLanguage: channel.source_language,
        targetLanguages: channel.target_languages,
        agentIdentity: token.identity,
        stages: initialStages(channel.source_language, channel.target_languages),
        ownerInstance: options.instanceId,
      };
      if (!(await sessions.createIfChannelIdle(session))) {
        // Another start won the race: its session is the answer.
        const winner = await sessions.runningOfChannel(channel.id);
        if (winner?.status === 'stopping') throw new SessionStillStoppingError(winner.id);
        if (winner) return { created: false, session: winner };
        throw new Error(`Channel ${channel.id} had a running session that ended during the start; retry.`);
      }
      const stored = (await sessions.get(session.id))!;
      try {
        await launch(stored, 0, token.livekitUrl);
      } catch (error) {
        await sessions.delete(session.id);
        throw new AgentStartError(`The channel agent could not be started: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      // A stop that came while the agent was starting found no agent to stop: this one leaves now.
      const current = await sessions.get(session.id);
      if (current && current.status !== 'starting' && current.status !== 'active')
        return { created: true, session: (await end(session.id, current.endReason ?? 'stopped'))! };
      await joinedOrTimeout(session.id);
      logger.info({ session_id: session.id, event_id: session.eventId, channel_id: session.channelId }, 'session started');
      return { created: true, session: (await sessions.get(session.id))! };
    },

    /** Stops a session (idempotent: an ended one is returned unchanged). */
    async stop(sessionId: string, stoppedBy: string): Promise<StoredSession | undefined> {
      const session = await sessions.get(sessionId);
      if (!session || session.status === 'ended' || session.status === 'failed') return session;
      // Already ending for another reason (the room closed): that reason stands.
      const ongoing = endings.get(sessionId);
      if (ongoing) return ongoing;
      await sessions.markStopping(sessionId, stoppedBy);
      return end(sessionId, 'stopped', { stoppedBy });
    },

    /** Ends the sessions of events that left `ready`/`live` (run periodically). */
    async endClosedEvents(): Promise<void> {
      for (const sessionId of running.keys()) {
        const session = await sessions.get(sessionId);
        if (!session) continue;
        try {
          const event = await options.directory.getEvent(session.eventId);
          if (!event || !openStatuses.includes(event.status)) await end(sessionId, 'event_closed');
        } catch (error) {
          logger.warn({ err: error, session_id: sessionId }, 'could not check the event of a running session; trying again later');
        }
      }
    },

    /**
     * Picks up the sessions a previous process was running: each gets its agent again, continuing its
     * numbering, or ends with its record when its event closed or it was being stopped.
     */
    async pickUp(): Promise<void> {
      // One pick-up at a time: the periodic one must not launch a session the first is launching.
      pickingUp ??= pickUpOnce().finally(() => {
        pickingUp = undefined;
      });
      return pickingUp;
    },

    /**
     * The agents of this process leave their rooms; their sessions stay running, let go, for another
     * instance (or the next process) to pick up.
     */
    async detachAll(): Promise<void> {
      await Promise.all(
        [...running.entries()].map(async ([sessionId, entry]) => {
          entry.ending = true;
          entry.unsubscribe();
          await leave(sessionId, entry);
          await entry.writes;
          await sessions.updateProgress(sessionId, options.instanceId, {
            stages: storedStages(entry.agent.stages),
            nextSequence: entry.agent.nextSequence,
            counters: countersOf(entry),
          });
          await sessions.release(sessionId, options.instanceId);
          running.delete(sessionId);
        }),
      );
    },

    /**
     * Every agent of this process still owns its session: one whose session ended elsewhere (a stop
     * that reached another instance) or was taken over (this instance's lease expired) leaves, so
     * that no channel has two agents. The others store their counters.
     */
    async checkOwnership(): Promise<void> {
      for (const [sessionId, entry] of [...running.entries()]) {
        if (entry.ending) continue;
        try {
          const session = await sessions.get(sessionId);
          if (session?.status === 'stopping' && session.ownerInstance === options.instanceId) {
            // Being stopped and still this instance's: ended here, with the agent's last counters.
            await end(sessionId, 'stopped');
          } else if (!session || (session.status !== 'starting' && session.status !== 'active')) {
            await drop(sessionId, entry, `its session is ${session?.status ?? 'gone'}`);
          } else if (session.ownerInstance !== options.instanceId) {
            await drop(sessionId, entry, `instance ${session.ownerInstance ?? '(none)'} owns its session now`);
          } else recordStages(sessionId, entry);
        } catch (error) {
          logger.warn({ err: error, session_id: sessionId }, 'could not check the session of a running agent; trying again later');
        }
      }
    },

    /** The session with its agent's counters as they are now, when its agent runs here (they are stored every heartbeat). */
    withLiveCounters(session: StoredSession): StoredSession {
      const entry = running.get(session.id);
      if (!entry || entry.ending) return session;
      const counters = countersOf(entry);
      return {
        ...session,
        audioMs: Math.max(session.audioMs, counters.audioMs),
        mediaMs: Math.max(session.mediaMs, counters.mediaMs),
        listenersPeak: Math.max(session.listenersPeak, counters.listenersPeak),
      };
    },

    /** The sessions whose agent runs in this process. */
    runningHere(): string[] {
      return [...running.keys()];
    },
  };
}

export type SessionLifecycle = ReturnType<typeof sessionLifecycle>;
