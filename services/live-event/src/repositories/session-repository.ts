import { sql, type Kysely } from 'kysely';
import type { LiveEventDatabase, LiveSessionRow } from '../db/schema.js';

export type SessionStatus = 'active' | 'interrupted' | 'ended';
export type SessionEndReason = NonNullable<LiveSessionRow['end_reason']>;

/** A session as the service works with it (numbers as numbers, the source segment count included). */
export interface StoredSession {
  id: string;
  eventId: string;
  channelId: string;
  speakerId: string;
  status: SessionStatus;
  endReason: SessionEndReason | null;
  startedAt: Date;
  endedAt: Date | null;
  sourceLanguage: string;
  languages: string[];
  segmentCount: number;
  listenersPeak: number;
  mediaOffsetMs: number;
  recordingPath: string | null;
  recordingBytes: number | null;
  recordingFinalizedAt: Date | null;
  recordWrittenAt: Date | null;
  heartbeatAt: Date | null;
  /** The instance that runs it (null: from before owners, or let go). */
  ownerInstance: string | null;
  resumeDeadline: Date | null;
  resumeTokenHash: string | null;
}

export interface NewSession {
  id: string;
  eventId: string;
  channelId: string;
  speakerId: string;
  startedAt: Date;
  sourceLanguage: string;
  languages: string[];
  recordingPath: string | null;
  /** The instance that runs it (null only for rows made by hand). */
  ownerInstance?: string | null;
}

const sourceSegmentCount = sql<number>`(select count(*)::int from transcript_segments t where t.session_id = live_sessions.id and t.is_source)`;

function toStored(row: LiveSessionRow & { segment_count: number }): StoredSession {
  return {
    id: row.id,
    eventId: row.event_id,
    channelId: row.channel_id,
    speakerId: row.speaker_id,
    status: row.status,
    endReason: row.end_reason,
    startedAt: new Date(row.started_at),
    endedAt: row.ended_at === null ? null : new Date(row.ended_at),
    sourceLanguage: row.source_language,
    languages: row.languages,
    segmentCount: Number(row.segment_count),
    listenersPeak: Number(row.listeners_peak),
    mediaOffsetMs: Number(row.media_offset_ms),
    recordingPath: row.recording_path,
    recordingBytes: row.recording_bytes === null ? null : Number(row.recording_bytes),
    recordingFinalizedAt: row.recording_finalized_at === null ? null : new Date(row.recording_finalized_at),
    recordWrittenAt: row.record_written_at === null ? null : new Date(row.record_written_at),
    heartbeatAt: row.heartbeat_at === null ? null : new Date(row.heartbeat_at),
    ownerInstance: row.owner_instance,
    resumeDeadline: row.resume_deadline === null ? null : new Date(row.resume_deadline),
    resumeTokenHash: row.resume_token_hash,
  };
}

/** The speaking sessions of the service's own database. */
export class SessionRepository {
  constructor(private readonly db: Kysely<LiveEventDatabase>) {}

  private selectSessions() {
    return this.db.selectFrom('live_sessions').selectAll().select(sourceSegmentCount.as('segment_count'));
  }

  async create(session: NewSession): Promise<void> {
    await this.db
      .insertInto('live_sessions')
      .values({
        id: session.id,
        event_id: session.eventId,
        channel_id: session.channelId,
        speaker_id: session.speakerId,
        status: 'active',
        end_reason: null,
        started_at: session.startedAt,
        ended_at: null,
        source_language: session.sourceLanguage,
        languages: JSON.stringify(session.languages),
        media_offset_ms: 0,
        recording_path: session.recordingPath,
        recording_bytes: null,
        recording_finalized_at: null,
        resume_deadline: null,
        heartbeat_at: session.startedAt,
        owner_instance: session.ownerInstance ?? null,
        resume_token_hash: null,
        record_written_at: null,
      })
      .execute();
  }

  async get(id: string): Promise<StoredSession | undefined> {
    const row = await this.selectSessions().where('id', '=', id).executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  /** The channel's unfinished (active or interrupted) session, whichever instance runs it; at most one exists. */
  async unfinishedOfChannel(channelId: string): Promise<StoredSession | undefined> {
    const row = await this.selectSessions().where('channel_id', '=', channelId).where('status', '<>', 'ended').executeTakeFirst();
    return row ? toStored(row) : undefined;
  }

  /** One page of an event's sessions, oldest first (by start, then id), and how many match. */
  async listByEvent(
    eventId: string,
    filter: { channelId?: string; status?: SessionStatus; limit: number; offset: number },
  ): Promise<{ items: StoredSession[]; total: number }> {
    let query = this.db.selectFrom('live_sessions').where('event_id', '=', eventId);
    if (filter.channelId) query = query.where('channel_id', '=', filter.channelId);
    if (filter.status) query = query.where('status', '=', filter.status);
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        .select(sourceSegmentCount.as('segment_count'))
        .orderBy('started_at')
        .orderBy('id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toStored), total: Number(count.total) };
  }

  /** Every session of an event (or of one channel), in start order. */
  async listAllByEvent(eventId: string, channelId?: string): Promise<StoredSession[]> {
    let query = this.selectSessions().where('event_id', '=', eventId);
    if (channelId) query = query.where('channel_id', '=', channelId);
    return (await query.orderBy('started_at').orderBy('id').execute()).map(toStored);
  }

  /**
   * Sessions no process runs any more: not ended, not stamped since `staleBefore` (their process
   * stopped or died), and either active (it died mid-talk) or interrupted past their resume deadline.
   */
  async listAbandoned(now: Date, staleBefore: Date): Promise<StoredSession[]> {
    const rows = await this.selectSessions()
      .where('status', '<>', 'ended')
      .where((where) => where.or([where('heartbeat_at', 'is', null), where('heartbeat_at', '<', staleBefore)]))
      .where((where) => where.or([where('status', '=', 'active'), where('resume_deadline', '<', now)]))
      .execute();
    return rows.map(toStored);
  }

  /**
   * Stamps the sessions this instance runs and still owns, so no other instance takes them for
   * abandoned; answers the ids stamped (one missing was ended, or taken over by another instance).
   */
  async heartbeat(ids: readonly string[], at: Date, owner: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .updateTable('live_sessions')
      .set({ heartbeat_at: at })
      .where('id', 'in', [...ids])
      .where('status', '<>', 'ended')
      .where('owner_instance', '=', owner)
      .returning('id')
      .execute();
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Takes a session over for its speaker's resume, if it is still as it was seen (same status, same
   * owner): no two instances can both win, whatever the timing. It is stored `active` under its new
   * owner at once (the speaker attaches right after), so that a racing instance, reading it next,
   * finds a live owner and keeps off.
   */
  async claim(
    id: string,
    seen: { status: 'active' | 'interrupted'; ownerInstance: string | null },
    claim: { ownerInstance: string; at: Date },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('live_sessions')
      .set({ owner_instance: claim.ownerInstance, status: 'active', resume_deadline: null, heartbeat_at: claim.at })
      .where('id', '=', id)
      .where('status', '=', seen.status)
      .where((where) =>
        seen.ownerInstance === null ? where('owner_instance', 'is', null) : where('owner_instance', '=', seen.ownerInstance),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The unfinished sessions owned by an instance (alive or not) other than `instanceId`. */
  async listOwnedElsewhere(instanceId: string): Promise<StoredSession[]> {
    const rows = await this.selectSessions()
      .where('status', '<>', 'ended')
      .where('owner_instance', 'is not', null)
      .where('owner_instance', '<>', instanceId)
      .execute();
    return rows.map(toStored);
  }

  /** Ended sessions whose record the events service has not confirmed. */
  async listUnrecorded(): Promise<StoredSession[]> {
    return (await this.selectSessions().where('status', '=', 'ended').where('record_written_at', 'is', null).execute()).map(toStored);
  }

  async updateProgress(
    id: string,
    progress: { status?: 'active' | 'interrupted'; resumeDeadline?: Date | null; mediaOffsetMs?: number; listenersPeak?: number },
  ): Promise<void> {
    const values: Record<string, unknown> = {};
    if (progress.status) values.status = progress.status;
    if (progress.resumeDeadline !== undefined) values.resume_deadline = progress.resumeDeadline;
    if (progress.mediaOffsetMs !== undefined) values.media_offset_ms = progress.mediaOffsetMs;
    if (progress.listenersPeak !== undefined) values.listeners_peak = progress.listenersPeak;
    if (Object.keys(values).length === 0) return;
    await this.db.updateTable('live_sessions').set(values).where('id', '=', id).where('status', '<>', 'ended').execute();
  }

  /** Keeps the hash of the session's current resume token (for a resume after a restart). */
  async setResumeTokenHash(id: string, hash: string): Promise<void> {
    await this.db.updateTable('live_sessions').set({ resume_token_hash: hash }).where('id', '=', id).execute();
  }

  /**
   * Ends a session once; returns false when it had already ended. `onlyIfInterrupted` (a grace
   * period running out) ends it only if it is still interrupted: another instance may have resumed it.
   */
  async end(
    id: string,
    end: {
      reason: SessionEndReason;
      endedAt: Date;
      mediaOffsetMs: number;
      listenersPeak: number;
      recordingBytes: number | null;
      onlyIfInterrupted?: boolean;
      /** Ends it only if this instance still owns it (rows without an owner too): it was not taken over. */
      onlyIfOwnedBy?: string;
      /** Ends it only if it is still as it was seen (status and owner), for a takeover. */
      onlyIfStill?: { status: 'active' | 'interrupted'; ownerInstance: string | null };
    },
  ): Promise<boolean> {
    let query = this.db
      .updateTable('live_sessions')
      .set({
        status: 'ended',
        end_reason: end.reason,
        ended_at: end.endedAt,
        media_offset_ms: end.mediaOffsetMs,
        listeners_peak: end.listenersPeak,
        recording_bytes: end.recordingBytes,
        recording_finalized_at: end.recordingBytes === null ? null : end.endedAt,
        resume_deadline: null,
        heartbeat_at: null,
        resume_token_hash: null,
      })
      .where('id', '=', id)
      .where('status', '<>', 'ended');
    if (end.onlyIfInterrupted) query = query.where('status', '=', 'interrupted');
    const owner = end.onlyIfOwnedBy;
    if (owner !== undefined)
      query = query.where((where) => where.or([where('owner_instance', 'is', null), where('owner_instance', '=', owner)]));
    const still = end.onlyIfStill;
    if (still) {
      query = query
        .where('status', '=', still.status)
        .where((where) =>
          still.ownerInstance === null ? where('owner_instance', 'is', null) : where('owner_instance', '=', still.ownerInstance),
        );
    }
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markRecordWritten(id: string, at: Date): Promise<void> {
    await this.db.updateTable('live_sessions').set({ record_written_at: at }).where('id', '=', id).execute();
  }
}
