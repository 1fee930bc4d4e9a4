import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration sees the database untyped and never changes once released.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Several instances share one database: each renews its lease here, and a session whose owner's
  // lease expired is taken over by another instance.
  await db.schema
    .createTable('live_service_instances')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('lease_expires_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('agent_sessions_owner_instance').on('agent_sessions').column('owner_instance').execute();

  // The session's clock (where its cues sit) and the audio recognised apart: with several speakers at
  // once they differ. Until now `audio_ms` was the end of the last final, which is the clock.
  await db.schema
    .alterTable('agent_sessions')
    .addColumn('media_ms', 'bigint', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('agent_sessions')
    .addColumn('listeners_peak', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await sql`update agent_sessions set media_ms = audio_ms`.execute(db);
}
