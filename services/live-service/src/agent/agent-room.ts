/**
 * The room seam of the channel agent: what the agent needs of a LiveKit room, and nothing more, so
 * that the pipeline runs the same against rtc-node (`livekit-room.ts`) and the test room
 * (`test/agent/test-room.ts`), which cannot be told apart from the agent's side.
 */
import type { AudioFrame } from '@livekit/rtc-node';

/** The sample rate and layout of the speaker's audio as the room hands it over (what the recognisers take). */
export const speakerSampleRate = 16_000;

/** A speaker's microphone track the agent subscribed to. */
export interface SpeakerTrack {
  /** The track's id in the room (`lk.transcribed_track_id` of every caption made from it). */
  trackId: string;
  participantIdentity: string;
  /** 16 kHz mono Int16 frames, in real time; ends when the track is unsubscribed. */
  frames: AsyncIterable<AudioFrame>;
}

/**
 * Why the agent is no longer in the room: `replaced` when another connection joined with its identity
 * (LiveKit keeps the newest: another instance took the session over).
 */
export type RoomClosedReason = 'room_deleted' | 'removed' | 'replaced' | 'disconnected';

export type AgentRoomEvent =
  | { type: 'speaker_track'; track: SpeakerTrack }
  | { type: 'speaker_track_ended'; trackId: string }
  /** How many listeners are in the room now (on joining, and whenever one comes or goes). */
  | { type: 'listeners'; count: number }
  | { type: 'closed'; reason: RoomClosedReason; detail: string };

/** One audio track the agent publishes (`translation-{lang}`). */
export interface AudioOutput {
  readonly name: string;
  readonly sampleRate: number;
  /** Takes one frame; resolves when the track can take the next (the caller paces in real time). */
  captureFrame(frame: AudioFrame): Promise<void>;
  close(): Promise<void>;
}

export interface TextPublishOptions {
  topic: string;
  attributes: Record<string, string>;
}

export interface AgentRoom {
  /** Events since the room connected are replayed to the first listener, so none is lost between connect and listen. */
  onEvent(listener: (event: AgentRoomEvent) => void): () => void;
  /** Sends one complete text stream (one caption revision) to every participant. */
  publishText(text: string, options: TextPublishOptions): Promise<void>;
  publishAudioTrack(name: string, sampleRate: number): Promise<AudioOutput>;
  disconnect(): Promise<void>;
}

/** Joins a room as the agent; rejects when the room cannot be joined. */
export type ConnectAgentRoom = (url: string, token: string) => Promise<AgentRoom>;

/** The event side of an {@link AgentRoom}: buffers events until someone listens, then relays them. */
export class AgentRoomEvents {
  private readonly listeners = new Set<(event: AgentRoomEvent) => void>();
  private buffered: AgentRoomEvent[] | undefined = [];

  emit(event: AgentRoomEvent): void {
    if (this.buffered) {
      this.buffered.push(event);
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  on(listener: (event: AgentRoomEvent) => void): () => void {
    this.listeners.add(listener);
    const replay = this.buffered;
    this.buffered = undefined;
    for (const event of replay ?? []) listener(event);
    return () => this.listeners.delete(listener);
  }
}
