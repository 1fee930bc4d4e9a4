import { sql, type Kysely } from 'kysely';
import type { LiveEventDatabase } from '../db/schema.js';

/** One final segment in one language, as stored. */
export interface StoredSegment {
  sessionId: string;
  language: string;
  sequence: number;
  segmentId: string;
  isSource: boolean;
  startMs: number;
  endMs: number;
  text: string;
  speakerId: string;
}

/** The transcript segments of every session, per language. */
export class SegmentRepository {
  constructor(private readonly db: Kysely<LiveEventDatabase>) {}

  /** Stores a final segment; storing the same (session, language, sequence) again changes nothing. */
  async insert(segment: StoredSegment): Promise<void> {
    await this.insertAll([segment]);
  }

  /**
   * Stores the segments of one final (its source and its translations) in one statement, so in one
   * round trip and all or none; rows already there change nothing.
   */
  async insertAll(segments: readonly StoredSegment[]): Promise<void> {
    if (segments.length === 0) return;
    await this.db
      .insertInto('transcript_segments')
      .values(
        segments.map((segment) => ({
          session_id: segment.sessionId,
          language: segment.language,
          sequence: segment.sequence,
          segment_id: segment.segmentId,
          is_source: segment.isSource,
          start_ms: segment.startMs,
          end_ms: segment.endMs,
          text: segment.text,
          speaker_id: segment.speakerId,
        })),
      )
      .onConflict((conflict) => conflict.columns(['session_id', 'language', 'sequence']).doNothing())
      .execute();
  }

  /** A session's segments in one language, in sequence order. */
  async listBySession(sessionId: string, language: string): Promise<StoredSegment[]> {
    const rows = await this.db
      .selectFrom('transcript_segments')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('language', '=', language)
      .orderBy('sequence')
      .execute();
    return rows.map((row) => ({
      sessionId: row.session_id,
      language: row.language,
      sequence: Number(row.sequence),
      segmentId: row.segment_id,
      isSource: row.is_source,
      startMs: Number(row.start_ms),
      endMs: Number(row.end_ms),
      text: row.text,
      speakerId: row.speaker_id,
    }));
  }

  /** The highest sequence stored for the channel (0 when none): numbering must go on above it. */
  async latestSequenceOfChannel(channelId: string): Promise<number> {
    const row = await this.db
      .selectFrom('transcript_segments')
      .innerJoin('live_sessions', 'live_sessions.id', 'transcript_segments.session_id')
      .select(sql<string | null>`max(transcript_segments.sequence)`.as('latest'))
      .where('live_sessions.channel_id', '=', channelId)
      .executeTakeFirst();
    return Number(row?.latest ?? 0);
  }

  /** Where the session's last stored source segment ends on its audio clock (null: none stored yet). */
  async lastSourceEndMs(sessionId: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('transcript_segments')
      .select(sql<string | null>`max(end_ms)`.as('last'))
      .where('session_id', '=', sessionId)
      .where('is_source', '=', true)
      .executeTakeFirst();
    return row?.last === null || row?.last === undefined ? null : Number(row.last);
  }

  /** How many segments a session has in each language. */
  async countsBySession(sessionId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('transcript_segments')
      .select(['language', sql<number>`count(*)::int`.as('count')])
      .where('session_id', '=', sessionId)
      .groupBy('language')
      .execute();
    return new Map(rows.map((row) => [row.language, Number(row.count)]));
  }
}
