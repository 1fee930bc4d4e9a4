import type { LivekitProviderHandlers } from '@ilenia/generated/openapi/livekit-provider/server';
import type { components } from '@ilenia/generated/openapi/livekit-provider/types';
import type { EventsChannel, EventsEvent } from '@ilenia/kit/upstream';
import { providerProblems, withUpstreams } from '../domain/problems.js';
import { listenerAccess, speakerAccess } from '../domain/room-access.js';
import type { RoomGateway } from '../livekit/room-gateway.js';
import { roomNameOf } from '../livekit/room-names.js';
import { callerOf, noStore, type HandlerDependencies } from './dependencies.js';

type RoomTrack = components['schemas']['RoomTrack'];

/** Opens the channel's room if it is not open, with its languages in the metadata. */
export function openRoom(rooms: RoomGateway, event: EventsEvent, channel: EventsChannel) {
  return rooms.ensureRoom(roomNameOf(event.id, channel.id), {
    event_id: event.id,
    channel_id: channel.id,
    source_language: channel.source_language,
    target_languages: channel.target_languages,
  });
}

/** The tracks a listener asked for (every track when `languages` is absent), and whether each is published now. */
async function listenerTracks(
  rooms: RoomGateway,
  roomName: string,
  channel: EventsChannel,
  languages: string[] | undefined,
): Promise<RoomTrack[]> {
  const offered: RoomTrack[] = [
    { track_name: 'original', kind: 'original', language: channel.source_language, published: false },
    ...channel.target_languages.map((language): RoomTrack => ({
      track_name: `translation-${language}`,
      kind: 'translation',
      language,
      published: false,
    })),
  ];
  const wanted = languages === undefined ? offered : offered.filter((track) => languages.includes(track.language));
  const participants = (await rooms.listParticipants(roomName)) ?? [];
  const published = new Set(participants.flatMap((participant) => participant.tracks.map((track) => track.name)));
  return wanted.map((track) => ({ ...track, published: published.has(track.track_name) }));
}

export function roomAccessHandlers(dependencies: HandlerDependencies): Pick<LivekitProviderHandlers, 'createOrJoinRoom' | 'joinRoom'> {
  const { directory, rooms, tokens } = dependencies;
  return {
    createOrJoinRoom: (input, context) =>
      withUpstreams(async () => {
        const caller = callerOf(context);
        const { event, channel } = await speakerAccess(
          directory,
          { eventId: input.body.event_id, channelId: input.body.channel_id },
          caller,
        );
        const { room, created } = await openRoom(rooms, event, channel);
        const minted = await tokens.mint({
          role: 'speaker',
          roomName: room.name,
          identity: `speaker-${context.principal.subject}`,
          ttlSeconds: dependencies.tokenTtlSeconds.speaker,
        });
        return {
          status: 200,
          headers: noStore,
          body: {
            room_name: room.name,
            event_id: event.id,
            channel_id: channel.id,
            room_created: created,
            livekit_url: dependencies.livekitUrl,
            livekit_token: minted.token,
            identity: minted.identity,
            expires_at: minted.expiresAt.toISOString(),
            track_name: 'original',
            grants: minted.grants,
          },
        };
      }),

    joinRoom: (input, context) =>
      withUpstreams(async () => {
        const caller = callerOf(context);
        const { event, channel } = await listenerAccess(
          directory,
          { eventId: input.body.event_id, ...(input.body.channel_id ? { channelId: input.body.channel_id } : {}) },
          caller,
        );
        const allowed = [channel.source_language, ...channel.target_languages];
        const unknown = input.body.languages?.find((language) => !allowed.includes(language));
        if (unknown !== undefined) throw providerProblems.languageNotOffered(channel.id, unknown, allowed);
        // Listeners may arrive before the speaker: they wait inside the room for the tracks to appear.
        const { room } = await openRoom(rooms, event, channel);
        const tracks = await listenerTracks(rooms, room.name, channel, input.body.languages);
        const minted = await tokens.mint({
          role: 'listener',
          roomName: room.name,
          identity: `listener-${context.principal.subject}`,
          ttlSeconds: dependencies.tokenTtlSeconds.listener,
        });
        return {
          status: 200,
          headers: noStore,
          body: {
            room_name: room.name,
            event_id: event.id,
            channel_id: channel.id,
            livekit_url: dependencies.livekitUrl,
            livekit_token: minted.token,
            identity: minted.identity,
            expires_at: minted.expiresAt.toISOString(),
            source_language: channel.source_language,
            target_languages: channel.target_languages,
            grants: minted.grants,
            tracks,
          },
        };
      }),
  };
}
