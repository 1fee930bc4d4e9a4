import type { Migration } from 'kysely';
import { createEventsSchema } from './2026-12-01T07-30-00_create_events_schema.js';

/** Every migration of the events service, by name; Kysely applies them in name order. */
export const eventsMigrations: Record<string, Migration> = {
  '2026-12-01T07-30-00_create_events_schema': createEventsSchema,
};
