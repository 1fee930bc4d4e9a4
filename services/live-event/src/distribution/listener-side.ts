import type { Logger } from 'pino';
import type { EventsDirectory, EventsEvent } from '@ilenia/kit/upstream';
import { checkListenerAccess } from '../domain/event-access.js';
import { OpenConnections } from '../ws/open-connections.js';
import type { WebSocketRole } from '../ws/websocket-gateway.js';
import type { ListenerLimits } from './config.js';
import { handleListenerConnection, type ListenerConnectionContext } from './listener-connection.js';
import type { FanoutObserver, ListenerWatcher } from './listener-watcher.js';
import type { SubtitleBus } from './types.js';

export interface ListenerSideOptions {
  directory: EventsDirectory;
  bus: SubtitleBus;
  metrics: ListenerConnectionContext['metrics'];
  logger: Logger;
  /** Bounds of each listener's send buffer and its heartbeat (the distribution's defaults when absent). */
  limits?: Partial<ListenerLimits>;
  /** The manager's live status: told what each connection follows, and when a fan-out handed a broadcast over. */
  liveStatus?: FanoutObserver & { watchListener(eventId: string): ListenerWatcher };
  /** Told the event's count of open listeners each time one joins (the sessions' `listeners_peak`). */
  onJoined?(eventId: string, listeners: number): void;
}

/**
 * The listener role behind the gateway: its access check (event visible and ready or live), the
 * listener connections it opens on the event's channels, their count per event, and their going away.
 */
export function createListenerSide(options: ListenerSideOptions) {
  const connections = new OpenConnections();
  const role: WebSocketRole<{ event: EventsEvent }> = {
    checkAccess: (grant) => checkListenerAccess(options.directory, grant.eventId, grant),
    accept(socket, grant, { event }, stream) {
      const handle = handleListenerConnection(socket, {
        eventId: event.id,
        userId: grant.userId,
        stream,
        channels: event.channels.map((channel) => ({
          channelId: channel.id,
          sourceLanguage: channel.source_language,
          targetLanguages: channel.target_languages,
        })),
        bus: options.bus,
        logger: options.logger,
        metrics: options.metrics,
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.liveStatus ? { watcher: options.liveStatus.watchListener(event.id), fanoutObserver: options.liveStatus } : {}),
      });
      const listeners = connections.add(handle);
      options.onJoined?.(handle.eventId, listeners);
    },
  };
  return {
    ...role,
    /** Open listener sockets of an event (what `listeners_peak` counts). */
    listenerCount(eventId: string): number {
      return connections.countOf(eventId);
    },
    /** Shutdown: every listener is closed with 1001 (it reconnects elsewhere and resumes); each waited for `timeoutMs` at most. */
    goAway(timeoutMs: number): Promise<void> {
      return connections.goAwayAll(timeoutMs);
    },
  };
}
