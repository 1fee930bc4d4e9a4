/**
 * This instance's part of the live status: it tallies the listener connections of each event (which
 * channel, which languages) and writes the tally to the store when it changes and on a heartbeat, so
 * that it expires if the instance dies; it records each final it publishes (recognition, translation)
 * and how long its fan-outs took to hand finals to their listeners (delivery).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { MessageType } from '@ilenia/generated/asyncapi/live-event/messages';
import type { FanoutObserver, ListenerWatcher } from '../distribution/listener-watcher.js';
import type { ChannelBroadcast, ChannelHistory, ChannelKey, ChannelStatus, SubscribeOptions, SubtitleBus } from '../distribution/types.js';
import { defaultLiveStatusTimes, type LiveStatusStore, type PresenceSnapshot } from './types.js';

interface Following {
  channelId: string | null;
  languages: readonly string[];
}

export interface LiveStatusRecorderOptions {
  store: LiveStatusStore;
  logger: Logger;
  /** How often this instance's presence is written again (default a third of the store's presence TTL). */
  heartbeatMs?: number;
}

export class LiveStatusRecorder implements FanoutObserver {
  /** This instance, in the store's keys. */
  readonly instanceId = randomUUID();
  private readonly connections = new Map<string, Map<object, Following>>();
  private readonly dirty = new Set<string>();
  /** Each event's snapshot, until its connections change (a final's delivery looks counts up here). */
  private readonly snapshots = new Map<string, PresenceSnapshot>();
  private flushing: Promise<void> = Promise.resolve();
  private flushScheduled = false;
  private readonly heartbeat: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly options: LiveStatusRecorderOptions) {
    this.heartbeat = setInterval(
      () => {
        for (const eventId of this.connections.keys()) this.dirty.add(eventId);
        this.scheduleFlush();
      },
      options.heartbeatMs ?? defaultLiveStatusTimes.presenceTtlMs / 3,
    );
    this.heartbeat.unref();
  }

  /** A watcher for a new listener connection of `eventId` (counted from now on, on no channel yet). */
  watchListener(eventId: string): ListenerWatcher {
    const token = {};
    let connections = this.connections.get(eventId);
    if (!connections) this.connections.set(eventId, (connections = new Map<object, Following>()));
    connections.set(token, { channelId: null, languages: [] });
    this.changed(eventId);
    return {
      following: (channelId, languages) => {
        const current = this.connections.get(eventId);
        if (!current?.has(token)) return;
        current.set(token, { channelId, languages: channelId === null ? [] : [...languages] });
        this.changed(eventId);
      },
      closed: () => {
        const current = this.connections.get(eventId);
        if (!current?.delete(token)) return;
        if (current.size === 0) this.connections.delete(eventId);
        this.changed(eventId);
      },
    };
  }

  /** Listener connections of this instance that receive `language` of the channel. */
  localListeners(channel: ChannelKey, language: string): number {
    return this.snapshot(channel.eventId)?.channels[channel.channelId]?.languages[language] ?? 0;
  }

  /** The presence of the event on this instance; null when it has no listener connection here. */
  snapshot(eventId: string): PresenceSnapshot | null {
    if (this.snapshots.has(eventId)) return this.snapshots.get(eventId)!;
    const snapshot = this.tally(eventId);
    // Events without connections are not kept: their ids would pile up.
    if (snapshot) this.snapshots.set(eventId, snapshot);
    return snapshot;
  }

  private tally(eventId: string): PresenceSnapshot | null {
    const connections = this.connections.get(eventId);
    if (!connections || connections.size === 0) return null;
    const snapshot: PresenceSnapshot = { connections: connections.size, channels: {} };
    for (const { channelId, languages } of connections.values()) {
      if (channelId === null) continue;
      const channel = (snapshot.channels[channelId] ??= { listeners: 0, languages: {} });
      channel.listeners += 1;
      for (const language of languages) channel.languages[language] = (channel.languages[language] ?? 0) + 1;
    }
    return snapshot;
  }

  handedOver(channel: ChannelKey, message: ChannelBroadcast, atMs: number): void {
    if (message.type !== MessageType.SubtitleFinal || this.localListeners(channel, message.language) === 0) return;
    const emittedAt = Date.parse(message.timings.emitted_at);
    if (Number.isNaN(emittedAt)) return;
    const delivery = { sequence: message.sequence, language: message.language, deliveryMs: Math.max(0, Math.round(atMs - emittedAt)) };
    this.options.store
      .recordDelivery(this.instanceId, channel, delivery)
      .catch((error: unknown) => this.warn(error, 'recording a delivery time failed'));
  }

  /** `bus`, recording the timings of every final published through it. */
  observeFinals(bus: SubtitleBus): SubtitleBus {
    return new FinalTimingsBus(bus, (channel, message) => {
      if (message.type !== MessageType.SubtitleFinal) return;
      const final = {
        sessionId: message.session_id,
        sequence: message.sequence,
        language: message.language,
        isSource: message.is_source,
        recognitionMs: message.timings.recognition_ms,
        translationMs: message.timings.translation_ms,
        emittedAt: message.timings.emitted_at,
      };
      this.options.store.recordFinal(channel, final).catch((error: unknown) => this.warn(error, 'recording the timings of a final failed'));
    });
  }

  /** Stops the heartbeat and removes this instance's presence (its listeners are gone with it). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.heartbeat);
    await this.flushing;
    await Promise.all(
      [...this.connections.keys()].map((eventId) =>
        this.options.store
          .writePresence(this.instanceId, eventId, null)
          .catch((error: unknown) => this.warn(error, 'removing presence failed')),
      ),
    );
  }

  /** Resolves once every presence change so far is written. */
  async settled(): Promise<void> {
    while (this.flushScheduled || this.dirty.size > 0) {
      await this.flushing;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.flushing;
  }

  private changed(eventId: string): void {
    this.snapshots.delete(eventId);
    this.dirty.add(eventId);
    this.scheduleFlush();
  }

  /** Writes the changed events once per turn of the event loop, one write after the other. */
  private scheduleFlush(): void {
    if (this.flushScheduled || this.stopped) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const events = [...this.dirty];
      this.dirty.clear();
      this.flushing = this.flushing.then(async () => {
        for (const eventId of events) {
          await this.options.store
            .writePresence(this.instanceId, eventId, this.snapshot(eventId))
            .catch((error: unknown) => this.warn(error, 'writing presence failed'));
        }
      });
    });
  }

  private warn(error: unknown, message: string): void {
    this.options.logger.warn({ err: error instanceof Error ? { message: error.message } : error }, message);
  }
}

/** A bus that tells `onPublished` of every message it published. */
class FinalTimingsBus implements SubtitleBus {
  readonly status?: (channel: ChannelKey) => Promise<ChannelStatus>;

  constructor(
    private readonly bus: SubtitleBus,
    private readonly onPublished: (channel: ChannelKey, message: ChannelBroadcast) => void,
  ) {
    if (bus.status) this.status = (channel) => bus.status!(channel);
  }

  async publish(channel: ChannelKey, message: ChannelBroadcast): Promise<void> {
    await this.bus.publish(channel, message);
    this.onPublished(channel, message);
  }

  subscribe(channel: ChannelKey, deliver: (message: ChannelBroadcast) => void, options?: SubscribeOptions): Promise<() => Promise<void>> {
    return this.bus.subscribe(channel, deliver, options);
  }

  history(channel: ChannelKey, options: { afterSequence: number; languages: readonly string[] }): Promise<ChannelHistory> {
    return this.bus.history(channel, options);
  }

  nextSequence(channel: ChannelKey): Promise<number> {
    return this.bus.nextSequence(channel);
  }

  ping(): Promise<void> {
    return this.bus.ping();
  }

  close(): Promise<void> {
    return this.bus.close();
  }
}
