import type { Logger } from 'pino';
import type { EventsChannel, EventsDirectory, EventsEvent } from '@ilenia/kit/upstream';
import { checkSpeakerAccess } from '../domain/event-access.js';
import type { LiveEventMetrics } from '../metrics.js';
import { OpenConnections } from '../ws/open-connections.js';
import type { WebSocketRole } from '../ws/websocket-gateway.js';
import type { SessionServices } from './live-session.js';
import type { SessionRegistry } from './session-registry.js';
import { SpeakerConnection } from './speaker-connection.js';

export interface SpeakerSideOptions {
  directory: EventsDirectory;
  /** The speaker sessions this instance runs. */
  liveSessions: SessionRegistry;
  services: SessionServices;
  metrics: LiveEventMetrics;
  logger: Logger;
  /** How long a new connection may stay silent before it is closed with 1008 (10 s by the spec). */
  firstMessageTimeoutMs?: number;
}

/**
 * The speaker role behind the gateway: its access check (event, channel, assignment, status), the
 * speaker connections it builds from a granted ticket, and its part of shutdown.
 */
export function createSpeakerSide(options: SpeakerSideOptions) {
  const connections = new OpenConnections<SpeakerConnection>();
  const role: WebSocketRole<{ event: EventsEvent; channel: EventsChannel }> = {
    checkAccess: (grant) => checkSpeakerAccess(options.directory, { eventId: grant.eventId, channelId: grant.channelId ?? '' }, grant),
    accept(socket, grant, { event, channel }) {
      connections.add(
        new SpeakerConnection({
          socket,
          userId: grant.userId,
          eventId: event.id,
          channelId: channel.id,
          sourceLanguage: channel.source_language,
          targetLanguages: channel.target_languages,
          liveSessions: options.liveSessions,
          services: options.services,
          metrics: options.metrics,
          logger: options.logger,
          firstMessageTimeoutMs: options.firstMessageTimeoutMs,
        }),
      );
    },
  };
  return {
    ...role,
    /**
     * Shutdown: every connected speaker's work in flight is flushed (transcripts stored and published,
     * recording header written) before its socket closes with 1001; then every session this instance
     * runs, connected or not, is settled (each for `timeoutMs` at most) and let go: it stays interrupted
     * until its resume deadline, for this or another instance to continue.
     */
    async goAway(timeoutMs: number): Promise<void> {
      await connections.goAwayAll(timeoutMs);
      const bounded = (promise: Promise<void>) =>
        Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())]);
      await Promise.all(options.liveSessions.all().map((session) => bounded(session.settle())));
      for (const session of options.liveSessions.all()) session.release();
    },
  };
}
