import type { Kysely } from 'kysely';

// Frozen in time. The instance that runs a session writes its id on it; a session whose owner is no
// longer alive is resumable (or replaceable) at once on any instance, without waiting for the sweeper.
// Rows from before have none, and are judged by their heartbeat alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('live_sessions').addColumn('owner_instance', 'text').execute();
}
