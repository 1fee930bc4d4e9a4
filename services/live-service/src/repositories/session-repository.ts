import { sql, type Kysely } from 'kysely';
import type { AgentSessionRow, LiveServiceDatabase, SessionEndReason, SessionStatus, StoredStage } from '../db/schema.js';

/** A session as the service works with it (numbers as numbers, dates as dates). */
export interface StoredSession {
  id: string;
  eventId: string;
  channelId: string;
  roomName: string;
  status: SessionStatus;
  endReason: SessionEndReason | null;
  startedAt: Date;
  endedAt: Date | null;
  startedBy: string;
  stoppedBy: string | null;
  sourceLanguage: string;
  targetLanguages: string[];
  agentIdentity: string;
  stages: StoredStage[];
  nextSequence: number;
  /** Audio fed to recognition (every speaker's track counted). */
  audioMs: number;
  /** The session's clock: where its cues sit; its length in an event's transcript. */
  mediaMs: number;
  listenersPeak: number;
  lastActivityAt: Date | null;
  ownerInstance: string | null;
  recordSavedAt: Date | null;
}

export interface NewSession {
  id: string;
  eventId: string;
  channelId: string;
  roomName: string;
  startedAt: Date;
  startedBy: string;
  sourceLanguage: string;
  targetLanguages: string[];
  agentIdentity: string;
  stages: StoredStage[];
  ownerInstance: string;
}

/** What the agent counts while it runs, stored with its progress. */
export interface SessionCounters {
  audioMs: number;
  mediaMs: number;
  listenersPeak: number;
}

/** Counters only grow: a late write of an older count never lowers them. */
function countersSet(counters: SessionCounters) {
  return {
    audio_ms: sql<string>`greatest(audio_ms, ${Math.round(counters.audioMs)})`,
    media_ms: sql<string>`greatest(media_ms, ${Math.round(counters.mediaMs)})`,
    listeners_peak: sql<number>`greatest(listeners_peak, ${counters.listenersPeak})`,
  };
}

/** The statuses of a session that still runs somewhere (or should). */
const runningStatuses = ['starting', 'active', 'stopping'] as const satisfies readonly SessionStatus[];

function toStored(row: AgentSessionRow): StoredSession {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    id: row.id,
    eventId: row.event_id,
    channelId: row.channel_id,
    roomName: row.room_name,
    status: row.status,
    endReason: row.end_reason,
    startedAt: new Date(row.started_at),
    endedAt: date(row.ended_at),
    startedBy: row.started_by,
    stoppedBy: row.stopped_by,
    sourceLanguage: row.source_language,
    targetLanguages: row.target_languages,
    agentIdentity: row.agent_identity,
    stages: row.stages,
    nextSequence: Number(row.next_sequence),
    audioMs: Number(row.audio_ms),
    mediaMs: Number(row.media_ms),
    listenersPeak: Number(row.listeners_peak),
    lastActivityAt: date(row.last_activity_at),
    ownerInstance: row.owner_instance,
    recordSavedAt: date(row.record_saved_at),
  };
}

/** The agent sessions of the service's own database. */
export class SessionRepository {
  constructor(private readonly db: Kysely<LiveServiceDatabase>) {}

  /**
   * Inserts a new `starting` session. Resolves false when the channel already has a running one (the
   * partial unique index decides, so two starts at once cannot both win).
   */
  async createIfChannelIdle(session: NewSession): Promise<boolean> {
    const inserted = await this.db
      .insertInto('agent_sessions')
      .values({
        id: session.id,
        event_id: session.eventId,
        channel_id: session.channelId,
        room_name: session.roomName,
        status: 'starting',
        end_reason: null,
        started_at: session.startedAt,
        ended_at: null,
        started_by: session.startedBy,
        stopped_by: null,
        source_language: session.sourceLanguage,
        target_languages: JSON.stringify(session.targetLanguages),
        agent_identity: session.agentIdentity,
        stages: JSON.stringify(session.stages),
        next_sequence: 0,
        audio_ms: 0,
        media_ms: 0,
        listeners_peak: 0,
        last_activity_at: null,
        owner_instance: session.ownerInstance,
        record_saved_at: null,
      })
      .onConflict((conflict) =>
        conflict
          .column('channel_id')
          .where('status', 'in', [...runningStatuses])
          .doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async get(id: string): Promise<StoredSession | undefined> {
    const row = await this.db.selectFrom('agent_sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  /** The channel's running session, if any (at most one exists). */
  async runningOfChannel(channelId: string): Promise<StoredSession | undefined> {
    const row = await this.db
      .selectFrom('agent_sessions')
      .selectAll()
      .where('channel_id', '=', channelId)
      .where('status', 'in', [...runningStatuses])
      .executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  /** Every running session, whichever process ran it: what a starting process picks up. */
  async listRunning(): Promise<StoredSession[]> {
    return (
      await this.db
        .selectFrom('agent_sessions')
        .selectAll()
        .where('status', 'in', [...runningStatuses])
        .orderBy('started_at')
        .execute()
    ).map(toStored);
  }

  /**
   * Running sessions that no live instance runs: never claimed, let go by an instance that stopped, or
   * owned by one whose lease expired (it died). The database's clock judges every lease.
   */
  async listOrphaned(): Promise<StoredSession[]> {
    return (
      await this.db
        .selectFrom('agent_sessions')
        .selectAll()
        .where('status', 'in', [...runningStatuses])
        .where((where) =>
          where.or([
            where('owner_instance', 'is', null),
            where.not(
              where.exists(
                where
                  .selectFrom('live_service_instances')
                  .select('live_service_instances.id')
                  .whereRef('live_service_instances.id', '=', 'agent_sessions.owner_instance')
                  .where('live_service_instances.lease_expires_at', '>', sql<Date>`now()`),
              ),
            ),
          ]),
        )
        .orderBy('started_at')
        .execute()
    ).map(toStored);
  }

  /** Every session of an event (or of one of its channels), in the order they started. */
  async listAllByEvent(eventId: string, channelId?: string): Promise<StoredSession[]> {
    let query = this.db.selectFrom('agent_sessions').selectAll().where('event_id', '=', eventId);
    if (channelId) query = query.where('channel_id', '=', channelId);
    return (await query.orderBy('started_at').orderBy('id').execute()).map(toStored);
  }

  /** One page of an event's sessions, the most recently started first, and how many match. */
  async listByEvent(
    eventId: string,
    filter: { statuses?: readonly SessionStatus[]; limit: number; offset: number },
  ): Promise<{ items: StoredSession[]; total: number }> {
    let query = this.db.selectFrom('agent_sessions').where('event_id', '=', eventId);
    if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', [...filter.statuses]);
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toStored), total: Number(count.total) };
  }

  /**
   * Stores what the agent reports of itself while it runs. Only its owner writes: an instance that lost
   * the session (its lease expired and another took over) changes nothing.
   */
  async updateProgress(
    id: string,
    ownerInstance: string,
    progress: { status?: 'starting' | 'active'; stages: StoredStage[]; nextSequence: number; counters?: SessionCounters },
  ): Promise<void> {
    await this.db
      .updateTable('agent_sessions')
      .set({
        stages: JSON.stringify(progress.stages),
        next_sequence: sql`greatest(next_sequence, ${progress.nextSequence})`,
        ...(progress.status ? { status: progress.status } : {}),
        ...(progress.counters ? countersSet(progress.counters) : {}),
      })
      .where('id', '=', id)
      .where('owner_instance', '=', ownerInstance)
      .where('status', 'in', ['starting', 'active'])
      .execute();
  }

  /** Counts a stored final: the last activity, and the session's clock up to its end. */
  async noteFinal(id: string, final: { endMs: number; sequence: number; at: Date }): Promise<void> {
    await this.db
      .updateTable('agent_sessions')
      .set({
        last_activity_at: final.at,
        media_ms: sql`greatest(media_ms, ${final.endMs})`,
        next_sequence: sql`greatest(next_sequence, ${final.sequence + 1})`,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Marks a running session `stopping`; false when it was not running. */
  async markStopping(id: string, stoppedBy: string | null): Promise<boolean> {
    const result = await this.db
      .updateTable('agent_sessions')
      .set({ status: 'stopping', stopped_by: stoppedBy })
      .where('id', '=', id)
      .where('status', 'in', ['starting', 'active'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ends a session (`ended`, or `failed` for `agent_failed`) with its last stages; false when it had already ended. */
  async end(
    id: string,
    outcome: {
      reason: SessionEndReason;
      at: Date;
      stages?: StoredStage[];
      nextSequence?: number;
      counters?: SessionCounters;
      stoppedBy?: string | null;
    },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('agent_sessions')
      .set({
        status: outcome.reason === 'agent_failed' ? 'failed' : 'ended',
        end_reason: outcome.reason,
        ended_at: outcome.at,
        owner_instance: null,
        ...(outcome.stages ? { stages: JSON.stringify(outcome.stages) } : {}),
        ...(outcome.nextSequence !== undefined ? { next_sequence: sql`greatest(next_sequence, ${outcome.nextSequence})` } : {}),
        ...(outcome.counters ? countersSet(outcome.counters) : {}),
        ...(outcome.stoppedBy !== undefined ? { stopped_by: outcome.stoppedBy } : {}),
      })
      .where('id', '=', id)
      .where('status', 'in', [...runningStatuses])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Takes an orphaned running session over, if it is still owned by `previousOwner` (null: nobody): of
   * two instances picking the same session up at once, one wins. False when another got it first.
   */
  async claim(id: string, ownerInstance: string, previousOwner: string | null): Promise<boolean> {
    const result = await this.db
      .updateTable('agent_sessions')
      .set({ owner_instance: ownerInstance })
      .where('id', '=', id)
      .where('status', 'in', [...runningStatuses])
      .where((where) => (previousOwner === null ? where('owner_instance', 'is', null) : where('owner_instance', '=', previousOwner)))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Lets a session go (its agent could not start here, or this instance stops): the next pick-up takes it. */
  async release(id: string, ownerInstance: string): Promise<void> {
    await this.db
      .updateTable('agent_sessions')
      .set({ owner_instance: null })
      .where('id', '=', id)
      .where('owner_instance', '=', ownerInstance)
      .execute();
  }

  /** Forgets a session whose agent never started (the spec: a failed start keeps no session). */
  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('agent_sessions').where('id', '=', id).execute();
  }

  async markRecordSaved(id: string, at: Date): Promise<void> {
    await this.db.updateTable('agent_sessions').set({ record_saved_at: at }).where('id', '=', id).execute();
  }

  /** Ended sessions whose record the events service has not confirmed yet. */
  async listRecordPending(): Promise<StoredSession[]> {
    return (
      await this.db
        .selectFrom('agent_sessions')
        .selectAll()
        .where('status', 'in', ['ended', 'failed'])
        .where('record_saved_at', 'is', null)
        .execute()
    ).map(toStored);
  }
}
