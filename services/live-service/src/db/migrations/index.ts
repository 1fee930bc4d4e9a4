import type { Migration } from 'kysely';
import * as sessionsAndFinals from './2026-12-03T12-30-00_sessions_and_finals.js';

/** Every migration of the live-service database, by name (applied in name order). */
export const liveServiceMigrations: Record<string, Migration> = {
  '2026-12-03T12-30-00_sessions_and_finals': sessionsAndFinals,
};
