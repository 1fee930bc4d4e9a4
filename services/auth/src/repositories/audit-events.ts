import { sql, type Insertable, type Kysely } from 'kysely';
import type { AuditEventRow, AuditEventTable, AuthDatabase } from '../db/schema.js';

export interface AuditFilter {
  actorId?: string;
  targetId?: string;
  types?: readonly string[];
  outcome?: 'success' | 'failure';
  since?: Date;
  until?: Date;
}

/** The append-only security audit log. There is no update or delete here, and the database refuses both. */
export class AuditEventRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  async insert(event: Omit<Insertable<AuditEventTable>, 'details'> & { details: Record<string, unknown> }): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({ ...event, details: JSON.stringify(event.details) })
      .execute();
  }

  /** Newest first. */
  async list(filter: AuditFilter, page: { limit: number; offset: number }): Promise<{ items: AuditEventRow[]; total: number }> {
    let query = this.db.selectFrom('audit_events');
    if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
    if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
    if (filter.types && filter.types.length > 0) query = query.where('type', 'in', filter.types);
    if (filter.outcome) query = query.where('outcome', '=', filter.outcome);
    if (filter.since) query = query.where('occurred_at', '>=', filter.since);
    if (filter.until) query = query.where('occurred_at', '<', filter.until);
    const [items, count] = await Promise.all([
      query.selectAll().orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: count.total };
  }
}
