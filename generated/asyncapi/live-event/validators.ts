// GENERATED FILE - DO NOT EDIT.
// Source: specs/asyncapi/live-event/asyncapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

import { MESSAGE_SCHEMAS_ID, messageSchemas } from './schemas.js';
import type {
  SpeakerClientMessage,
  SpeakerServerMessage,
  ListenerClientMessage,
  ListenerServerMessage,
} from './messages.js';

/** The protocol error code a refused message is answered with. */
export type ParseErrorCode = 'invalid_message' | 'unknown_type';

/** One problem with a message. */
export interface ParseIssue {
  /** JSON pointer of the offending field inside the message (`''` for the message itself), e.g. `/languages/0`. */
  path: string;
  /** What is wrong with it, in English. */
  message: string;
  /** The check that failed: a JSON Schema keyword (`required`, `type`, `maxLength`, ...) or `json`. */
  keyword: string;
}

/** Why a message was refused, ready to become an `error` message (`code`, `message`, `details.issues`). */
export interface ParseError {
  code: ParseErrorCode;
  message: string;
  issues: ParseIssue[];
}

/** A refused message. */
export interface ParseFailure {
  ok: false;
  error: ParseError;
}

/** The outcome of parsing or validating a message. */
export type ParseResult<T> = { ok: true; message: T } | ParseFailure;

/** Thrown by the `serialize…` functions when a message does not match its schema. */
export class InvalidMessageError extends Error {
  readonly code: ParseErrorCode;
  readonly issues: ParseIssue[];

  constructor(error: ParseError) {
    super(error.message);
    this.name = 'InvalidMessageError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
// ajv-formats is CommonJS: under NodeNext its default import is the module object.
ajvFormats.default(ajv);
ajv.addSchema(messageSchemas);

interface MessageValidator {
  typeValue: string;
  validate: ValidateFunction;
}

function compileMessage(name: string): MessageValidator {
  const ref = `${MESSAGE_SCHEMAS_ID}#/$defs/${name}`;
  const validate = ajv.getSchema(ref);
  const typeValue = (messageSchemas.$defs as Record<string, { properties?: { type?: { const?: unknown } } }>)[name]
    ?.properties?.type?.const;
  if (!validate || typeof typeValue !== 'string') throw new Error(`No schema with a type const for message ${name}`);
  return { typeValue, validate };
}

function fail(code: ParseErrorCode, issues: ParseIssue[]): ParseFailure {
  const [first] = issues;
  const where = first && first.path ? `${first.path}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return { ok: false, error: { code, message: `${where}${first ? first.message : 'invalid message'}${more}`, issues } };
}

function decodeJson(input: unknown): { ok: true; value: unknown } | ParseFailure {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('invalid_message', [{ path: '', keyword: 'json', message: `is not valid JSON (${reason})` }]);
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toIssue(error: ErrorObject): ParseIssue {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return { path: `${error.instancePath}/${escapePointer(params.missingProperty)}`, keyword: 'required', message: 'is required' };
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return {
      path: `${error.instancePath}/${escapePointer(params.additionalProperty)}`,
      keyword: 'additionalProperties',
      message: 'is not a known property',
    };
  }
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return { path: error.instancePath, keyword: 'enum', message: `must be one of: ${params.allowedValues.join(', ')}` };
  }
  if (error.keyword === 'const') {
    return { path: error.instancePath, keyword: 'const', message: `must be ${JSON.stringify(params.allowedValue)}` };
  }
  return { path: error.instancePath, keyword: error.keyword, message: error.message ?? 'is invalid' };
}

function checkMessage<T>(value: unknown, byType: ReadonlyMap<string, ValidateFunction>, sender: string): ParseResult<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('invalid_message', [{ path: '', keyword: 'type', message: 'must be a JSON object' }]);
  }
  const type = (value as { type?: unknown }).type;
  if (type === undefined) return fail('invalid_message', [{ path: '/type', keyword: 'required', message: 'is required' }]);
  if (typeof type !== 'string') return fail('invalid_message', [{ path: '/type', keyword: 'type', message: 'must be string' }]);
  const validate = byType.get(type);
  if (!validate) {
    const shown = type.length > 64 ? `${type.slice(0, 64)}…` : type;
    return fail('unknown_type', [
      {
        path: '/type',
        keyword: 'enum',
        message: `${JSON.stringify(shown)} is not a message ${sender}; expected one of: ${[...byType.keys()].join(', ')}`,
      },
    ]);
  }
  if (validate(value)) return { ok: true, message: value as T };
  return fail('invalid_message', (validate.errors ?? []).map(toIssue));
}

/** One validator per JSON message, compiled once when this module loads. */
const messageValidators = {
  AudioConfig: compileMessage('AudioConfig'),
  Pause: compileMessage('Pause'),
  Resume: compileMessage('Resume'),
  EndSession: compileMessage('EndSession'),
  SessionResume: compileMessage('SessionResume'),
  Ping: compileMessage('Ping'),
  SessionStarted: compileMessage('SessionStarted'),
  AudioAccepted: compileMessage('AudioAccepted'),
  TranscriptPartial: compileMessage('TranscriptPartial'),
  TranscriptFinal: compileMessage('TranscriptFinal'),
  TranslationFinal: compileMessage('TranslationFinal'),
  SessionState: compileMessage('SessionState'),
  Pong: compileMessage('Pong'),
  ErrorMessage: compileMessage('ErrorMessage'),
  Gap: compileMessage('Gap'),
  ServiceWarning: compileMessage('ServiceWarning'),
  Subscribe: compileMessage('Subscribe'),
  SetLanguages: compileMessage('SetLanguages'),
  Unsubscribe: compileMessage('Unsubscribe'),
  Subscribed: compileMessage('Subscribed'),
  Unsubscribed: compileMessage('Unsubscribed'),
  SubtitlePartial: compileMessage('SubtitlePartial'),
  SubtitleFinal: compileMessage('SubtitleFinal'),
} as const;

const speakerClientMessageValidators: ReadonlyMap<string, ValidateFunction> = new Map([
  [messageValidators.AudioConfig.typeValue, messageValidators.AudioConfig.validate],
  [messageValidators.Pause.typeValue, messageValidators.Pause.validate],
  [messageValidators.Resume.typeValue, messageValidators.Resume.validate],
  [messageValidators.EndSession.typeValue, messageValidators.EndSession.validate],
  [messageValidators.SessionResume.typeValue, messageValidators.SessionResume.validate],
  [messageValidators.Ping.typeValue, messageValidators.Ping.validate],
]);

/**
 * Parses a text frame that a speaker client sends to the server on `/v1/ws/speaker`: JSON-decodes a string (any other value is taken as already decoded), dispatches on `type` and validates against that message's schema.
 *
 * Fails with `unknown_type` when `type` is not a SpeakerClientMessage, and with `invalid_message` (issues name each offending field as a JSON pointer) for anything else that is wrong.
 */
export function parseSpeakerClientMessage(input: unknown): ParseResult<SpeakerClientMessage> {
  const decoded = decodeJson(input);
  if (!decoded.ok) return decoded;
  return checkMessage<SpeakerClientMessage>(decoded.value, speakerClientMessageValidators, 'a speaker client sends');
}

/** Validates an already decoded value as a message a speaker client sends to the server on `/v1/ws/speaker` (same checks as {@link parseSpeakerClientMessage}). */
export function validateSpeakerClientMessage(value: unknown): ParseResult<SpeakerClientMessage> {
  return checkMessage<SpeakerClientMessage>(value, speakerClientMessageValidators, 'a speaker client sends');
}

/** Validates a message a speaker client sends to the server on `/v1/ws/speaker` and returns its JSON text; throws {@link InvalidMessageError} instead of letting a malformed message out. */
export function serializeSpeakerClientMessage(message: SpeakerClientMessage): string {
  const result = checkMessage<SpeakerClientMessage>(message, speakerClientMessageValidators, 'a speaker client sends');
  if (!result.ok) throw new InvalidMessageError(result.error);
  return JSON.stringify(message);
}

const speakerServerMessageValidators: ReadonlyMap<string, ValidateFunction> = new Map([
  [messageValidators.SessionStarted.typeValue, messageValidators.SessionStarted.validate],
  [messageValidators.AudioAccepted.typeValue, messageValidators.AudioAccepted.validate],
  [messageValidators.TranscriptPartial.typeValue, messageValidators.TranscriptPartial.validate],
  [messageValidators.TranscriptFinal.typeValue, messageValidators.TranscriptFinal.validate],
  [messageValidators.TranslationFinal.typeValue, messageValidators.TranslationFinal.validate],
  [messageValidators.SessionState.typeValue, messageValidators.SessionState.validate],
  [messageValidators.Pong.typeValue, messageValidators.Pong.validate],
  [messageValidators.ErrorMessage.typeValue, messageValidators.ErrorMessage.validate],
  [messageValidators.Gap.typeValue, messageValidators.Gap.validate],
  [messageValidators.ServiceWarning.typeValue, messageValidators.ServiceWarning.validate],
]);

/**
 * Parses a text frame that the server sends to a speaker client on `/v1/ws/speaker`: JSON-decodes a string (any other value is taken as already decoded), dispatches on `type` and validates against that message's schema.
 *
 * Fails with `unknown_type` when `type` is not a SpeakerServerMessage, and with `invalid_message` (issues name each offending field as a JSON pointer) for anything else that is wrong.
 */
export function parseSpeakerServerMessage(input: unknown): ParseResult<SpeakerServerMessage> {
  const decoded = decodeJson(input);
  if (!decoded.ok) return decoded;
  return checkMessage<SpeakerServerMessage>(decoded.value, speakerServerMessageValidators, 'the server sends to a speaker client');
}

/** Validates an already decoded value as a message the server sends to a speaker client on `/v1/ws/speaker` (same checks as {@link parseSpeakerServerMessage}). */
export function validateSpeakerServerMessage(value: unknown): ParseResult<SpeakerServerMessage> {
  return checkMessage<SpeakerServerMessage>(value, speakerServerMessageValidators, 'the server sends to a speaker client');
}

/** Validates a message the server sends to a speaker client on `/v1/ws/speaker` and returns its JSON text; throws {@link InvalidMessageError} instead of letting a malformed message out. */
export function serializeSpeakerServerMessage(message: SpeakerServerMessage): string {
  const result = checkMessage<SpeakerServerMessage>(message, speakerServerMessageValidators, 'the server sends to a speaker client');
  if (!result.ok) throw new InvalidMessageError(result.error);
  return JSON.stringify(message);
}

const listenerClientMessageValidators: ReadonlyMap<string, ValidateFunction> = new Map([
  [messageValidators.Subscribe.typeValue, messageValidators.Subscribe.validate],
  [messageValidators.SetLanguages.typeValue, messageValidators.SetLanguages.validate],
  [messageValidators.Unsubscribe.typeValue, messageValidators.Unsubscribe.validate],
  [messageValidators.Ping.typeValue, messageValidators.Ping.validate],
]);

/**
 * Parses a text frame that a listener client sends to the server on `/v1/ws/listener`: JSON-decodes a string (any other value is taken as already decoded), dispatches on `type` and validates against that message's schema.
 *
 * Fails with `unknown_type` when `type` is not a ListenerClientMessage, and with `invalid_message` (issues name each offending field as a JSON pointer) for anything else that is wrong.
 */
export function parseListenerClientMessage(input: unknown): ParseResult<ListenerClientMessage> {
  const decoded = decodeJson(input);
  if (!decoded.ok) return decoded;
  return checkMessage<ListenerClientMessage>(decoded.value, listenerClientMessageValidators, 'a listener client sends');
}

/** Validates an already decoded value as a message a listener client sends to the server on `/v1/ws/listener` (same checks as {@link parseListenerClientMessage}). */
export function validateListenerClientMessage(value: unknown): ParseResult<ListenerClientMessage> {
  return checkMessage<ListenerClientMessage>(value, listenerClientMessageValidators, 'a listener client sends');
}

/** Validates a message a listener client sends to the server on `/v1/ws/listener` and returns its JSON text; throws {@link InvalidMessageError} instead of letting a malformed message out. */
export function serializeListenerClientMessage(message: ListenerClientMessage): string {
  const result = checkMessage<ListenerClientMessage>(message, listenerClientMessageValidators, 'a listener client sends');
  if (!result.ok) throw new InvalidMessageError(result.error);
  return JSON.stringify(message);
}

const listenerServerMessageValidators: ReadonlyMap<string, ValidateFunction> = new Map([
  [messageValidators.Subscribed.typeValue, messageValidators.Subscribed.validate],
  [messageValidators.Unsubscribed.typeValue, messageValidators.Unsubscribed.validate],
  [messageValidators.SubtitlePartial.typeValue, messageValidators.SubtitlePartial.validate],
  [messageValidators.SubtitleFinal.typeValue, messageValidators.SubtitleFinal.validate],
  [messageValidators.SessionState.typeValue, messageValidators.SessionState.validate],
  [messageValidators.Gap.typeValue, messageValidators.Gap.validate],
  [messageValidators.Pong.typeValue, messageValidators.Pong.validate],
  [messageValidators.ErrorMessage.typeValue, messageValidators.ErrorMessage.validate],
]);

/**
 * Parses a text frame that the server sends to a listener client on `/v1/ws/listener`: JSON-decodes a string (any other value is taken as already decoded), dispatches on `type` and validates against that message's schema.
 *
 * Fails with `unknown_type` when `type` is not a ListenerServerMessage, and with `invalid_message` (issues name each offending field as a JSON pointer) for anything else that is wrong.
 */
export function parseListenerServerMessage(input: unknown): ParseResult<ListenerServerMessage> {
  const decoded = decodeJson(input);
  if (!decoded.ok) return decoded;
  return checkMessage<ListenerServerMessage>(decoded.value, listenerServerMessageValidators, 'the server sends to a listener client');
}

/** Validates an already decoded value as a message the server sends to a listener client on `/v1/ws/listener` (same checks as {@link parseListenerServerMessage}). */
export function validateListenerServerMessage(value: unknown): ParseResult<ListenerServerMessage> {
  return checkMessage<ListenerServerMessage>(value, listenerServerMessageValidators, 'the server sends to a listener client');
}

/** Validates a message the server sends to a listener client on `/v1/ws/listener` and returns its JSON text; throws {@link InvalidMessageError} instead of letting a malformed message out. */
export function serializeListenerServerMessage(message: ListenerServerMessage): string {
  const result = checkMessage<ListenerServerMessage>(message, listenerServerMessageValidators, 'the server sends to a listener client');
  if (!result.ok) throw new InvalidMessageError(result.error);
  return JSON.stringify(message);
}
