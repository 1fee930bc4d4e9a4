import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration sees the database untyped and never changes once released.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('live_sessions')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('event_id', 'uuid', (column) => column.notNull())
    .addColumn('channel_id', 'uuid', (column) => column.notNull())
    .addColumn('speaker_id', 'uuid', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('active', 'interrupted', 'ended')`))
    .addColumn('end_reason', 'text', (column) =>
      column.check(sql`end_reason in ('speaker_ended', 'ended_by_manager', 'event_ended', 'grace_expired', 'replaced')`),
    )
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('source_language', 'text', (column) => column.notNull())
    .addColumn('languages', 'jsonb', (column) => column.notNull())
    .addColumn('listeners_peak', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('media_offset_ms', 'bigint', (column) => column.notNull().defaultTo(0))
    .addColumn('recording_path', 'text')
    .addColumn('recording_bytes', 'bigint')
    .addColumn('recording_finalized_at', 'timestamptz')
    .addColumn('resume_deadline', 'timestamptz')
    .addColumn('record_written_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('live_sessions_event_started').on('live_sessions').columns(['event_id', 'started_at', 'id']).execute();
  await db.schema
    .createIndex('live_sessions_unfinished')
    .on('live_sessions')
    .column('status')
    .where(sql.ref('status'), '<>', 'ended')
    .execute();

  await db.schema
    .createTable('transcript_segments')
    .addColumn('session_id', 'uuid', (column) => column.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('sequence', 'bigint', (column) => column.notNull())
    .addColumn('segment_id', 'uuid', (column) => column.notNull())
    .addColumn('is_source', 'boolean', (column) => column.notNull())
    .addColumn('start_ms', 'bigint', (column) => column.notNull())
    .addColumn('end_ms', 'bigint', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('speaker_id', 'uuid', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('transcript_segments_pk', ['session_id', 'language', 'sequence'])
    .execute();
}
