import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { rootSpecPath } from './apis.js';
import { generateWebSocketModels } from './asyncapi-models.js';
import { generatedBanner } from './banner.js';

const run = promisify(execFile);
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Example {
  name: string;
  payload: unknown;
}
interface SpecMessage {
  name: string;
  contentType?: string;
  payload: { properties?: { type?: { const?: string } } };
  examples?: Example[];
}
interface Spec {
  defaultContentType?: string;
  channels: Record<string, unknown>;
  operations: Record<string, { action: 'send' | 'receive'; channel: unknown; messages: unknown[] }>;
  components: { messages: Record<string, SpecMessage> };
  'x-close-codes': Record<string, { name: string; description: string }>;
}
interface Issue {
  path: string;
  keyword: string;
  message: string;
}
type Result = { ok: true; message: unknown } | { ok: false; error: { code: string; message: string; issues: Issue[] } };
type Check = (input: unknown) => Result;
interface Validators {
  [name: string]: unknown;
  InvalidMessageError: new (...args: never[]) => Error;
}

let workDir: string;
let specFile: string;
let firstOut: string;
let secondOut: string;
let spec: Spec;
let validators: Validators;

function check(name: string): Check {
  const fn = validators[name];
  if (typeof fn !== 'function') throw new Error(`validators.ts does not export ${name}`);
  return fn as Check;
}

/** Follows a local `$ref` (the bundle keeps some) to the object it points at. */
function deref<T>(value: unknown): T {
  const ref = (value as { $ref?: string }).$ref;
  if (!ref) return value as T;
  let node: unknown = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part.replace(/~1/g, '/')];
  return deref<T>(node);
}

function channelIdOf(operation: Spec['operations'][string]): string {
  const channel = operation.channel as { $ref?: string };
  if (channel.$ref) return channel.$ref.split('/').pop() as string;
  const found = Object.keys(spec.channels).find((id) => spec.channels[id] === channel);
  if (!found) throw new Error('operation channel not found');
  return found;
}

function isJson(message: SpecMessage): boolean {
  return /json$/.test(message.contentType ?? spec.defaultContentType ?? 'application/json');
}

/** Every (union, message) pair the spec defines: `SpeakerClientMessage` for receive on `speaker`, etc. */
function unionsFromSpec(): Map<string, SpecMessage[]> {
  const unions = new Map<string, SpecMessage[]>();
  for (const operation of Object.values(spec.operations)) {
    const role = channelIdOf(operation).replace(/^./, (c) => c.toUpperCase());
    const union = `${role}${operation.action === 'receive' ? 'Client' : 'Server'}Message`;
    const list = unions.get(union) ?? [];
    list.push(...operation.messages.map((message) => deref<SpecMessage>(message)));
    unions.set(union, list);
  }
  return unions;
}

async function readOutput(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(path.join(dir, name), 'utf8'));
  return files;
}

beforeAll(async () => {
  // Inside the repository so the generated files resolve ajv from its node_modules.
  await mkdir(path.join(repositoryRoot, '.tmp'), { recursive: true });
  workDir = await mkdtemp(path.join(repositoryRoot, '.tmp', 'asyncapi-models-'));
  specFile = path.join(workDir, 'live-event-ws.yaml');
  firstOut = path.join(workDir, 'first');
  secondOut = path.join(workDir, 'second');
  await run(path.join(repositoryRoot, 'node_modules/.bin/redocly'), ['bundle', 'live-event-ws', '-o', specFile], {
    cwd: repositoryRoot,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  });
  spec = parseYaml(await readFile(specFile, 'utf8')) as Spec;
  await generateWebSocketModels({ specFile, outDir: firstOut, source: rootSpecPath('live-event-ws') });
  await generateWebSocketModels({ specFile, outDir: secondOut, source: rootSpecPath('live-event-ws') });
  validators = (await import(pathToFileURL(path.join(firstOut, 'validators.ts')).href)) as Validators;
}, 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('generated files', () => {
  it('are messages.ts, schemas.ts and validators.ts, each starting with the banner', async () => {
    const files = await readOutput(firstOut);
    expect([...files.keys()]).toEqual(['messages.ts', 'schemas.ts', 'validators.ts']);
    for (const content of files.values()) expect(content.startsWith(generatedBanner(rootSpecPath('live-event-ws')))).toBe(true);
  });

  it('are byte-identical when generated twice from the same spec', async () => {
    expect(await readOutput(secondOut)).toEqual(await readOutput(firstOut));
  });

  it('import nothing but ajv, ajv-formats and each other', async () => {
    for (const content of (await readOutput(firstOut)).values()) {
      const imports = [...content.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      for (const source of imports) expect(['ajv/dist/2020.js', 'ajv-formats', './schemas.js', './messages.js']).toContain(source);
    }
  });

  it('type-check under strict TypeScript with NodeNext modules', async () => {
    const tsconfig = path.join(workDir, 'tsconfig.json');
    await writeFile(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          verbatimModuleSyntax: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['first/messages.ts', 'first/schemas.ts', 'first/validators.ts'],
      }),
    );
    const tsc = path.join(repositoryRoot, 'node_modules/.bin/tsc');
    await expect(run(tsc, ['-p', tsconfig], { cwd: repositoryRoot })).resolves.toBeDefined();
  }, 60_000);
});

describe('messages.ts', () => {
  it('declares a type per message, the unions per role and direction, and every type value', async () => {
    const source = await readFile(path.join(firstOut, 'messages.ts'), 'utf8');
    for (const message of Object.values(spec.components.messages)) {
      expect(source).toMatch(new RegExp(`export (interface|type) ${message.name}\\b`));
      if (isJson(message)) expect(source).toContain(`  ${message.name}: '${message.payload.properties?.type?.const}',`);
    }
    for (const [union, messages] of unionsFromSpec()) {
      const json = messages.filter(isJson).map((message) => message.name);
      const block = source.slice(source.indexOf(`export type ${union} =`));
      expect(block.slice(0, block.indexOf(';'))).toBe(`export type ${union} =\n${json.map((name) => `  | ${name}`).join('\n')}`);
    }
    expect(source).toContain('export type SpeakerClientBinaryMessage = AudioFrame;');
    expect(source).toMatch(/export type ErrorCode =[^;]*'unsupported_audio_format'/);
  });

  it('has a CloseCode for every x-close-codes entry, documented', async () => {
    const { CloseCode, CloseCodeName } = (await import(pathToFileURL(path.join(firstOut, 'messages.ts')).href)) as {
      CloseCode: Record<string, number>;
      CloseCodeName: Record<number, string>;
    };
    expect(CloseCode.TicketInvalid).toBe(4001);
    expect(CloseCodeName[4008]).toBe('SlowConsumer');
    const expected = Object.fromEntries(Object.entries(spec['x-close-codes']).map(([code, { name }]) => [name, Number(code)]));
    expect(CloseCode).toEqual(expected);
    const source = await readFile(path.join(firstOut, 'messages.ts'), 'utf8');
    expect(source).toContain(`/** 4001: ${spec['x-close-codes']['4001']?.description} */\n  TicketInvalid: 4001,`);
  });
});

describe('validators.ts', () => {
  it('accepts every example of the spec, in the union of each operation', () => {
    let checked = 0;
    for (const [union, messages] of unionsFromSpec()) {
      for (const message of messages.filter(isJson)) {
        expect(message.examples?.length, `${message.name} has examples`).toBeGreaterThan(0);
        for (const example of message.examples ?? []) {
          const parsed = check(`parse${union}`)(JSON.stringify(example.payload));
          expect(parsed, `${union} ${message.name} example ${example.name}`).toEqual({ ok: true, message: example.payload });
          expect(check(`validate${union}`)(example.payload).ok).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  const channelId = 'a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a';

  function refusal(result: Result) {
    if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.message)}`);
    return result.error;
  }

  it('reports a missing field as invalid_message naming the field', () => {
    const error = refusal(check('parseListenerClientMessage')(JSON.stringify({ type: 'subscribe', channel_id: channelId })));
    expect(error.code).toBe('invalid_message');
    expect(error.issues).toEqual([{ path: '/languages', keyword: 'required', message: 'is required' }]);
    expect(error.message).toBe('/languages: is required');
  });

  it('reports a wrong type, a bad enum value and a bad format with their paths', () => {
    const languages = refusal(check('parseListenerClientMessage')({ type: 'subscribe', channel_id: channelId, languages: 'es' }));
    expect(languages.code).toBe('invalid_message');
    expect(languages.issues).toEqual([expect.objectContaining({ path: '/languages', keyword: 'type' })]);

    const audio = refusal(
      check('parseSpeakerClientMessage')({ type: 'audio_config', format: { encoding: 'mp3', sample_rate_hz: 16000, channels: 1 } }),
    );
    expect(audio.issues).toEqual([expect.objectContaining({ path: '/format/encoding', keyword: 'enum' })]);

    const uuid = refusal(check('parseListenerClientMessage')({ type: 'subscribe', channel_id: 'main-stage', languages: ['es'] }));
    expect(uuid.issues).toEqual([expect.objectContaining({ path: '/channel_id', keyword: 'format' })]);
  });

  it('reports an unknown or misplaced type as unknown_type', () => {
    const unknown = refusal(check('parseSpeakerClientMessage')('{"type":"shout"}'));
    expect(unknown.code).toBe('unknown_type');
    expect(unknown.issues[0]?.path).toBe('/type');
    expect(unknown.message).toContain('audio_config');
    // A listener message on the speaker channel, and names that exist on Object.prototype.
    for (const type of ['subscribe', 'constructor', '__proto__', 'toString']) {
      expect(refusal(check('parseSpeakerClientMessage')({ type })).code).toBe('unknown_type');
    }
    expect(refusal(check('validateListenerServerMessage')({ type: 'transcript_final' })).code).toBe('unknown_type');
  });

  it('reports an extra property by its path', () => {
    const error = refusal(check('parseSpeakerClientMessage')({ type: 'pause', request_id: 'p-1', force: true }));
    expect(error.code).toBe('invalid_message');
    expect(error.issues).toEqual([{ path: '/force', keyword: 'additionalProperties', message: 'is not a known property' }]);
  });

  it('reports text that is not JSON, a non-object and a missing type as invalid_message', () => {
    expect(refusal(check('parseListenerClientMessage')('{"type":')).issues[0]).toMatchObject({ path: '', keyword: 'json' });
    expect(refusal(check('parseListenerClientMessage')('[1,2]')).issues[0]).toMatchObject({ path: '', keyword: 'type' });
    expect(refusal(check('parseListenerClientMessage')('{"languages":["es"]}')).issues[0]).toMatchObject({
      path: '/type',
      keyword: 'required',
    });
  });

  it('refuses oversize text on the way out, naming the field', () => {
    const example = spec.components.messages.SubtitleFinal?.examples?.[0]?.payload as Record<string, unknown>;
    const oversize = { ...example, text: 'x'.repeat(4001) };
    const error = refusal(check('validateListenerServerMessage')(oversize));
    expect(error.issues).toEqual([expect.objectContaining({ path: '/text', keyword: 'maxLength' })]);
    const serialize = check('serializeListenerServerMessage');
    expect(() => serialize(oversize)).toThrow(validators.InvalidMessageError);
    expect(() => serialize(oversize)).toThrow('/text: must NOT have more than 4000 characters');
    expect(serialize(example)).toBe(JSON.stringify(example));
  });

  it('checks nested objects and nullable fields', () => {
    const subscribed = spec.components.messages.Subscribed?.examples?.[0]?.payload as Record<string, unknown>;
    const badReplay = { ...subscribed, replay: { from_sequence: 1, to_sequence: 2, count: -1, truncated: false } };
    expect(refusal(check('validateListenerServerMessage')(badReplay)).issues).toEqual([
      expect.objectContaining({ path: '/replay/count', keyword: 'minimum' }),
    ]);
    const nothingReplayed = { ...subscribed, replay: { from_sequence: null, to_sequence: null, count: 0, truncated: true } };
    expect(check('validateListenerServerMessage')(nothingReplayed)).toMatchObject({ ok: true });
    const badSession = { ...subscribed, session: { session_id: null, state: 'sleeping' } };
    expect(refusal(check('validateListenerServerMessage')(badSession)).issues).toEqual([
      expect.objectContaining({ path: '/session/state', keyword: 'enum' }),
    ]);
  });
});
