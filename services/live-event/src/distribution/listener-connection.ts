/**
 * The listener side of the WebSocket protocol (`/v1/ws/listener`), for one connection that is
 * already upgraded and authorised: subscribe (with replay from history), set_languages,
 * unsubscribe, ping; live subtitles filtered by language and deduplicated by (language, sequence);
 * and back-pressure so that a slow listener loses its partials, then its connection (4008), without
 * ever slowing the others.
 */
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import {
  CloseCode,
  MessageType,
  type ListenerClientMessage,
  type SetLanguages,
  type Subscribe,
} from '@ilenia/generated/asyncapi/live-event/messages';
import { parseListenerClientMessage, serializeListenerServerMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import type { LiveEventMetrics } from '../metrics.js';
import { pongFor } from '../ws/messages.js';
import type { ConnectionHandle } from '../ws/open-connections.js';
import { WebSocketConnection, type ClientFrame, type WebSocketProtocol } from '../ws/websocket-connection.js';
import { ChannelFanout, type FanoutMember, type LiveDelivery } from './channel-fanout.js';
import { defaultListenerLimits, type ListenerLimits } from './config.js';
import { DeliveredFinals } from './delivered-finals.js';
import { availableLanguages, serializeReply, subscribedReply } from './listener-replies.js';
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
  /** The upgraded stream under the socket: live broadcasts are written to it already framed (see ListenerSender). */
  stream?: Duplex;
  /** The event's channels with their languages. */
  channels: readonly ListenerChannel[];
  bus: SubtitleBus;
  logger: Logger;
  /** The service's metrics: the listener's own (`listener`) and refused messages. */
  metrics: Pick<LiveEventMetrics, 'listener' | 'rejectedMessages'>;
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

const listenerProtocol: WebSocketProtocol<ListenerClientMessage> = {
  role: 'listener',
  parse: parseListenerClientMessage,
  serializeError: serializeListenerServerMessage,
  maxRefusalsInARow: 20,
};

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
  return new ListenerConnection(socket, context);
}

class ListenerConnection extends WebSocketConnection<ListenerClientMessage> implements FanoutMember {
  private readonly limits: ListenerLimits;
  private readonly sender: ListenerSender;
  private readonly delivered = new DeliveredFinals();
  /** The channel `delivered` is about: switching channel starts afresh. */
  private deliveredChannelId: string | undefined;
  private subscription: Subscription | undefined;
  /** The client message being handled, the next ones chained behind it; none until the first. */
  private work: Promise<void> | undefined;
  private queuedClientMessages = 0;

  constructor(
    socket: WebSocket,
    private readonly context: ListenerConnectionContext,
  ) {
    // Shared unless this connection has its own: thousands of idle listeners need not each hold a copy.
    const limits = context.limits ? { ...defaultListenerLimits, ...context.limits } : defaultListenerLimits;
    super(socket, listenerProtocol, {
      eventId: context.eventId,
      logger: context.logger,
      rejectedMessages: context.metrics.rejectedMessages,
      heartbeatIntervalMs: limits.heartbeatIntervalMs,
      closeGraceMs: limits.slowConsumerGraceMs,
    });
    this.limits = limits;
    this.sender = new ListenerSender(socket, context.stream, limits, context.metrics.listener, () => this.closeSlowConsumer());
    context.metrics.listener.connections.inc();
  }

  /** Shutdown: the client reconnects elsewhere and resumes. */
  goAway(): void {
    this.close(CloseCode.GoingAway, 'server going away');
  }

  receiveLive(delivery: LiveDelivery): void {
    const subscription = this.subscription;
    if (!subscription || this.isClosing) return;
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

  protected receive(frame: ClientFrame<ListenerClientMessage>): void {
    if (frame.kind === 'refused') {
      this.refuse(frame);
      return;
    }
    if (frame.kind === 'binary') {
      this.refuse({ code: 'invalid_message', message: 'binary frames are not part of the listener protocol; send JSON text messages' });
      return;
    }
    const message = frame.message;
    if (message.type === MessageType.Ping) {
      // Answered at once, even while a subscribe is still reading history.
      this.write(serializeReply(pongFor(message)));
      return;
    }
    if (this.queuedClientMessages >= maxQueuedClientMessages) {
      this.refuse({
        code: 'rate_limited',
        message: 'too many messages while the previous ones are being handled',
        options: { requestId: message.request_id, details: { retry_after_ms: 1000 } },
      });
      return;
    }
    this.queuedClientMessages += 1;
    // One client message at a time, in order: a subscribe finishes its replay before the next runs.
    this.work = (this.work ?? Promise.resolve())
      .then(() => this.handleMessage(message))
      .catch((error: unknown) => {
        this.context.logger.error({ err: error, event_id: this.context.eventId, type: message.type }, 'listener message failed');
        this.refuse({
          code: 'internal_error',
          message: 'the server could not handle this message',
          options: { requestId: message.request_id },
        });
      })
      .finally(() => {
        this.queuedClientMessages -= 1;
      });
  }

  /** Every message to the client goes through the sender, whose buffer bounds hold for replies too. */
  protected override write(text: string): boolean {
    return this.sender.sendReply(text);
  }

  private async handleMessage(message: Exclude<ListenerClientMessage, { type: 'ping' }>): Promise<void> {
    if (this.isClosing) return;
    switch (message.type) {
      case MessageType.Subscribe:
        return this.subscribe(message);
      case MessageType.SetLanguages:
        return this.setLanguages(message);
      case MessageType.Unsubscribe: {
        const subscription = this.subscription;
        if (!subscription) {
          this.refuse({ code: 'invalid_state', message: 'unsubscribe before subscribe', options: { requestId: message.request_id } });
          return;
        }
        this.leave();
        this.write(serializeReply({ type: 'unsubscribed', ...requestIdOf(message), channel_id: subscription.channel.channelId }));
        return;
      }
    }
  }

  private async subscribe(message: Subscribe): Promise<void> {
    const channel = this.context.channels.find((candidate) => candidate.channelId === message.channel_id);
    if (!channel) {
      this.refuse({
        code: 'channel_not_found',
        message: `channel ${message.channel_id} is not a channel of this event`,
        options: { requestId: message.request_id, details: { channel_id: message.channel_id } },
      });
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
      subscription.fanout = await ChannelFanout.join(this.context.bus, key, this, this.context.logger, this.context.fanoutObserver);
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
      if (this.subscription !== subscription || this.isClosing) return;
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
      if (!this.write(reply)) return;
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
    if (!pending || this.subscription !== subscription || this.isClosing) return;
    for (const delivery of pending) {
      if (this.isClosing) return;
      this.deliver(subscription, delivery);
    }
  }

  private async setLanguages(message: SetLanguages): Promise<void> {
    const subscription = this.subscription;
    if (!subscription) {
      this.refuse({ code: 'invalid_state', message: 'set_languages before subscribe', options: { requestId: message.request_id } });
      return;
    }
    if (!this.checkLanguages(subscription.channel, message.languages, message.request_id)) return;
    const status = await this.channelStatus(subscription.key);
    if (this.subscription !== subscription || this.isClosing) return;
    subscription.languages = new Set(message.languages);
    this.context.watcher?.following(subscription.channel.channelId, message.languages);
    this.write(
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
    this.refuse({
      code: 'language_not_available',
      message: `channel ${channel.channelId} does not offer ${missing.join(', ')}; it offers ${available.join(', ')}`,
      options: { requestId, details: { available } },
    });
    return false;
  }

  private async channelStatus(key: ChannelKey): Promise<ChannelStatus> {
    return (await this.context.bus.status?.(key)) ?? { latestSequence: 0, session: { session_id: null, state: 'idle' } };
  }

  private leave(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    subscription?.fanout?.leave(this);
    if (subscription) this.context.watcher?.following(null, []);
  }

  private closeSlowConsumer(): void {
    if (this.isClosing) return;
    this.context.metrics.listener.slowConsumerDisconnects.inc();
    this.context.logger.info(
      { event_id: this.context.eventId, user_id: this.context.userId, buffered_bytes: this.socket.bufferedAmount },
      'listener too slow; closing with 4008',
    );
    this.close(CloseCode.SlowConsumer, 'slow consumer');
  }

  /** Stops delivering at once: the close frame may wait behind a full buffer. */
  protected override onClosing(): void {
    this.leave();
  }

  protected released(): void {
    this.leave();
    this.context.metrics.listener.connections.dec();
    this.context.watcher?.closed();
  }
}

function requestIdOf(message: { request_id?: string }): { request_id?: string } {
  return message.request_id === undefined ? {} : { request_id: message.request_id };
}
