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
  /** Streams that may fail within `restartWindowMs` before recognition counts as lost (default 3 in 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
}

/** Engine errors that no restart can cure: a missing package, a language the engine does not serve. */
export function isPermanent(error: unknown): boolean {
  return error instanceof EngineError && (error.code === 'engine_missing' || error.code === 'unsupported_language');
}

/** The speaker being listened to: their track, the stream fed from it, the utterance in progress. */
interface SpeakerSession {
  track: SpeakerTrack;
  stream: RecognitionStream | undefined;
  segmentId: string | undefined;
  restarts: number[];
  end: () => void;
  ended: Promise<void>;
  feeding: Promise<void>;
}

/**
 * The speaker's side of the agent: one recognition stream per speaker track (a speaker who leaves and
 * comes back gets a new one in the same session), fed in real time, restarted when it fails, and
 * flushed when the track ends so the last words become a final. Offsets are in the session's audio:
 * the audio the agent received from speakers, end to end.
 */
export class SpeakerRecognition {
  private speaker: SpeakerSession | undefined;
  private changes: Promise<void> = Promise.resolve();
  private audioMs = 0;
  private isLost = false;
  private closed = false;
  private unusableFrameLogged = false;

  constructor(private readonly options: SpeakerRecognitionOptions) {}

  /** A speaker's track was subscribed: it replaces the one listened to, after that one's last words. */
  listenTo(track: SpeakerTrack): void {
    this.change(() => this.start(track));
  }

  trackEnded(trackId: string): void {
    this.change(() => (this.speaker?.track.trackId === trackId ? this.endSpeaker() : Promise.resolve()));
  }

  /** Ends the speaker listened to (their last words become a final); a later track is listened to again. */
  release(): Promise<void> {
    this.change(() => this.endSpeaker());
    return this.settled();
  }

  /** Ends the speaker and listens to no one any more. */
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

  /** Speaker changes run one after the other: a rejoin waits for the previous track's last words. */
  private change(step: () => Promise<void>): void {
    this.changes = this.changes
      .then(step)
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'changing the speaker failed'));
  }

  private async start(track: SpeakerTrack): Promise<void> {
    await this.endSpeaker();
    if (this.closed || this.isLost) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const session: SpeakerSession = {
      track,
      stream: undefined,
      segmentId: undefined,
      restarts: [],
      end,
      ended,
      feeding: Promise.resolve(),
    };
    this.speaker = session;
    if (!this.open(session)) return;
    this.options.logger.info({ track_id: track.trackId, speaker: track.participantIdentity }, 'listening to the speaker');
    this.options.listener.speaker(true);
    session.feeding = feedSpeaker({
      frames: track.frames,
      current: () => session.stream,
      stopped: ended,
      onAudio: (milliseconds) => (this.audioMs += milliseconds),
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
      if (this.speaker === session) this.change(() => this.endSpeaker());
    });
  }

  /** The speaker's track is gone: the utterance in progress becomes a final, the stream is released. */
  private async endSpeaker(): Promise<void> {
    const session = this.speaker;
    if (!session) return;
    this.speaker = undefined;
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
    if (!this.isLost) this.options.listener.speaker(false);
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
    const offsetMs = this.audioMs;
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
    if (this.speaker === session && !this.closed) this.open(session);
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
