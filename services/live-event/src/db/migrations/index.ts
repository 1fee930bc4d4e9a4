import type { Migration } from 'kysely';
import * as sessionsAndSegments from './2026-12-01T07-30-00_sessions_and_segments.js';
import * as sessionHeartbeats from './2026-12-01T08-10-00_session_heartbeats.js';
import * as sessionResumeTokens from './2026-12-01T08-20-00_session_resume_tokens.js';
import * as oneUnfinishedSessionPerChannel from './2026-12-01T09-15-00_one_unfinished_session_per_channel.js';
import * as sessionOwners from './2026-12-03T09-45-00_session_owners.js';

/** Every migration of the live-event database, by name (applied in name order). */
export const liveEventMigrations: Record<string, Migration> = {
  '2026-12-01T07-30-00_sessions_and_segments': sessionsAndSegments,
  '2026-12-01T08-10-00_session_heartbeats': sessionHeartbeats,
  '2026-12-01T08-20-00_session_resume_tokens': sessionResumeTokens,
  '2026-12-01T09-15-00_one_unfinished_session_per_channel': oneUnfinishedSessionPerChannel,
  '2026-12-03T09-45-00_session_owners': sessionOwners,
};
