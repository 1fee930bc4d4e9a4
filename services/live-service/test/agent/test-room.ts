/**
 * A room for the channel agent's tests, without a LiveKit server (none can run here): speakers feed
 * real `AudioFrame`s in real time, and everything the agent publishes is recorded with when it came
 * (text streams with their attributes, audio frames per track). Waiting is event-driven: a test waits
 * for what it expects to be published, with a generous bound only as a hang guard.
 */
import { EventEmitter } from 'node:events';
import { AudioFrame } from '@livekit/rtc-node';
import {
  AgentRoomEvents,
  speakerSampleRate,
  type AgentRoom,
  type AgentRoomEvent,
  type AudioOutput,
  type ConnectAgentRoom,
  type TextPublishOptions,
} from '../../src/agent/agent-room.js';

export interface PublishedText {
  text: string;
  topic: string;
  attributes: Record<string, string>;
  /** performance.now() when the agent published it. */
  at: number;
}

export interface PublishedFrame {
  samples: Int16Array;
  sampleRate: number;
  at: number;
}

export interface PublishedTrack {
  name: string;
  sampleRate: number;
  frames: PublishedFrame[];
  closed: boolean;
}

/** Samples per 20 ms frame of the speaker's audio. */
const samplesPerFrame = (speakerSampleRate * 20) / 1000;

/** One speaker's microphone track: frames are played in real time from what the test says. */
class TestSpeaker {
  private readonly pending: AudioFrame[] = [];
  private waiting: ((result: IteratorResult<AudioFrame>) => void) | undefined;
  private ended = false;
  private clock: Promise<void> = Promise.resolve();

  constructor(readonly trackId: string) {}

  /**
   * Plays PCM s16le 16 kHz mono in 20 ms frames, one every 20 ms. Resolves when the last frame was
   * handed to the agent, with the performance.now() of each frame's hand-over.
   */
  say(pcm: Buffer): Promise<number[]> {
    const played = this.clock.then(async () => {
      const handedAt: number[] = [];
      const started = performance.now();
      const samples = new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.length));
      for (let index = 0; index * samplesPerFrame < samples.length && !this.ended; index++) {
        const wait = started + index * 20 - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const data = new Int16Array(samplesPerFrame);
        data.set(samples.subarray(index * samplesPerFrame, (index + 1) * samplesPerFrame));
        this.push(new AudioFrame(data, speakerSampleRate, 1, samplesPerFrame));
        handedAt.push(performance.now());
      }
      return handedAt;
    });
    this.clock = played.then(() => undefined);
    return played;
  }

  /** The track's frames, as the room's subscription gives them (ends when the speaker leaves). */
  readonly frames: AsyncIterable<AudioFrame> = {
    [Symbol.asyncIterator]: () => ({
      next: () => {
        const frame = this.pending.shift();
        if (frame) return Promise.resolve({ done: false, value: frame });
        if (this.ended) return Promise.resolve({ done: true, value: undefined });
        return new Promise<IteratorResult<AudioFrame>>((resolve) => (this.waiting = resolve));
      },
      return: () => Promise.resolve({ done: true, value: undefined }),
    }),
  };

  end(): void {
    this.ended = true;
    this.waiting?.({ done: true, value: undefined });
    this.waiting = undefined;
  }

  private push(frame: AudioFrame): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ done: false, value: frame });
    } else this.pending.push(frame);
  }
}

export class TestRoom implements AgentRoom {
  readonly texts: PublishedText[] = [];
  readonly tracks = new Map<string, PublishedTrack>();
  readonly connections: { url: string; token: string }[] = [];
  disconnected = false;
  /** Text publications for which this answers true fail (a data channel that is down). */
  failTextWhen: ((text: string, attributes: Record<string, string>) => boolean) | undefined;
  private readonly events = new AgentRoomEvents();
  private readonly published = new EventEmitter();
  private speakerCount = 0;

  /** What the agent is given as its `connectRoom`: this room, whatever the url. */
  readonly connect: ConnectAgentRoom = (url, token) => {
    this.connections.push({ url, token });
    return Promise.resolve(this);
  };

  onEvent(listener: (event: AgentRoomEvent) => void): () => void {
    return this.events.on(listener);
  }

  publishText(text: string, options: TextPublishOptions): Promise<void> {
    if (this.disconnected) return Promise.reject(new Error('the agent is not in the room'));
    if (this.failTextWhen?.(text, options.attributes)) return Promise.reject(new Error('data channel closed'));
    this.texts.push({ text, topic: options.topic, attributes: { ...options.attributes }, at: performance.now() });
    this.published.emit('change');
    return Promise.resolve();
  }

  publishAudioTrack(name: string, sampleRate: number): Promise<AudioOutput> {
    const track: PublishedTrack = { name, sampleRate, frames: [], closed: false };
    this.tracks.set(name, track);
    return Promise.resolve({
      name,
      sampleRate,
      captureFrame: (frame) => {
        if (track.closed) return Promise.reject(new Error(`track ${name} is closed`));
        track.frames.push({ samples: frame.data.slice(), sampleRate: frame.sampleRate, at: performance.now() });
        this.published.emit('change');
        return Promise.resolve();
      },
      close: () => {
        track.closed = true;
        return Promise.resolve();
      },
    });
  }

  disconnect(): Promise<void> {
    this.disconnected = true;
    return Promise.resolve();
  }

  /** A speaker joins and their microphone is subscribed. */
  join(): TestSpeaker {
    this.speakerCount += 1;
    const speaker = new TestSpeaker(`TR_speaker_${this.speakerCount}`);
    this.events.emit({
      type: 'speaker_track',
      track: { trackId: speaker.trackId, participantIdentity: `speaker-${this.speakerCount}`, frames: speaker.frames },
    });
    return speaker;
  }

  /** The speaker leaves: their track is unsubscribed. */
  leave(speaker: TestSpeaker): void {
    speaker.end();
    this.events.emit({ type: 'speaker_track_ended', trackId: speaker.trackId });
  }

  /** Listeners came or went: `count` are in the room now. */
  listenersNow(count: number): void {
    this.events.emit({ type: 'listeners', count });
  }

  /** The room is deleted (the manager closed it), the agent replaced by another connection, or the connection is lost. */
  close(reason: 'room_deleted' | 'removed' | 'replaced' | 'disconnected' = 'room_deleted'): void {
    this.events.emit({ type: 'closed', reason, detail: 'closed by the test' });
  }

  /** Captions of `language` (finals only unless `partials`), in publication order. */
  captions(language: string, options: { partials?: boolean } = {}): PublishedText[] {
    return this.texts.filter(
      (text) => text.attributes['lk.language'] === language && (options.partials || text.attributes['lk.transcription_final'] === 'true'),
    );
  }

  /** Resolves with the first value `probe` returns that is not undefined, checked on every publication. */
  waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.published.off('change', check);
      };
      this.published.on('change', check);
      check();
    });
  }
}
