import type { LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import type { components } from '@ilenia/generated/openapi/live-event/types';
import type { StoredSession } from '../repositories/session-repository.js';
import { overseenEvent, overseenSession, withUpstream, type HandlerDependencies } from './dependencies.js';

type SessionBody = components['schemas']['Session'];

/** A stored session as the API shows it. */
function sessionBody(session: StoredSession, now = new Date()): SessionBody {
  const endedAt = session.endedAt ?? now;
  return {
    id: session.id,
    event_id: session.eventId,
    channel_id: session.channelId,
    status: session.status,
    end_reason: session.endReason,
    started_at: session.startedAt.toISOString(),
    ended_at: session.endedAt?.toISOString() ?? null,
    speaker_id: session.speakerId,
    source_language: session.sourceLanguage,
    languages: session.languages,
    segment_count: session.segmentCount,
    listeners_peak: session.listenersPeak,
    recording_available: session.status === 'ended' && session.recordingBytes !== null,
    duration_seconds: Math.max(0, (endedAt.getTime() - session.startedAt.getTime()) / 1000),
  };
}

/** Listing an event's sessions and reading one, for those the events service shows its session records. */
export function sessionHandlers(dependencies: HandlerDependencies): Pick<LiveEventHandlers, 'listEventSessions' | 'getSession'> {
  return {
    async listEventSessions(input, context) {
      const eventId = input.path.event_id;
      await withUpstream(() => overseenEvent(dependencies, eventId, context));
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      const page = await dependencies.sessions.listByEvent(eventId, {
        channelId: input.query.channel_id,
        status: input.query.status,
        limit,
        offset,
      });
      return { status: 200, body: { items: page.items.map((session) => sessionBody(session)), total: page.total, limit, offset } };
    },

    async getSession(input, context) {
      const session = await withUpstream(() => overseenSession(dependencies, input.path.session_id, context));
      return { status: 200, body: sessionBody(session) };
    },
  };
}
