import { sql } from 'kysely';
import type { Executor } from '@ilenia/kit/persistence';
import type { EventRow, EventsDatabase } from '../db/schema.js';
import type { ChannelWithSpeakers } from './channel-repository.js';

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

/**
 * The whole of one event in a single query: what `GET /v1/events/{id}` answers and what the live
 * services read before every session. One round trip instead of two or three (event, channels,
 * the viewer's listener assignment) is a third less work per request on PostgreSQL (see
 * bench/events-get.ts); channels come back as JSON, in creation order, with their speakers.
 */
export async function findEventWithChannels(
  db: Executor<EventsDatabase>,
  eventId: string,
  viewerUserId: string | undefined,
): Promise<EventWithChannels | undefined> {
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
  `.execute(db);
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
