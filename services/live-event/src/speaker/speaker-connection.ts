import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import {
  CloseCode,
  type AudioConfig,
  type AudioFormat,
  type ErrorCode,
  type SessionResume,
  type SpeakerClientMessage,
  type SpeakerServerMessage,
} from '@ilenia/generated/asyncapi/live-event/messages';
import { parseSpeakerClientMessage, serializeSpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import type { LiveEventMetrics } from '../metrics.js';
import { recordingBytesPerMs, recordingFormat } from '../recording/wav-writer.js';
import type { SessionEndReason } from '../repositories/session-repository.js';
import { pongFor, type ErrorOptions } from '../ws/messages.js';
import { WebSocketConnection, type ClientFrame, type WebSocketProtocol } from '../ws/websocket-connection.js';
import { ChannelBusyError, LiveSession, type SessionServices, type SpeakerSink } from './live-session.js';
import type { SessionRegistry } from './session-registry.js';
import { replaceAbandonedSession, restoreSession } from './session-restore.js';

/** The audio formats a speaker may offer: the recording's, which the recognisers take too. */
const supportedFormats: readonly AudioFormat[] = [
  { encoding: 'pcm_s16le', sample_rate_hz: recordingFormat.sampleRateHz, channels: recordingFormat.channels },
];
/** The largest audio frame: one second of it. */
const maxAudioFrameBytes = 1000 * recordingBytesPerMs;
/** Audio may arrive this much faster than real time (plus a one-second burst) before it is refused. */
const realTimeFactorLimit = 2;
/** Refused frames in a row after which the connection is closed with 1008. */
const rateLimitedFramesBeforeClose = 50;

const speakerProtocol: WebSocketProtocol<SpeakerClientMessage> = {
  role: 'speaker',
  parse: parseSpeakerClientMessage,
  serializeError: serializeSpeakerServerMessage,
};

export interface SpeakerConnectionContext {
  socket: WebSocket;
  userId: string;
  eventId: string;
  channelId: string;
  sourceLanguage: string;
  targetLanguages: readonly string[];
  /** The speaker sessions this instance runs. */
  liveSessions: SessionRegistry;
  services: SessionServices;
  metrics: LiveEventMetrics;
  logger: Logger;
  /** How long the server waits for the first message before closing with 1008 (10 s by the spec). */
  firstMessageTimeoutMs?: number;
  /** Protocol pings (30 s by the spec); a peer that misses two is dropped. */
  heartbeatIntervalMs?: number;
}

type Phase = 'opening' | 'attached' | 'negotiated';

/**
 * Runs the speaker side of the protocol on one accepted connection: optional `session_resume`, audio
 * negotiation, binary audio into the session, pause / resume / end, pings, and a typed `error` for
 * every message it cannot take. Frames are handled one at a time, in order (refusals included).
 */
export class SpeakerConnection extends WebSocketConnection<SpeakerClientMessage> implements SpeakerSink {
  private phase: Phase = 'opening';
  private session: LiveSession | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly firstMessageTimer: NodeJS.Timeout;
  private negotiatedAt = 0;
  private audioBytes = 0;
  private rateLimitedInARow = 0;
  echoTranslations = false;

  constructor(private readonly context: SpeakerConnectionContext) {
    super(context.socket, speakerProtocol, {
      eventId: context.eventId,
      logger: context.logger.child({ channel_id: context.channelId, role: 'speaker' }),
      rejectedMessages: context.metrics.rejectedMessages,
      heartbeatIntervalMs: context.heartbeatIntervalMs ?? 30_000,
      // ws's own wait for a close handshake.
      closeGraceMs: 30_000,
    });
    context.metrics.speakerConnections.inc();
    context.liveSessions.claimConnection(context.channelId, context.userId, this);
    const firstMessageTimeoutMs = context.firstMessageTimeoutMs ?? 10_000;
    this.firstMessageTimer = setTimeout(
      () =>
        this.sendError(
          'invalid_state',
          `no message within ${firstMessageTimeoutMs / 1000} s of connecting; send audio_config or session_resume first`,
          { fatal: true, closeCode: CloseCode.PolicyViolation },
        ),
      firstMessageTimeoutMs,
    );
  }

  protected receive(frame: ClientFrame<SpeakerClientMessage>): void {
    clearTimeout(this.firstMessageTimer);
    this.queue = this.queue
      .then(() => this.handle(frame))
      .catch((error: unknown) => {
        this.settings.logger.error({ err: error }, 'speaker message failed');
        this.sendError('internal_error', 'the server failed to handle this message', { fatal: true, closeCode: CloseCode.InternalError });
      });
  }

  send(message: SpeakerServerMessage): void {
    this.write(serializeSpeakerServerMessage(message));
  }

  sessionEnded(reason: SessionEndReason): void {
    this.close(CloseCode.SessionEnded, `session ended (${reason})`);
  }

  /** A newer connection of the same speaker took the channel over. */
  replace(): void {
    this.close(CloseCode.Replaced, 'replaced by a newer connection of the same speaker');
  }

  /**
   * Shutdown: no more audio is read, what was read is recognised and flushed, then the socket closes
   * with 1001. Audio read during the flush would become a final after it, published to listeners after
   * the speaker's socket closed and never confirmed to the speaker; unread audio stays with the client,
   * which resumes the session on another process.
   */
  async goAway(): Promise<void> {
    this.socket.pause();
    let handled: Promise<void>;
    do {
      handled = this.queue;
      await handled;
    } while (handled !== this.queue);
    await this.session?.settle();
    this.close(CloseCode.GoingAway, 'server shutting down; reconnect with a new ticket and session_resume');
    // Reading again so that the client's close frame ends the handshake; a closing connection handles no message.
    this.socket.resume();
    await this.closed;
  }

  protected override onClosing(): void {
    clearTimeout(this.firstMessageTimer);
  }

  protected async released(): Promise<void> {
    clearTimeout(this.firstMessageTimer);
    this.context.metrics.speakerConnections.dec();
    this.context.liveSessions.releaseConnection(this.context.channelId, this.context.userId, this);
    await this.queue.catch(() => {});
    const session = this.session;
    if (session && session.state !== 'ending' && session.state !== 'ended') {
      await session
        .detach(this)
        .catch((error: unknown) => this.settings.logger.error({ err: error, session_id: session.id }, 'interrupting the session failed'));
    }
  }

  private sendError(code: ErrorCode, message: string, options: ErrorOptions = {}): void {
    this.refuse({ code, message, options });
  }

  private async handle(frame: ClientFrame<SpeakerClientMessage>): Promise<void> {
    if (this.isClosing) return;
    if (frame.kind === 'binary') return this.handleAudio(frame.bytes);
    if (frame.kind === 'refused') return this.refuse(frame);
    await this.dispatch(frame.message);
  }

  private async dispatch(message: SpeakerClientMessage): Promise<void> {
    const requestId = message.request_id;
    switch (message.type) {
      case 'ping':
        this.send(pongFor(message));
        return;
      case 'session_resume':
        return this.resumeSession(message);
      case 'audio_config':
        return this.negotiate(message);
      case 'pause':
      case 'resume': {
        if (this.phase !== 'negotiated' || !this.session)
          return this.sendError('not_negotiated', `${message.type} before audio_accepted`, { requestId });
        const outcome = message.type === 'pause' ? await this.session.pause(requestId) : await this.session.resume(requestId);
        if (outcome === 'invalid_state')
          this.sendError(
            'invalid_state',
            message.type === 'pause' ? 'the session is not live; pause is not possible' : 'the session is not paused; nothing to resume',
            { requestId },
          );
        return;
      }
      case 'end_session': {
        if (this.phase !== 'negotiated' || !this.session)
          return this.sendError('not_negotiated', 'end_session before audio_accepted', { requestId });
        await this.session.end('speaker_ended', requestId);
        this.close(CloseCode.NormalClosure, 'session ended');
        return;
      }
    }
  }

  private async resumeSession(message: SessionResume): Promise<void> {
    const requestId = message.request_id;
    if (this.phase !== 'opening')
      return this.sendError('invalid_state', 'session_resume must be the first message of a connection', { requestId });
    const session =
      this.context.liveSessions.get(message.session_id) ??
      (await restoreSession(this.context.services, this.context.liveSessions, {
        sessionId: message.session_id,
        speakerId: this.context.userId,
        channelId: this.context.channelId,
        resumeToken: message.resume_token,
      }));
    const usable =
      session !== undefined &&
      session.parameters.speakerId === this.context.userId &&
      session.parameters.channelId === this.context.channelId &&
      session.state !== 'ending' &&
      session.state !== 'ended' &&
      session.acceptsResumeToken(message.resume_token);
    if (!usable) {
      this.sendError(
        'resume_failed',
        'no resumable session with this id and token for you in this channel (unknown, ended, or the grace period is over); start a new session with audio_config',
        { requestId },
      );
      return;
    }
    this.session = session;
    this.phase = 'attached';
    this.send(await this.sessionStarted(session, { resumed: true, requestId }));
    await session.attach(this, { resumed: true });
  }

  private async negotiate(message: AudioConfig): Promise<void> {
    const requestId = message.request_id;
    if (this.phase === 'negotiated')
      return this.sendError('invalid_state', 'audio is already negotiated on this connection', { requestId });
    const { encoding, sample_rate_hz, channels } = message.format;
    const format = supportedFormats.find(
      (candidate) => candidate.encoding === encoding && candidate.sample_rate_hz === sample_rate_hz && candidate.channels === channels,
    );
    if (!format) {
      const offer = supportedFormats
        .map((candidate) => `${candidate.encoding} at ${candidate.sample_rate_hz} Hz with ${candidate.channels} channel(s)`)
        .join(' or ');
      this.sendError(
        'unsupported_audio_format',
        `${encoding} at ${sample_rate_hz} Hz with ${channels} channel(s) is not supported; offer ${offer}`,
        {
          requestId,
          details: { supported: supportedFormats },
        },
      );
      return;
    }
    if (!this.session) {
      const holder = this.context.liveSessions.ofChannel(this.context.channelId);
      if (holder && holder.parameters.speakerId !== this.context.userId) {
        this.sendError('channel_busy', "another speaker holds this channel's session", {
          requestId,
          fatal: true,
          closeCode: CloseCode.ChannelBusy,
        });
        return;
      }
      // This speaker's previous session of the channel (interrupted, or on a replaced connection) gives way.
      if (holder) await holder.end('replaced');
      // Or one of theirs that no live process runs (its process died, or it waits on another instance).
      else
        await replaceAbandonedSession(this.context.services, this.context.liveSessions, {
          speakerId: this.context.userId,
          channelId: this.context.channelId,
        });
      let session: LiveSession;
      try {
        session = await LiveSession.start(this.context.services, {
          eventId: this.context.eventId,
          channelId: this.context.channelId,
          speakerId: this.context.userId,
          sourceLanguage: this.context.sourceLanguage,
          targetLanguages: this.context.targetLanguages,
        });
      } catch (error) {
        if (!(error instanceof ChannelBusyError)) throw error;
        // Held through another instance: only the shared database knows.
        this.sendError('channel_busy', 'another session of this channel is unfinished (another speaker, or yours on another instance)', {
          requestId,
          fatal: true,
          closeCode: CloseCode.ChannelBusy,
        });
        return;
      }
      this.context.liveSessions.add(session);
      this.session = session;
      await session.attach(this, { resumed: false });
      if (this.isClosing) return;
      this.send(await this.sessionStarted(session, { resumed: false, requestId }));
    }
    this.echoTranslations = message.echo_translations ?? false;
    this.phase = 'negotiated';
    this.negotiatedAt = performance.now();
    this.audioBytes = 0;
    this.send({
      type: 'audio_accepted',
      ...(requestId ? { request_id: requestId } : {}),
      format: { ...format },
      max_frame_bytes: maxAudioFrameBytes,
    });
  }

  private async handleAudio(frame: Buffer): Promise<void> {
    if (this.phase !== 'negotiated' || !this.session) {
      this.sendError('not_negotiated', 'binary audio frame received before audio_accepted; frame dropped');
      return;
    }
    if (frame.length > maxAudioFrameBytes) {
      this.sendError(
        'message_too_large',
        `audio frames are limited to ${maxAudioFrameBytes} bytes; this one had ${frame.length}; frame dropped`,
        { details: { max_bytes: maxAudioFrameBytes } },
      );
      return;
    }
    if (frame.length < 2 || frame.length % 2 !== 0) {
      this.sendError('invalid_message', `an audio frame holds whole 16-bit samples; ${frame.length} bytes is not; frame dropped`, {
        details: { issues: [{ path: '', message: 'must hold an even number of bytes' }] },
      });
      return;
    }
    const elapsedMs = performance.now() - this.negotiatedAt;
    const allowedBytes = (elapsedMs * realTimeFactorLimit + 1_000) * recordingBytesPerMs;
    if (this.audioBytes + frame.length > allowedBytes) {
      this.rateLimitedInARow += 1;
      if (this.rateLimitedInARow >= rateLimitedFramesBeforeClose) {
        this.sendError('rate_limited', 'audio kept arriving faster than twice real time', {
          fatal: true,
          closeCode: CloseCode.PolicyViolation,
        });
        return;
      }
      this.sendError('rate_limited', 'audio is arriving faster than twice real time; frame dropped', {
        details: { retry_after_ms: Math.ceil((this.audioBytes + frame.length - allowedBytes) / recordingBytesPerMs / realTimeFactorLimit) },
      });
      return;
    }
    this.rateLimitedInARow = 0;
    this.audioBytes += frame.length;
    // The recogniser is saturated: the next messages wait in order until it drains.
    await this.session.writeAudio(frame);
  }

  private async sessionStarted(session: LiveSession, options: { resumed: boolean; requestId?: string }): Promise<SpeakerServerMessage> {
    // The channel's numbering spans its sessions (the session starts with the channel's latest).
    const latest = session.lastSequence ?? 0;
    return {
      type: 'session_started',
      ...(options.requestId ? { request_id: options.requestId } : {}),
      session_id: session.id,
      event_id: session.parameters.eventId,
      channel_id: session.parameters.channelId,
      source_language: session.parameters.sourceLanguage,
      resume_token: await session.issueResumeToken(),
      resume_grace_seconds: this.context.services.resumeGraceSeconds,
      resumed: options.resumed,
      last_sequence: latest > 0 ? latest : null,
      media_offset_ms: session.mediaOffsetMs,
    };
  }
}
