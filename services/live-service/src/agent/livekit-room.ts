/**
 * The agent's room on `@livekit/rtc-node`: one hidden participant (its token says so) that subscribes
 * to the speaker's microphone and publishes captions as text streams and one audio track per language.
 */
import {
  AudioSource,
  AudioStream,
  DisconnectReason,
  LocalAudioTrack,
  ParticipantKind,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
  type AudioFrame,
  type RemoteParticipant,
  type RemoteTrack,
  type RemoteTrackPublication,
} from '@livekit/rtc-node';
import {
  AgentRoomEvents,
  speakerSampleRate,
  type AgentRoom,
  type AudioOutput,
  type ConnectAgentRoom,
  type RoomClosedReason,
  type TextPublishOptions,
} from './agent-room.js';

/** Audio the native source may hold ahead of playout: enough to ride out a busy event loop, little enough that stop() is prompt. */
const outputQueueMs = 200;

/** A speaker is a person's microphone: other agents (and their `translation-*` tracks) are not transcribed. */
export function isSpeakerTrack(track: RemoteTrack, publication: RemoteTrackPublication, participant: RemoteParticipant): boolean {
  return (
    track.kind === TrackKind.KIND_AUDIO &&
    publication.source === TrackSource.SOURCE_MICROPHONE &&
    participant.kind !== ParticipantKind.AGENT
  );
}

/**
 * A listener, as the livekit-provider names people (`listener-{user id}`); someone it did not name
 * (another token) counts as a listener too, as the provider's room view counts them. Speakers and
 * agents are not listeners.
 */
export function isListener(participant: Pick<RemoteParticipant, 'identity' | 'kind'>): boolean {
  return (
    participant.kind !== ParticipantKind.AGENT && !participant.identity.startsWith('speaker-') && !participant.identity.startsWith('agent-')
  );
}

export function closedReason(reason: DisconnectReason): RoomClosedReason {
  if (reason === DisconnectReason.ROOM_DELETED) return 'room_deleted';
  if (reason === DisconnectReason.PARTICIPANT_REMOVED) return 'removed';
  if (reason === DisconnectReason.DUPLICATE_IDENTITY) return 'replaced';
  return 'disconnected';
}

/** Wraps a local source and track as the agent's {@link AudioOutput}. */
export function audioOutput(name: string, source: AudioSource, track: LocalAudioTrack, unpublish: () => Promise<void>): AudioOutput {
  return {
    name,
    sampleRate: source.sampleRate,
    captureFrame: (frame: AudioFrame) => source.captureFrame(frame),
    close: async () => {
      await unpublish().catch(() => undefined);
      await track.close();
      await source.close();
    },
  };
}

/** Builds a local audio source and track that play PCM in real time (the native side drains it). */
export function createLocalAudioTrack(name: string, sampleRate: number): { source: AudioSource; track: LocalAudioTrack } {
  const source = new AudioSource(sampleRate, 1, outputQueueMs);
  return { source, track: LocalAudioTrack.createAudioTrack(name, source) };
}

/** The frames of a web ReadableStream, as an async iterable (Node 20's typings do not declare one). */
export async function* framesOf(stream: ReadableStream<AudioFrame>): AsyncGenerator<AudioFrame> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // The consumer stopped (the speaker left, the agent stopped): the native stream is released with it.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

class LiveKitAgentRoom implements AgentRoom {
  private readonly events = new AgentRoomEvents();
  /** The speaker tracks subscribed, so that only their end is told to the agent. */
  private readonly speakerTracks = new Set<string>();
  private leaving = false;

  constructor(private readonly room: Room) {
    room.on(RoomEvent.TrackSubscribed, (track, publication, participant) => {
      if (!isSpeakerTrack(track, publication, participant)) return;
      const trackId = track.sid ?? publication.sid ?? participant.identity;
      const stream = new AudioStream(track, { sampleRate: speakerSampleRate, numChannels: 1, frameSizeMs: 20 });
      this.speakerTracks.add(trackId);
      this.events.emit({ type: 'speaker_track', track: { trackId, participantIdentity: participant.identity, frames: framesOf(stream) } });
    });
    room.on(RoomEvent.TrackUnsubscribed, (track, publication) => {
      const trackId = track.sid ?? publication.sid;
      if (trackId === undefined || !this.speakerTracks.has(trackId)) return;
      // The agent stops reading on this event, which cancels the stream (framesOf).
      this.speakerTracks.delete(trackId);
      this.events.emit({ type: 'speaker_track_ended', trackId });
    });
    const countListeners = () =>
      this.events.emit({ type: 'listeners', count: [...room.remoteParticipants.values()].filter(isListener).length });
    room.on(RoomEvent.Connected, countListeners);
    room.on(RoomEvent.ParticipantConnected, countListeners);
    room.on(RoomEvent.ParticipantDisconnected, countListeners);
    room.on(RoomEvent.Disconnected, (reason) => {
      if (this.leaving) return;
      this.events.emit({
        type: 'closed',
        reason: closedReason(reason),
        detail: `LiveKit disconnected the agent (${DisconnectReason[reason] ?? reason})`,
      });
    });
  }

  onEvent(listener: Parameters<AgentRoom['onEvent']>[0]): () => void {
    return this.events.on(listener);
  }

  async publishText(text: string, options: TextPublishOptions): Promise<void> {
    const participant = this.room.localParticipant;
    if (!participant) throw new Error('the agent is not in the room');
    const writer = await participant.streamText({ topic: options.topic, attributes: options.attributes });
    await writer.write(text);
    await writer.close();
  }

  async publishAudioTrack(name: string, sampleRate: number): Promise<AudioOutput> {
    const participant = this.room.localParticipant;
    if (!participant) throw new Error('the agent is not in the room');
    const { source, track } = createLocalAudioTrack(name, sampleRate);
    const publication = await participant.publishTrack(track, new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }));
    return audioOutput(name, source, track, async () => {
      if (publication.sid) await participant.unpublishTrack(publication.sid);
    });
  }

  async disconnect(): Promise<void> {
    this.leaving = true;
    this.speakerTracks.clear();
    await this.room.disconnect();
  }
}

/** Joins `url` with the agent's token: subscribes to audio only, publishes what the agent makes. */
export const connectLiveKitRoom: ConnectAgentRoom = async (url, token) => {
  const room = new Room();
  const agentRoom = new LiveKitAgentRoom(room);
  await room.connect(url, token, { autoSubscribe: true, dynacast: false });
  return agentRoom;
};
