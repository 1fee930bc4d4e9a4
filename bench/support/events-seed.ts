/** The event bench/events-get.ts reads: two channels, three speakers, a few listeners, as a real keynote. */
import type { Kysely } from 'kysely';
import type { EventsDatabase } from '@ilenia/events-service/db/schema';
import { foldForSearch } from '@ilenia/events-service/domain/search-text';
import { ChannelRepository } from '@ilenia/events-service/repositories/channel-repository';
import { EventRepository } from '@ilenia/events-service/repositories/event-repository';
import { ListenerRepository } from '@ilenia/events-service/repositories/listener-repository';

export async function seedBenchEvent(db: Kysely<EventsDatabase>): Promise<string> {
  const eventRepository = new EventRepository(db);
  const channelRepository = new ChannelRepository(db);
  const listenerRepository = new ListenerRepository(db);
  const organiserId = crypto.randomUUID();
  const title = 'Open Science Summit 2026 — Keynote';
  const event = await eventRepository.insert({
    id: crypto.randomUUID(),
    title,
    title_search: foldForSearch(title),
    description: 'Opening keynote of the Open Science Summit, with live Spanish and French subtitles.',
    starts_at: new Date('2026-11-28T17:00:00Z'),
    ends_at: new Date('2026-11-28T18:30:00Z'),
    timezone: 'Europe/Madrid',
    organiser_id: organiserId,
  });
  const channels = [
    { name: 'Main stage', sourceLanguage: 'en', targetLanguages: ['es', 'fr'], speakers: 2 },
    { name: 'Q&A floor', sourceLanguage: 'es', targetLanguages: ['en'], speakers: 1 },
  ];
  for (const channel of channels) {
    const speakers = Array.from({ length: channel.speakers }, () => crypto.randomUUID());
    await channelRepository.insert(
      {
        id: crypto.randomUUID(),
        eventId: event.id,
        name: channel.name,
        sourceLanguage: channel.sourceLanguage,
        targetLanguages: channel.targetLanguages,
      },
      speakers,
      organiserId,
    );
  }
  for (let index = 0; index < 20; index += 1)
    await listenerRepository.add({ eventId: event.id, userId: crypto.randomUUID(), assignedBy: organiserId });
  // Some other events, so that lookups are by key and not over a one-row table.
  for (let index = 0; index < 200; index += 1) {
    await eventRepository.insert({
      id: crypto.randomUUID(),
      title: `Other event ${index}`,
      title_search: `other event ${index}`,
      description: null,
      starts_at: new Date(Date.UTC(2026, 10, 1 + (index % 28), 10)),
      ends_at: new Date(Date.UTC(2026, 10, 1 + (index % 28), 12)),
      timezone: 'UTC',
      organiser_id: organiserId,
    });
  }
  return event.id;
}
