import type { Kysely } from 'kysely';
import type { EventsDatabase } from '../db/schema.js';
import { demoUserIds } from '@ilenia/auth-service/seed/demo-users';
import { foldForSearch } from '../domain/search-text.js';
import { channelRepository } from '../repositories/channel-repository.js';
import { listenerRepository } from '../repositories/listener-repository.js';

// The auth service's demo users, by their fixed ids (a module of constants, so importing it pulls in
// nothing of the auth service itself).
export { demoUserIds };

/** Fixed, so that the live services and people trying the platform can find the demo event. */
export const demoEventId = '00000000-0000-4000-8000-0000000000e1';
export const demoChannelId = '00000000-0000-4000-8000-0000000000c1';

/**
 * Development start-up: a `ready` demo event organised by the demo manager, with one channel from
 * English into Spanish spoken by the demo speakers and followed by the demo listeners, so a speaker
 * can go live at once. Idempotent: an existing demo event (perhaps changed since) is left alone.
 */
export async function seedDemoEvent(db: Kysely<EventsDatabase>, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (transaction) => {
    const title = 'Ilenia demo: live subtitles from English into Spanish';
    // Tomorrow, 18:00 UTC, for an hour and a half: in the future when first seeded.
    const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 18));
    const inserted = await transaction
      .insertInto('events')
      .values({
        id: demoEventId,
        title,
        title_search: foldForSearch(title),
        description: 'A demo event seeded at development start-up: speakers speak English, listeners read Spanish subtitles.',
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 90 * 60_000),
        timezone: 'Europe/Madrid',
        organiser_id: demoUserIds.manager,
        // Inserted directly as ready: it is created with the channel and speakers that being ready needs.
        status: 'ready',
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    await channelRepository.insert(
      transaction,
      { id: demoChannelId, eventId: demoEventId, name: 'Main stage', sourceLanguage: 'en', targetLanguages: ['es'] },
      [demoUserIds.speaker1, demoUserIds.speaker2],
      demoUserIds.manager,
    );
    for (const listener of [demoUserIds.listener1, demoUserIds.listener2]) {
      await listenerRepository.add(transaction, { eventId: demoEventId, userId: listener, assignedBy: demoUserIds.manager });
    }
    return true;
  });
}
