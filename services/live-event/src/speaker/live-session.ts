import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { SessionState, SpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import { isUniqueViolation } from '@ilenia/kit/persistence';
import type { SubtitleBus } from '../distribution/types.js';
import type { RecognitionStream, SpeechRecognizer, Translator } from '@ilenia/speech-engines/types';
import type { LiveEventMetrics } from '../metrics.js';
import { WavWriter } from '../recording/wav-writer.js';
import type { SegmentRepository } from '../repositories/segment-repository.js';
import type { SessionEndReason, SessionRepository } from '../repositories/session-repository.js';
import { latestSequence } from './channel-sequence.js';
import type { InstanceLiveness } from './instance-liveness.js';
import { SegmentPipeline, type FinalBufferLimits } from './segment-pipeline.js';

/** Another session of the channel is unfinished (possibly on another instance): the speaker gets 4012. */
export class ChannelBusyError extends Error {
  constructor(readonly channelId: string) {
    super(`channel ${channelId} already has an unfinished session`);
    this.name = 'ChannelBusyError';
  }
}

/** What every session is built from (one set per service). */
export interface SessionServices {
  sessions: SessionRepository;
  segments: SegmentRepository;
  bus: SubtitleBus;
  recognizer: SpeechRecognizer;
  translator: Translator;
  metrics: LiveEventMetrics;
  logger: Logger;
  recordingsDir: string;
  resumeGraceSeconds: number;
  /** This instance's id, written on the sessions it runs, and which other instances are alive. */
  liveness: InstanceLiveness;
  /** How long a saturated recogniser may hold the speaker's audio back (default 2 s). */
  recogniserWaitMs?: number;
  /** How long and how many finals may wait for a database or Redis that is down. */
  finalBuffer?: FinalBufferLimits;
  /** How many listeners the event has connected now (a session's peak starts there). */
  listenersOf(eventId: string): number;
  /** Called once a session has ended (`recorded`: stored as ended here, so its record is to be written). */
  onEnded(sessionId: string, outcome: { recorded: boolean }): void;
}

/** The speaker connection a session talks to while one is attached. */
export interface SpeakerSink {
  send(message: SpeakerServerMessage): void;
  readonly echoTranslations: boolean;
  /** The session ended without the speaker's `end_session` (event ended, manager): close with 4011. */
  sessionEnded(reason: SessionEndReason): void;
}

export type LiveSessionState = 'live' | 'paused' | 'interrupted' | 'ending' | 'ended';

export interface SessionStartParameters {
  eventId: string;
  channelId: string;
  speakerId: string;
  sourceLanguage: string;
  targetLanguages: readonly string[];
}

/** 32 bytes of 16 kHz mono 16-bit PCM per millisecond. */
const bytesPerMs = 32;
/**
 * How long a saturated recogniser may hold the speaker's audio back before it is fed again anyway, unless
 * the service says otherwise: an engine that never drains must not stall the connection.
 */
const defaultRecogniserWaitMs = 2_000;

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * One speaker's session in one channel, from `audio_config` to its end. It outlives connections: when
 * the speaker's connection drops the session is `interrupted` for the grace period, keeping its
 * recogniser stream, recording, segment numbering and clock, so a resume continues exactly where it
 * stopped.
 */
export class LiveSession {
  state: LiveSessionState = 'live';
  private sink: SpeakerSink | undefined;
  private resumeTokenHash: Buffer | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private resumeDeadlineAt: Date | undefined;
  private ending: Promise<void> | undefined;
  private listenersPeak = 0;
  /** Set while the recogniser has said it is saturated; resolved by its 'drain'. */
  private recogniserRoom: { promise: Promise<void>; release: () => void } | undefined;
  private readonly log: Logger;

  private constructor(
    readonly id: string,
    readonly startedAt: Date,
    private readonly services: SessionServices,
    readonly parameters: SessionStartParameters,
    private readonly stream: RecognitionStream,
    private readonly recording: WavWriter,
    private readonly pipeline: SegmentPipeline,
  ) {
    this.log = services.logger.child({ session_id: this.id, channel_id: parameters.channelId });
  }

  /** Opens the recogniser stream and the recording, stores the session and tells listeners it started. */
  static async start(services: SessionServices, parameters: SessionStartParameters): Promise<LiveSession> {
    const id = randomUUID();
    const recording = await WavWriter.open(path.join(services.recordingsDir, `${id}.wav`));
    const lastSequence = await latestSequence(services, parameters);
    const session = LiveSession.assemble(services, {
      id,
      parameters,
      startedAt: new Date(),
      recording,
      lastSequence: lastSequence > 0 ? lastSequence : null,
    });
    try {
      await services.sessions.create({
        id,
        eventId: parameters.eventId,
        channelId: parameters.channelId,
        speakerId: parameters.speakerId,
        startedAt: session.startedAt,
        sourceLanguage: parameters.sourceLanguage,
        languages: [parameters.sourceLanguage, ...parameters.targetLanguages],
        recordingPath: recording.filePath,
        ownerInstance: services.liveness.instanceId,
      });
    } catch (error) {
      await session.discard();
      // The database every instance shares holds one unfinished session per channel.
      if (isUniqueViolation(error, 'live_sessions_one_unfinished_per_channel')) throw new ChannelBusyError(parameters.channelId);
      throw error;
    }
    services.metrics.activeSessions.inc();
    await session.publishState('started');
    return session;
  }

  /**
   * Builds a session around its recording: a new recogniser stream whose results are placed on the
   * session clock (which starts where the recording ends, for a session continued after a restart).
   */
  static assemble(
    services: SessionServices,
    init: {
      id: string;
      parameters: SessionStartParameters;
      startedAt: Date;
      recording: WavWriter;
      lastSequence: number | null;
      /**
       * Audio the recording holds but no final covers (a process that died mid-utterance): recognised
       * again first, so its final is late rather than lost. It starts at `fromMs` on the session clock.
       */
      unrecognised?: { fromMs: number; pcm: Buffer };
    },
  ): LiveSession {
    // Assigned once the pipeline and stream it needs exist; the pipeline's callbacks read it later.
    // eslint-disable-next-line prefer-const
    let session: LiveSession | undefined;
    const pipeline = new SegmentPipeline({
      ...init.parameters,
      sessionId: init.id,
      clockOffsetMs: init.unrecognised ? init.unrecognised.fromMs : Math.floor(init.recording.bytesWritten / bytesPerMs),
      bus: services.bus,
      translator: services.translator,
      segments: services.segments,
      metrics: services.metrics,
      logger: services.logger,
      toSpeaker: (message) => session?.sink?.send(message),
      echoTranslations: () => session?.sink?.echoTranslations ?? false,
      ...(services.finalBuffer ? { finalBuffer: services.finalBuffer } : {}),
    });
    pipeline.lastSequence = init.lastSequence;
    const stream = services.recognizer.openStream({ language: init.parameters.sourceLanguage });
    session = new LiveSession(init.id, init.startedAt, services, init.parameters, stream, init.recording, pipeline);
    session.noteListeners(services.listenersOf(init.parameters.eventId));
    stream.on('result', (result) => pipeline.onResult(result, performance.now()));
    stream.on('gap', (gap) => pipeline.onRecognitionGap(gap));
    stream.on('drain', () => session?.releaseAudio());
    stream.on('error', (error) => {
      services.metrics.engineErrors.inc({ engine: 'stt', kind: 'error' });
      session?.log.warn({ err: error }, 'speech recogniser error');
      session?.sink?.send({
        type: 'error',
        code: 'engine_unavailable',
        message: `speech recognition is failing: ${error.message}`.slice(0, 1000),
        fatal: false,
      });
    });
    if (init.unrecognised && init.unrecognised.pcm.length > 0) stream.write(init.unrecognised.pcm);
    return session;
  }

  /**
   * A session continued by this process after another stopped: interrupted, with the resume token
   * and deadline it had, waiting for the speaker's `session_resume`.
   */
  adoptInterruption(resumeDeadline: Date, resumeTokenHash: string, listenersPeak: number): void {
    this.state = 'interrupted';
    this.resumeTokenHash = Buffer.from(resumeTokenHash, 'hex');
    this.resumeDeadlineAt = resumeDeadline;
    this.listenersPeak = Math.max(this.listenersPeak, listenersPeak);
    this.graceTimer = setTimeout(() => void this.end('grace_expired'), Math.max(0, resumeDeadline.getTime() - Date.now()));
    this.services.metrics.activeSessions.inc();
  }

  /** Milliseconds of audio received (the session clock). */
  get mediaOffsetMs(): number {
    return Math.floor(this.recording.bytesWritten / bytesPerMs);
  }

  get lastSequence(): number | null {
    return this.pipeline.lastSequence;
  }

  /** A new single-use resume token; the previous one stops working. Only its hash is stored. */
  async issueResumeToken(): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    this.resumeTokenHash = hashToken(token);
    await this.services.sessions.setResumeTokenHash(this.id, this.resumeTokenHash.toString('hex'));
    return token;
  }

  /** Whether `token` is the current resume token (compared in constant time). */
  acceptsResumeToken(token: string): boolean {
    return this.resumeTokenHash !== undefined && timingSafeEqual(this.resumeTokenHash, hashToken(token));
  }

  get attached(): boolean {
    return this.sink !== undefined;
  }

  /** Attaches a speaker connection (a new session's first, or a resume). */
  async attach(sink: SpeakerSink, options: { resumed: boolean }): Promise<void> {
    this.sink = sink;
    if (!options.resumed) return;
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.resumeDeadlineAt = undefined;
    this.state = 'live';
    await this.services.sessions.updateProgress(this.id, { status: 'active', resumeDeadline: null });
    await this.publishState('speaker_connected');
  }

  /**
   * The speaker's connection dropped without `end_session`: finish the utterance in progress, keep
   * the recording safe, and wait `resumeGraceSeconds` for a resume before ending.
   */
  async detach(sink: SpeakerSink): Promise<void> {
    // A replaced connection closing late must not detach the connection that took over.
    if (this.sink !== sink) return;
    this.sink = undefined;
    if (this.state === 'ending' || this.state === 'ended' || this.state === 'interrupted') return;
    this.state = 'interrupted';
    this.resumeDeadlineAt = new Date(Date.now() + this.services.resumeGraceSeconds * 1000);
    this.graceTimer = setTimeout(() => void this.end('grace_expired'), this.services.resumeGraceSeconds * 1000);
    await this.settle();
    await this.services.sessions.updateProgress(this.id, {
      status: 'interrupted',
      resumeDeadline: this.resumeDeadlineAt,
      mediaOffsetMs: this.mediaOffsetMs,
      listenersPeak: this.listenersPeak,
    });
    if (this.state === 'interrupted') await this.publishState('speaker_disconnected', { resumeDeadline: this.resumeDeadlineAt });
  }

  /**
   * Audio from the speaker; discarded while paused. Honours the recogniser's back-pressure: when its
   * `write` answers false, the promise returned resolves on its 'drain' (or after `recogniserWaitMs`), and
   * the caller sends nothing more until then; otherwise nothing is returned and nothing waits.
   */
  writeAudio(pcm: Buffer): Promise<void> | undefined {
    if (this.state !== 'live') return undefined;
    this.recording.append(pcm);
    this.services.metrics.audioSeconds.inc(pcm.length / bytesPerMs / 1000);
    if (this.stream.write(pcm)) return undefined;
    if (!this.recogniserRoom) {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      const timer = setTimeout(() => this.releaseAudio(), this.services.recogniserWaitMs ?? defaultRecogniserWaitMs);
      timer.unref();
      this.recogniserRoom = {
        promise,
        release: () => {
          clearTimeout(timer);
          release();
        },
      };
    }
    return this.recogniserRoom.promise;
  }

  /** The recogniser has room again (its 'drain'), or the session stops feeding it. */
  private releaseAudio(): void {
    const room = this.recogniserRoom;
    this.recogniserRoom = undefined;
    room?.release();
  }

  async pause(requestId?: string): Promise<'ok' | 'invalid_state'> {
    if (this.state !== 'live') return 'invalid_state';
    this.state = 'paused';
    await this.stream.flush();
    await this.publishState('paused', { requestId });
    return 'ok';
  }

  async resume(requestId?: string): Promise<'ok' | 'invalid_state'> {
    if (this.state !== 'paused') return 'invalid_state';
    this.state = 'live';
    await this.publishState('resumed', { requestId });
    return 'ok';
  }

  /** Records the number of listeners now connected to the event, for `listeners_peak`. */
  noteListeners(count: number): void {
    this.listenersPeak = Math.max(this.listenersPeak, count);
  }

  /**
   * Ends the session once: the last finals are recognised, stored and published, the recording is
   * closed with its final header, the session is stored as ended, and everyone is told.
   */
  end(reason: SessionEndReason, requestId?: string): Promise<void> {
    this.ending ??= this.finish(reason, requestId);
    return this.ending;
  }

  /**
   * Shutdown: this process lets go of the session. It stays interrupted in the database until its
   * resume deadline, after which the sweeper of a running instance ends it.
   */
  release(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  /** Flushes what is in flight (shutdown): the utterance in progress, its segments, the recording. */
  async settle(): Promise<void> {
    await this.stream.flush().catch((error: unknown) => this.log.warn({ err: error }, 'flushing the recogniser failed'));
    await this.pipeline.drain();
    await this.recording.flush().catch((error: unknown) => this.log.error({ err: error }, 'flushing the recording failed'));
  }

  /** Undoes a session whose row could not be stored: no recogniser, no recording file, nothing published. */
  private async discard(): Promise<void> {
    this.state = 'ended';
    await this.stream.close().catch((error: unknown) => this.log.warn({ err: error }, 'closing the recogniser stream failed'));
    await this.recording.close().catch(() => {});
    await rm(this.recording.filePath, { force: true }).catch((error: unknown) =>
      this.log.warn({ err: error }, 'removing the recording of a discarded session failed'),
    );
  }

  private async finish(reason: SessionEndReason, requestId?: string): Promise<void> {
    clearTimeout(this.graceTimer);
    this.state = 'ending';
    this.releaseAudio();
    await this.settle();
    await this.stream.close().catch((error: unknown) => this.log.warn({ err: error }, 'closing the recogniser stream failed'));
    let recordingBytes: number | null = null;
    try {
      recordingBytes = (await this.recording.close()) > 44 ? this.recording.fileBytes : null;
    } catch (error) {
      this.log.error({ err: error }, 'closing the recording failed; the session is stored without it');
    }
    const ended = await this.services.sessions.end(this.id, {
      reason,
      endedAt: new Date(),
      mediaOffsetMs: this.mediaOffsetMs,
      listenersPeak: this.listenersPeak,
      recordingBytes,
      onlyIfInterrupted: reason === 'grace_expired',
      onlyIfOwnedBy: this.services.liveness.instanceId,
    });
    this.state = 'ended';
    this.services.metrics.activeSessions.dec();
    if (!ended) {
      // Another instance took it over (a resume there after this one let it go, or it took this one
      // for dead): it is that instance's to end. A speaker still attached here is let go.
      this.log.info({ reason }, 'the session was taken over elsewhere; dropping it here');
      this.sink?.sessionEnded('replaced');
      this.services.onEnded(this.id, { recorded: false });
      return;
    }
    await this.publishState('ended', { requestId, endReason: reason });
    if (reason !== 'speaker_ended') this.sink?.sessionEnded(reason);
    this.services.onEnded(this.id, { recorded: true });
  }

  private async publishState(
    change: SessionState['change'],
    options: { requestId?: string; endReason?: SessionEndReason; resumeDeadline?: Date } = {},
  ): Promise<void> {
    const stateByChange: Record<SessionState['change'], SessionState['state']> = {
      started: 'live',
      resumed: 'live',
      speaker_connected: 'live',
      paused: 'paused',
      speaker_disconnected: 'interrupted',
      ended: 'ended',
    };
    const message: SessionState = {
      type: 'session_state',
      event_id: this.parameters.eventId,
      channel_id: this.parameters.channelId,
      session_id: this.id,
      state: stateByChange[change],
      change,
      ...(options.endReason ? { end_reason: options.endReason } : {}),
      ...(options.resumeDeadline ? { resume_deadline: options.resumeDeadline.toISOString() } : {}),
      at: new Date().toISOString(),
    };
    this.sink?.send(options.requestId ? { ...message, request_id: options.requestId } : message);
    await this.services.bus
      .publish({ eventId: this.parameters.eventId, channelId: this.parameters.channelId }, message)
      .catch((error: unknown) => {
        this.log.error({ err: error, change }, 'publishing the session state failed');
      });
  }
}
