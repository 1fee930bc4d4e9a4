import { sql, type Kysely } from 'kysely';
import type { EventsDatabase, SessionMode, SessionRecordRow, TranscriptLinkShape } from '../db/schema.js';

export interface NewSessionRecord {
  id: string;
  eventId: string;
  channelId: string;
  mode: SessionMode;
  startedAt: Date;
  endedAt: Date;
  segmentCount: number;
  listenersPeak: number;
  recordingUrl: string | null;
  transcripts: TranscriptLinkShape[];
  writtenBy: string;
}

/** The immutable records of finished live sessions. */
export class SessionRecordRepository {
  constructor(private readonly db: Kysely<EventsDatabase>) {}

  /** Writes the record; undefined when one with this id already exists (the caller compares them). */
  async insertIfAbsent(record: NewSessionRecord): Promise<SessionRecordRow | undefined> {
    return this.db
      .insertInto('session_records')
      .values({
        id: record.id,
        event_id: record.eventId,
        channel_id: record.channelId,
        mode: record.mode,
        started_at: record.startedAt,
        ended_at: record.endedAt,
        segment_count: record.segmentCount,
        listeners_peak: record.listenersPeak,
        recording_url: record.recordingUrl,
        transcripts: JSON.stringify(record.transcripts),
        written_by: record.writtenBy,
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  async find(id: string): Promise<SessionRecordRow | undefined> {
    return this.db.selectFrom('session_records').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async page(
    eventId: string,
    channelId: string | undefined,
    page: { limit: number; offset: number },
  ): Promise<{ rows: SessionRecordRow[]; total: number }> {
    let query = this.db.selectFrom('session_records').where('event_id', '=', eventId);
    if (channelId) query = query.where('channel_id', '=', channelId);
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('started_at').orderBy('id').limit(page.limit).offset(page.offset).execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.total };
  }
}
