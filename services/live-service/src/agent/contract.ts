/**
 * The contract between the live-service's session lifecycle (handlers, repositories, records) and the
 * channel agent (the LiveKit participant that transcribes, translates and voices one channel's room).
 * The lifecycle only sees these types; the agent only sees these options. Both sides are built and
 * tested against this file, so change it on purpose and on both sides.
 */
import type { Logger } from 'pino';
import type { Engines } from '@ilenia/speech-engines';

/** One pipeline stage, reported per session as the spec's `agents` (`asr`, `mt`, one `tts` per target). */
export type AgentStage = 'asr' | 'mt' | 'tts';
export type AgentStageStatus = 'starting' | 'joined' | 'restarting' | 'failed' | 'stopped';

export interface AgentStageState {
  stage: AgentStage;
  /** The languages it works in: the source for `asr`, the targets for `mt`, its one target for `tts`. */
  languages: string[];
  status: AgentStageStatus;
  joinedAt: Date | null;
  restarts: number;
  lastError: { code: string; message: string; at: Date } | null;
}

/** A final caption, source or translated, that the agent published: what the service stores per segment. */
export interface AgentFinal {
  /** Increasing per session from `firstSequence`, shared by a source final and its translations. */
  sequence: number;
  language: string;
  /** True for the speaker's own language. */
  isSource: boolean;
  text: string;
  /** Offsets in the session's audio, in milliseconds. */
  startMs: number;
  endMs: number;
  /** Engine latencies for this segment (the live panel and the figures). */
  recognitionMs: number;
  translationMs: number | null;
  publishedAt: Date;
}

/** Where the agent puts its finals. A rejection is retried by the agent (buffered, never dropped silently). */
export interface FinalSink {
  saveFinal(final: AgentFinal): Promise<void>;
}

export interface ChannelAgentOptions {
  sessionId: string;
  eventId: string;
  channelId: string;
  roomName: string;
  sourceLanguage: string;
  targetLanguages: string[];
  /** The first sequence number to use: 0 for a new session, the next unused one when a session is picked up again. */
  firstSequence: number;
  /** Where the session's clock stands (default 0, a new session): a picked-up session's cues go on after its earlier ones. */
  firstMediaMs?: number;
  livekitUrl: string;
  /** A fresh agent token for this room (asked of the livekit-provider) for every (re)connection. */
  token: () => Promise<string>;
  engines: Engines;
  finals: FinalSink;
  logger: Logger;
}

export type ChannelAgentEvent =
  | { type: 'stage'; state: AgentStageState }
  /** The speaker's audio track was subscribed (true) or went away (false): the session survives both. */
  | { type: 'speaker'; present: boolean }
  /** The room was deleted or the agent was removed from it: the lifecycle ends the session (`room_closed`). */
  | { type: 'room_closed' }
  /**
   * Another connection joined with the agent's identity and LiveKit let it replace this one (another
   * instance took the session over): this agent is out of the room and does not rejoin.
   */
  | { type: 'replaced' }
  /** Captions can no longer be produced (ASR or MT failed for good): the lifecycle fails the session. */
  | { type: 'failed'; reason: string };

/** What the agent counted since it started. */
export interface ChannelAgentCounters {
  /** Speaker audio fed to recognition, every speaker's track counted. */
  audioMs: number;
  /** The session's clock now (from `firstMediaMs`): where the next cue would sit. */
  mediaMs: number;
  /** The most listeners seen in the room at once. */
  listenersPeak: number;
}

export interface ChannelAgent {
  readonly stages: readonly AgentStageState[];
  /** The next sequence number the agent would use (stored with the session, so a restart continues it). */
  readonly nextSequence: number;
  readonly counters: ChannelAgentCounters;
  onEvent(listener: (event: ChannelAgentEvent) => void): () => void;
  /** Flushes the utterance in progress, stores what is pending, leaves the room. Resolves when done. */
  stop(): Promise<void>;
}

/** What the lifecycle calls to start an agent; the room implementation (rtc-node or a test room) is behind it. */
export type StartChannelAgent = (options: ChannelAgentOptions) => Promise<ChannelAgent>;
