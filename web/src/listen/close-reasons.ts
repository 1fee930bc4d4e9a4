/**
 * What the listener does, and tells the reader, for every way a connection can end: each close code of
 * the protocol and each refusal of the ticket request becomes a sentence in the interface language and
 * a decision to reconnect or not.
 */
import { CloseCode, type ErrorCode } from '../api/sdk.js';
import type { MessageKey } from '../i18n/i18n.js';

export interface CloseOutcome {
  /** The sentence to show, or none (a normal close). */
  message: MessageKey | undefined;
  /** Whether to reconnect with a new ticket and `resume_from`. */
  reconnect: boolean;
}

/** Close code 1006: the connection dropped with no close frame (network loss, server killed). */
const abnormalClosure = 1006;

export function closeOutcome(code: number): CloseOutcome {
  switch (code) {
    case CloseCode.NormalClosure:
      return { message: undefined, reconnect: false };
    case CloseCode.GoingAway:
      return { message: 'error.going_away', reconnect: true };
    case CloseCode.PolicyViolation:
      return { message: 'error.policy_violation', reconnect: false };
    case CloseCode.MessageTooBig:
      return { message: 'error.message_too_big', reconnect: false };
    case CloseCode.InternalError:
      return { message: 'error.server', reconnect: true };
    case CloseCode.TicketInvalid:
      return { message: 'error.ticket_invalid', reconnect: true };
    case CloseCode.Forbidden:
      return { message: 'error.forbidden', reconnect: false };
    case CloseCode.NotFound:
      return { message: 'error.event_not_found', reconnect: false };
    case CloseCode.SlowConsumer:
      return { message: 'error.slow_consumer', reconnect: true };
    case CloseCode.EventNotLive:
      return { message: 'error.event_not_live', reconnect: false };
    case CloseCode.Replaced:
      return { message: 'error.replaced', reconnect: false };
    case CloseCode.SessionEnded:
      return { message: 'error.session_ended', reconnect: false };
    case CloseCode.ChannelBusy:
      return { message: 'error.channel_busy', reconnect: false };
    case abnormalClosure:
    default:
      return { message: 'listen.connection.reconnecting', reconnect: true };
  }
}

/** The sentence for an `error` message of the protocol. */
export function errorCodeMessage(code: ErrorCode): MessageKey {
  switch (code) {
    case 'ticket_invalid':
    case 'forbidden':
    case 'event_not_found':
    case 'channel_not_found':
    case 'event_not_live':
    case 'channel_busy':
    case 'language_not_available':
    case 'unsupported_audio_format':
    case 'engine_unavailable':
    case 'rate_limited':
      return `error.${code}`;
    case 'internal_error':
      return 'error.server';
    default:
      return 'error.generic';
  }
}

/** What a refused ticket request (an HTTP status) means for the listener. */
export function ticketRefusal(status: number | undefined): CloseOutcome {
  if (status === 404 || status === 403) return { message: 'error.unassigned', reconnect: false };
  if (status === 409) return { message: 'error.notReady', reconnect: false };
  if (status === 422) return { message: 'error.language_not_available', reconnect: false };
  if (status === 401) return { message: 'login.expired', reconnect: false };
  if (status === undefined) return { message: 'error.network', reconnect: true };
  return { message: 'error.server', reconnect: true };
}
