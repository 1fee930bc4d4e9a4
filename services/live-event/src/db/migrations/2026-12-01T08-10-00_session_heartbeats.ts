import type { Kysely } from 'kysely';

// Frozen in time. An instance stamps the sessions it runs; a session whose stamp is old belongs to a
// process that died without a shutdown, and another instance ends it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('live_sessions').addColumn('heartbeat_at', 'timestamptz').execute();
}
