/**
 * The subtitle bus across instances: Redis pub/sub for delivery (one subscriber connection per
 * instance, multiplexed over every channel it serves) and a sorted set per channel for the history of
 * finals. A speaker on instance A reaches listeners on instance B; a listener that reconnects to any
 * instance resumes from the shared history.
 */
import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { MessageType, type Gap, type SessionStateName, type SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import {
  channelKeyString,
  decodeBroadcast,
  encodeBroadcast,
  entryMatchesLanguages,
  historyScore,
  isHistoryEntry,
  type HistoryEntry,
} from './broadcast-codec.js';
import { appendAndPublishScript, readHistoryScript, recordSessionAndPublishScript } from './redis-scripts.js';
import {
  BusUnavailableError,
  type ChannelBroadcast,
  type ChannelHistory,
  type ChannelKey,
  type ChannelStatus,
  type SubscribeOptions,
  type SubtitleBus,
} from './types.js';

export interface RedisSubtitleBusOptions {
  url: string;
  /** Prefix of every key and pub/sub channel (tests use a unique one each). */
  keyPrefix: string;
  historyLimit: number;
  historyTtlSeconds: number;
  logger?: Logger;
  /** How long `ping()` waits for Redis before `/ready` reports it down. */
  pingTimeoutMs?: number;
  /** The connections' names in `CLIENT LIST` (`<name>:commands`, `<name>:subscriber`). */
  connectionName?: string;
}

interface Deliverer {
  deliver: (message: ChannelBroadcast) => void;
  onInterrupted: (() => void) | undefined;
}

interface ChannelSubscription {
  deliverers: Set<Deliverer>;
  /** Resolves once Redis acknowledged the SUBSCRIBE. */
  ready: Promise<unknown>;
}

const sessionStates: ReadonlySet<string> = new Set<SessionStateName>(['idle', 'live', 'paused', 'interrupted', 'ended']);

/** {@link SubtitleBus} over Redis: two connections per instance, one for commands, one subscribed. */
export class RedisSubtitleBus implements SubtitleBus {
  private readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly subscriptions = new Map<string, ChannelSubscription>();
  private closing = false;
  /** Channels left while the subscriber was down: ioredis would subscribe to them again. */
  private readonly staleChannels = new Set<string>();

  constructor(private readonly options: RedisSubtitleBusOptions) {
    const name = options.connectionName ?? 'ilenia-live-event';
    const connection = { maxRetriesPerRequest: 3 };
    this.commands = new Redis(options.url, { ...connection, connectionName: `${name}:commands` });
    // No INFO ready check on the subscriber: a SUBSCRIBE sent while ioredis runs it puts the connection
    // in subscriber mode, the check fails and the subscription is silently lost.
    this.subscriber = new Redis(options.url, { ...connection, connectionName: `${name}:subscriber`, enableReadyCheck: false });
    for (const [role, client] of [
      ['commands', this.commands],
      ['subscriber', this.subscriber],
    ] as const) {
      // Without a listener, ioredis would turn every connection error into an uncaught exception.
      client.on('error', (error: Error) => options.logger?.warn({ err: { message: error.message }, role }, 'Redis connection error'));
    }
    this.subscriber.on('message', (channelName: string, payload: string) => this.onMessage(channelName, payload));
    // Whatever was published while the subscriber was down is lost to this instance's subscribers.
    this.subscriber.on('close', () => {
      if (!this.closing) this.interrupt();
    });
    this.subscriber.on('ready', () => {
      for (const name of this.staleChannels) {
        if (!this.subscriptions.has(name)) void this.subscriber.unsubscribe(name).catch(() => {});
      }
      this.staleChannels.clear();
    });
  }

  async publish(channel: ChannelKey, message: ChannelBroadcast): Promise<void> {
    const payload = encodeBroadcast(message);
    const keys = this.keys(channel);
    // Until the connection is ready ioredis writes PUBLISH at once but queues EVAL, which would reorder
    // a channel's messages; waiting here keeps them in call order (listeners resolve in order).
    if (this.commands.status !== 'ready') await this.commandsReady();
    if (isHistoryEntry(message)) {
      const sequence = message.type === MessageType.SubtitleFinal ? String(message.sequence) : '';
      await this.commands.eval(
        appendAndPublishScript,
        2,
        keys.history,
        keys.meta,
        keys.broadcast,
        payload,
        String(historyScore(message)),
        sequence,
        String(this.options.historyLimit),
        String(this.options.historyTtlSeconds),
      );
    } else if (message.type === MessageType.SessionState) {
      await this.commands.eval(recordSessionAndPublishScript, 1, keys.meta, keys.broadcast, payload, message.session_id, message.state);
    } else {
      // Partials are neither kept nor counted: plain PUBLISH, on the same connection as the scripts so
      // that Redis sees one channel's messages in the order they were published.
      await this.commands.publish(keys.broadcast, payload);
    }
  }

  async subscribe(
    channel: ChannelKey,
    deliver: (message: ChannelBroadcast) => void,
    options: SubscribeOptions = {},
  ): Promise<() => Promise<void>> {
    const name = this.keys(channel).broadcast;
    let subscription = this.subscriptions.get(name);
    if (!subscription) {
      this.staleChannels.delete(name);
      subscription = { deliverers: new Set(), ready: this.subscriberReady().then(() => this.subscriber.subscribe(name)) };
      this.subscriptions.set(name, subscription);
      const created = subscription;
      subscription.ready.catch(() => {
        if (this.subscriptions.get(name) === created) this.subscriptions.delete(name);
      });
    }
    const entry: Deliverer = { deliver, onInterrupted: options.onInterrupted };
    subscription.deliverers.add(entry);
    try {
      await subscription.ready;
    } catch (error) {
      subscription.deliverers.delete(entry);
      throw error;
    }
    const owner = subscription;
    return async () => {
      if (!owner.deliverers.delete(entry) || owner.deliverers.size > 0) return;
      if (this.subscriptions.get(name) === owner) this.subscriptions.delete(name);
      // Commands on one connection run in order: a SUBSCRIBE sent after this UNSUBSCRIBE wins.
      if (this.subscriber.status === 'ready') await this.subscriber.unsubscribe(name).catch(() => {});
      else this.staleChannels.add(name);
    };
  }

  async history(channel: ChannelKey, options: { afterSequence: number; languages: readonly string[] }): Promise<ChannelHistory> {
    const keys = this.keys(channel);
    const [held, published, floor, members] = (await this.commands.eval(
      readHistoryScript,
      2,
      keys.history,
      keys.meta,
      String(options.afterSequence),
    )) as [number, string, string, string[]];
    const latestSequence = Number(published);
    const effectiveFloor = held === 1 ? Number(floor) : latestSequence;
    const languages = new Set(options.languages);
    const finals: SubtitleFinal[] = [];
    const gaps: Gap[] = [];
    for (const member of members) {
      const decoded = decodeBroadcast(member);
      if (!decoded.ok || !isHistoryEntry(decoded.message)) {
        this.options.logger?.error(
          { channel_id: channel.channelId, problem: decoded.ok ? 'not a history entry' : decoded.error.message },
          'invalid entry in subtitle history; skipped',
        );
        continue;
      }
      const entry: HistoryEntry = decoded.message;
      if (!entryMatchesLanguages(entry, languages)) continue;
      if (entry.type === MessageType.SubtitleFinal) finals.push(entry);
      else gaps.push(entry);
    }
    return { finals, gaps, truncated: options.afterSequence < effectiveFloor, latestSequence };
  }

  async status(channel: ChannelKey): Promise<ChannelStatus> {
    const [published, sessionId, state] = await this.commands.hmget(this.keys(channel).meta, 'published', 'session_id', 'state');
    return {
      latestSequence: Number(published ?? 0),
      session:
        sessionId && state && sessionStates.has(state)
          ? { session_id: sessionId, state: state as SessionStateName }
          : { session_id: null, state: 'idle' },
    };
  }

  async nextSequence(channel: ChannelKey): Promise<number> {
    return this.commands.hincrby(this.keys(channel).meta, 'seq', 1);
  }

  async ping(): Promise<void> {
    const timeoutMs = this.options.pingTimeoutMs ?? 2_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${timeoutMs} ms (subscriber connection ${this.subscriber.status})`)),
        timeoutMs,
      );
    });
    try {
      // Both connections count: without the subscriber, listeners here would hear nothing.
      if (this.subscriber.status !== 'ready') await Promise.race([once(this.subscriber, 'ready'), timeout]);
      await Promise.race([this.commands.ping(), timeout]);
    } catch (error) {
      throw new Error(`Redis is not available: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    this.subscriptions.clear();
    // QUIT lets pending commands finish; a connection that is not up has nothing to finish.
    await Promise.allSettled(
      [this.subscriber, this.commands].map((client) => (client.status === 'ready' ? client.quit() : Promise.resolve(client.disconnect()))),
    );
  }

  private interrupt(): void {
    const interrupted = [...this.subscriptions.values()].flatMap((subscription) => [...subscription.deliverers]);
    if (interrupted.length > 0)
      this.options.logger?.warn({ subscribers: interrupted.length }, 'Redis subscriber connection lost; subscribers told to resume');
    for (const { onInterrupted } of interrupted) {
      try {
        onInterrupted?.();
      } catch (error) {
        this.options.logger?.error({ err: error }, 'a subtitle subscriber failed on interruption');
      }
    }
  }

  /**
   * Waits a moment for the commands connection to be ready; a Redis that stays down fails the publish
   * ({@link BusUnavailableError}) so that the caller keeps it (finals wait in order) instead of
   * hanging on it with no deadline.
   */
  private async commandsReady(): Promise<void> {
    const timeoutMs = this.options.pingTimeoutMs ?? 2_000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      await once(this.commands, 'ready', { signal: controller.signal });
    } catch {
      throw new BusUnavailableError(`Redis is not connected (${this.commands.status}) after ${timeoutMs} ms`);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Resolves when the subscriber connection is ready. A SUBSCRIBE sent while it is still connecting
   * can be lost (ioredis 5); once subscribed, ioredis itself subscribes again after a reconnect.
   */
  private async subscriberReady(): Promise<void> {
    if (this.subscriber.status !== 'ready') await once(this.subscriber, 'ready');
  }

  private onMessage(name: string, payload: string): void {
    const subscription = this.subscriptions.get(name);
    if (!subscription) return;
    const decoded = decodeBroadcast(payload);
    if (!decoded.ok) {
      this.options.logger?.error({ channel: name, problem: decoded.error.message }, 'invalid subtitle broadcast from Redis; dropped');
      return;
    }
    for (const { deliver } of subscription.deliverers) {
      try {
        deliver(decoded.message);
      } catch (error) {
        this.options.logger?.error({ err: error, channel: name }, 'a subtitle subscriber failed');
      }
    }
  }

  private keys(channel: ChannelKey): { history: string; meta: string; broadcast: string } {
    const base = `${this.options.keyPrefix}{${channelKeyString(channel)}}`;
    return { history: `${base}:history`, meta: `${base}:meta`, broadcast: `${base}:broadcast` };
  }
}
