import { sql, type Kysely } from 'kysely';
import type { EventRow, EventRowUpdate, EventStatus, EventsDatabase, NewEventRow } from '../db/schema.js';
import { containsPattern } from '../domain/search-text.js';
import type { ChannelWithSpeakers } from './channel-repository.js';

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

/** A channel as `json_build_object` hands it back: its timestamps are strings. */
interface ChannelJson {
  id: string;
  event_id: string;
  name: string;
  source_language: string;
  target_languages: string[];
  speakers: string[];
  created_at: string;
  updated_at: string;
}

/** An event with its channels and their speakers, and whether the viewer is one of its listeners. */
export interface EventWithChannels {
  event: EventRow;
  channels: ChannelWithSpeakers[];
  viewerIsListener: boolean;
}

/** Events themselves: reads, the versioned (optimistic) writes, and the filtered list. */
export class EventRepository {
  constructor(private readonly db: Kysely<EventsDatabase>) {}

  async find(id: string): Promise<EventRow | undefined> {
    return this.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * The whole of one event in a single query: what `GET /v1/events/{id}` answers and what the live
   * services read before every session. One round trip instead of two or three (event, channels,
   * the viewer's listener assignment) is a third less work per request on PostgreSQL (see
   * bench/events-get.ts); channels come back as JSON, in creation order, with their speakers.
   */
  async findWithChannels(eventId: string, viewerUserId: string | undefined): Promise<EventWithChannels | undefined> {
    const result = await sql<EventRow & { channels: ChannelJson[]; viewer_is_listener: boolean }>`
      select e.*,
        ${viewerUserId === undefined ? sql`false` : sql`exists (select 1 from event_listeners l where l.event_id = e.id and l.user_id = ${viewerUserId})`} as viewer_is_listener,
        coalesce((
          select json_agg(json_build_object(
            'id', c.id, 'event_id', c.event_id, 'name', c.name,
            'source_language', c.source_language, 'target_languages', c.target_languages,
            'created_at', c.created_at, 'updated_at', c.updated_at,
            'speakers', coalesce((select json_agg(s.user_id order by s.assigned_at, s.user_id) from channel_speakers s where s.channel_id = c.id), '[]'::json)
          ) order by c.created_at, c.id)
          from channels c where c.event_id = e.id
        ), '[]'::json) as channels
      from events e
      where e.id = ${eventId}
    `.execute(this.db);
    const row = result.rows[0];
    if (!row) return undefined;
    const { channels, viewer_is_listener: viewerIsListener, ...event } = row;
    return {
      event,
      channels: channels.map((channel) => ({
        ...channel,
        created_at: new Date(channel.created_at),
        updated_at: new Date(channel.updated_at),
      })),
      viewerIsListener,
    };
  }

  /** Whether the user is a speaker (of any channel) or a listener of the event, in one round trip. */
  async assignmentsOf(eventId: string, userId: string): Promise<{ isSpeaker: boolean; isListener: boolean }> {
    const row = await this.db
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
  }

  async insert(row: NewEventRow): Promise<EventRow> {
    return this.db.insertInto('events').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Inserts the event unless one with its id exists (left as it is); false when it did. */
  async insertIfAbsent(row: NewEventRow): Promise<boolean> {
    const inserted = await this.db
      .insertInto('events')
      .values(row)
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /**
   * Applies `changes` only if the event is still at `version` (and, when given, in one of
   * `statuses`), bumping the version in the same statement: of two writers holding the same version,
   * exactly one gets a row back. Undefined means nothing was written.
   */
  async updateIfVersion(
    id: string,
    version: number,
    changes: EventRowUpdate,
    statuses?: readonly EventStatus[],
  ): Promise<EventRow | undefined> {
    let query = this.db
      .updateTable('events')
      .set({ ...changes, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('version', '=', version);
    if (statuses) query = query.where('status', 'in', statuses);
    return query.returningAll().executeTakeFirst();
  }

  /** Bumps the version of an event whose channels or speakers changed (the row stays locked until commit). */
  async bumpVersion(id: string): Promise<EventRow> {
    return this.db
      .updateTable('events')
      .set({ version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /**
   * Reads the event and locks it until the transaction ends, so that its rules are checked on a stable
   * row. Only on a repository made on a transaction: outside one the lock would end with the statement.
   */
  async lock(id: string): Promise<EventRow | undefined> {
    if (!this.db.isTransaction) throw new Error('EventRepository.lock needs a repository made on a transaction');
    return this.db.selectFrom('events').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  /**
   * Deletes the event if still at `version` and in one of `statuses`; its channels, assignments and
   * session records go with it through the foreign keys, in the same statement.
   */
  async deleteIfVersion(id: string, version: number, statuses: readonly EventStatus[]): Promise<boolean> {
    const result = await this.db
      .deleteFrom('events')
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', 'in', statuses)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** One page of the events matching `filters` that `visibility` lets the caller see, by `starts_at`, then `id`. */
  async list(
    visibility: EventVisibility,
    filters: EventListFilters,
    page: { limit: number; offset: number },
  ): Promise<{ rows: EventSummaryRow[]; total: number }> {
    if (visibility.kind === 'none') return { rows: [], total: 0 };
    let query = this.db.selectFrom('events');
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
  }
}
