import type { ColumnType, Generated, Selectable } from 'kysely';

/** A speaking session (one speaker's talk in one channel). */
export interface LiveSessionsTable {
  id: string;
  event_id: string;
  channel_id: string;
  speaker_id: string;
  status: 'active' | 'interrupted' | 'ended';
  end_reason: 'speaker_ended' | 'ended_by_manager' | 'event_ended' | 'grace_expired' | 'replaced' | null;
  started_at: ColumnType<Date, Date | string, Date | string>;
  ended_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  source_language: string;
  /** The source language first, then the channel's target languages. */
  languages: ColumnType<string[], string, string>;
  listeners_peak: Generated<number>;
  /** Audio received so far (the session clock). bigint comes back as a string from pg. */
  media_offset_ms: ColumnType<string, number | string, number | string>;
  recording_path: string | null;
  recording_bytes: ColumnType<string | null, number | null, number | null>;
  recording_finalized_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  resume_deadline: ColumnType<Date | null, Date | string | null, Date | string | null>;
  /** When the instance running the session last said it still does; null once ended. */
  heartbeat_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  /** The instance that runs the session (`InstanceLiveness`); null for rows from before owners, and once let go. */
  owner_instance: string | null;
  /** SHA-256 (hex) of the current resume token; never the token itself. */
  resume_token_hash: string | null;
  record_written_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

/** One final segment in one language. */
export interface TranscriptSegmentsTable {
  session_id: string;
  language: string;
  sequence: ColumnType<string, number, number>;
  segment_id: string;
  is_source: boolean;
  start_ms: ColumnType<string, number, number>;
  end_ms: ColumnType<string, number, number>;
  text: string;
  speaker_id: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface LiveEventDatabase {
  live_sessions: LiveSessionsTable;
  transcript_segments: TranscriptSegmentsTable;
}

export type LiveSessionRow = Selectable<LiveSessionsTable>;
