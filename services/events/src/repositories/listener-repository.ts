import { sql, type Kysely } from 'kysely';
import type { EventsDatabase } from '../db/schema.js';

export interface ListenerAssignmentRow {
  user_id: string;
  event_id: string;
  assigned_at: Date;
  assigned_by: string;
}

/** The listeners assigned to events. */
export class ListenerRepository {
  constructor(private readonly db: Kysely<EventsDatabase>) {}

  async page(eventId: string, page: { limit: number; offset: number }): Promise<{ rows: ListenerAssignmentRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db
        .selectFrom('event_listeners')
        .select(['user_id', 'event_id', 'assigned_at', 'assigned_by'])
        .where('event_id', '=', eventId)
        .orderBy('assigned_at')
        .orderBy('user_id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.db
        .selectFrom('event_listeners')
        .select(sql<number>`count(*)::int`.as('total'))
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.total };
  }

  async find(eventId: string, userId: string): Promise<ListenerAssignmentRow | undefined> {
    return this.db
      .selectFrom('event_listeners')
      .select(['user_id', 'event_id', 'assigned_at', 'assigned_by'])
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  /** Idempotent: assigning an existing listener changes nothing. */
  async add(assignment: { eventId: string; userId: string; assignedBy: string }): Promise<void> {
    await this.db
      .insertInto('event_listeners')
      .values({ event_id: assignment.eventId, user_id: assignment.userId, assigned_by: assignment.assignedBy })
      .onConflict((conflict) => conflict.columns(['event_id', 'user_id']).doNothing())
      .execute();
  }

  async remove(eventId: string, userId: string): Promise<void> {
    await this.db.deleteFrom('event_listeners').where('event_id', '=', eventId).where('user_id', '=', userId).execute();
  }
}
