/**
 * Reads one WebSocket frame from a listener: the size limits of the spec, then the generated
 * validator. What cannot be handled becomes the `error` reply (or the close) the spec asks for.
 */
import type { RawData } from 'ws';
import { CloseCode, type ListenerClientMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import { parseListenerClientMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import { maxFrameBytes, maxTextMessageBytes, peekFields } from '../ws/messages.js';
import { errorReply } from './listener-replies.js';

/** A listener frame: a valid message, a refusal to answer with, or a frame that ends the connection. */
export type ListenerFrame =
  | { kind: 'message'; message: ListenerClientMessage }
  | { kind: 'refused'; reply: string }
  | { kind: 'close'; code: number; reason: string };

export function readListenerFrame(data: RawData, isBinary: boolean): ListenerFrame {
  const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (bytes.byteLength > maxFrameBytes) return { kind: 'close', code: CloseCode.MessageTooBig, reason: 'frame above 1 MiB' };
  if (isBinary)
    return {
      kind: 'refused',
      reply: errorReply('invalid_message', 'binary frames are not part of the listener protocol; send JSON text messages'),
    };
  if (bytes.byteLength > maxTextMessageBytes) {
    return {
      kind: 'refused',
      reply: errorReply(
        'message_too_large',
        `a text message may hold at most ${maxTextMessageBytes} bytes; this one has ${bytes.byteLength}`,
        { details: { max_bytes: maxTextMessageBytes } },
      ),
    };
  }
  const text = bytes.toString('utf8');
  const parsed = parseListenerClientMessage(text);
  if (parsed.ok) return { kind: 'message', message: parsed.message };
  const received = peekFields(text);
  const details: Record<string, unknown> =
    parsed.error.code === 'unknown_type'
      ? { received_type: received.type }
      : { issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) };
  return { kind: 'refused', reply: errorReply(parsed.error.code, parsed.error.message, { requestId: received.requestId, details }) };
}
