import { randomBytes } from 'node:crypto';
import { ParticipantInfo, ParticipantInfo_State, Room, TrackInfo, TrackSource, TrackType } from '@livekit/protocol';

/** A participant a test puts into a room of the double, as if it had connected. */
export interface ParticipantSeed {
  identity: string;
  name?: string;
  /** When it connected; now by default. */
  joinedAt?: Date;
  /** The audio tracks it publishes (all from the microphone), by name. */
  audioTracks?: string[];
  mutedTracks?: string[];
}

/** LiveKit's ids: a type prefix and a random suffix. */
function sid(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

function seconds(date: Date): bigint {
  return BigInt(Math.floor(date.getTime() / 1000));
}

/** The rooms a LiveKit server holds, with the participants tests put in them. */
export class RoomState {
  private readonly rooms = new Map<string, { room: Room; participants: ParticipantInfo[] }>();

  create(options: { name: string; metadata: string; emptyTimeout: number; departureTimeout: number; maxParticipants: number }): Room {
    const existing = this.rooms.get(options.name);
    // CreateRoom is idempotent in LiveKit: the room that exists is answered, unchanged.
    if (existing) return this.snapshot(existing.room.name)!;
    const now = new Date();
    const room = new Room({
      sid: sid('RM'),
      name: options.name,
      metadata: options.metadata,
      emptyTimeout: options.emptyTimeout || 300,
      departureTimeout: options.departureTimeout || 20,
      maxParticipants: options.maxParticipants,
      creationTime: seconds(now),
      creationTimeMs: BigInt(now.getTime()),
    });
    this.rooms.set(room.name, { room, participants: [] });
    return this.snapshot(room.name)!;
  }

  /** The room with its current counts, or undefined. */
  snapshot(name: string): Room | undefined {
    const entry = this.rooms.get(name);
    if (!entry) return undefined;
    const room = entry.room.clone();
    room.numParticipants = entry.participants.length;
    room.numPublishers = entry.participants.filter((participant) => participant.isPublisher).length;
    return room;
  }

  list(names: string[]): Room[] {
    const wanted = names.length > 0 ? names : [...this.rooms.keys()];
    return wanted.flatMap((name) => this.snapshot(name) ?? []);
  }

  delete(name: string): boolean {
    return this.rooms.delete(name);
  }

  participants(name: string): ParticipantInfo[] | undefined {
    return this.rooms.get(name)?.participants.map((participant) => participant.clone());
  }

  /** Puts a participant into an existing room (a test's stand-in for a WebRTC join). */
  addParticipant(roomName: string, seed: ParticipantSeed): ParticipantInfo {
    const entry = this.rooms.get(roomName);
    if (!entry) throw new Error(`No room ${roomName} in the LiveKit double.`);
    const joinedAt = seed.joinedAt ?? new Date();
    const tracks = (seed.audioTracks ?? []).map(
      (name) =>
        new TrackInfo({
          sid: sid('TR'),
          name,
          type: TrackType.AUDIO,
          source: TrackSource.MICROPHONE,
          muted: seed.mutedTracks?.includes(name) ?? false,
          mimeType: 'audio/opus',
        }),
    );
    const participant = new ParticipantInfo({
      sid: sid('PA'),
      identity: seed.identity,
      name: seed.name ?? seed.identity,
      state: ParticipantInfo_State.ACTIVE,
      tracks,
      joinedAt: seconds(joinedAt),
      joinedAtMs: BigInt(joinedAt.getTime()),
      isPublisher: tracks.length > 0,
    });
    // A second connection with the same identity replaces the first, as in LiveKit.
    entry.participants = [...entry.participants.filter((other) => other.identity !== seed.identity), participant];
    return participant.clone();
  }

  clear(): void {
    this.rooms.clear();
  }
}
