import { TrackSource, TrackType, type ParticipantInfo, type Room } from 'livekit-server-sdk';
import type { components } from '@ilenia/generated/openapi/livekit-provider/types';
import { agentIdentity } from './access-tokens.js';
import { parseRoomName } from './room-names.js';

type RoomSummary = components['schemas']['Room'];
type Participant = components['schemas']['Participant'];
type ParticipantTrack = components['schemas']['ParticipantTrack'];

const sourceNames: Record<TrackSource, ParticipantTrack['source']> = {
  [TrackSource.UNKNOWN]: 'unknown',
  [TrackSource.CAMERA]: 'camera',
  [TrackSource.MICROPHONE]: 'microphone',
  [TrackSource.SCREEN_SHARE]: 'screen_share',
  [TrackSource.SCREEN_SHARE_AUDIO]: 'screen_share_audio',
};

/** A time LiveKit gives in whole seconds (and, on newer servers, milliseconds too). */
function instant(seconds: bigint, milliseconds?: bigint): string {
  const ms = milliseconds && milliseconds > 0n ? Number(milliseconds) : Number(seconds) * 1000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The API's view of a room that follows the naming convention; undefined for any other room. */
export function roomSummary(room: Room): RoomSummary | undefined {
  const ids = parseRoomName(room.name);
  if (!ids) return undefined;
  return {
    room_name: room.name,
    event_id: ids.eventId,
    channel_id: ids.channelId,
    created_at: instant(room.creationTime, room.creationTimeMs),
    num_participants: room.numParticipants,
    num_publishers: room.numPublishers,
    recording_active: room.activeRecording,
  };
}

/** Who a participant is, from the identity the provider gave it. */
export function participantView(participant: ParticipantInfo): Participant {
  const person = /^(speaker|listener)-([0-9a-f-]{36})$/.exec(participant.identity);
  const isAgent = participant.identity === agentIdentity;
  return {
    identity: participant.identity,
    // Someone who joined with a token the provider did not mint counts as a listener: they can do no more.
    kind: person ? (person[1] as 'speaker' | 'listener') : isAgent ? 'agent' : 'listener',
    user_id: person ? person[2]! : null,
    agent_type: isAgent ? 'translator' : null,
    joined_at: instant(participant.joinedAt, participant.joinedAtMs),
    tracks: participant.tracks.map((track) => ({
      sid: track.sid,
      name: track.name,
      type: track.type === TrackType.VIDEO ? 'video' : 'audio',
      source: sourceNames[track.source] ?? 'unknown',
      muted: track.muted,
    })),
  };
}
