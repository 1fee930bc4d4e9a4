import { sql, type Kysely } from 'kysely';

// Frozen in time. One unfinished (active or interrupted) session per channel, enforced by the
// database every instance shares, so two speakers reaching different instances cannot both hold a
// channel. Older duplicates left by earlier versions are ended first, or the index could not be built.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update live_sessions set status = 'ended', end_reason = 'replaced', ended_at = now()
    where status <> 'ended' and id not in (
      select distinct on (channel_id) id from live_sessions where status <> 'ended' order by channel_id, started_at desc
    )
  `.execute(db);
  await db.schema
    .createIndex('live_sessions_one_unfinished_per_channel')
    .on('live_sessions')
    .column('channel_id')
    .unique()
    .where(sql.ref('status'), '<>', 'ended')
    .execute();
}
