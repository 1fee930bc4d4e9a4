import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Channels are listed by `created_at`, then `id`, and speakers by `assigned_at`, then `user_id`, as
 * the spec says, instead of by a position column. Rows written one by one now take the clock's time
 * rather than their transaction's start, so that successive statements of one transaction get
 * distinct times where the clock allows it (rows created together in one request are given
 * successive microseconds by the repository, so they keep the order of the request).
 */
export const orderByClockTime: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table channels alter column created_at set default clock_timestamp()`.execute(db);
    await sql`alter table channel_speakers alter column assigned_at set default clock_timestamp()`.execute(db);
    await sql`create index channels_event_order_idx on channels (event_id, created_at, id)`.execute(db);
    await sql`alter table channels drop column position`.execute(db);
    await sql`alter table channel_speakers drop column position`.execute(db);
  },
};
