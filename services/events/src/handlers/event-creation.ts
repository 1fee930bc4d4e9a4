import type { Kysely } from 'kysely';
import type { EventRow, EventsDatabase, TemplateChannelShape } from '../db/schema.js';
import type { Caller } from '../domain/access.js';
import { foldForSearch } from '../domain/search-text.js';
import { isUniqueViolation } from '@ilenia/kit/persistence';
import { eventProblems } from '../http/event-problems.js';
import { ChannelRepository, type ChannelWithSpeakers } from '../repositories/channel-repository.js';
import { EventRepository } from '../repositories/event-repository.js';
import { problems } from '@ilenia/kit';

export interface NewEvent {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  organiserId: string;
  templateId: string | null;
  channels: (TemplateChannelShape & { speakers: string[] })[];
}

/**
 * Who organises a new event: the calling user by default. Naming someone else needs
 * events:manage_all, or a service token; a service token, which has no user, must name someone.
 */
export function organiserOf(caller: Caller, requested: string | undefined): string {
  if (requested === undefined) {
    if (caller.userId === undefined) {
      throw problems.validation([
        { location: 'body', path: '/organiser_id', message: 'is required with a service token, which has no user to organise the event' },
      ]);
    }
    return caller.userId;
  }
  const organiserId = requested.toLowerCase();
  if (organiserId !== caller.userId && !caller.isService && !caller.managesAll) {
    throw problems.forbidden('Only holders of events:manage_all may create an event organised by someone else.', {
      missing_permissions: ['events:manage_all'],
    });
  }
  return organiserId;
}

/** Creates a draft event with its channels and their first speakers, all or nothing. */
export async function insertEventWithChannels(
  db: Kysely<EventsDatabase>,
  event: NewEvent,
  options: { newId: () => string; assignedBy: string },
): Promise<{ event: EventRow; channels: ChannelWithSpeakers[] }> {
  try {
    return await db.transaction().execute(async (transaction) => {
      const channels = new ChannelRepository(transaction);
      const row = await new EventRepository(transaction).insert({
        id: options.newId(),
        title: event.title,
        title_search: foldForSearch(event.title),
        description: event.description,
        starts_at: event.startsAt,
        ends_at: event.endsAt,
        timezone: event.timezone,
        organiser_id: event.organiserId,
        template_id: event.templateId,
      });
      for (const [index, channel] of event.channels.entries()) {
        await channels.insert(
          {
            id: options.newId(),
            eventId: row.id,
            name: channel.name,
            sourceLanguage: channel.source_language,
            targetLanguages: channel.target_languages,
          },
          channel.speakers,
          options.assignedBy,
          index,
        );
      }
      return { event: row, channels: await channels.listForEvent(row.id) };
    });
  } catch (error) {
    // The body's names were checked already; this is the database saying so too.
    if (isUniqueViolation(error, 'channels_event_name_key')) throw eventProblems.duplicateChannelName('given twice');
    throw error;
  }
}
