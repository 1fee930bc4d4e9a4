/**
 * What a refusal from livekit-provider or live-service, or a failed LiveKit connection, means for the
 * person, as a sentence key: the WebSocket views' sentences where the meaning is the same.
 */
import { ProblemError } from '../../api/sdk.js';
import type { MessageKey } from '../../i18n/i18n.js';

export type Role = 'speaker' | 'listener';

const sessionStopping = 'https://ilenia.dev/problems/session-stopping';
const engines: ReadonlySet<unknown> = new Set(['asr', 'mt', 'tts']);

export function roomRefusal(error: unknown, role: Role): MessageKey {
  if (!(error instanceof ProblemError)) return error instanceof TypeError ? 'error.network' : 'livekit.connectFailed';
  switch (error.status) {
    case 401:
      return 'login.expired';
    case 403:
      return role === 'speaker' ? 'livekit.notSpeaker' : 'error.unassigned';
    case 404:
      return 'error.unassigned';
    case 409:
      if (error.problem.type === sessionStopping) return 'livekit.sessionStopping';
      return role === 'speaker' ? 'error.event_not_live' : 'error.notReady';
    case 422:
      return error.problem.engine ? 'livekit.engineUnavailable' : 'error.language_not_available';
    case 502:
    case 503:
    case 504:
      return upstreamFailure(error.problem.upstream);
    default:
      return 'error.server';
  }
}

/** Which dependency failed (`upstream`, when the service names it): LiveKit itself, a speech engine, or another service. */
function upstreamFailure(upstream: unknown): MessageKey {
  if (upstream === undefined || upstream === 'livekit') return 'livekit.unavailable';
  if (engines.has(upstream)) return 'livekit.engineUnreachable';
  return 'livekit.serviceUnavailable';
}
