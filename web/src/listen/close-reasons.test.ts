import { describe, expect, it } from 'vitest';
import { CloseCode, type ErrorCode } from '../api/sdk.js';
import { translator } from '../i18n/i18n.js';
import { closeOutcome, errorCodeMessage, ticketRefusal } from './close-reasons.js';

const english = translator('en');
const spanish = translator('es');
const errorCodes: ErrorCode[] = [
  'invalid_message',
  'unknown_type',
  'unsupported_audio_format',
  'not_negotiated',
  'invalid_state',
  'message_too_large',
  'rate_limited',
  'language_not_available',
  'channel_not_found',
  'resume_failed',
  'engine_unavailable',
  'internal_error',
  'ticket_invalid',
  'forbidden',
  'event_not_found',
  'event_not_live',
  'channel_busy',
];

describe('why a connection ended, in words', () => {
  it.each(Object.entries(CloseCode).filter(([, code]) => code !== CloseCode.NormalClosure))(
    'close code %s becomes a sentence in English and in Spanish',
    (_name, code) => {
      const { message } = closeOutcome(code);
      expect(message).toBeDefined();
      expect(english(message!)).not.toBe(spanish(message!));
    },
  );

  it('does not reconnect where the protocol says not to', () => {
    for (const code of [
      CloseCode.NormalClosure,
      CloseCode.PolicyViolation,
      CloseCode.MessageTooBig,
      CloseCode.Forbidden,
      CloseCode.NotFound,
      CloseCode.EventNotLive,
      CloseCode.Replaced,
      CloseCode.SessionEnded,
      CloseCode.ChannelBusy,
    ]) {
      expect(closeOutcome(code).reconnect).toBe(false);
    }
    for (const code of [CloseCode.GoingAway, CloseCode.InternalError, CloseCode.TicketInvalid, CloseCode.SlowConsumer, 1006]) {
      expect(closeOutcome(code).reconnect).toBe(true);
    }
  });

  it.each(errorCodes)('protocol error %s has a sentence', (code) => {
    expect(english(errorCodeMessage(code))).toMatch(/\w/);
  });

  it.each([404, 409, 422, 401, 500, undefined])('a ticket refused with %s has a sentence', (status) => {
    expect(ticketRefusal(status).message).toBeDefined();
  });
});
