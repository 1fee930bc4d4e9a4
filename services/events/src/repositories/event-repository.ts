import { sql, type Transaction } from 'kysely';
import type { Executor } from '@ilenia/kit/persistence';
import type { EventRow, EventRowUpdate, EventStatus, EventsDatabase, NewEventRow } from '../db/schema.js';
import { containsPattern } from '../domain/search-text.js';

/** Which events a caller may see in a list. */
export type EventVisibility = { kind: 'all' } | { kind: 'related'; userId: string } | { kind: 'none' };

export interface EventListFilters {
  statuses?: readonly EventStatus[];
  /** Events ending at or after this instant. */
  from?: Date;
  /** Events starting before this instant. */
  to?: Date;
  titleContains?: string;
  organiserId?: string;
  /** Only events where this user is assigned with this role. */
  assignedAs?: { role: 'speaker' | 'listener'; userId: string };
}

export type EventSummaryRow = EventRow & { channel_count: number };

/** Events themselves: reads, the versioned (optimistic) writes, and the filtered list. */
export const eventRepository = {
  async find(db: Executor<EventsDatabase>, id: string): Promise<EventRow | undefined> {
    return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Whether the user is a speaker (of any channel) or a listener of the event, in one round trip. */
  async assignmentsOf(db: Executor<EventsDatabase>, eventId: string, userId: string): Promise<{ isSpeaker: boolean; isListener: boolean }> {
    const row = await db
      .selectNoFrom((eb) => [
        eb
          .exists(eb.selectFrom('channel_speakers').select('user_id').where('event_id', '=', eventId).where('user_id', '=', userId))
          .as('is_speaker'),
        eb
          .exists(eb.selectFrom('event_listeners').select('user_id').where('event_id', '=', eventId).where('user_id', '=', userId))
          .as('is_listener'),
      ])
      .executeTakeFirstOrThrow();
    return { isSpeaker: Boolean(row.is_speaker), isListener: Boolean(row.is_listener) };
  },

  async insert(db: Executor<EventsDatabase>, row: NewEventRow): Promise<EventRow> {
    return db.insertInto('events').values(row).returningAll().executeTakeFirstOrThrow();
  },

  /**
   * Applies `changes` only if the event is still at `version` (and, when given, in one of
   * `statuses`), bumping the version in the same statement: of two writers holding the same version,
   * exactly one gets a row back. Undefined means nothing was written.
   */
  async updateIfVersion(
    db: Executor<EventsDatabase>,
    id: string,
    version: number,
    changes: EventRowUpdate,
    statuses?: readonly EventStatus[],
  ): Promise<EventRow | undefined> {
    let query = db
      .updateTable('events')
      .set({ ...changes, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('version', '=', version);
    if (statuses) query = query.where('status', 'in', statuses);
    return query.returningAll().executeTakeFirst();
  },

  /** Bumps the version of an event whose channels or speakers changed (the row stays locked until commit). */
  async bumpVersion(db: Executor<EventsDatabase>, id: string): Promise<EventRow> {
    return db
      .updateTable('events')
      .set({ version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Reads the event and locks it until the transaction ends, so that its rules are checked on a stable row. */
  async lock(db: Transaction<EventsDatabase>, id: string): Promise<EventRow | undefined> {
    return db.selectFrom('events').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  /**
   * Deletes the event if still at `version` and in one of `statuses`; its channels, assignments and
   * session records go with it through the foreign keys, in the same statement.
   */
  async deleteIfVersion(db: Executor<EventsDatabase>, id: string, version: number, statuses: readonly EventStatus[]): Promise<boolean> {
    const result = await db
      .deleteFrom('events')
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', 'in', statuses)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },

  /** One page of the events matching `filters` that `visibility` lets the caller see, by `starts_at`, then `id`. */
  async list(
    db: Executor<EventsDatabase>,
    visibility: EventVisibility,
    filters: EventListFilters,
    page: { limit: number; offset: number },
  ): Promise<{ rows: EventSummaryRow[]; total: number }> {
    if (visibility.kind === 'none') return { rows: [], total: 0 };
    let query = db.selectFrom('events');
    if (visibility.kind === 'related') {
      const userId = visibility.userId;
      query = query.where((eb) =>
        eb.or([
          eb('events.organiser_id', '=', userId),
          eb.exists(
            eb
              .selectFrom('channel_speakers')
              .select('user_id')
              .whereRef('channel_speakers.event_id', '=', 'events.id')
              .where('channel_speakers.user_id', '=', userId),
          ),
          eb.exists(
            eb
              .selectFrom('event_listeners')
              .select('user_id')
              .whereRef('event_listeners.event_id', '=', 'events.id')
              .where('event_listeners.user_id', '=', userId),
          ),
        ]),
      );
    }
    if (filters.statuses && filters.statuses.length > 0) query = query.where('events.status', 'in', filters.statuses);
    if (filters.from) query = query.where('events.ends_at', '>=', filters.from);
    if (filters.to) query = query.where('events.starts_at', '<', filters.to);
    if (filters.titleContains) query = query.where(sql<boolean>`events.title_search like ${containsPattern(filters.titleContains)}`);
    if (filters.organiserId) query = query.where('events.organiser_id', '=', filters.organiserId);
    if (filters.assignedAs) {
      const { role, userId } = filters.assignedAs;
      query = query.where((eb) =>
        role === 'speaker'
          ? eb.exists(
              eb
                .selectFrom('channel_speakers')
                .select('user_id')
                .whereRef('channel_speakers.event_id', '=', 'events.id')
                .where('channel_speakers.user_id', '=', userId),
            )
          : eb.exists(
              eb
                .selectFrom('event_listeners')
                .select('user_id')
                .whereRef('event_listeners.event_id', '=', 'events.id')
                .where('event_listeners.user_id', '=', userId),
            ),
      );
    }
    const [rows, count] = await Promise.all([
      query
        .selectAll('events')
        .select((eb) =>
          eb
            .selectFrom('channels')
            .select(sql<number>`count(*)::int`.as('count'))
            .whereRef('channels.event_id', '=', 'events.id')
            .as('channel_count'),
        )
        .orderBy('events.starts_at')
        .orderBy('events.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map((row) => ({ ...row, channel_count: Number(row.channel_count ?? 0) })), total: count.total };
  },
};
