import type { Kysely } from 'kysely';

// Frozen in time. The hash of a session's current resume token, so that after a restart the next
// process can continue the session when its speaker sends `session_resume`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('live_sessions').addColumn('resume_token_hash', 'text').execute();
}
