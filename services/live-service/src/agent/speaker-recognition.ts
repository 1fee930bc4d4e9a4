import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { EngineError, type RecognitionResult, type RecognitionStream, type SpeechRecognizer } from '@ilenia/speech-engines';
import type { SpeakerTrack } from './agent-room.js';
import { feedSpeaker } from './speaker-feed.js';

/** One utterance of the speaker: its id (the same for its partials and its final) and the track it came from. */
export interface Utterance {
  segmentId: string;
  trackId: string;
}

/** What recognition tells the agent. */
export interface RecognitionListener {
  partial(utterance: Utterance, text: string): void;
  /** A final with words; its offsets are in the session's audio. */
  final(utterance: Utterance, result: RecognitionResult): void;
  /** The utterance's partials turned out to be nothing (noise, or audio the engine lost): take them off screen. */
  withdrawn(utterance: Utterance): void;
  speaker(present: boolean): void;
  /** The engine answered (it works, again). */
  working(): void;
  /** The engine lost audio (`restarted` false) or its process was replaced (`restarted` true). */
  trouble(error: { code: string; message: string }, restarted: boolean): void;
  /** Recognition is lost for good: no restart can cure it, or it kept failing. */
  lost(error: unknown): void;
}

export interface SpeakerRecognitionOptions {
  recognizer: SpeechRecognizer;
  language: string;
  logger: Logger;
  listener: RecognitionListener;
  /** Where the session's clock starts (a picked-up session goes on from its earlier audio). */
  firstMediaMs?: number;
  /** Streams that may fail within `restartWindowMs` before recognition counts as lost (default 3 in 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
}

/** Engine errors that no restart can cure: a missing package, a language the engine does not serve. */
export function isPermanent(error: unknown): boolean {
  return error instanceof EngineError && (error.code === 'engine_missing' || error.code === 'unsupported_language');
}

/** A speaker being listened to: their track, the stream fed from it, the utterance in progress. */
interface SpeakerSession {
  track: SpeakerTrack;
  /** Where the track started on the session's clock. */
  startMs: number;
  /** How much of the track has been received. */
  receivedMs: number;
  stream: RecognitionStream | undefined;
  segmentId: string | undefined;
  restarts: number[];
  end: () => void;
  ended: Promise<void>;
  feeding: Promise<void>;
}

/**
 * The speakers' side of the agent: one recognition stream per speaker microphone track, every track
 * at once (two speakers on stage are both transcribed; one who leaves and comes back gets a new
 * stream in the same session), fed in real time, restarted when it fails, and flushed when the track
 * ends so the last words become a final. Offsets are on the session's clock: it runs with the
 * speakers' audio (a track starts where the clock stands, and moves it on as it plays), from
 * `firstMediaMs`.
 */
export class SpeakerRecognition {
  private readonly speakers = new Map<string, SpeakerSession>();
  private changes: Promise<void> = Promise.resolve();
  private clockMs: number;
  private fedMs = 0;
  private isLost = false;
  private closed = false;
  private unusableFrameLogged = false;

  constructor(private readonly options: SpeakerRecognitionOptions) {
    this.clockMs = options.firstMediaMs ?? 0;
  }

  /** The session's clock: where the next words would sit. */
  get mediaMs(): number {
    return this.clockMs;
  }

  /** Speaker audio actually written to a recogniser (not what arrived while one was being replaced). */
  get audioFedMs(): number {
    return this.fedMs;
  }

  /** A speaker's track was subscribed: it is listened to beside the others. */
  listenTo(track: SpeakerTrack): void {
    this.change(() => {
      this.start(track);
      return Promise.resolve();
    });
  }

  trackEnded(trackId: string): void {
    this.change(() => this.endSpeaker(trackId));
  }

  /** Ends every speaker listened to (their last words become finals); later tracks are listened to again. */
  release(): Promise<void> {
    this.change(() => this.endAll());
    return this.settled();
  }

  /** Ends the speakers and listens to no one any more. */
  close(): Promise<void> {
    this.closed = true;
    return this.release();
  }

  /** Resolves once every speaker change asked so far is done. */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.changes;
      await current;
    } while (current !== this.changes);
  }

  private async endAll(): Promise<void> {
    await Promise.all([...this.speakers.keys()].map((trackId) => this.endSpeaker(trackId)));
  }

  /** Speaker changes run one after the other: a rejoin waits for the previous tracks' last words. */
  private change(step: () => Promise<void>): void {
    this.changes = this.changes
      .then(step)
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'changing the speaker failed'));
  }

  /** Starts listening to a track (in turn with the other speaker changes, so never during a release). */
  private start(track: SpeakerTrack): void {
    if (this.closed || this.isLost || this.speakers.has(track.trackId)) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const session: SpeakerSession = {
      track,
      startMs: this.clockMs,
      receivedMs: 0,
      stream: undefined,
      segmentId: undefined,
      restarts: [],
      end,
      ended,
      feeding: Promise.resolve(),
    };
    this.speakers.set(track.trackId, session);
    if (!this.open(session)) return;
    this.options.logger.info(
      { track_id: track.trackId, speaker: track.participantIdentity, speakers: this.speakers.size },
      'listening to the speaker',
    );
    if (this.speakers.size === 1) this.options.listener.speaker(true);
    session.feeding = feedSpeaker({
      frames: track.frames,
      current: () => session.stream,
      stopped: ended,
      onAudio: (milliseconds, fed) => {
        session.receivedMs += milliseconds;
        this.clockMs = Math.max(this.clockMs, session.startMs + session.receivedMs);
        if (fed) this.fedMs += milliseconds;
      },
      onUnusableFrame: (frame) => {
        if (this.unusableFrameLogged) return;
        this.unusableFrameLogged = true;
        this.options.logger.error(
          { sample_rate: frame.sampleRate, channels: frame.channels },
          'the room gave speaker audio that is not 16 kHz mono; it is skipped',
        );
      },
    }).then(() => {
      // The track ended by itself (the speaker left): their last words become a final.
      if (this.speakers.get(track.trackId) === session) this.change(() => this.endSpeaker(track.trackId));
    });
  }

  /** A speaker's track is gone: the utterance in progress becomes a final, the stream is released. */
  private async endSpeaker(trackId: string): Promise<void> {
    const session = this.speakers.get(trackId);
    if (!session) return;
    this.speakers.delete(trackId);
    // The last speaker leaving (of several ended at once, only one is the last).
    const wasLast = this.speakers.size === 0;
    session.end();
    await session.feeding;
    // The stream stays the session's while it flushes, so that the final it gives back is taken.
    const stream = session.stream;
    if (stream) {
      await stream.flush().catch((error: unknown) => this.options.logger.warn({ err: error }, 'flushing the recogniser failed'));
      session.stream = undefined;
      this.withdraw(session);
      await stream.close().catch((error: unknown) => this.options.logger.warn({ err: error }, 'closing the recogniser failed'));
    }
    if (!this.isLost && wasLast && this.speakers.size === 0) this.options.listener.speaker(false);
  }

  private withdraw(session: SpeakerSession): void {
    if (session.segmentId === undefined) return;
    this.options.listener.withdrawn({ segmentId: session.segmentId, trackId: session.track.trackId });
    session.segmentId = undefined;
  }

  /** Opens a recognition stream for `session`; false when recognition is lost for good. */
  private open(session: SpeakerSession): boolean {
    let stream: RecognitionStream;
    try {
      stream = this.options.recognizer.openStream({ language: this.options.language });
    } catch (error) {
      this.lose(error);
      return false;
    }
    session.stream = stream;
    // The stream hears the track from here on: its times count from this point of the session's clock.
    const offsetMs = session.startMs + session.receivedMs;
    const current = () => session.stream === stream;
    stream.on('result', (result) => {
      if (current()) this.onResult(session, { ...result, startMs: result.startMs + offsetMs, endMs: result.endMs + offsetMs });
    });
    // Audio the engine lost (its process died, a request failed): the partials of that utterance go away.
    stream.on('gap', (gap) => {
      if (!current()) return;
      this.options.logger.warn(
        { from_ms: gap.startMs + offsetMs, to_ms: gap.endMs + offsetMs, reason: gap.reason },
        'the recogniser lost audio',
      );
      this.withdraw(session);
      this.options.listener.trouble({ code: 'engine_failed', message: gap.reason }, false);
    });
    // The engine replaced its crashed process itself: the stream goes on.
    stream.on('restart', ({ reason }) => {
      if (current()) this.options.listener.trouble({ code: 'engine_failed', message: reason }, true);
    });
    stream.on('error', (error) => {
      if (current()) this.restart(session, error);
    });
    return true;
  }

  /** The stream itself failed: a new one takes over, unless the engine keeps failing. */
  private restart(session: SpeakerSession, error: EngineError): void {
    const stream = session.stream;
    session.stream = undefined;
    void stream?.close().catch(() => undefined);
    const now = performance.now();
    session.restarts = session.restarts.filter((at) => now - at < (this.options.restartWindowMs ?? 60_000));
    session.restarts.push(now);
    if (isPermanent(error) || session.restarts.length > (this.options.maxRestarts ?? 3)) {
      this.lose(error);
      return;
    }
    this.options.logger.warn({ err: error, restarts: session.restarts.length }, 'the recogniser failed; restarting it');
    this.options.listener.trouble({ code: error.code, message: error.message }, true);
    if (this.speakers.get(session.track.trackId) === session && !this.closed) this.open(session);
  }

  private lose(error: unknown): void {
    this.isLost = true;
    this.options.listener.lost(error);
  }

  private onResult(session: SpeakerSession, result: RecognitionResult): void {
    this.options.listener.working();
    const trackId = session.track.trackId;
    const text = result.text.trim();
    if (result.kind === 'partial') {
      if (text === '') return;
      session.segmentId ??= randomUUID();
      this.options.listener.partial({ segmentId: session.segmentId, trackId }, text);
      return;
    }
    if (text === '') {
      // Noise that the recogniser took back.
      this.withdraw(session);
      return;
    }
    const utterance = { segmentId: session.segmentId ?? randomUUID(), trackId };
    session.segmentId = undefined;
    this.options.listener.final(utterance, { ...result, text });
  }
}
