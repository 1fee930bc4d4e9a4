/**
 * A livekit-client Room the component tests drive by hand: it records what the view asks of it
 * (connect options, published tracks, subscriptions, startAudio) and emits what a LiveKit server
 * would cause (tracks published, text stream chunks, reconnecting, disconnected). Its participants,
 * publications and tracks have what @livekit/components-react reads of them (sources, `track` only
 * while subscribed, `attach(element)`), so its hooks and RoomAudioRenderer run over it unchanged.
 */
import { ConnectionState, DisconnectReason, RoomEvent, Track } from 'livekit-client';
import type { LiveKitClient, LiveKitRoom, MicrophoneTrack } from './room.js';
import { transcriptionTopic } from './transcriptions.js';

type Listener = (...args: unknown[]) => void;
type TextHandler = (reader: unknown, participant: { identity: string }) => void;

class FakeRemoteTrack {
  readonly kind = Track.Kind.Audio;
  readonly source = Track.Source.Microphone;
  private readonly elements: HTMLMediaElement[] = [];
  constructor(readonly name: string) {}
  attach(element: HTMLMediaElement = document.createElement('audio')): HTMLMediaElement {
    element.dataset.track = this.name;
    this.elements.push(element);
    return element;
  }
  detach(element?: HTMLMediaElement): HTMLMediaElement | HTMLMediaElement[] {
    if (!element) return this.elements.splice(0);
    this.elements.splice(this.elements.indexOf(element), 1);
    delete element.dataset.track;
    return element;
  }
}

/** Event emitter methods of participants and publications, which components-react subscribes to. */
class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>();
  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }
  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
}

class FakePublication extends Emitter {
  readonly kind = Track.Kind.Audio;
  // The agent publishes its voices as microphone tracks, as the speaker does (see livekit.md).
  readonly source = Track.Source.Microphone;
  readonly isMuted = false;
  isSubscribed = false;
  private readonly remoteTrack: FakeRemoteTrack;
  constructor(
    private readonly room: FakeRoom,
    readonly participant: FakeParticipant,
    readonly trackName: string,
  ) {
    super();
    this.remoteTrack = new FakeRemoteTrack(trackName);
  }
  get trackSid(): string {
    return `TR_${this.trackName}`;
  }
  /** As livekit-client's: the track exists only while subscribed. */
  get track(): FakeRemoteTrack | undefined {
    return this.isSubscribed ? this.remoteTrack : undefined;
  }
  setSubscribed(subscribed: boolean): void {
    this.isSubscribed = subscribed;
    const event = subscribed ? RoomEvent.TrackSubscribed : RoomEvent.TrackUnsubscribed;
    this.participant.emit(event, this.remoteTrack, this);
    this.room.emit(event, this.remoteTrack, this, this.participant);
    this.room.emit(RoomEvent.TrackSubscriptionStatusChanged, this, subscribed ? 'subscribed' : 'unsubscribed', this.participant);
  }
}

class FakeParticipant extends Emitter {
  readonly trackPublications = new Map<string, FakePublication>();
  readonly isLocal = false;
  constructor(readonly identity: string) {
    super();
  }
  get sid(): string {
    return `PA_${this.identity}`;
  }
  getTrackPublications(): FakePublication[] {
    return [...this.trackPublications.values()];
  }
  /** components-react reads a participant's microphone, camera and screen publications by source. */
  getTrackPublication(source: Track.Source): FakePublication | undefined {
    return [...this.trackPublications.values()].find((publication) => publication.source === source);
  }
}

/** A text stream being received: `write` a chunk (a delta), then `close`. */
export interface FakeTextStream {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export class FakeRoom {
  state: ConnectionState = ConnectionState.Disconnected;
  canPlaybackAudio = false;
  readonly remoteParticipants = new Map<string, FakeParticipant>();
  readonly published: { track: unknown; options: unknown }[] = [];
  connectedWith: { url: string; token: string; options: unknown } | undefined;
  startAudioCalls = 0;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly textHandlers = new Map<string, TextHandler>();
  private streams = 0;
  readonly localParticipant = {
    identity: 'me',
    sid: 'PA_me',
    isLocal: true,
    trackPublications: new Map<string, never>(),
    getTrackPublications: () => [],
    getTrackPublication: () => undefined,
    on: () => this.localParticipant,
    off: () => this.localParticipant,
    publishTrack: (track: unknown, options: unknown) => {
      this.published.push({ track, options });
      return Promise.resolve({});
    },
  };

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  // The room's calls return promises, as livekit-client's do; the fake settles them at once.
  connect(url: string, token: string, options?: unknown): Promise<void> {
    this.connectedWith = { url, token, options };
    this.setState(ConnectionState.Connected);
    this.emit(RoomEvent.Connected);
    return Promise.resolve();
  }

  disconnect(): Promise<void> {
    if (this.state !== ConnectionState.Disconnected) {
      this.setState(ConnectionState.Disconnected);
      this.emit(RoomEvent.Disconnected, DisconnectReason.CLIENT_INITIATED);
    }
    return Promise.resolve();
  }

  startAudio(): Promise<void> {
    this.startAudioCalls += 1;
    this.canPlaybackAudio = true;
    this.emit(RoomEvent.AudioPlaybackStatusChanged, true);
    return Promise.resolve();
  }

  registerTextStreamHandler(topic: string, handler: TextHandler): void {
    this.textHandlers.set(topic, handler);
  }

  unregisterTextStreamHandler(topic: string): void {
    this.textHandlers.delete(topic);
  }

  // What a LiveKit server would cause:

  setState(state: ConnectionState): void {
    this.state = state;
    this.emit(RoomEvent.ConnectionStateChanged, state);
    if (state === ConnectionState.Reconnecting) this.emit(RoomEvent.Reconnecting);
    if (state === ConnectionState.Connected) this.emit(RoomEvent.Reconnected);
  }

  /** The server drops the connection for good (LiveKit gave up reconnecting, or closed the room). */
  lose(reason: DisconnectReason): void {
    this.state = ConnectionState.Disconnected;
    this.emit(RoomEvent.ConnectionStateChanged, ConnectionState.Disconnected);
    this.emit(RoomEvent.Disconnected, reason);
  }

  publish(identity: string, trackName: string): FakePublication {
    let participant = this.remoteParticipants.get(identity);
    if (!participant) {
      participant = new FakeParticipant(identity);
      this.remoteParticipants.set(identity, participant);
      this.emit(RoomEvent.ParticipantConnected, participant);
    }
    const publication = new FakePublication(this, participant, trackName);
    participant.trackPublications.set(`TR_${trackName}`, publication);
    participant.emit(RoomEvent.TrackPublished, publication);
    this.emit(RoomEvent.TrackPublished, publication, participant);
    return publication;
  }

  unpublish(identity: string, trackName: string): void {
    const participant = this.remoteParticipants.get(identity);
    const publication = participant?.trackPublications.get(`TR_${trackName}`);
    if (!participant || !publication) return;
    if (publication.isSubscribed) publication.setSubscribed(false);
    participant.trackPublications.delete(`TR_${trackName}`);
    participant.emit(RoomEvent.TrackUnpublished, publication);
    this.emit(RoomEvent.TrackUnpublished, publication, participant);
  }

  subscribedTrackNames(): string[] {
    return [...this.remoteParticipants.values()]
      .flatMap((participant) => [...participant.trackPublications.values()])
      .filter((publication) => publication.isSubscribed)
      .map((publication) => publication.trackName);
  }

  /** Opens a text stream on `lk.transcription` from an agent, with the agent's attributes. */
  openText(attributes: Record<string, string>, identity = 'agent-asr'): FakeTextStream {
    const handler = this.textHandlers.get(transcriptionTopic);
    const chunks: string[] = [];
    let closed = false;
    let wake: (() => void) | undefined;
    const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const reader = {
      info: { id: `TS_${++this.streams}`, topic: transcriptionTopic, mimeType: 'text/plain', timestamp: Date.now(), attributes },
      async *[Symbol.asyncIterator]() {
        for (;;) {
          if (chunks.length > 0) yield chunks.shift()!;
          else if (closed) return;
          else await new Promise<void>((resolve) => (wake = resolve));
        }
      },
    };
    handler?.(reader, { identity });
    return {
      async write(chunk) {
        chunks.push(chunk);
        wake?.();
        await settle();
      },
      async close() {
        closed = true;
        wake?.();
        await settle();
      },
    };
  }

  /** A whole caption in one stream. */
  async sendText(attributes: Record<string, string>, text: string): Promise<void> {
    const stream = this.openText(attributes);
    await stream.write(text);
    await stream.close();
  }
}

/** A LiveKit client whose rooms are fakes; `rooms` holds each one the view created. */
export function fakeLiveKit(options: { microphone?: () => Promise<unknown> } = {}) {
  const rooms: FakeRoom[] = [];
  const microphone = {
    muted: false,
    stopped: false,
    mediaStreamTrack: {} as MediaStreamTrack,
    mute() {
      this.muted = true;
      return Promise.resolve(this);
    },
    unmute() {
      this.muted = false;
      return Promise.resolve(this);
    },
    stop() {
      this.stopped = true;
    },
  };
  const client: LiveKitClient = {
    createRoom: () => {
      const room = new FakeRoom();
      rooms.push(room);
      return room as unknown as LiveKitRoom;
    },
    createMicrophoneTrack: async () => (options.microphone ? options.microphone() : microphone) as Promise<MicrophoneTrack>,
  };
  return { client, rooms, microphone };
}

/** The attributes the channel agent sets on a caption stream. */
export function captionAttributes(language: string, segmentId: string, final: boolean): Record<string, string> {
  return {
    'lk.segment_id': segmentId,
    'lk.transcription_final': String(final),
    'lk.language': language,
    'lk.transcribed_track_id': 'TR_original',
  };
}
