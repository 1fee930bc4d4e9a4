import type { Kysely } from 'kysely';
import { demoEvent } from '@ilenia/kit';
import type { EventsDatabase } from '../db/schema.js';
import { foldForSearch } from '../domain/search-text.js';
import { ChannelRepository } from '../repositories/channel-repository.js';
import { EventRepository } from '../repositories/event-repository.js';
import { ListenerRepository } from '../repositories/listener-repository.js';

/**
 * Development start-up: a `ready` demo event organised by the demo manager, with one channel from
 * English into Spanish spoken by the demo speakers and followed by the demo listeners, so a speaker
 * can go live at once. Idempotent: an existing demo event (perhaps changed since) is left alone.
 */
export async function seedDemoEvent(db: Kysely<EventsDatabase>, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (transaction) => {
    const title = demoEvent.title;
    // Tomorrow, 18:00 UTC, for an hour and a half: in the future when first seeded.
    const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 18));
    const inserted = await new EventRepository(transaction).insertIfAbsent({
      id: demoEvent.id,
      title,
      title_search: foldForSearch(title),
      description: demoEvent.description,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 90 * 60_000),
      timezone: demoEvent.timezone,
      organiser_id: demoEvent.organiserId,
      // Inserted directly as ready: it is created with the channel and speakers that being ready needs.
      status: 'ready',
    });
    if (!inserted) return false;
    const { channel } = demoEvent;
    await new ChannelRepository(transaction).insert(
      {
        id: channel.id,
        eventId: demoEvent.id,
        name: channel.name,
        sourceLanguage: channel.sourceLanguage,
        targetLanguages: [...channel.targetLanguages],
      },
      channel.speakerIds,
      demoEvent.organiserId,
    );
    for (const listener of demoEvent.listenerIds) {
      await new ListenerRepository(transaction).add({ eventId: demoEvent.id, userId: listener, assignedBy: demoEvent.organiserId });
    }
    return true;
  });
}
