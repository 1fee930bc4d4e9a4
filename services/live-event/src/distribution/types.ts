/**
 * The contract between the speaker side (which produces subtitles) and the listener side (which fans
 * them out): a bus per channel with a bounded history of finals. One implementation serves a single
 * instance in process; another goes through Redis so that a speaker on instance A reaches listeners
 * on instance B. Messages are the generated WebSocket models, never hand-built shapes.
 */
import type { Gap, SessionState, SessionSummary, SubtitleFinal, SubtitlePartial } from '@ilenia/generated/asyncapi/live-event/messages';

/** What travels on a channel's bus: everything a listener of that channel may be sent. */
export type ChannelBroadcast = SubtitlePartial | SubtitleFinal | SessionState | Gap;

/** The bus cannot take a message now (its connection is down); the caller may try again later. */
export class BusUnavailableError extends Error {
  override readonly name = 'BusUnavailableError';
}

export interface ChannelKey {
  eventId: string;
  channelId: string;
}

/** What a listener is told about a channel when it subscribes. */
export interface ChannelStatus {
  /** The sequence of the latest final published on the channel; 0 when there is none yet. */
  latestSequence: number;
  /** The channel's session as the latest `session_state` published on it says (`idle` before any). */
  session: SessionSummary;
}

/** What {@link SubtitleBus.history} answers. */
export interface ChannelHistory {
  finals: SubtitleFinal[];
  /**
   * The gaps held with those finals (`after_sequence >= afterSequence`, language `null` or one of
   * `languages`), oldest first: the spec replays them like finals. Optional so that simple buses
   * (test fakes) may leave it out.
   */
  gaps?: Gap[];
  truncated: boolean;
  latestSequence: number;
}

/** How a subscriber hears about trouble with its subscription. */
export interface SubscribeOptions {
  /**
   * Called when messages may have been lost (the bus lost its connection): the subscription goes on
   * once the bus is back, but whoever relies on lossless delivery should make its listeners resume.
   */
  onInterrupted?: () => void;
}

export interface SubtitleBus {
  /**
   * Publishes to every subscriber of the channel, on every instance. A `subtitle_final` is appended
   * to the channel's history before it is delivered, so a listener that resumes never misses it.
   */
  publish(channel: ChannelKey, message: ChannelBroadcast): Promise<void>;
  /**
   * Delivers the channel's messages in publish order until the returned function is called. Resolves
   * once the subscription is in force: a message published after that is delivered, so reading the
   * history next misses nothing (a final is in history before it is delivered).
   */
  subscribe(channel: ChannelKey, deliver: (message: ChannelBroadcast) => void, options?: SubscribeOptions): Promise<() => Promise<void>>;
  /**
   * The finals of `languages` with `sequence > afterSequence`, oldest first, from the bounded history
   * (the most recent `historyLimit` sequences of the channel). `truncated` says older ones were dropped.
   */
  history(channel: ChannelKey, options: { afterSequence: number; languages: readonly string[] }): Promise<ChannelHistory>;
  /**
   * The channel's latest sequence and session state, shared by all instances. Optional so that test
   * fakes may leave it out; a listener is then told the session is `idle`.
   */
  status?(channel: ChannelKey): Promise<ChannelStatus>;
  /** The next sequence number of the channel (shared by all instances); starts at 1. */
  nextSequence(channel: ChannelKey): Promise<number>;
  /** A check for `/ready`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
