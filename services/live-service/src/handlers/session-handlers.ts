import type { LiveServiceHandlers, StartSessionResult } from '@ilenia/generated/openapi/live-service/server';
import { HttpProblem, problems } from '@ilenia/kit';
import { checkChannelLanguages } from '@ilenia/speech-engines';
import { AgentStartError, SessionStillStoppingError } from '../sessions/session-lifecycle.js';
import { sessionBody } from '../sessions/session-view.js';
import type { StoredSession } from '../repositories/session-repository.js';
import { withUpstreams } from '../upstream/upstream-failure.js';
import { callerOf, controls, overseesSessions, visibleEvent, visibleSession, type HandlerDependencies } from './dependencies.js';

const engineOfNeed = { recognition: 'asr', translation: 'mt', synthesis: 'tts' } as const;

/** Start, stop, read and list sessions. */
export function sessionHandlers(
  dependencies: HandlerDependencies,
): Pick<LiveServiceHandlers, 'startSession' | 'stopSession' | 'getSession' | 'listEventSessions'> {
  const bodyOf = async (session: StoredSession) =>
    sessionBody(dependencies.lifecycle.withLiveCounters(session), await dependencies.finals.countsBySession(session.id));

  return {
    startSession: (input, context) =>
      withUpstreams(async (): Promise<StartSessionResult> => {
        const caller = callerOf(context);
        const { event_id: eventId, channel_id: channelId } = input.body;
        const event = await visibleEvent(dependencies, eventId, caller);
        const channel = event.channels.find((candidate) => candidate.id === channelId);
        if (!channel) throw problems.notFound(`Event ${event.id} has no channel with id ${channelId}.`);
        if (!controls(event, caller, channel.id))
          throw problems.forbidden(`You are not a speaker of channel ${channel.id} of event ${event.id}.`);
        if (event.status !== 'ready' && event.status !== 'live') {
          throw new HttpProblem({
            status: 409,
            type: 'https://ilenia.dev/problems/event-not-open',
            title: 'Event not open',
            detail: `Event ${event.id} is ${event.status}; sessions start when it is ready or live.`,
            extensions: { event_status: event.status, allowed: ['ready', 'live'] },
          });
        }
        const running = await dependencies.sessions.runningOfChannel(channel.id);
        if (running && running.status !== 'stopping') return { status: 200, body: await bodyOf(running) };
        const [unserved] = checkChannelLanguages(dependencies.engines, channel.source_language, channel.target_languages, {
          synthesis: true,
        });
        if (unserved) {
          const engine = engineOfNeed[unserved.need];
          throw new HttpProblem({
            status: 422,
            type: 'https://ilenia.dev/problems/language-not-supported',
            title: 'Language not supported',
            detail: unserved.reason,
            extensions: { engine, language: unserved.language, ...(engine === 'mt' ? { source_language: channel.source_language } : {}) },
          });
        }
        try {
          const outcome = await dependencies.lifecycle.start({ event, channelId: channel.id, callerId: caller.userId });
          const body = await bodyOf(outcome.session);
          return outcome.created
            ? { status: 201, body, headers: { Location: `/v1/sessions/${outcome.session.id}` } }
            : { status: 200, body };
        } catch (error) {
          if (error instanceof SessionStillStoppingError) {
            throw new HttpProblem({
              status: 409,
              type: 'https://ilenia.dev/problems/session-stopping',
              title: 'Previous session still stopping',
              detail: error.message,
              headers: { 'Retry-After': '5' },
              extensions: { session_id: error.sessionId },
            });
          }
          if (error instanceof AgentStartError) throw problems.unavailable(error.message, 5, error);
          throw error;
        }
      }),

    stopSession: (input, context) =>
      withUpstreams(async () => {
        const caller = callerOf(context);
        const { session, event } = await visibleSession(dependencies, input.body.session_id, caller);
        if (session.eventId !== input.body.event_id)
          throw problems.notFound(`No session with id ${session.id} in event ${input.body.event_id}.`);
        if (!controls(event, caller, session.channelId))
          throw problems.forbidden(`You are not a speaker of channel ${session.channelId} of event ${event.id}.`);
        const stopped = (await dependencies.lifecycle.stop(session.id, caller.userId)) ?? session;
        return { status: 200, body: await bodyOf(stopped) };
      }),

    getSession: (input, context) =>
      withUpstreams(async () => {
        const caller = callerOf(context);
        const { session, event } = await visibleSession(dependencies, input.path.session_id, caller);
        if (!overseesSessions(event, caller)) throw problems.notFound(`No session with id ${session.id}.`);
        return { status: 200, body: await bodyOf(session) };
      }),

    listEventSessions: (input, context) =>
      withUpstreams(async () => {
        const caller = callerOf(context);
        const event = await visibleEvent(dependencies, input.path.event_id, caller);
        if (!overseesSessions(event, caller)) throw problems.notFound(`No event with id ${event.id}.`);
        const limit = input.query.limit ?? 50;
        const offset = input.query.offset ?? 0;
        const page = await dependencies.sessions.listByEvent(event.id, { statuses: input.query.status ?? [], limit, offset });
        return { status: 200, body: { items: await Promise.all(page.items.map(bodyOf)), total: page.total, limit, offset } };
      }),
  };
}
