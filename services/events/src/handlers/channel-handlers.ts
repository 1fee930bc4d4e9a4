import type { EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { parseIfMatch, versionMatchingIfMatch, versionTag } from '@ilenia/kit';
import { callerOf } from '../domain/access.js';
import { checkChannelLanguages } from '../domain/languages.js';
import { channelsEditableIn } from '../domain/life-cycle.js';
import { isUniqueViolation } from '@ilenia/kit/persistence';
import { pageOf } from '../http/event-input.js';
import { eventProblems } from '../http/event-problems.js';
import { channelBody, pageBody } from '../http/representations.js';
import { ChannelRepository } from '../repositories/channel-repository.js';
import { idGenerator, type EventsHandlerDependencies } from './dependencies.js';
import { manageableEvent, visibleEvent, writeEventVersion } from './event-access.js';

type ChannelOperations = 'listChannels' | 'createChannel' | 'getChannel' | 'updateChannel' | 'deleteChannel';

/** Turns the database's own refusal of a duplicate name into the API's 409. */
async function namedUniquely<Result>(name: string, write: () => Promise<Result>): Promise<Result> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'channels_event_name_key')) throw eventProblems.duplicateChannelName(name);
    throw error;
  }
}

/** The handlers of an event's channels. Every change takes the event's If-Match and bumps its version. */
export function channelHandlers(dependencies: EventsHandlerDependencies): Pick<EventsHandlers, ChannelOperations> {
  const { db } = dependencies;
  const channelRepository = new ChannelRepository(db);
  const newId = idGenerator(dependencies);

  return {
    async listChannels(input, context) {
      const { event } = await visibleEvent(db, callerOf(context.principal), input.path.event_id);
      const page = pageOf(input.query);
      const { rows, total } = await channelRepository.page(event.id, page);
      return { status: 200, body: pageBody(rows.map(channelBody), total, page), headers: { ETag: versionTag(event.version) } };
    },

    async createChannel(input, context) {
      const condition = parseIfMatch(input.headers['if-match']);
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'add channels to the event');
      const expected = versionMatchingIfMatch(condition, event.version);
      if (!channelsEditableIn.includes(event.status)) throw eventProblems.channelsFrozen(event.status, channelsEditableIn);
      const languages = checkChannelLanguages(input.body.source_language, input.body.target_languages);
      if (languages.issues.length > 0) throw eventProblems.invalid(languages.issues);
      const channelId = newId();
      const speakers = [...new Set((input.body.speakers ?? []).map((userId) => userId.toLowerCase()))];
      const result = await namedUniquely(input.body.name, () =>
        writeEventVersion(db, event.id, expected, { statuses: channelsEditableIn }, async (transaction, bumped) => {
          const channels = new ChannelRepository(transaction);
          await channels.insert(
            {
              id: channelId,
              eventId: event.id,
              name: input.body.name,
              sourceLanguage: languages.sourceLanguage,
              targetLanguages: languages.targetLanguages,
            },
            speakers,
            context.principal.subject,
          );
          return { version: bumped.version, channel: (await channels.find(event.id, channelId))! };
        }),
      );
      return {
        status: 201,
        body: channelBody(result.channel),
        headers: { Location: `/v1/events/${event.id}/channels/${channelId}`, ETag: versionTag(result.version) },
      };
    },

    async getChannel(input, context) {
      const { event } = await visibleEvent(db, callerOf(context.principal), input.path.event_id);
      const channel = await channelRepository.find(event.id, input.path.channel_id);
      if (!channel) throw eventProblems.channelNotFound(input.path.channel_id);
      return { status: 200, body: channelBody(channel), headers: { ETag: versionTag(event.version) } };
    },

    async updateChannel(input, context) {
      const condition = parseIfMatch(input.headers['if-match']);
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'change the channels of the event');
      const channel = await channelRepository.find(event.id, input.path.channel_id);
      if (!channel) throw eventProblems.channelNotFound(input.path.channel_id);
      const expected = versionMatchingIfMatch(condition, event.version);
      if (!channelsEditableIn.includes(event.status)) throw eventProblems.channelsFrozen(event.status, channelsEditableIn);
      const patch = input.body;
      const name = patch.name ?? channel.name;
      const languages = checkChannelLanguages(
        patch.source_language ?? channel.source_language,
        patch.target_languages ?? channel.target_languages,
      );
      if (languages.issues.length > 0) throw eventProblems.invalid(languages.issues);
      const result = await namedUniquely(name, () =>
        writeEventVersion(db, event.id, expected, { statuses: channelsEditableIn }, async (transaction, bumped) => {
          const channels = new ChannelRepository(transaction);
          await channels.update(channel.id, {
            name,
            sourceLanguage: languages.sourceLanguage,
            targetLanguages: languages.targetLanguages,
          });
          return { version: bumped.version, channel: (await channels.find(event.id, channel.id))! };
        }),
      );
      return { status: 200, body: channelBody(result.channel), headers: { ETag: versionTag(result.version) } };
    },

    async deleteChannel(input, context) {
      const condition = parseIfMatch(input.headers['if-match']);
      const event = await manageableEvent(db, callerOf(context.principal), input.path.event_id, 'delete the channels of the event');
      const channel = await channelRepository.find(event.id, input.path.channel_id);
      if (!channel) throw eventProblems.channelNotFound(input.path.channel_id);
      const expected = versionMatchingIfMatch(condition, event.version);
      if (!channelsEditableIn.includes(event.status)) throw eventProblems.channelsFrozen(event.status, channelsEditableIn);
      const version = await writeEventVersion(db, event.id, expected, { statuses: channelsEditableIn }, async (transaction, bumped) => {
        const channels = new ChannelRepository(transaction);
        if (bumped.status === 'ready') {
          const hasSpeaker = (await channels.find(event.id, channel.id))!.speakers.length > 0;
          const otherStaffed = await channels.staffedChannelNames(event.id, channel.id);
          if (hasSpeaker && otherStaffed.length === 0) {
            throw eventProblems.wouldNotBePrepared(
              `${channel.name} is the only channel with a speaker of this ready event; move the event back to draft first.`,
            );
          }
        }
        await channels.delete(channel.id);
        return bumped.version;
      });
      return { status: 204, headers: { ETag: versionTag(version) } };
    },
  };
}
