/**
 * One channel's agent: a single room participant that recognises the speaker's microphone, publishes
 * source and translated captions, voices each translated final on its `translation-{lang}` track and
 * hands every final to the service's storage. Built on the room seam (`agent-room.ts`), so the same
 * code runs against LiveKit and the test room.
 */
import { randomUUID } from 'node:crypto';
import { EngineError, type RecognitionResult, type RecognitionStream } from '@ilenia/speech-engines';
import type { AgentRoom, AgentRoomEvent, ConnectAgentRoom, SpeakerTrack } from './agent-room.js';
import { CaptionPublisher } from './caption-publisher.js';
import type { AgentFinal, AgentStageState, ChannelAgent, ChannelAgentEvent, ChannelAgentOptions, StartChannelAgent } from './contract.js';
import { FinalStore, type FinalStoreOptions } from './final-store.js';
import { feedSpeaker } from './speaker-feed.js';
import { SpeechPlayer } from './speech-player.js';
import { StageStates } from './stage-states.js';

/** What the agent is built with beyond the contract's options: the room, and limits tests shorten. */
export interface ChannelAgentRuntime {
  connectRoom: ConnectAgentRoom;
  finalStore?: FinalStoreOptions;
  /** Recogniser restarts allowed within `recogniserRestartWindowMs` before ASR counts as lost for good (default 3 in 60 s). */
  maxRecogniserRestarts?: number;
  recogniserRestartWindowMs?: number;
  /** Finals in a row whose every translation failed before MT counts as lost for good (default 3). */
  maxFailedTranslations?: number;
  /** How long stop() waits for captions, speech and storage before it leaves anyway (default 30 s). */
  stopTimeoutMs?: number;
  /** Attempts to rejoin, each with a fresh token, when the connection is lost for good (default 3), and the first wait between them (default 1 s, doubling). */
  rejoinAttempts?: number;
  rejoinDelayMs?: number;
}

/** Engine errors that no restart can cure: a missing package, a language the engine does not serve. */
function isPermanent(error: unknown): boolean {
  return error instanceof EngineError && (error.code === 'engine_missing' || error.code === 'unsupported_language');
}

function errorCode(error: unknown): string {
  return error instanceof EngineError ? error.code : 'engine_failed';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The speaker being listened to: their track, the recognition stream fed from it, the utterance in progress. */
interface SpeakerSession {
  track: SpeakerTrack;
  stream: RecognitionStream | undefined;
  /** Where the current stream's clock starts in the session's audio. */
  offsetMs: number;
  /** The utterance whose partials were published, if any. */
  segmentId: string | undefined;
  restarts: number[];
  end: () => void;
  ended: Promise<void>;
  feeding: Promise<void>;
}

class ChannelAgentRun implements ChannelAgent {
  private readonly listeners = new Set<(event: ChannelAgentEvent) => void>();
  private readonly stageStates: StageStates;
  private readonly captions: CaptionPublisher;
  private readonly store: FinalStore;
  private readonly players = new Map<string, SpeechPlayer>();
  private readonly synthesis = new Map<string, Promise<void>>();
  private sequence: number;
  private audioMs = 0;
  private speaker: SpeakerSession | undefined;
  private speakerChanges: Promise<void> = Promise.resolve();
  private finals: Promise<void> = Promise.resolve();
  private failedTranslationsInARow = 0;
  private failure: string | undefined;
  private stopping: Promise<void> | undefined;
  private unusableFrameLogged = false;
  private stopListeningToRoom: (() => void) | undefined;

  constructor(
    private readonly options: ChannelAgentOptions,
    private readonly runtime: ChannelAgentRuntime,
    private room: AgentRoom,
  ) {
    this.sequence = options.firstSequence;
    this.stageStates = new StageStates(options.sourceLanguage, options.targetLanguages, (state) => this.emit({ type: 'stage', state }));
    this.captions = new CaptionPublisher(() => this.room, options.logger);
    this.store = new FinalStore(options.finals, options.logger, runtime.finalStore);
  }

  get stages(): readonly AgentStageState[] {
    return this.stageStates.all;
  }

  get nextSequence(): number {
    return this.sequence;
  }

  onEvent(listener: (event: ChannelAgentEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes the translation tracks and starts listening to the room. */
  async begin(): Promise<void> {
    for (const language of this.options.targetLanguages) {
      const output = await this.room.publishAudioTrack(`translation-${language}`, 16_000);
      this.players.set(language, new SpeechPlayer(output));
    }
    this.stageStates.setAll('joined');
    this.stopListeningToRoom = this.room.onEvent((event) => this.onRoomEvent(event));
  }

  stop(): Promise<void> {
    this.stopping ??= this.shutDown();
    return this.stopping;
  }

  private emit(event: ChannelAgentEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.options.logger.error({ err: error, event: event.type }, 'a channel agent listener threw');
      }
    }
  }

  private onRoomEvent(event: AgentRoomEvent): void {
    if (this.stopping) return;
    switch (event.type) {
      case 'speaker_track':
        this.changeSpeaker(() => this.listenTo(event.track));
        return;
      case 'speaker_track_ended':
        this.changeSpeaker(() => (this.speaker?.track.trackId === event.trackId ? this.endSpeaker() : Promise.resolve()));
        return;
      case 'closed':
        this.options.logger.warn({ reason: event.reason, detail: event.detail }, 'the agent left the room');
        if (event.reason === 'disconnected') {
          // The connection was lost for good (rtc-node's own reconnection gave up): rejoin with a fresh token.
          this.changeSpeaker(() => this.rejoin(event.detail));
          return;
        }
        // Deleted, or removed: there is no room to go back to; the lifecycle ends the session and calls stop().
        this.emit({ type: 'room_closed' });
        return;
    }
  }

  /** Joins the room again, tracks and all; the session, its numbering and its queued voices go on. */
  private async rejoin(reason: string): Promise<void> {
    await this.endSpeaker();
    this.stopListeningToRoom?.();
    // The lost room's native resources are released; its connection is already gone.
    await this.room.disconnect().catch(() => undefined);
    this.stageStates.setAll('restarting');
    const attempts = this.runtime.rejoinAttempts ?? 3;
    let delay = this.runtime.rejoinDelayMs ?? 1_000;
    let lastError: unknown = new Error(reason);
    for (let attempt = 1; attempt <= attempts && !this.stopping; attempt++) {
      let room: AgentRoom | undefined;
      try {
        room = await this.runtime.connectRoom(this.options.livekitUrl, await this.options.token());
        for (const [language, player] of this.players) player.replaceOutput(await room.publishAudioTrack(`translation-${language}`, 16_000));
        this.room = room;
        this.stageStates.setAll('joined');
        this.stopListeningToRoom = room.onEvent((event) => this.onRoomEvent(event));
        this.options.logger.info({ attempt }, 'the agent rejoined the room');
        return;
      } catch (error) {
        lastError = error;
        await room?.disconnect().catch(() => undefined);
        this.options.logger.warn({ err: error, attempt }, 'rejoining the room failed');
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
    if (this.stopping || this.failure) return;
    this.failure = `the agent lost the room and could not rejoin it: ${errorMessage(lastError)}`;
    this.emit({ type: 'failed', reason: this.failure });
  }

  /** Speaker changes run one after the other: a rejoin waits for the previous track's last words. */
  private changeSpeaker(change: () => Promise<void>): void {
    this.speakerChanges = this.speakerChanges.then(change).catch((error: unknown) => this.options.logger.error({ err: error }, 'changing the speaker failed'));
  }

  private async listenTo(track: SpeakerTrack): Promise<void> {
    await this.endSpeaker();
    if (this.stopping || this.failure) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const session: SpeakerSession = { track, stream: undefined, offsetMs: this.audioMs, segmentId: undefined, restarts: [], end, ended, feeding: Promise.resolve() };
    this.speaker = session;
    if (!this.openRecognition(session)) return;
    this.options.logger.info({ track_id: track.trackId, speaker: track.participantIdentity }, 'listening to the speaker');
    this.emit({ type: 'speaker', present: true });
    session.feeding = feedSpeaker({
      frames: track.frames,
      current: () => session.stream,
      stopped: ended,
      onAudio: (milliseconds) => (this.audioMs += milliseconds),
      onUnusableFrame: (frame) => {
        if (this.unusableFrameLogged) return;
        this.unusableFrameLogged = true;
        this.options.logger.error({ sample_rate: frame.sampleRate, channels: frame.channels }, 'the room gave speaker audio that is not 16 kHz mono; it is skipped');
      },
    }).then(() => {
      // The track ended by itself (the speaker left): their last words become a final.
      if (this.speaker === session) this.changeSpeaker(() => this.endSpeaker());
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
      this.flushUtterance(session);
      await stream.close().catch((error: unknown) => this.options.logger.warn({ err: error }, 'closing the recogniser failed'));
    }
    if (!this.failure) this.emit({ type: 'speaker', present: false });
  }

  /** Partials with no final after a flush (a final that came out empty) are withdrawn on screen. */
  private flushUtterance(session: SpeakerSession): void {
    if (session.segmentId === undefined) return;
    void this.captions.publish({ segmentId: session.segmentId, language: this.options.sourceLanguage, isSource: true, trackId: session.track.trackId, text: '', final: true });
    session.segmentId = undefined;
  }

  /** Opens a recognition stream for `session`; false when recognition is lost for good. */
  private openRecognition(session: SpeakerSession): boolean {
    let stream: RecognitionStream;
    try {
      stream = this.options.engines.recognizer.openStream({ language: this.options.sourceLanguage });
    } catch (error) {
      this.fail('asr', error);
      return false;
    }
    session.stream = stream;
    session.offsetMs = this.audioMs;
    const offsetMs = session.offsetMs;
    stream.on('result', (result) => {
      if (session.stream === stream) this.onResult(session, { ...result, startMs: result.startMs + offsetMs, endMs: result.endMs + offsetMs });
    });
    // Audio the engine lost (its process died, a request failed): the partials of that utterance go away.
    stream.on('gap', (gap) => {
      if (session.stream !== stream) return;
      this.options.logger.warn({ from_ms: gap.startMs + offsetMs, to_ms: gap.endMs + offsetMs, reason: gap.reason }, 'the recogniser lost audio');
      this.flushUtterance(session);
      this.stageStates.troubled('asr', 'engine_failed', gap.reason);
    });
    // The engine replaced its crashed process itself: the stream goes on.
    stream.on('restart', ({ reason }) => {
      if (session.stream === stream) this.stageStates.restarting('asr', 'engine_failed', reason);
    });
    stream.on('error', (error) => {
      if (session.stream === stream) this.restartRecognition(session, error);
    });
    return true;
  }

  /** The stream itself failed: a new one takes over, unless the engine keeps failing. */
  private restartRecognition(session: SpeakerSession, error: EngineError): void {
    const stream = session.stream;
    session.stream = undefined;
    void stream?.close().catch(() => undefined);
    const now = performance.now();
    const window = this.runtime.recogniserRestartWindowMs ?? 60_000;
    session.restarts = session.restarts.filter((at) => now - at < window);
    session.restarts.push(now);
    if (isPermanent(error) || session.restarts.length > (this.runtime.maxRecogniserRestarts ?? 3)) {
      this.fail('asr', error);
      return;
    }
    this.options.logger.warn({ err: error, restarts: session.restarts.length }, 'the recogniser failed; restarting it');
    this.stageStates.restarting('asr', error.code, error.message);
    if (this.speaker === session && !this.stopping) this.openRecognition(session);
  }

  private onResult(session: SpeakerSession, result: RecognitionResult): void {
    this.stageStates.working('asr');
    const { sourceLanguage } = this.options;
    const trackId = session.track.trackId;
    if (result.kind === 'partial') {
      if (result.text.trim() === '') return;
      session.segmentId ??= randomUUID();
      void this.captions.publish({ segmentId: session.segmentId, language: sourceLanguage, isSource: true, trackId, text: result.text.trim(), final: false });
      return;
    }
    const segmentId = session.segmentId ?? randomUUID();
    const hadPartials = session.segmentId !== undefined;
    session.segmentId = undefined;
    const text = result.text.trim();
    if (text === '') {
      // Noise that the recogniser took back: the partials on screen go away.
      if (hadPartials) void this.captions.publish({ segmentId, language: sourceLanguage, isSource: true, trackId, text: '', final: true });
      return;
    }
    this.finals = this.finals
      .then(() => this.publishFinal(segmentId, trackId, { ...result, text }))
      .catch((error: unknown) => this.options.logger.error({ err: error, segment_id: segmentId }, 'a final could not be handled'));
  }

  /** One final: source caption, translations, their captions and voices; every language to storage. */
  private async publishFinal(segmentId: string, trackId: string, result: RecognitionResult): Promise<void> {
    const { sourceLanguage, targetLanguages } = this.options;
    const sequence = this.sequence++;
    const span = { startMs: Math.max(0, Math.round(result.startMs)), endMs: Math.max(0, Math.round(result.endMs)) };
    void this.captions.publish({ segmentId, language: sourceLanguage, isSource: true, trackId, text: result.text, final: true, sequence });
    this.store.add({ sequence, language: sourceLanguage, isSource: true, text: result.text, ...span, recognitionMs: Math.round(result.recognitionMs), translationMs: null, publishedAt: new Date() });
    if (targetLanguages.length === 0) return;

    type Outcome = { language: string; translated: string; translationMs: number } | { language: string; error: unknown };
    const outcomes = await Promise.all(
      targetLanguages.map(async (language): Promise<Outcome> => {
        const started = performance.now();
        try {
          const translated = (await this.translate(result.text, language)).trim();
          if (translated === '') throw new EngineError('engine_failed', 'the translator answered an empty text');
          return { language, translated, translationMs: Math.round(performance.now() - started) };
        } catch (error) {
          this.options.logger.warn({ err: error, language, sequence }, 'translating a final failed');
          return { language, error };
        }
      }),
    );
    const translated = outcomes.filter((outcome) => 'translated' in outcome);
    for (const { language, translated: text, translationMs } of translated) {
      const final: AgentFinal = { sequence, language, isSource: false, text, ...span, recognitionMs: Math.round(result.recognitionMs), translationMs, publishedAt: new Date() };
      void this.captions.publish({ segmentId: `${segmentId}-${language}`, language, isSource: false, trackId, text, final: true, sequence });
      this.store.add(final);
      this.speak(language, text);
    }
    if (translated.length > 0) {
      this.failedTranslationsInARow = 0;
      this.stageStates.working('mt');
      return;
    }
    const firstError = outcomes.find((outcome) => 'error' in outcome)?.error;
    this.failedTranslationsInARow += 1;
    if (isPermanent(firstError) || this.failedTranslationsInARow >= (this.runtime.maxFailedTranslations ?? 3)) this.fail('mt', firstError);
    else this.stageStates.restarting('mt', errorCode(firstError), errorMessage(firstError));
  }

  /** One retry: the engines restart their own processes, so a second try usually finds a fresh one. */
  private async translate(text: string, language: string): Promise<string> {
    const { translator } = this.options.engines;
    try {
      return await translator.translate(text, this.options.sourceLanguage, language);
    } catch (error) {
      if (isPermanent(error)) throw error;
      this.stageStates.restarting('mt', errorCode(error), errorMessage(error));
      return translator.translate(text, this.options.sourceLanguage, language);
    }
  }

  /** Synthesis runs one utterance at a time per language, then queues the audio on its track. */
  private speak(language: string, text: string): void {
    const player = this.players.get(language);
    if (!player) return;
    const previous = this.synthesis.get(language) ?? Promise.resolve();
    const next = previous.then(async () => {
      try {
        const pcm = await this.options.engines.synthesizer.synthesize(text, language);
        this.stageStates.working('tts', language);
        void player.play(pcm).catch((error: unknown) => this.options.logger.warn({ err: error, language }, 'playing a translation failed'));
      } catch (error) {
        this.options.logger.warn({ err: error, language }, 'synthesising a translation failed; its captions are published without voice');
        this.stageStates.restarting('tts', errorCode(error), errorMessage(error), language);
      }
    });
    this.synthesis.set(language, next);
  }

  /** A stage is lost for good: captions can no longer be made, the lifecycle fails the session. */
  private fail(stage: 'asr' | 'mt', error: unknown): void {
    this.stageStates.failed(stage, errorCode(error), errorMessage(error));
    if (this.failure) return;
    this.failure = `${stage === 'asr' ? 'speech recognition' : 'translation'} failed for good: ${errorMessage(error)}`;
    this.options.logger.error({ err: error, stage }, 'the channel agent cannot produce captions any more');
    this.emit({ type: 'failed', reason: this.failure });
  }

  private async shutDown(): Promise<void> {
    const deadline = performance.now() + (this.runtime.stopTimeoutMs ?? 30_000);
    const withinDeadline = async (work: Promise<unknown>): Promise<boolean> => {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - performance.now()))));
      const finished = await Promise.race([work.then(() => true), expired]);
      clearTimeout(timer);
      return finished;
    };
    // The last words first: the speaker's utterance in progress becomes a final.
    this.changeSpeaker(() => this.endSpeaker());
    await withinDeadline(this.speakerChanges);
    await withinDeadline(this.finals);
    await withinDeadline(Promise.all([...this.synthesis.values()]));
    await withinDeadline(Promise.all([this.captions.drain(), ...[...this.players.values()].map((player) => player.drain())]));
    if (!(await withinDeadline(this.store.drain()))) this.store.abandon();
    await Promise.all([...this.players.values()].map((player) => player.close().catch(() => undefined)));
    await this.room.disconnect().catch((error: unknown) => this.options.logger.warn({ err: error }, 'leaving the room failed'));
    this.stageStates.setAll('stopped');
  }
}

/** Builds `startChannelAgent` on a room implementation (LiveKit in the service, the test room in tests). */
export function createStartChannelAgent(runtime: ChannelAgentRuntime): StartChannelAgent {
  return async (options) => {
    const room = await runtime.connectRoom(options.livekitUrl, await options.token());
    const agent = new ChannelAgentRun(options, runtime, room);
    try {
      await agent.begin();
    } catch (error) {
      await room.disconnect().catch(() => undefined);
      throw error;
    }
    options.logger.info({ room: options.roomName, source: options.sourceLanguage, targets: options.targetLanguages }, 'channel agent joined the room');
    return agent;
  };
}
