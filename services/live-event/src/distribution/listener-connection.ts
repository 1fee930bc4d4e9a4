/**
 * The listener side of the WebSocket protocol (`/v1/ws/listener`), for one connection that is
 * already upgraded and authorised: subscribe (with replay from history), set_languages,
 * unsubscribe, ping; live subtitles filtered by language and deduplicated by (language, sequence);
 * and back-pressure so that a slow listener loses its partials, then its connection (4008), without
 * ever slowing the others.
 */
import type { Logger } from 'pino';
import type { RawData, WebSocket } from 'ws';
import {
  CloseCode,
  MessageType,
  type ListenerClientMessage,
  type SetLanguages,
  type Subscribe,
} from '@ilenia/generated/asyncapi/live-event/messages';
import { ChannelFanout, type FanoutMember, type LiveDelivery } from './channel-fanout.js';
import { defaultListenerLimits, type ListenerLimits } from './config.js';
import { DeliveredFinals } from './delivered-finals.js';
import { watchHeartbeat } from '../ws/heartbeat.js';
import type { ConnectionHandle } from '../ws/open-connections.js';
import type { ListenerMetrics } from './listener-metrics.js';
import { readListenerFrame } from './listener-frames.js';
import { availableLanguages, errorReply, pongFor, serializeReply, subscribedReply } from './listener-replies.js';
import { planReplay } from './listener-replay.js';
import { ListenerSender } from './listener-sender.js';
import type { FanoutObserver, ListenerWatcher } from './listener-watcher.js';
import type { ChannelKey, ChannelStatus, SubtitleBus } from './types.js';

/** A channel of the event, as far as a listener is concerned: what it may subscribe to. */
export interface ListenerChannel {
  channelId: string;
  sourceLanguage: string;
  targetLanguages: readonly string[];
}

/** What a listener connection needs, given by whoever upgraded and authorised it. */
export interface ListenerConnectionContext {
  eventId: string;
  /** The ticket's user; for logs. */
  userId: string;
  /** The event's channels with their languages. */
  channels: readonly ListenerChannel[];
  bus: SubtitleBus;
  logger: Logger;
  /** The distribution's Prometheus metrics (`LiveEventMetrics.listener`). */
  metrics: ListenerMetrics;
  limits?: Partial<ListenerLimits>;
  /** Told which channel and languages this connection follows (the manager's live status). */
  watcher?: ListenerWatcher;
  /** Told when a channel's fan-out handed a broadcast to its listeners. */
  fanoutObserver?: FanoutObserver;
}

/** A running listener connection; `goAway` closes with 1001: the client reconnects elsewhere and resumes. */
export type ListenerConnectionHandle = ConnectionHandle;

/** Client messages waiting behind a slow one (a subscribe reading history) before `rate_limited`. */
const maxQueuedClientMessages = 16;
/** Errors in a row after which the client is taken to be broken: fatal error, then 1008. */
const maxErrorsInARow = 20;

interface Subscription {
  channel: ListenerChannel;
  key: ChannelKey;
  languages: Set<string>;
  includePartials: boolean;
  fanout: ChannelFanout | undefined;
  /** Live broadcasts wait here while the replay is being sent, so that replayed ones come first. */
  pending: LiveDelivery[] | undefined;
}

/** Runs the listener protocol on `socket` until it closes. */
export function handleListenerConnection(socket: WebSocket, context: ListenerConnectionContext): ListenerConnectionHandle {
  return new ListenerConnection(socket, context).handle;
}

class ListenerConnection implements FanoutMember {
  readonly handle: ListenerConnectionHandle;
  private readonly limits: ListenerLimits;
  private readonly metrics: ListenerMetrics;
  private readonly sender: ListenerSender;
  private readonly logger: Logger;
  private readonly delivered = new DeliveredFinals();
  /** The channel `delivered` is about: switching channel starts afresh. */
  private deliveredChannelId: string | undefined;
  private subscription: Subscription | undefined;
  private work: Promise<void> = Promise.resolve();
  private queuedClientMessages = 0;
  private errorsInARow = 0;
  private closing = false;
  private terminateTimer: NodeJS.Timeout | undefined;
  private readonly stopHeartbeat: () => void;

  constructor(
    private readonly socket: WebSocket,
    private readonly context: ListenerConnectionContext,
  ) {
    // Shared unless this connection has its own: thousands of idle listeners need not each hold a copy.
    this.limits = context.limits ? { ...defaultListenerLimits, ...context.limits } : defaultListenerLimits;
    this.metrics = context.metrics;
    this.logger = context.logger;
    this.sender = new ListenerSender(socket, this.limits, this.metrics, () => this.closeSlowConsumer());
    this.metrics.connections.inc();
    this.stopHeartbeat = watchHeartbeat(socket, this.limits.heartbeatIntervalMs);
    let markClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    this.handle = { eventId: context.eventId, goAway: () => this.close(CloseCode.GoingAway, 'server going away'), closed };
    socket.on('message', (data: RawData, isBinary: boolean) => this.onFrame(data, isBinary));
    socket.on('error', (error: Error) =>
      this.logger.debug({ err: { message: error.message }, event_id: context.eventId }, 'listener socket error'),
    );
    socket.once('close', (code: number) => {
      this.release();
      this.logger.debug({ event_id: context.eventId, user_id: context.userId, code }, 'listener disconnected');
      markClosed();
    });
  }

  receiveLive(delivery: LiveDelivery): void {
    const subscription = this.subscription;
    if (!subscription || this.closing) return;
    if (subscription.pending) {
      if (subscription.pending.length >= this.limits.hardQueuedMessages) this.closeSlowConsumer();
      else subscription.pending.push(delivery);
      return;
    }
    this.deliver(subscription, delivery);
  }

  interrupted(): void {
    // Delivery is lossless while a connection lives, so a connection that may have missed something
    // ends; the client reconnects with backoff and resumes from history.
    this.close(CloseCode.InternalError, 'subtitle feed interrupted; resume');
  }

  private deliver(subscription: Subscription, delivery: LiveDelivery): void {
    const { message } = delivery;
    switch (message.type) {
      case MessageType.SubtitlePartial:
        if (!subscription.includePartials || !subscription.languages.has(message.language)) return;
        this.sender.sendLive(delivery, true);
        return;
      case MessageType.SubtitleFinal:
        if (!subscription.languages.has(message.language) || !this.delivered.markIfNew(message.language, message.sequence)) return;
        this.sender.sendLive(delivery, false);
        return;
      case MessageType.Gap:
        if (message.language !== null && !subscription.languages.has(message.language)) return;
        this.sender.sendLive(delivery, false);
        return;
      case MessageType.SessionState:
        this.sender.sendLive(delivery, false);
        if (message.change === 'ended' && message.end_reason === 'event_ended') this.close(CloseCode.SessionEnded, 'event ended');
        return;
    }
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    const frame = readListenerFrame(data, isBinary);
    if (frame.kind === 'close') {
      this.close(frame.code, frame.reason);
      return;
    }
    if (frame.kind === 'refused') {
      this.refuse(frame.reply);
      return;
    }
    this.errorsInARow = 0;
    const message = frame.message;
    if (message.type === MessageType.Ping) {
      // Answered at once, even while a subscribe is still reading history.
      this.sender.sendReply(pongFor(message));
      return;
    }
    if (this.queuedClientMessages >= maxQueuedClientMessages) {
      this.refuse(
        errorReply('rate_limited', 'too many messages while the previous ones are being handled', {
          requestId: message.request_id,
          details: { retry_after_ms: 1000 },
        }),
      );
      return;
    }
    this.queuedClientMessages += 1;
    // One client message at a time, in order: a subscribe finishes its replay before the next runs.
    this.work = this.work
      .then(() => this.handleMessage(message))
      .catch((error: unknown) => {
        this.logger.error({ err: error, event_id: this.context.eventId, type: message.type }, 'listener message failed');
        this.sender.sendReply(errorReply('internal_error', 'the server could not handle this message', { requestId: message.request_id }));
      })
      .finally(() => {
        this.queuedClientMessages -= 1;
      });
  }

  private async handleMessage(message: Exclude<ListenerClientMessage, { type: 'ping' }>): Promise<void> {
    if (this.closing) return;
    switch (message.type) {
      case MessageType.Subscribe:
        return this.subscribe(message);
      case MessageType.SetLanguages:
        return this.setLanguages(message);
      case MessageType.Unsubscribe: {
        const subscription = this.subscription;
        if (!subscription) {
          this.refuse(errorReply('invalid_state', 'unsubscribe before subscribe', { requestId: message.request_id }));
          return;
        }
        this.leave();
        this.sender.sendReply(
          serializeReply({ type: 'unsubscribed', ...requestIdOf(message), channel_id: subscription.channel.channelId }),
        );
        return;
      }
    }
  }

  private async subscribe(message: Subscribe): Promise<void> {
    const channel = this.context.channels.find((candidate) => candidate.channelId === message.channel_id);
    if (!channel) {
      this.refuse(
        errorReply('channel_not_found', `channel ${message.channel_id} is not a channel of this event`, {
          requestId: message.request_id,
          details: { channel_id: message.channel_id },
        }),
      );
      return;
    }
    if (!this.checkLanguages(channel, message.languages, message.request_id)) return;
    this.leave();
    if (this.deliveredChannelId !== channel.channelId) {
      this.delivered.clear();
      this.deliveredChannelId = channel.channelId;
    }
    const key: ChannelKey = { eventId: this.context.eventId, channelId: channel.channelId };
    const subscription: Subscription = {
      channel,
      key,
      languages: new Set(message.languages),
      includePartials: message.include_partials ?? true,
      fanout: undefined,
      pending: [],
    };
    this.subscription = subscription;
    this.context.watcher?.following(channel.channelId, message.languages);
    try {
      // In force before history is read: a final is in history before it is delivered, so between
      // the two nothing is missed (and what comes twice is deduplicated).
      subscription.fanout = await ChannelFanout.join(this.context.bus, key, this, this.logger, this.context.fanoutObserver);
      if (this.subscription !== subscription) {
        subscription.fanout.leave(this);
        return;
      }
      const [status, history] = await Promise.all([
        this.channelStatus(key),
        message.resume_from === undefined
          ? undefined
          : this.context.bus.history(key, { afterSequence: message.resume_from, languages: message.languages }),
      ]);
      if (this.subscription !== subscription || this.closing) return;
      const replay = history
        ? planReplay([...history.finals, ...(history.gaps ?? [])], history.truncated, this.delivered)
        : { entries: [], finals: 0, truncated: false, from: 0, to: 0 };
      const reply = subscribedReply({
        requestId: message.request_id,
        eventId: this.context.eventId,
        channel,
        languages: subscription.languages,
        includePartials: subscription.includePartials,
        status: { ...status, latestSequence: Math.max(status.latestSequence, history?.latestSequence ?? 0) },
        replay:
          replay.finals > 0
            ? { from_sequence: replay.from, to_sequence: replay.to, count: replay.finals, truncated: replay.truncated }
            : replay.truncated
              ? { from_sequence: null, to_sequence: null, count: 0, truncated: true }
              : null,
      });
      if (!this.sender.sendReply(reply)) return;
      for (const entry of replay.entries) {
        if (entry.type === MessageType.SubtitleFinal) this.delivered.markIfNew(entry.language, entry.sequence);
        if (!this.sender.sendReplayed(serializeReply({ ...entry, replayed: true }))) return;
      }
    } catch (error) {
      // Nothing half-done stays behind: no subscription without its `subscribed`.
      if (this.subscription === subscription) this.leave();
      throw error;
    } finally {
      this.flushPending(subscription);
    }
  }

  private flushPending(subscription: Subscription): void {
    const pending = subscription.pending;
    subscription.pending = undefined;
    if (!pending || this.subscription !== subscription || this.closing) return;
    for (const delivery of pending) {
      if (this.closing) return;
      this.deliver(subscription, delivery);
    }
  }

  private async setLanguages(message: SetLanguages): Promise<void> {
    const subscription = this.subscription;
    if (!subscription) {
      this.refuse(errorReply('invalid_state', 'set_languages before subscribe', { requestId: message.request_id }));
      return;
    }
    if (!this.checkLanguages(subscription.channel, message.languages, message.request_id)) return;
    const status = await this.channelStatus(subscription.key);
    if (this.subscription !== subscription || this.closing) return;
    subscription.languages = new Set(message.languages);
    this.context.watcher?.following(subscription.channel.channelId, message.languages);
    this.sender.sendReply(
      subscribedReply({
        requestId: message.request_id,
        eventId: this.context.eventId,
        channel: subscription.channel,
        languages: subscription.languages,
        includePartials: subscription.includePartials,
        status,
        replay: null,
      }),
    );
  }

  private checkLanguages(channel: ListenerChannel, languages: readonly string[], requestId: string | undefined): boolean {
    const available = availableLanguages(channel).map((entry) => entry.language);
    const missing = languages.filter((language) => !available.includes(language));
    if (missing.length === 0) return true;
    this.refuse(
      errorReply(
        'language_not_available',
        `channel ${channel.channelId} does not offer ${missing.join(', ')}; it offers ${available.join(', ')}`,
        {
          requestId,
          details: { available },
        },
      ),
    );
    return false;
  }

  private async channelStatus(key: ChannelKey): Promise<ChannelStatus> {
    return (await this.context.bus.status?.(key)) ?? { latestSequence: 0, session: { session_id: null, state: 'idle' } };
  }

  /** Answers a refused message; a client that does nothing else is cut with 1008. */
  private refuse(text: string): void {
    this.errorsInARow += 1;
    if (this.errorsInARow < maxErrorsInARow) {
      this.sender.sendReply(text);
      return;
    }
    this.sender.sendReply(
      errorReply('rate_limited', `${maxErrorsInARow} refused messages in a row`, {
        fatal: true,
        details: { close_code: CloseCode.PolicyViolation },
      }),
    );
    this.close(CloseCode.PolicyViolation, 'too many invalid messages');
  }

  private leave(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    subscription?.fanout?.leave(this);
    if (subscription) this.context.watcher?.following(null, []);
  }

  private closeSlowConsumer(): void {
    if (this.closing) return;
    this.metrics.slowConsumerDisconnects.inc();
    this.logger.info(
      { event_id: this.context.eventId, user_id: this.context.userId, buffered_bytes: this.socket.bufferedAmount },
      'listener too slow; closing with 4008',
    );
    this.close(CloseCode.SlowConsumer, 'slow consumer');
  }

  /**
   * Stops delivering and closes. The close frame waits behind what the socket still buffers, so a
   * peer that does not read is cut after a grace period: a slow listener's memory stays bounded.
   */
  private close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.leave();
    this.socket.close(code, reason);
    this.terminateTimer = setTimeout(() => this.socket.terminate(), this.limits.slowConsumerGraceMs);
    this.terminateTimer.unref();
  }

  private release(): void {
    this.closing = true;
    this.leave();
    this.stopHeartbeat();
    clearTimeout(this.terminateTimer);
    this.metrics.connections.dec();
    this.context.watcher?.closed();
  }
}

function requestIdOf(message: { request_id?: string }): { request_id?: string } {
  return message.request_id === undefined ? {} : { request_id: message.request_id };
}
