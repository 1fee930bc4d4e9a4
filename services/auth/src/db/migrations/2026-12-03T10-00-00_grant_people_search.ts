import { sql, type Kysely, type Migration } from 'kysely';

/**
 * `people:search` (the narrow people directory event managers assign speakers and listeners from)
 * joins the catalogue, for the built-in `manager` role. A database seeded before it existed keeps its
 * roles (the seed only creates missing ones and re-syncs `admin`), so the permission is added to the
 * built-in `manager` role here, once. On a new database the role does not exist yet and the seed
 * creates it from the catalogue.
 */
export const grantPeopleSearch: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`INSERT INTO role_permissions (role_id, permission)
      SELECT id, 'people:search' FROM roles WHERE name = 'manager' AND built_in
      ON CONFLICT DO NOTHING`.execute(db);
  },
};
