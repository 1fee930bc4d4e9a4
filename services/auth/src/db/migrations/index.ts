import type { Migration } from 'kysely';
import * as createAuthSchema from './2026-12-01T07-30-00_create_auth_schema.js';

/** Every migration of the auth service, by name; applied in name order by the kit. */
export const authMigrations: Record<string, Migration> = {
  '2026-12-01T07-30-00_create_auth_schema': createAuthSchema,
};
