import { HttpProblem, problems } from '@ilenia/kit';
import { UpstreamUnavailableError } from '@ilenia/kit/upstream';
import { LiveKitUnavailableError } from '../livekit/livekit-errors.js';

/** The provider's own problem types, as its spec documents them. */
export const providerProblems = {
  eventNotOpen: (eventId: string, status: string) =>
    new HttpProblem({
      status: 409,
      type: 'https://ilenia.dev/problems/event-not-open',
      title: 'Event not open',
      detail:
        status === 'ended'
          ? `Event ${eventId} has ended; its rooms are closed.`
          : `Event ${eventId} is ${status}; its rooms open when it is ready or live.`,
      extensions: { event_status: status, allowed: ['ready', 'live'] },
    }),
  languageNotOffered: (channelId: string, language: string, allowed: string[]) =>
    new HttpProblem({
      status: 422,
      type: 'https://ilenia.dev/problems/language-not-offered',
      title: 'Language not offered',
      detail: `Channel ${channelId} is not translated into ${language}.`,
      extensions: { language, allowed },
    }),
  upstream: (upstream: 'livekit' | 'events_service', detail: string, cause: unknown) =>
    new HttpProblem({
      status: 502,
      type: 'https://ilenia.dev/problems/upstream',
      title: 'Upstream service failed',
      detail,
      extensions: { upstream },
      cause,
    }),
  notFound: problems.notFound,
  forbidden: problems.forbidden,
};

/**
 * Runs a handler body, turning a LiveKit server or events service that failed into the 502 Problem
 * naming it: never a 500, and never an answer that pretends the room or the event does not exist.
 */
export async function withUpstreams<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof LiveKitUnavailableError) throw providerProblems.upstream('livekit', error.message, error);
    if (error instanceof UpstreamUnavailableError) throw providerProblems.upstream('events_service', error.message, error);
    throw error;
  }
}
