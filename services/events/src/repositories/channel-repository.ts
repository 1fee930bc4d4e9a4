import { sql, type Kysely } from 'kysely';
import type { ChannelRow, EventsDatabase } from '../db/schema.js';

/** A channel with the user ids of its speakers, in assignment order. */
export type ChannelWithSpeakers = ChannelRow & { speakers: string[] };

export interface NewChannel {
  id: string;
  eventId: string;
  name: string;
  sourceLanguage: string;
  targetLanguages: string[];
}

export interface SpeakerAssignmentRow {
  user_id: string;
  event_id: string;
  channel_id: string;
  assigned_at: Date;
  assigned_by: string;
}

function channelsWithSpeakers(db: Kysely<EventsDatabase>) {
  return db
    .selectFrom('channels')
    .selectAll('channels')
    .select(
      sql<
        string[]
      >`coalesce((select array_agg(s.user_id order by s.assigned_at, s.user_id)::text[] from channel_speakers s where s.channel_id = channels.id), '{}')`.as(
        'speakers',
      ),
    );
}

/** Channels of events and the speakers assigned to them. */
export class ChannelRepository {
  constructor(private readonly db: Kysely<EventsDatabase>) {}

  /** Every channel of the event, in creation order, with its speakers. */
  async listForEvent(eventId: string): Promise<ChannelWithSpeakers[]> {
    return channelsWithSpeakers(this.db)
      .where('channels.event_id', '=', eventId)
      .orderBy('channels.created_at')
      .orderBy('channels.id')
      .execute();
  }

  async page(eventId: string, page: { limit: number; offset: number }): Promise<{ rows: ChannelWithSpeakers[]; total: number }> {
    const [rows, count] = await Promise.all([
      channelsWithSpeakers(this.db)
        .where('channels.event_id', '=', eventId)
        .orderBy('channels.created_at')
        .orderBy('channels.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.db
        .selectFrom('channels')
        .select(sql<number>`count(*)::int`.as('total'))
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.total };
  }

  async find(eventId: string, channelId: string): Promise<ChannelWithSpeakers | undefined> {
    return channelsWithSpeakers(this.db).where('channels.event_id', '=', eventId).where('channels.id', '=', channelId).executeTakeFirst();
  }

  /**
   * Inserts a channel and its first speakers; a name the event already has fails with SQLSTATE 23505.
   * `sequence` is the channel's place among those created in the same request: lists are ordered by
   * time, then id, so each channel and speaker of one request is given its own microsecond after the
   * transaction's start, which keeps the order of the request body.
   */
  async insert(channel: NewChannel, speakers: readonly string[], assignedBy: string, sequence = 0): Promise<void> {
    await this.db
      .insertInto('channels')
      .values({
        id: channel.id,
        event_id: channel.eventId,
        name: channel.name,
        source_language: channel.sourceLanguage,
        target_languages: channel.targetLanguages,
        created_at: sql<Date>`now() + ${sequence} * interval '1 microsecond'`,
        updated_at: sql<Date>`now() + ${sequence} * interval '1 microsecond'`,
      })
      .execute();
    for (const [index, userId] of speakers.entries()) {
      await this.db
        .insertInto('channel_speakers')
        .values({
          channel_id: channel.id,
          event_id: channel.eventId,
          user_id: userId,
          assigned_by: assignedBy,
          assigned_at: sql<Date>`now() + ${index} * interval '1 microsecond'`,
        })
        .execute();
    }
  }

  async update(channelId: string, changes: { name: string; sourceLanguage: string; targetLanguages: string[] }): Promise<void> {
    await this.db
      .updateTable('channels')
      .set({
        name: changes.name,
        source_language: changes.sourceLanguage,
        target_languages: changes.targetLanguages,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', channelId)
      .execute();
  }

  async delete(channelId: string): Promise<void> {
    await this.db.deleteFrom('channels').where('id', '=', channelId).execute();
  }

  /** Names of the event's channels that have at least one speaker, besides `exceptChannelId`. */
  async staffedChannelNames(eventId: string, exceptChannelId?: string): Promise<string[]> {
    let query = this.db
      .selectFrom('channels')
      .select('name')
      .where('event_id', '=', eventId)
      .where((eb) =>
        eb.exists(eb.selectFrom('channel_speakers').select('user_id').whereRef('channel_speakers.channel_id', '=', 'channels.id')),
      );
    if (exceptChannelId) query = query.where('id', '<>', exceptChannelId);
    return (await query.execute()).map((row) => row.name);
  }

  /** How many speaker assignments the event has, over all its channels. */
  async countSpeakers(eventId: string): Promise<number> {
    const row = await this.db
      .selectFrom('channel_speakers')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    return row.count;
  }

  async speakerPage(channelId: string, page: { limit: number; offset: number }): Promise<{ rows: SpeakerAssignmentRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db
        .selectFrom('channel_speakers')
        .select(['user_id', 'event_id', 'channel_id', 'assigned_at', 'assigned_by'])
        .where('channel_id', '=', channelId)
        .orderBy('assigned_at')
        .orderBy('user_id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.db
        .selectFrom('channel_speakers')
        .select(sql<number>`count(*)::int`.as('total'))
        .where('channel_id', '=', channelId)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.total };
  }

  async findSpeaker(channelId: string, userId: string): Promise<SpeakerAssignmentRow | undefined> {
    return this.db
      .selectFrom('channel_speakers')
      .select(['user_id', 'event_id', 'channel_id', 'assigned_at', 'assigned_by'])
      .where('channel_id', '=', channelId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  /** Assigns the speaker; false when they already were (nothing changed). */
  async addSpeaker(assignment: { eventId: string; channelId: string; userId: string; assignedBy: string }): Promise<boolean> {
    const inserted = await this.db
      .insertInto('channel_speakers')
      .values({
        channel_id: assignment.channelId,
        event_id: assignment.eventId,
        user_id: assignment.userId,
        assigned_by: assignment.assignedBy,
      })
      .onConflict((conflict) => conflict.columns(['channel_id', 'user_id']).doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** Removes the speaker; false when they were not one (nothing changed). */
  async removeSpeaker(channelId: string, userId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('channel_speakers')
      .where('channel_id', '=', channelId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Marks the channel as changed (its speakers changed), without touching its frozen languages. */
  async touch(channelId: string): Promise<void> {
    await this.db
      .updateTable('channels')
      .set({ updated_at: sql<Date>`now()` })
      .where('id', '=', channelId)
      .execute();
  }
}
