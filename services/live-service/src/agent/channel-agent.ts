/**
 * One channel's agent: a single room participant that recognises every speaker's microphone, publishes
 * source and translated captions, voices each translated final on its `translation-{lang}` track and
 * hands every final to the service's storage. Built on the room seam (`agent-room.ts`), so the same
 * code runs against LiveKit and the test room.
 */
import { EngineError, type RecognitionResult } from '@ilenia/speech-engines';
import type { AgentRoom, AgentRoomEvent, ConnectAgentRoom } from './agent-room.js';
import { CaptionPublisher } from './caption-publisher.js';
import type {
  AgentFinal,
  AgentStageState,
  ChannelAgent,
  ChannelAgentCounters,
  ChannelAgentEvent,
  ChannelAgentOptions,
  StartChannelAgent,
} from './contract.js';
import { FinalStore, type FinalStoreOptions } from './final-store.js';
import { PartialTranslations } from './partial-translations.js';
import { isPermanent, SpeakerRecognition, type RecognitionListener } from './speaker-recognition.js';
import { StageStates } from './stage-states.js';
import { TranslationVoices } from './translation-voices.js';

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

function errorCode(error: unknown): string {
  return error instanceof EngineError ? error.code : 'engine_failed';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class ChannelAgentRun implements ChannelAgent {
  private readonly listeners = new Set<(event: ChannelAgentEvent) => void>();
  private readonly stageStates: StageStates;
  private readonly captions: CaptionPublisher;
  private readonly store: FinalStore;
  private readonly voices: TranslationVoices;
  private readonly partialTranslations: PartialTranslations;
  private sequence: number;
  private readonly recognition: SpeakerRecognition;
  private finals: Promise<void> = Promise.resolve();
  private failedTranslationsInARow = 0;
  private failure: string | undefined;
  private listenersPeak = 0;
  private stopping: Promise<void> | undefined;
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
    this.recognition = new SpeakerRecognition({
      recognizer: options.engines.recognizer,
      language: options.sourceLanguage,
      logger: options.logger,
      firstMediaMs: options.firstMediaMs,
      maxRestarts: runtime.maxRecogniserRestarts,
      restartWindowMs: runtime.recogniserRestartWindowMs,
      listener: this.recognitionListener(),
    });
    this.partialTranslations = new PartialTranslations({
      translator: options.engines.translator,
      sourceLanguage: options.sourceLanguage,
      targetLanguages: options.targetLanguages,
      publish: (caption) => void this.captions.publish(caption),
      logger: options.logger,
    });
    this.voices = new TranslationVoices(options.targetLanguages, options.engines.synthesizer, options.logger, (language, outcome) => {
      if (outcome.error === undefined) this.stageStates.working('tts', language);
      else this.stageStates.restarting('tts', errorCode(outcome.error), errorMessage(outcome.error), language);
    });
  }

  get stages(): readonly AgentStageState[] {
    return this.stageStates.all;
  }

  get nextSequence(): number {
    return this.sequence;
  }

  get counters(): ChannelAgentCounters {
    return { audioMs: this.recognition.audioFedMs, mediaMs: this.recognition.mediaMs, listenersPeak: this.listenersPeak };
  }

  onEvent(listener: (event: ChannelAgentEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes the translation tracks and starts listening to the room. */
  async begin(): Promise<void> {
    await this.voices.publishIn(this.room);
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
        this.recognition.listenTo(event.track);
        return;
      case 'speaker_track_ended':
        this.recognition.trackEnded(event.trackId);
        return;
      case 'listeners':
        this.listenersPeak = Math.max(this.listenersPeak, event.count);
        return;
      case 'closed':
        this.options.logger.warn({ reason: event.reason, detail: event.detail }, 'the agent left the room');
        if (event.reason === 'disconnected') {
          // The connection was lost for good (rtc-node's own reconnection gave up): rejoin with a fresh token.
          void this.rejoin(event.detail).catch((error: unknown) => this.options.logger.error({ err: error }, 'rejoining the room failed'));
          return;
        }
        // Another connection is the agent now (another instance took over): rejoining would throw it out in turn.
        if (event.reason === 'replaced') {
          this.emit({ type: 'replaced' });
          return;
        }
        // Deleted, or removed: there is no room to go back to; the lifecycle ends the session and calls stop().
        this.emit({ type: 'room_closed' });
        return;
    }
  }

  /** Joins the room again, tracks and all; the session, its numbering and its queued voices go on. */
  private async rejoin(reason: string): Promise<void> {
    await this.recognition.release();
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
        await this.voices.publishIn(room);
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

  /** How recognition reaches the captions, the finals and the asr stage. */
  private recognitionListener(): RecognitionListener {
    const { sourceLanguage } = this.options;
    return {
      partial: (utterance, text) => {
        void this.captions.publish({
          segmentId: utterance.segmentId,
          language: sourceLanguage,
          isSource: true,
          trackId: utterance.trackId,
          text,
          final: false,
        });
        this.partialTranslations.partial(utterance, text);
      },
      withdrawn: ({ segmentId, trackId }) => {
        const translated = this.partialTranslations.finish(segmentId);
        void this.captions.publish({ segmentId, language: sourceLanguage, isSource: true, trackId, text: '', final: true });
        // Its translated partials on screen go too.
        for (const language of translated)
          void this.captions.publish({ segmentId: `${segmentId}-${language}`, language, isSource: false, trackId, text: '', final: true });
      },
      final: ({ segmentId, trackId }, result) => {
        this.partialTranslations.finish(segmentId);
        this.finals = this.finals
          .then(() => this.publishFinal(segmentId, trackId, result))
          .catch((error: unknown) => this.options.logger.error({ err: error, segment_id: segmentId }, 'a final could not be handled'));
      },
      speaker: (present) => {
        if (!this.failure) this.emit({ type: 'speaker', present });
      },
      working: () => this.stageStates.working('asr'),
      trouble: ({ code, message }, restarted) =>
        restarted ? this.stageStates.restarting('asr', code, message) : this.stageStates.troubled('asr', code, message),
      lost: (error) => this.fail('asr', error),
    };
  }

  /** One final: source caption, translations, their captions and voices; every language to storage. */
  private async publishFinal(segmentId: string, trackId: string, result: RecognitionResult): Promise<void> {
    const { sourceLanguage, targetLanguages } = this.options;
    const sequence = this.sequence++;
    const span = { startMs: Math.max(0, Math.round(result.startMs)), endMs: Math.max(0, Math.round(result.endMs)) };
    void this.captions.publish({ segmentId, language: sourceLanguage, isSource: true, trackId, text: result.text, final: true, sequence });
    this.store.add({
      sequence,
      language: sourceLanguage,
      isSource: true,
      text: result.text,
      ...span,
      recognitionMs: Math.round(result.recognitionMs),
      translationMs: null,
      publishedAt: new Date(),
    });
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
      const final: AgentFinal = {
        sequence,
        language,
        isSource: false,
        text,
        ...span,
        recognitionMs: Math.round(result.recognitionMs),
        translationMs,
        publishedAt: new Date(),
      };
      void this.captions.publish({
        segmentId: `${segmentId}-${language}`,
        language,
        isSource: false,
        trackId,
        text,
        final: true,
        sequence,
      });
      this.store.add(final);
      this.voices.speak(language, text);
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
      const expired = new Promise<false>(
        (resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - performance.now()))),
      );
      const finished = await Promise.race([work.then(() => true), expired]);
      clearTimeout(timer);
      return finished;
    };
    // The last words first: the speaker's utterance in progress becomes a final.
    await withinDeadline(this.recognition.close());
    await withinDeadline(this.finals);
    await withinDeadline(Promise.all([this.captions.drain(), this.voices.drain()]));
    if (!(await withinDeadline(this.store.drain()))) this.store.abandon();
    await this.voices.close();
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
    options.logger.info(
      { room: options.roomName, source: options.sourceLanguage, targets: options.targetLanguages },
      'channel agent joined the room',
    );
    return agent;
  };
}
