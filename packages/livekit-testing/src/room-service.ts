import {
  CreateRoomRequest,
  DeleteRoomRequest,
  DeleteRoomResponse,
  ListParticipantsRequest,
  ListParticipantsResponse,
  ListRoomsRequest,
  ListRoomsResponse,
  type Room,
} from '@livekit/protocol';
import type { RoomState } from './room-state.js';
import { TwirpFailure, type VideoGrantClaims } from './twirp-wire.js';

/** Protobuf's JSON value (the protocol package does not re-export bufbuild's type). */
type JsonValue = ReturnType<Room['toJson']>;

/** How a LiveKit server writes its JSON answers: proto field names, every field present. */
const answerFormat = { useProtoFieldName: true, emitDefaultValues: true } as const;

type MethodHandler = (body: unknown, grant: VideoGrantClaims) => JsonValue;

/**
 * Parses a request strictly with its protocol class, so that a field name the SDK (or our code)
 * got wrong fails here instead of being ignored as a real server would.
 */
function parse<T>(parser: { fromJson(json: JsonValue, options?: { ignoreUnknownFields?: boolean }): T }, body: unknown): T {
  try {
    return parser.fromJson(body as JsonValue, { ignoreUnknownFields: false });
  } catch (error) {
    throw new TwirpFailure('malformed', `the json request could not be decoded: ${(error as Error).message}`);
  }
}

function requireGrant(grant: VideoGrantClaims, name: 'roomCreate' | 'roomList' | 'roomAdmin', room?: string): void {
  if (grant[name] !== true || (room !== undefined && grant.room !== room)) throw new TwirpFailure('unauthenticated', 'permissions denied');
}

/** RoomService's methods as LiveKit answers them, over the double's rooms. */
export function roomServiceMethods(rooms: RoomState): Record<string, MethodHandler> {
  return {
    CreateRoom(body, grant) {
      const request = parse(CreateRoomRequest, body);
      requireGrant(grant, 'roomCreate');
      if (request.name === '') throw new TwirpFailure('invalid_argument', 'room name cannot be empty');
      return rooms
        .create({
          name: request.name,
          metadata: request.metadata,
          emptyTimeout: request.emptyTimeout,
          departureTimeout: request.departureTimeout,
          maxParticipants: request.maxParticipants,
        })
        .toJson(answerFormat);
    },
    ListRooms(body, grant) {
      const request = parse(ListRoomsRequest, body);
      requireGrant(grant, 'roomList');
      return new ListRoomsResponse({ rooms: rooms.list(request.names) }).toJson(answerFormat);
    },
    DeleteRoom(body, grant) {
      const request = parse(DeleteRoomRequest, body);
      requireGrant(grant, 'roomCreate');
      if (!rooms.delete(request.room)) throw new TwirpFailure('not_found', 'requested room does not exist');
      return new DeleteRoomResponse().toJson(answerFormat);
    },
    ListParticipants(body, grant) {
      const request = parse(ListParticipantsRequest, body);
      requireGrant(grant, 'roomAdmin', request.room);
      const participants = rooms.participants(request.room);
      if (!participants) throw new TwirpFailure('not_found', 'requested room does not exist');
      return new ListParticipantsResponse({ participants }).toJson(answerFormat);
    },
  };
}
