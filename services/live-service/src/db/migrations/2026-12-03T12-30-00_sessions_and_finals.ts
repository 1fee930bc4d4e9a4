import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration sees the database untyped and never changes once released.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agent_sessions')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('event_id', 'uuid', (column) => column.notNull())
    .addColumn('channel_id', 'uuid', (column) => column.notNull())
    .addColumn('room_name', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('starting', 'active', 'stopping', 'ended', 'failed')`))
    .addColumn('end_reason', 'text', (column) =>
      column.check(sql`end_reason in ('stopped', 'room_closed', 'event_closed', 'agent_failed')`),
    )
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('started_by', 'uuid', (column) => column.notNull())
    .addColumn('stopped_by', 'uuid')
    .addColumn('source_language', 'text', (column) => column.notNull())
    .addColumn('target_languages', 'jsonb', (column) => column.notNull())
    .addColumn('agent_identity', 'text', (column) => column.notNull())
    .addColumn('stages', 'jsonb', (column) => column.notNull())
    .addColumn('next_sequence', 'bigint', (column) => column.notNull().defaultTo(0))
    .addColumn('audio_ms', 'bigint', (column) => column.notNull().defaultTo(0))
    .addColumn('last_activity_at', 'timestamptz')
    .addColumn('owner_instance', 'text')
    .addColumn('record_saved_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('agent_sessions_event_started').on('agent_sessions').columns(['event_id', 'started_at', 'id']).execute();
  // At most one running session per channel: a second start (two speakers at once) loses the race here.
  await db.schema
    .createIndex('agent_sessions_one_running_per_channel')
    .on('agent_sessions')
    .column('channel_id')
    .unique()
    .where(sql.ref('status'), 'in', ['starting', 'active', 'stopping'])
    .execute();

  await db.schema
    .createTable('agent_finals')
    .addColumn('session_id', 'uuid', (column) => column.notNull().references('agent_sessions.id').onDelete('cascade'))
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('sequence', 'bigint', (column) => column.notNull())
    .addColumn('is_source', 'boolean', (column) => column.notNull())
    .addColumn('start_ms', 'bigint', (column) => column.notNull())
    .addColumn('end_ms', 'bigint', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('published_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('agent_finals_pk', ['session_id', 'language', 'sequence'])
    .execute();
}
