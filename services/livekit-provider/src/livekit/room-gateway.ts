import { RoomServiceClient, type ParticipantInfo, type Room } from 'livekit-server-sdk';
import { describeLiveKitFailure, isNotFound } from './livekit-errors.js';

/** What a channel's room says about itself in its metadata, so agents and tools need not ask us. */
export interface RoomMetadata {
  event_id: string;
  channel_id: string;
  source_language: string;
  target_languages: string[];
}

/** The LiveKit rooms, as the provider uses them. Every failure is a LiveKitUnavailableError. */
export interface RoomGateway {
  /** Creates the room when it is not open; says whether this call created it. */
  ensureRoom(name: string, metadata: RoomMetadata): Promise<{ room: Room; created: boolean }>;
  findRoom(name: string): Promise<Room | undefined>;
  listRooms(): Promise<Room[]>;
  /** The participants of an open room; undefined when the room is not open. */
  listParticipants(name: string): Promise<ParticipantInfo[] | undefined>;
  /** Closes the room; false when it was not open. */
  deleteRoom(name: string): Promise<boolean>;
}

export interface LiveKitRoomGatewayOptions {
  /** `ws(s)://` or `http(s)://`; the SDK speaks HTTP to the same host. */
  url: URL;
  apiKey: string;
  apiSecret: string;
  timeoutMs: number;
  emptyTimeoutSeconds: number;
}

/** The RoomService of a LiveKit server through the server SDK, with a timeout on every call. */
export function liveKitRoomGateway(options: LiveKitRoomGatewayOptions): RoomGateway {
  // failover is for LiveKit Cloud regions; a timeout shorter than the SDK's failover minimum disables it anyway.
  const client = new RoomServiceClient(options.url.href.replace(/\/$/, ''), options.apiKey, options.apiSecret, {
    requestTimeout: options.timeoutMs / 1000,
    failover: false,
  });
  /** Creations in flight in this process, so that concurrent callers share one and only one says it created the room. */
  const creating = new Map<string, Promise<Room>>();

  async function call<T>(method: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw describeLiveKitFailure(method, error, options.timeoutMs);
    }
  }

  async function findRoom(name: string): Promise<Room | undefined> {
    const rooms = await call('ListRooms', () => client.listRooms([name]));
    return rooms.find((room) => room.name === name);
  }

  return {
    findRoom,
    async ensureRoom(name, metadata) {
      const pending = creating.get(name);
      if (pending) return { room: await pending, created: false };
      const existing = await findRoom(name);
      if (existing) return { room: existing, created: false };
      const again = creating.get(name);
      if (again) return { room: await again, created: false };
      // CreateRoom answers the existing room when another instance won the race; LiveKit creates it once.
      const creation = call('CreateRoom', () =>
        client.createRoom({ name, metadata: JSON.stringify(metadata), emptyTimeout: options.emptyTimeoutSeconds }),
      );
      creating.set(name, creation);
      try {
        return { room: await creation, created: true };
      } finally {
        creating.delete(name);
      }
    },
    listRooms: () => call('ListRooms', () => client.listRooms()),
    async listParticipants(name) {
      try {
        return await client.listParticipants(name);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw describeLiveKitFailure('ListParticipants', error, options.timeoutMs);
      }
    },
    async deleteRoom(name) {
      try {
        await client.deleteRoom(name);
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw describeLiveKitFailure('DeleteRoom', error, options.timeoutMs);
      }
    },
  };
}
