/**
 * The subtitle bus of a single instance: delivery and history in memory. Used when `REDIS_URL` is
 * not set; a second instance would not see what this one publishes.
 */
import type { Logger } from 'pino';
import { MessageType, type Gap, type SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { channelKeyString, decodeBroadcast, encodeBroadcast, isHistoryEntry } from './broadcast-codec.js';
import { ChannelHistoryBuffer } from './channel-history.js';
import { settle } from '../settle.js';
import type { ChannelBroadcast, ChannelHistory, ChannelKey, ChannelStatus, SubtitleBus } from './types.js';

interface ChannelState {
  subscribers: Set<(message: ChannelBroadcast) => void>;
  history: ChannelHistoryBuffer;
  nextSequence: number;
  session: ChannelStatus['session'];
}

export interface InProcessSubtitleBusOptions {
  /** How many of a channel's most recent sequences the history keeps. */
  historyLimit: number;
  /** A channel's history is forgotten this long after its last final (none: kept while the process lives). */
  historyTtlSeconds?: number;
  logger?: Logger;
}

/** {@link SubtitleBus} in memory: synchronous, ordered delivery to the subscribers of this process. */
export class InProcessSubtitleBus implements SubtitleBus {
  private readonly channels = new Map<string, ChannelState>();
  private closed = false;

  constructor(private readonly options: InProcessSubtitleBusOptions) {}

  publish(channel: ChannelKey, message: ChannelBroadcast): Promise<void> {
    return settle(() => this.publishNow(channel, message));
  }

  private publishNow(channel: ChannelKey, message: ChannelBroadcast): void {
    this.assertOpen();
    // A copy through the codec: validated like on Redis, and later changes by the publisher do not
    // reach listeners or the history.
    const decoded = decodeBroadcast(encodeBroadcast(message));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const copy = decoded.message;
    const state = this.channel(channel);
    if (isHistoryEntry(copy)) state.history.append(copy);
    if (copy.type === MessageType.SessionState) state.session = { session_id: copy.session_id, state: copy.state };
    for (const deliver of state.subscribers) {
      try {
        deliver(copy);
      } catch (error) {
        this.options.logger?.error({ err: error, channel_id: channel.channelId }, 'a subtitle subscriber failed');
      }
    }
  }

  subscribe(channel: ChannelKey, deliver: (message: ChannelBroadcast) => void): Promise<() => Promise<void>> {
    return settle(() => {
      this.assertOpen();
      const state = this.channel(channel);
      // Nothing interrupts delivery in process: there is no `onInterrupted` to call, so none is taken.
      // Each subscription is its own entry, so the same function subscribed twice is delivered twice.
      const entry = (message: ChannelBroadcast) => deliver(message);
      state.subscribers.add(entry);
      return () => settle(() => void state.subscribers.delete(entry));
    });
  }

  history(channel: ChannelKey, options: { afterSequence: number; languages: readonly string[] }): Promise<ChannelHistory> {
    return settle(() => this.historyNow(channel, options));
  }

  private historyNow(channel: ChannelKey, options: { afterSequence: number; languages: readonly string[] }): ChannelHistory {
    this.assertOpen();
    const state = this.channels.get(channelKeyString(channel));
    if (!state) return { finals: [], gaps: [], truncated: false, latestSequence: 0 };
    const { entries, truncated } = state.history.read(options.afterSequence, new Set(options.languages));
    const finals: SubtitleFinal[] = [];
    const gaps: Gap[] = [];
    for (const entry of entries) {
      if (entry.type === MessageType.SubtitleFinal) finals.push(entry);
      else gaps.push(entry);
    }
    return { finals, gaps, truncated, latestSequence: state.history.latestSequence };
  }

  status(channel: ChannelKey): Promise<ChannelStatus> {
    return settle(() => {
      this.assertOpen();
      const state = this.channels.get(channelKeyString(channel));
      return state
        ? { latestSequence: state.history.latestSequence, session: { ...state.session } }
        : { latestSequence: 0, session: { session_id: null, state: 'idle' } };
    });
  }

  nextSequence(channel: ChannelKey): Promise<number> {
    return settle(() => {
      this.assertOpen();
      const state = this.channel(channel);
      state.nextSequence += 1;
      return state.nextSequence;
    });
  }

  ping(): Promise<void> {
    return settle(() => this.assertOpen());
  }

  close(): Promise<void> {
    this.closed = true;
    this.channels.clear();
    return Promise.resolve();
  }

  private channel(channel: ChannelKey): ChannelState {
    const key = channelKeyString(channel);
    let state = this.channels.get(key);
    if (!state) {
      state = {
        subscribers: new Set(),
        history: new ChannelHistoryBuffer(this.options.historyLimit, (this.options.historyTtlSeconds ?? Number.POSITIVE_INFINITY) * 1000),
        nextSequence: 0,
        session: { session_id: null, state: 'idle' },
      };
      this.channels.set(key, state);
    }
    return state;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the subtitle bus is closed');
  }
}
