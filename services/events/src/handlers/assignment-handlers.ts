import type { EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { problems } from '@ilenia/kit';
import { versionTag } from '@ilenia/kit';
import { callerOf, canOverseeEvent } from '../domain/access.js';
import { speakersEditableIn, staffedIn } from '../domain/life-cycle.js';
import { isForeignKeyViolation } from '@ilenia/kit/persistence';
import { pageOf } from '../http/event-input.js';
import { eventProblems } from '../http/event-problems.js';
import { listenerBody, pageBody, speakerBody } from '../http/representations.js';
import { ChannelRepository } from '../repositories/channel-repository.js';
import { EventRepository } from '../repositories/event-repository.js';
import { ListenerRepository } from '../repositories/listener-repository.js';
import type { EventsHandlerDependencies } from './dependencies.js';
import { manageableEvent, visibleEvent } from './event-access.js';

type AssignmentOperations =
  | 'listChannelSpeakers'
  | 'getChannelSpeaker'
  | 'assignChannelSpeaker'
  | 'removeChannelSpeaker'
  | 'listEventListeners'
  | 'getEventListener'
  | 'assignEventListener'
  | 'removeEventListener';

/**
 * Speakers (of a channel) and listeners (of an event). Speaker changes bump the event's version,
 * since the event embeds its speakers; they take no If-Match because they are idempotent.
 */
export function assignmentHandlers(dependencies: EventsHandlerDependencies): Pick<EventsHandlers, AssignmentOperations> {
  const { db } = dependencies;
  const channelRepository = new ChannelRepository(db);
  const listenerRepository = new ListenerRepository(db);

  async function channelOf(eventId: string, channelId: string) {
    const channel = await channelRepository.find(eventId, channelId);
    if (!channel) throw eventProblems.channelNotFound(channelId);
    return channel;
  }

  return {
    async listChannelSpeakers(input, context) {
      const { event } = await visibleEvent(db, callerOf(context.principal), input.path.event_id);
      const channel = await channelOf(event.id, input.path.channel_id);
      const page = pageOf(input.query);
      const { rows, total } = await channelRepository.speakerPage(channel.id, page);
      return { status: 200, body: pageBody(rows.map(speakerBody), total, page) };
    },

    async getChannelSpeaker(input, context) {
      const { event } = await visibleEvent(db, callerOf(context.principal), input.path.event_id);
      const channel = await channelOf(event.id, input.path.channel_id);
      const assignment = await channelRepository.findSpeaker(channel.id, input.path.user_id.toLowerCase());
      if (!assignment) throw problems.notFound(`User ${input.path.user_id} is not a speaker of channel ${channel.name}.`);
      return { status: 200, body: speakerBody(assignment) };
    },

    async assignChannelSpeaker(input, context) {
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'assign speakers');
      const channel = await channelOf(event.id, input.path.channel_id);
      const userId = input.path.user_id.toLowerCase();
      const version = await db.transaction().execute(async (transaction) => {
        const events = new EventRepository(transaction);
        const channels = new ChannelRepository(transaction);
        const locked = await events.lock(event.id);
        if (!locked) throw eventProblems.eventNotFound(event.id);
        if (!speakersEditableIn.includes(locked.status)) throw eventProblems.speakersFrozen(speakersEditableIn);
        // Read again under the lock: the channel may have been deleted since it was first read.
        if (!(await channels.find(event.id, channel.id))) throw eventProblems.channelNotFound(channel.id);
        const added = await channels.addSpeaker({
          eventId: event.id,
          channelId: channel.id,
          userId,
          assignedBy: context.principal.subject,
        });
        if (!added) return locked.version;
        await channels.touch(channel.id);
        return (await events.bumpVersion(event.id)).version;
      });
      return { status: 204, headers: { ETag: versionTag(version) } };
    },

    async removeChannelSpeaker(input, context) {
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'remove speakers');
      const channel = await channelOf(event.id, input.path.channel_id);
      const userId = input.path.user_id.toLowerCase();
      const version = await db.transaction().execute(async (transaction) => {
        const events = new EventRepository(transaction);
        const channels = new ChannelRepository(transaction);
        const locked = await events.lock(event.id);
        if (!locked) throw eventProblems.eventNotFound(event.id);
        if (!speakersEditableIn.includes(locked.status)) throw eventProblems.speakersFrozen(speakersEditableIn);
        if (!(await channels.findSpeaker(channel.id, userId))) return locked.version;
        if (staffedIn.includes(locked.status) && (await channels.countSpeakers(event.id)) <= 1) {
          throw eventProblems.wouldNotBePrepared(
            `This is the last speaker of the ${locked.status} event; assign another speaker first, or move the event back to draft.`,
          );
        }
        await channels.removeSpeaker(channel.id, userId);
        await channels.touch(channel.id);
        return (await events.bumpVersion(event.id)).version;
      });
      return { status: 204, headers: { ETag: versionTag(version) } };
    },

    async listEventListeners(input, context) {
      const caller = callerOf(context.principal);
      const { event, relation } = await visibleEvent(db, caller, input.path.event_id);
      if (!canOverseeEvent(caller, relation))
        throw problems.forbidden("Only the event's organiser, holders of events:manage_all and services may see its listeners.");
      const page = pageOf(input.query);
      const { rows, total } = await listenerRepository.page(event.id, page);
      return { status: 200, body: pageBody(rows.map(listenerBody), total, page) };
    },

    async getEventListener(input, context) {
      const caller = callerOf(context.principal);
      const { event, relation } = await visibleEvent(db, caller, input.path.event_id);
      const userId = input.path.user_id.toLowerCase();
      if (!canOverseeEvent(caller, relation) && caller.userId !== userId) {
        throw problems.forbidden(
          "Only the event's organiser, holders of events:manage_all, services and the listener themselves may check a listener assignment.",
        );
      }
      const assignment = await listenerRepository.find(event.id, userId);
      if (!assignment) throw problems.notFound(`User ${input.path.user_id} is not a listener of the event.`);
      return { status: 200, body: listenerBody(assignment) };
    },

    async assignEventListener(input, context) {
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'assign listeners');
      try {
        await listenerRepository.add({
          eventId: event.id,
          userId: input.path.user_id.toLowerCase(),
          assignedBy: context.principal.subject,
        });
      } catch (error) {
        // The event was deleted between the access check and the insert.
        if (isForeignKeyViolation(error)) throw eventProblems.eventNotFound(event.id);
        throw error;
      }
      return { status: 204 };
    },

    async removeEventListener(input, context) {
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'remove listeners');
      await listenerRepository.remove(event.id, input.path.user_id.toLowerCase());
      return { status: 204 };
    },
  };
}
