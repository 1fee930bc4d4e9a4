/**
 * What the listener side tells whoever watches it (the live status a manager sees), without knowing
 * who that is: which channel and languages each connection follows, and when a channel's fan-out on
 * this instance handed a broadcast to its listeners.
 */
import type { ChannelBroadcast, ChannelKey } from './types.js';

/** Told about one listener connection. */
export interface ListenerWatcher {
  /** The connection now receives these languages of the channel; `null`: no channel. */
  following(channelId: string | null, languages: readonly string[]): void;
  /** The connection closed. */
  closed(): void;
}

/** Told about a channel's fan-out on this instance. */
export interface FanoutObserver {
  /** `message` was handed to every listener of the channel on this instance at `atMs` (epoch ms). */
  handedOver(channel: ChannelKey, message: ChannelBroadcast, atMs: number): void;
}
