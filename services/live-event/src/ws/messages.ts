/**
 * What both WebSocket roles share about messages: the size limits of the spec, the one `error`
 * builder (one truncation, one way of carrying `request_id` and `close_code`), the `pong`, and what a
 * refused message's `type` and `request_id` were.
 */
import type { ErrorCode, ErrorMessage, Ping, Pong } from '@ilenia/generated/asyncapi/live-event/messages';

/** The spec's limit for a text message; bigger ones are refused with `message_too_large`. */
export const maxTextMessageBytes = 16 * 1024;
/** The connection's frame limit: ws refuses a bigger frame and closes with 1009. */
export const maxFrameBytes = 1024 * 1024;
/** The spec's bound on `error.message`. */
const maxErrorMessageLength = 1000;
const requestIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;

export interface ErrorOptions {
  /** The `request_id` of the message answered; used only when it is one the schema accepts. */
  requestId?: unknown;
  details?: Record<string, unknown>;
  fatal?: boolean;
  /** The close code that follows a fatal error, carried as `details.close_code`. */
  closeCode?: number;
}

/** An `error` message, valid for either role. */
export function errorMessage(code: ErrorCode, message: string, options: ErrorOptions = {}): ErrorMessage {
  const fatal = options.fatal ?? false;
  const details = { ...options.details, ...(fatal && options.closeCode !== undefined ? { close_code: options.closeCode } : {}) };
  const error: ErrorMessage = {
    type: 'error',
    code,
    message: message.length > maxErrorMessageLength ? `${message.slice(0, maxErrorMessageLength - 1)}…` : message,
    fatal,
  };
  if (typeof options.requestId === 'string' && requestIdPattern.test(options.requestId)) error.request_id = options.requestId;
  if (Object.keys(details).length > 0) error.details = details;
  return error;
}

/** The `type` a refused message claimed (bounded, for `details.received_type`) and its `request_id`, if it is a JSON object. */
export function peekFields(text: string): { type: string; requestId?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { type: '' };
    const { type, request_id: requestId } = value as { type?: unknown; request_id?: unknown };
    return {
      type: typeof type === 'string' ? type.slice(0, 64) : '',
      ...(typeof requestId === 'string' && requestIdPattern.test(requestId) ? { requestId } : {}),
    };
  } catch {
    return { type: '' };
  }
}

/** The `pong` answering `ping`, for either role: its `request_id` and `client_time` echoed. */
export function pongFor(ping: Ping): Pong {
  const pong: Pong = { type: 'pong', server_time: new Date().toISOString() };
  if (ping.request_id !== undefined) pong.request_id = ping.request_id;
  if (ping.client_time !== undefined) pong.client_time = ping.client_time;
  return pong;
}
