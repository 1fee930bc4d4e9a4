import type { Migration } from 'kysely';
import { createEventsSchema } from './2026-12-01T07-30-00_create_events_schema.js';
import { orderByClockTime } from './2026-12-01T08-00-00_order_by_clock_time.js';
import { requireStaffedEvents } from './2026-12-01T08-10-00_require_staffed_events.js';

/** Every migration of the events service, by name; Kysely applies them in name order. */
export const eventsMigrations: Record<string, Migration> = {
  '2026-12-01T07-30-00_create_events_schema': createEventsSchema,
  '2026-12-01T08-00-00_order_by_clock_time': orderByClockTime,
  '2026-12-01T08-10-00_require_staffed_events': requireStaffedEvents,
};
