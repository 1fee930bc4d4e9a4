import type { Migration } from 'kysely';
import * as sessionsAndFinals from './2026-12-03T12-30-00_sessions_and_finals.js';
import * as instanceLeasesAndCounters from './2026-12-03T16-00-00_instance_leases_and_counters.js';

/** Every migration of the live-service database, by name (applied in name order). */
export const liveServiceMigrations: Record<string, Migration> = {
  '2026-12-03T12-30-00_sessions_and_finals': sessionsAndFinals,
  '2026-12-03T16-00-00_instance_leases_and_counters': instanceLeasesAndCounters,
};
