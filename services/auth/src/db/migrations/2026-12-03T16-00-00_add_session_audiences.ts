import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A sign-in session remembers the audiences it was narrowed to (RFC 8707 `resource` at sign-in or
 * refresh), so that a refresh keeps or narrows them and never widens them. NULL: not narrowed, the
 * audiences the user's permissions need at each refresh (every session from before this migration).
 */
export const addSessionAudiences: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('refresh_families')
      .addColumn('audiences', sql`text[]`)
      .execute();
  },
};
