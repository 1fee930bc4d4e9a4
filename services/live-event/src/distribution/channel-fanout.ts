/**
 * One bus subscription per channel and instance, shared by every listener connection of that channel:
 * each broadcast is validated, serialised, encoded to UTF-8 and framed once, then handed to each
 * connection, which filters it and writes the same frame to its socket without waiting (a slow socket
 * never holds up the loop, and a socket that queues it keeps a reference, not a copy).
 */
import type { Logger } from 'pino';
import { MessageType } from '@ilenia/generated/asyncapi/live-event/messages';
import { channelKeyString, encodeBroadcast } from './broadcast-codec.js';
import type { FanoutObserver } from './listener-watcher.js';
import { serverTextFrame } from './websocket-frame.js';
import type { ChannelBroadcast, ChannelKey, SubtitleBus } from './types.js';

/** A live broadcast, ready to send: the message, its WebSocket frame, and when the pipeline emitted it. */
export interface LiveDelivery {
  message: ChannelBroadcast;
  /** The text frame every listener is sent, shared by all of them: never modify it. */
  frame: Buffer;
  /** The frame's payload (the JSON text as UTF-8), for a socket whose frames ws must make. */
  payload: Buffer;
  /** `timings.emitted_at` in epoch milliseconds; null for messages without timings. */
  emittedAtMs: number | null;
}

/** A listener connection as the fan-out sees it. */
export interface FanoutMember {
  receiveLive(delivery: LiveDelivery): void;
  /** The bus may have lost broadcasts: the member can no longer promise lossless delivery. */
  interrupted(): void;
}

const fanoutsByBus = new WeakMap<SubtitleBus, Map<string, ChannelFanout>>();

/** The members of one channel on one bus, and the bus subscription that feeds them. */
export class ChannelFanout {
  readonly members = new Set<FanoutMember>();
  private readonly ready: Promise<void>;
  private unsubscribe: (() => Promise<void>) | undefined;
  private stopped = false;

  private constructor(
    bus: SubtitleBus,
    private readonly channel: ChannelKey,
    private readonly logger: Logger,
    private readonly forget: () => void,
    private readonly observer: FanoutObserver | undefined,
  ) {
    this.ready = bus
      .subscribe(channel, (message) => this.dispatch(message), { onInterrupted: () => this.interrupt() })
      .then(
        (unsubscribe) => {
          this.unsubscribe = unsubscribe;
          if (this.stopped) void this.release();
        },
        (error: unknown) => {
          this.forget();
          throw error;
        },
      );
  }

  /**
   * Adds `member` to the channel's fan-out (subscribing to the bus for the first member) and
   * resolves once the bus subscription is in force: from then on it receives every broadcast.
   */
  static async join(
    bus: SubtitleBus,
    channel: ChannelKey,
    member: FanoutMember,
    logger: Logger,
    observer?: FanoutObserver,
  ): Promise<ChannelFanout> {
    let fanouts = fanoutsByBus.get(bus);
    if (!fanouts) {
      fanouts = new Map();
      fanoutsByBus.set(bus, fanouts);
    }
    const key = channelKeyString(channel);
    let fanout = fanouts.get(key);
    if (!fanout) {
      const map = fanouts;
      const created: ChannelFanout = new ChannelFanout(
        bus,
        channel,
        logger,
        () => {
          if (map.get(key) === created) map.delete(key);
        },
        observer,
      );
      fanout = created;
      fanouts.set(key, fanout);
    }
    fanout.members.add(member);
    try {
      await fanout.ready;
    } catch (error) {
      fanout.members.delete(member);
      throw error;
    }
    return fanout;
  }

  /** Removes `member`; the last one out ends the bus subscription. */
  leave(member: FanoutMember): void {
    if (!this.members.delete(member) || this.members.size > 0 || this.stopped) return;
    this.stopped = true;
    this.forget();
    if (this.unsubscribe) void this.release();
  }

  private async release(): Promise<void> {
    try {
      await this.unsubscribe?.();
    } catch (error) {
      this.logger.warn({ err: error, channel_id: this.channel.channelId }, 'unsubscribing a channel from the subtitle bus failed');
    }
  }

  private interrupt(): void {
    for (const member of [...this.members]) {
      try {
        member.interrupted();
      } catch (error) {
        this.logger.error({ err: error, channel_id: this.channel.channelId }, 'interrupting a listener failed');
      }
    }
  }

  private dispatch(message: ChannelBroadcast): void {
    // Whatever the publisher said, what arrives live is not a replay.
    const live = stampDelivery(
      (message.type === MessageType.SubtitleFinal || message.type === MessageType.Gap) && message.replayed
        ? { ...message, replayed: false }
        : message,
    );
    let text: string;
    try {
      text = encodeBroadcast(live);
    } catch (error) {
      this.logger.error(
        { err: error, channel_id: this.channel.channelId, type: message.type },
        'invalid broadcast on the subtitle bus; dropped',
      );
      return;
    }
    const emittedAtMs = 'timings' in live ? Date.parse(live.timings.emitted_at) : null;
    const delivery: LiveDelivery = { message: live, ...serverTextFrame(text), emittedAtMs };
    for (const member of this.members) {
      try {
        member.receiveLive(delivery);
      } catch (error) {
        this.logger.error({ err: error, channel_id: this.channel.channelId }, 'delivering to a listener failed');
      }
    }
    this.observer?.handedOver(this.channel, live, Date.now());
  }
}

/**
 * Adds the delivery stage (bus and fan-out) to a live subtitle's timings. Stamped here, once per
 * instance, rather than per connection, so a broadcast is still serialised once for all listeners.
 */
function stampDelivery(message: ChannelBroadcast): ChannelBroadcast {
  if (message.type !== MessageType.SubtitleFinal && message.type !== MessageType.SubtitlePartial) return message;
  const emittedAt = Date.parse(message.timings.emitted_at);
  if (Number.isNaN(emittedAt)) return message;
  const deliveryMs = Math.min(600_000, Math.max(0, Date.now() - emittedAt));
  return { ...message, timings: { ...message.timings, delivery_ms: deliveryMs } };
}
