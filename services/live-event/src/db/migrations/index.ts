import type { Migration } from 'kysely';
import * as sessionsAndSegments from './2026-12-01T07-30-00_sessions_and_segments.js';

/** Every migration of the live-event database, by name (applied in name order). */
export const liveEventMigrations: Record<string, Migration> = {
  '2026-12-01T07-30-00_sessions_and_segments': sessionsAndSegments,
};
