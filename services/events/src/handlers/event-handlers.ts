import type { EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { problems } from '@ilenia/kit';
import { parseIfMatch, versionMatchingIfMatch, versionTag } from '@ilenia/kit';
import type { EventStatus } from '../db/schema.js';
import { callerOf } from '../domain/access.js';
import { canMove, deletableIn } from '../domain/life-cycle.js';
import { foldForSearch } from '../domain/search-text.js';
import { checkChannelList, pageOf, scheduleIssues } from '../http/event-input.js';
import { eventProblems } from '../http/event-problems.js';
import { eventBody, eventSummaryBody, pageBody } from '../http/representations.js';
import { ChannelRepository } from '../repositories/channel-repository.js';
import { EventRepository, type EventVisibility } from '../repositories/event-repository.js';
import { idGenerator, type EventsHandlerDependencies } from './dependencies.js';
import { manageableEvent, visibleEventWithChannels, whyRefused, writeEventVersion } from './event-access.js';
import { insertEventWithChannels, organiserOf } from './event-creation.js';

type EventOperations = 'listEvents' | 'createEvent' | 'getEvent' | 'updateEvent' | 'deleteEvent' | 'setEventStatus';

/** The handlers of events themselves: list, create, read, change, delete, and the life cycle. */
export function eventHandlers(dependencies: EventsHandlerDependencies): Pick<EventsHandlers, EventOperations> {
  const { db } = dependencies;
  const eventRepository = new EventRepository(db);
  const channelRepository = new ChannelRepository(db);
  const newId = idGenerator(dependencies);

  return {
    async listEvents(input, context) {
      const caller = callerOf(context.principal);
      const query = input.query;
      const from = query.from === undefined ? undefined : new Date(query.from);
      const to = query.to === undefined ? undefined : new Date(query.to);
      if (from && to && from.getTime() > to.getTime())
        throw problems.validation([{ location: 'query', path: '/from', message: `must not be after to (${query.to})` }]);
      let visibility: EventVisibility =
        caller.isService || caller.managesAll
          ? { kind: 'all' }
          : caller.userId
            ? { kind: 'related', userId: caller.userId }
            : { kind: 'none' };
      // A role filter is about the calling user: a service token, which has none, matches nothing.
      if (query.role && caller.userId === undefined) visibility = { kind: 'none' };
      const statuses =
        query.status === undefined ? undefined : ((Array.isArray(query.status) ? query.status : [query.status]) as EventStatus[]);
      const page = pageOf(query);
      const { rows, total } = await eventRepository.list(
        visibility,
        {
          statuses,
          from,
          to,
          titleContains: query.q,
          organiserId: query.organiser_id?.toLowerCase(),
          assignedAs: query.role && caller.userId ? { role: query.role, userId: caller.userId } : undefined,
        },
        page,
      );
      return { status: 200, body: pageBody(rows.map(eventSummaryBody), total, page) };
    },

    async createEvent(input, context) {
      const caller = callerOf(context.principal);
      const body = input.body;
      const schedule = { startsAt: new Date(body.starts_at), endsAt: new Date(body.ends_at), timezone: body.timezone };
      const channels = checkChannelList(body.channels ?? [], 'event');
      const issues = [...scheduleIssues(schedule), ...channels.issues];
      if (issues.length > 0) throw eventProblems.invalid(issues);
      const organiserId = organiserOf(caller, body.organiser_id);
      const created = await insertEventWithChannels(
        db,
        {
          title: body.title,
          description: body.description ?? null,
          ...schedule,
          organiserId,
          templateId: null,
          channels: channels.channels,
        },
        { newId, assignedBy: caller.subject },
      );
      return {
        status: 201,
        body: eventBody(created.event, created.channels),
        headers: { Location: `/v1/events/${created.event.id}`, ETag: versionTag(created.event.version) },
      };
    },

    async getEvent(input, context) {
      const { event, channels } = await visibleEventWithChannels(db, callerOf(context.principal), input.path.event_id);
      return { status: 200, body: eventBody(event, channels), headers: { ETag: versionTag(event.version) } };
    },

    async updateEvent(input, context) {
      const condition = parseIfMatch(input.headers['if-match']);
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'change the event');
      const expected = versionMatchingIfMatch(condition, event.version);
      const patch = input.body;
      const merged = {
        title: patch.title ?? event.title,
        description: 'description' in patch ? (patch.description ?? null) : event.description,
        startsAt: patch.starts_at === undefined ? event.starts_at : new Date(patch.starts_at),
        endsAt: patch.ends_at === undefined ? event.ends_at : new Date(patch.ends_at),
        timezone: patch.timezone ?? event.timezone,
      };
      const issues = scheduleIssues(merged);
      if (issues.length > 0) throw eventProblems.invalid(issues);
      const updated = await eventRepository.updateIfVersion(event.id, expected, {
        title: merged.title,
        title_search: foldForSearch(merged.title),
        description: merged.description,
        starts_at: merged.startsAt,
        ends_at: merged.endsAt,
        timezone: merged.timezone,
      });
      if (!updated) throw await whyRefused(db, event.id, expected);
      const channels = await channelRepository.listForEvent(event.id);
      return { status: 200, body: eventBody(updated, channels), headers: { ETag: versionTag(updated.version) } };
    },

    async deleteEvent(input, context) {
      const condition = parseIfMatch(input.headers['if-match']);
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'delete the event');
      const expected = versionMatchingIfMatch(condition, event.version);
      if (!deletableIn.includes(event.status)) throw eventProblems.notDeletable(event.status, deletableIn);
      if (!(await eventRepository.deleteIfVersion(event.id, expected, deletableIn))) throw await whyRefused(db, event.id, expected);
      return { status: 204 };
    },

    async setEventStatus(input, context) {
      const condition = parseIfMatch(input.headers['if-match']);
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'change the status of the event');
      const expected = versionMatchingIfMatch(condition, event.version);
      const target = input.body.status;
      if (!canMove(event.status, target)) throw eventProblems.invalidTransition(event.status, target);
      const moved = await writeEventVersion(
        db,
        event.id,
        expected,
        { changes: { status: target }, statuses: [event.status] },
        async (transaction, updated) => {
          const channelsOfEvent = new ChannelRepository(transaction);
          if (target === 'ready') {
            // Checked after the row is locked: a speaker removed meanwhile waits for this to commit.
            const staffed = await channelsOfEvent.staffedChannelNames(event.id);
            if (staffed.length === 0) {
              const channels = await channelsOfEvent.listForEvent(event.id);
              throw eventProblems.notPrepared(
                channels.length === 0
                  ? 'An event needs at least one channel with at least one speaker to be ready; it has no channel.'
                  : `An event needs at least one channel with at least one speaker to be ready; no channel has a speaker (${channels.map((channel) => channel.name).join(', ')}).`,
              );
            }
          }
          return { event: updated, channels: await channelsOfEvent.listForEvent(event.id) };
        },
      );
      return { status: 200, body: eventBody(moved.event, moved.channels), headers: { ETag: versionTag(moved.event.version) } };
    },
  };
}
