import type { Kysely } from 'kysely';
import type { EventsDatabase } from '../db/schema.js';

/** What the events handlers are built from. */
export interface EventsHandlerDependencies {
  db: Kysely<EventsDatabase>;
  /** New resource ids (random UUIDs unless a test wants to know them in advance). */
  newId?: () => string;
}

export function idGenerator(dependencies: EventsHandlerDependencies): () => string {
  return dependencies.newId ?? (() => crypto.randomUUID());
}
