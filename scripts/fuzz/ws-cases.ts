/**
 * The WebSocket fuzz cases of live-event, generated (seeded) from the bundled AsyncAPI document
 * (generated/specs/live-event-ws.json): which messages each role may send, and their payload schemas.
 * A case is a ticket to connect with and a list of frames, each with what the spec says must follow:
 * a message the schema accepts must not be refused as malformed, one it refuses must be answered with
 * the typed error (or the declared close), and messages out of order get `invalid_state`.
 */
import type { ErrorCode } from '@ilenia/generated/asyncapi/live-event/messages';
import { validateListenerClientMessage, validateSpeakerClientMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import { Document, isObject, type Json } from '../check-breaking/diff-schema.js';
import { Random, SchemaSampler, hostileStrings } from './generate.js';
import type { Frame, Role } from './ws-probe.js';

/** What must follow a frame. */
export type Expectation =
  /** The schema accepts it: refusing it as malformed (`invalid_message`, `unknown_type`, `message_too_large`) is a finding. */
  | { kind: 'accepted' }
  /** It must be answered with an error of one of `codes`, or end the connection with one of `closeCodes`. */
  | { kind: 'refused'; codes: readonly ErrorCode[]; closeCodes?: readonly number[] };

export interface Step {
  frame: Frame;
  expect: Expectation;
  /**
   * The request id of a listener message that live-event queues (subscribe, set_languages,
   * unsubscribe): its answer may come after the barrier's pong, which is answered at once, so the
   * probe waits for the answer carrying this id first.
   */
  answerId?: string;
}

/** How a case gets onto the socket: a fresh ticket of a user, or one the server must refuse with 4001. */
export type TicketPlan =
  | { kind: 'fresh'; user: 'speaker1' | 'speaker2' | 'listener1' }
  | { kind: 'wrong-role' }
  | { kind: 'reused' }
  | { kind: 'expired' }
  | { kind: 'garbage'; value: string }
  | { kind: 'none' };

export interface WebSocketCase {
  label: string;
  role: Role;
  ticket: TicketPlan;
  steps: Step[];
  /** How the fuzzer leaves: a clean close, a dropped network, or nothing (the server ended it). */
  leave: 'close' | 'drop';
}

/** A speaker session the fuzzer may resume (from `session_started`). */
export interface ResumableSession {
  session_id: string;
  resume_token: string;
}

export interface CaseContext {
  channelId: string;
  /** The languages the fuzzed channel offers (source first). */
  languages: readonly string[];
  lastSession?: ResumableSession;
}

/** Above this many bytes a text message is refused with `message_too_large` (the spec's 16 KiB). */
const maxTextBytes = 16 * 1024;
/** Above this many bytes any frame closes the connection with 1009 (the spec's 1 MiB). */
const maxFrameBytes = 1024 * 1024;
const pcmFormat = { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 } as const;
const malformedCodes: readonly ErrorCode[] = ['invalid_message', 'unknown_type', 'message_too_large'];
const outOfOrderCodes: readonly ErrorCode[] = ['invalid_state', 'not_negotiated'];

export { malformedCodes };

/** The client messages of each role, by name, with their payload schemas, read from the AsyncAPI document. */
export function clientMessages(spec: Json, role: Role): Map<string, Json> {
  const document = new Document(spec);
  const messages = new Map<string, Json>();
  for (const operation of Object.values((spec.operations ?? {}) as Record<string, Json>)) {
    const channel = document.resolve(operation.channel).value;
    if (operation.action !== 'receive' || channel !== (spec.channels as Json)[role]) continue;
    // The bundle inlines the operations' messages; a reference is resolved all the same.
    for (const entry of operation.messages as unknown[]) {
      const message = document.resolve(entry).value as Json;
      if (message.contentType === 'application/json' && isObject(message.payload)) messages.set(String(message.name), message.payload);
    }
  }
  if (messages.size === 0) throw new Error(`The AsyncAPI document has no JSON messages that a ${role} sends`);
  return messages;
}

/** The close codes a channel declares ("Close codes used on this channel: …"), or every `x-close-codes` entry. */
export function declaredCloseCodes(spec: Json, role: Role): Set<number> {
  const description = ((spec.channels as Json)[role] as { description?: string }).description ?? '';
  const listed = /Close codes used on this channel:([\d,\s]+)/.exec(description)?.[1];
  const codes = listed ? listed.split(',').map((code) => Number(code.trim())) : Object.keys(spec['x-close-codes'] as Json).map(Number);
  return new Set(codes.filter((code) => Number.isInteger(code) && code > 0));
}

/** The expectation of a text frame, from what the spec's schemas and limits say about it. */
export function classifyText(role: Role, text: string): Expectation {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxFrameBytes) return { kind: 'refused', codes: [], closeCodes: [1009] };
  if (bytes > maxTextBytes) return { kind: 'refused', codes: ['message_too_large'] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'refused', codes: ['invalid_message'] };
  }
  const checked = role === 'speaker' ? validateSpeakerClientMessage(value) : validateListenerClientMessage(value);
  return checked.ok ? { kind: 'accepted' } : { kind: 'refused', codes: [checked.error.code] };
}

export class CaseGenerator {
  private readonly sampler: SchemaSampler;
  private readonly messages: Record<Role, Map<string, Json>>;
  private queuedCount = 0;

  constructor(
    spec: Json,
    private readonly random: Random,
  ) {
    this.sampler = new SchemaSampler(spec, random);
    this.messages = { speaker: clientMessages(spec, 'speaker'), listener: clientMessages(spec, 'listener') };
  }

  /** The special cases every run covers once, before the random ones. */
  static readonly fixedKinds = [
    'ticket-wrong-role',
    'ticket-reused',
    'ticket-garbage',
    'ticket-none',
    'ticket-expired',
    'listener-out-of-order',
    'speaker-out-of-order',
    'listener-invalid-utf8',
    'speaker-oversize',
  ] as const;

  fixed(kind: (typeof CaseGenerator.fixedKinds)[number], context: CaseContext): WebSocketCase {
    const random = this.random;
    switch (kind) {
      case 'ticket-wrong-role':
        return {
          label: kind,
          role: random.pick(['speaker', 'listener'] as const),
          ticket: { kind: 'wrong-role' },
          steps: [],
          leave: 'close',
        };
      case 'ticket-reused':
        return { label: kind, role: random.pick(['speaker', 'listener'] as const), ticket: { kind: 'reused' }, steps: [], leave: 'close' };
      case 'ticket-garbage':
        return {
          label: kind,
          role: random.pick(['speaker', 'listener'] as const),
          ticket: {
            kind: 'garbage',
            value: random.pick(['garbage', 'x'.repeat(5000), ...hostileStrings.filter((text) => text.length < 500)]),
          },
          steps: [],
          leave: 'close',
        };
      case 'ticket-none':
        return { label: kind, role: random.pick(['speaker', 'listener'] as const), ticket: { kind: 'none' }, steps: [], leave: 'close' };
      case 'ticket-expired':
        return { label: kind, role: random.pick(['speaker', 'listener'] as const), ticket: { kind: 'expired' }, steps: [], leave: 'close' };
      case 'listener-out-of-order':
        return {
          label: kind,
          role: 'listener',
          ticket: { kind: 'fresh', user: 'listener1' },
          steps: [this.outOfOrder({ type: random.pick(['set_languages', 'unsubscribe']) }, context), this.subscribe(context, true)],
          leave: 'close',
        };
      case 'speaker-out-of-order':
        return {
          label: kind,
          role: 'speaker',
          ticket: { kind: 'fresh', user: 'speaker1' },
          steps: [
            { frame: { kind: 'binary', bytes: Buffer.alloc(640) }, expect: { kind: 'refused', codes: ['not_negotiated'] } },
            this.outOfOrder({ type: random.pick(['pause', 'resume']) }, context),
            this.audioConfig(true),
            this.outOfOrder({ type: 'audio_config', format: pcmFormat }, context),
            this.outOfOrder({ type: 'resume' }, context),
            this.text('speaker', { type: 'pause' }),
            this.outOfOrder({ type: 'pause' }, context),
            this.text('speaker', { type: 'end_session' }),
          ],
          leave: 'close',
        };
      case 'listener-invalid-utf8':
        return {
          label: kind,
          role: 'listener',
          ticket: { kind: 'fresh', user: 'listener1' },
          steps: [
            this.subscribe(context, true),
            {
              frame: { kind: 'invalid-utf8-text', bytes: Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0xc3, 0x28, 0x7d]) },
              expect: { kind: 'refused', codes: [], closeCodes: [1007] },
            },
          ],
          leave: 'close',
        };
      case 'speaker-oversize':
        return {
          label: kind,
          role: 'speaker',
          ticket: { kind: 'fresh', user: 'speaker1' },
          steps: [
            this.audioConfig(true),
            random.chance(0.5)
              ? {
                  frame: { kind: 'binary', bytes: Buffer.alloc(maxFrameBytes + 2) },
                  expect: { kind: 'refused', codes: [], closeCodes: [1009] },
                }
              : this.textFrame('speaker', JSON.stringify({ type: 'ping', request_id: 'big', padding: 'x'.repeat(maxFrameBytes) })),
          ],
          leave: 'close',
        };
    }
  }

  /** A random case of `role`: a mostly valid conversation with malformed frames mixed in. */
  conversation(role: Role, context: CaseContext): WebSocketCase {
    const random = this.random;
    const steps: Step[] = [];
    const invalidShare = random.pick([0, 0.2, 0.5]);
    if (role === 'listener') {
      steps.push(random.chance(0.85) ? this.subscribe(context, random.chance(0.8)) : this.sampled('listener'));
      for (let index = random.int(1, 6); index > 0; index -= 1) {
        if (random.chance(invalidShare)) steps.push(this.malformed('listener'));
        else
          steps.push(
            random.pick([
              () => this.sampled('listener'),
              () => this.text('listener', { type: 'set_languages', languages: this.languages(context) }),
              () => this.subscribe(context, true),
              () => this.text('listener', { type: 'ping', request_id: `p-${random.int(0, 999)}` }),
            ])(),
          );
      }
      return {
        label: `listener, ${Math.round(invalidShare * 100)}% malformed`,
        role,
        ticket: { kind: 'fresh', user: 'listener1' },
        steps,
        leave: random.pick(['close', 'drop']),
      };
    }
    if (context.lastSession && random.chance(0.3))
      steps.push(this.text('speaker', { type: 'session_resume', request_id: 'resume', ...context.lastSession }));
    steps.push(random.chance(0.85) ? this.audioConfig(random.chance(0.85)) : this.sampled('speaker'));
    for (let index = random.int(1, 10); index > 0; index -= 1) {
      if (random.chance(invalidShare)) steps.push(this.malformed('speaker'));
      else
        steps.push(
          random.pick([
            () => this.audio(),
            () => this.audio(),
            () => this.sampled('speaker'),
            () => this.text('speaker', { type: random.pick(['pause', 'resume']) }),
          ])(),
        );
    }
    if (random.chance(0.4)) steps.push(this.text('speaker', { type: 'end_session', request_id: 'end' }));
    return {
      label: `speaker, ${Math.round(invalidShare * 100)}% malformed`,
      role,
      ticket: { kind: 'fresh', user: 'speaker1' },
      steps,
      leave: random.pick(['close', 'drop']),
    };
  }

  /** speaker1 holds the channel; speaker2's `audio_config` must close with 4012 (the runner plays both). */
  channelBusy(): { holder: Step; intruder: Step } {
    return {
      holder: this.audioConfig(true),
      intruder: {
        frame: { kind: 'text', text: JSON.stringify({ type: 'audio_config', format: pcmFormat }) },
        expect: { kind: 'refused', codes: ['channel_busy'], closeCodes: [4012] },
      },
    };
  }

  private languages(context: CaseContext): string[] {
    const random = this.random;
    const chosen = context.languages.filter(() => random.chance(0.6));
    return chosen.length > 0 ? chosen : [random.pick(context.languages)];
  }

  subscribe(context: CaseContext, onTheChannel: boolean): Step {
    const message: Json = onTheChannel
      ? { type: 'subscribe', channel_id: context.channelId, languages: this.languages(context) }
      : (this.sampler.valid(this.messages.listener.get('Subscribe')) as Json);
    if (this.random.chance(0.5)) message.include_partials = this.random.chance(0.5);
    if (this.random.chance(0.3)) message.resume_from = this.random.int(0, 5);
    return this.text('listener', message);
  }

  private audioConfig(valid: boolean): Step {
    const message = valid
      ? { type: 'audio_config', request_id: 'config', format: pcmFormat, frame_duration_ms: 20 }
      : (this.sampler.valid(this.messages.speaker.get('AudioConfig')) as Json);
    return this.text('speaker', message);
  }

  /** A frame of audio: mostly whole 16-bit samples of noise, sometimes an odd or oversized one. */
  private audio(): Step {
    const random = this.random;
    const shape = random.pick(['frame', 'frame', 'frame', 'odd', 'too-large', 'tiny'] as const);
    const length = { frame: 640, odd: 641, 'too-large': 32_002, tiny: 1 }[shape];
    const bytes = Buffer.alloc(length);
    for (let index = 0; index < length; index += 1) bytes[index] = random.int(0, 255);
    const expect: Expectation =
      shape === 'frame'
        ? { kind: 'accepted' }
        : {
            kind: 'refused',
            codes: shape === 'too-large' ? ['message_too_large', 'not_negotiated'] : ['invalid_message', 'not_negotiated'],
          };
    return { frame: { kind: 'binary', bytes }, expect };
  }

  /** A message sampled from one of the role's client message schemas. */
  private sampled(role: Role): Step {
    const [, schema] = this.random.pick([...this.messages[role].entries()]);
    const message = this.sampler.valid(schema) as Json;
    // The sampler does not follow `pattern`: most of its request ids are refused, which is left to some.
    if (typeof message.request_id === 'string' && this.random.chance(0.7)) message.request_id = `r-${this.random.int(0, 9999)}`;
    return this.textFrame(role, JSON.stringify(message));
  }

  /** A frame that breaks the protocol in one of the ways clients and attackers do. */
  private malformed(role: Role): Step {
    const random = this.random;
    const other: Role = role === 'speaker' ? 'listener' : 'speaker';
    const kind = random.pick([
      'mutated',
      'mutated',
      'other-role',
      'unknown-type',
      'broken-json',
      'nested',
      'huge-text',
      'binary',
      'audio-as-text',
    ] as const);
    switch (kind) {
      case 'mutated': {
        const [, schema] = random.pick([...this.messages[role].entries()]);
        return this.textFrame(role, JSON.stringify(this.sampler.invalid(schema)) ?? 'undefined');
      }
      case 'other-role': {
        const [, schema] = random.pick([...this.messages[other].entries()]);
        return this.textFrame(role, JSON.stringify(this.sampler.valid(schema)));
      }
      case 'unknown-type':
        return this.textFrame(
          role,
          JSON.stringify({ type: random.pick(['hello', 'SUBSCRIBE', '', 'ping ', '__proto__', 'error', 'pong', 'a'.repeat(5000)]) }),
        );
      case 'broken-json':
        return this.textFrame(
          role,
          random.pick([
            '{"type":',
            '{"type":"ping"}}',
            'null',
            '[]',
            '"ping"',
            '42',
            '\u0000',
            '',
            '{"type":"ping","type":"subscribe"}',
            '{type:"ping"}',
          ]),
        );
      case 'nested': {
        let deep: unknown = 'bottom';
        for (let level = 0; level < 2_000; level += 1) deep = random.chance(0.5) ? [deep] : { a: deep };
        return this.textFrame(role, JSON.stringify(random.chance(0.5) ? deep : { type: 'ping', request_id: 'deep', client_time: deep }));
      }
      case 'huge-text':
        return this.textFrame(
          role,
          JSON.stringify({ type: 'ping', request_id: 'huge', padding: 'x'.repeat(random.pick([maxTextBytes, 200_000])) }),
        );
      case 'binary':
        // Binary where text is expected: the listener sends none; before `audio_accepted` the speaker sends none.
        return role === 'listener'
          ? {
              frame: { kind: 'binary', bytes: Buffer.from(JSON.stringify({ type: 'ping' })) },
              expect: { kind: 'refused', codes: ['invalid_message', 'unknown_type'] },
            }
          : this.audio();
      case 'audio-as-text':
        return this.textFrame(role, Buffer.alloc(640, 7).toString('base64'));
    }
  }

  private outOfOrder(message: Json, context: CaseContext): Step {
    if (message.type === 'set_languages') message.languages = this.languages(context);
    message.request_id = `o-${(this.queuedCount += 1)}`;
    return {
      frame: { kind: 'text', text: JSON.stringify(message) },
      expect: { kind: 'refused', codes: outOfOrderCodes },
      answerId: String(message.request_id),
    };
  }

  private text(role: Role, message: Json): Step {
    return this.textFrame(role, JSON.stringify(message));
  }

  private textFrame(role: Role, text: string): Step {
    const expect = classifyText(role, text);
    if (role === 'listener' && expect.kind === 'accepted') {
      const message = JSON.parse(text) as Json;
      if (message.type !== 'ping') {
        message.request_id ??= `q-${(this.queuedCount += 1)}`;
        return { frame: { kind: 'text', text: JSON.stringify(message) }, expect, answerId: String(message.request_id) };
      }
    }
    return { frame: { kind: 'text', text }, expect };
  }
}
