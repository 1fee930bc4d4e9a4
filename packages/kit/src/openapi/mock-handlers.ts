import type { Request } from 'express';
import { bearerToken, type Authenticator } from '../auth/authenticate.js';
import { HttpProblem, problems } from '../problem.js';
import type { OperationDefinition, OperationHandler, OperationResult } from './operation.js';

type Json = Record<string, unknown>;

/**
 * One mock handler per operation, answering from the spec's own examples (like a Prism mock):
 * the first example of the first success response, or what the client asks for with
 * `Prefer: code=404` and/or `Prefer: example=<name>`. Requests are still authenticated and
 * validated by the same router as the real service, so front-end code meets the real contract.
 */
export function createMockHandlers(
  apiSpec: object,
  operations: Readonly<Record<string, OperationDefinition>>,
): Record<string, OperationHandler> {
  const spec = apiSpec as Json;
  const handlers: Record<string, OperationHandler> = {};
  for (const operation of Object.values(operations)) {
    const paths = spec.paths as Record<string, Record<string, Json>>;
    const operationObject = paths[operation.path]?.[operation.method];
    if (!operationObject) throw new Error(`The spec has no ${operation.method} ${operation.path}.`);
    const answer = (request: Request) => mockResponse(spec, operationObject, request);
    if (!answersAlike(spec, operationObject)) {
      handlers[operation.operationId] = (_input, context) => answer(context.request);
      continue;
    }
    // Without a Prefer header every request gets the same answer (the spec's example, by reference as
    // before): it is worked out once, not for each request.
    let unpreferred: OperationResult | undefined;
    handlers[operation.operationId] = (_input, context) =>
      context.request.headers.prefer === undefined ? (unpreferred ??= answer(context.request)) : answer(context.request);
  }
  return handlers;
}

/**
 * Mock mode's bearer check: any well-formed bearer token is accepted as a caller holding every
 * permission the API declares. A missing token is still a 401, as in the real service.
 */
export function mockBearerAuthenticator(operations: Readonly<Record<string, OperationDefinition>>): Authenticator {
  const permissions = new Set(Object.values(operations).flatMap((operation) => operation.requiredPermissions ?? []));
  // The same caller for every request, made once.
  const present = Promise.resolve({
    outcome: 'present' as const,
    principal: { kind: 'user' as const, subject: 'mock-user', roles: ['admin'], permissions, claims: { sub: 'mock-user' } },
  });
  const absent = Promise.resolve({ outcome: 'absent' as const });
  return (request) => (bearerToken(request) === undefined ? absent : present);
}

/**
 * Whether every request without a Prefer header gets the same answer: its success response has at
 * most one media type (no Accept negotiation) and is not a Problem (which names the request).
 */
function answersAlike(spec: Json, operationObject: Json): boolean {
  const responses = (operationObject.responses ?? {}) as Record<string, unknown>;
  const status = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  if (status === undefined) return false;
  const mediaTypes = Object.keys(resolve(spec, responses[status]).content ?? {});
  return mediaTypes.length <= 1 && !mediaTypes.some((mediaType) => /problem\+json$/.test(mediaType));
}

function mockResponse(spec: Json, operationObject: Json, request: Request): OperationResult {
  const preference = parsePrefer(request.get('prefer'));
  const responses = (operationObject.responses ?? {}) as Record<string, unknown>;
  const statuses = Object.keys(responses);
  const status = preference.code ?? statuses.filter((code) => /^2\d\d$/.test(code)).sort()[0];
  if (status === undefined || !(status in responses) || status === 'default') {
    throw problems.validation([
      {
        location: 'header',
        path: '/prefer',
        message: `code must be one of the declared statuses: ${statuses.filter((code) => code !== 'default').join(', ')}`,
      },
    ]);
  }
  const response = resolve(spec, responses[status]);
  const headers = mockHeaders(spec, response.headers as Record<string, unknown> | undefined);
  const content = response.content as Record<string, Json> | undefined;
  if (!content || Object.keys(content).length === 0) return { status: Number(status), headers };

  const mediaType = chooseMediaType(Object.keys(content), request);
  const media = content[mediaType]!;
  const examples = (media.examples ?? {}) as Record<string, unknown>;
  let body: unknown;
  if (preference.example !== undefined) {
    if (!(preference.example in examples)) {
      throw problems.validation([
        { location: 'header', path: '/prefer', message: `example must be one of: ${Object.keys(examples).join(', ') || '(none)'}` },
      ]);
    }
    body = resolve(spec, examples[preference.example]).value;
  } else if (Object.keys(examples).length > 0) {
    body = resolve(spec, Object.values(examples)[0]).value;
  } else if (media.example !== undefined) {
    body = media.example;
  } else {
    const schema = resolve(spec, media.schema);
    if (schema.example !== undefined) body = schema.example;
    else if (schema.format === 'binary' || mediaType.startsWith('audio/')) body = emptyBinary(mediaType);
    else {
      throw new HttpProblem({
        status: 501,
        title: 'No example to mock',
        detail: `The spec gives no example for ${status} ${mediaType}; add one.`,
      });
    }
  }
  if (/problem\+json$/.test(mediaType) && body && typeof body === 'object') {
    // A mocked Problem still points at this request, so logs and bodies can be matched.
    body = { ...body, instance: request.originalUrl.split('?')[0], request_id: request.id };
  }
  return { status: Number(status), contentType: mediaType, body, headers };
}

function mockHeaders(spec: Json, declared: Record<string, unknown> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(declared ?? {})) {
    const header = resolve(spec, value);
    const schema = resolve(spec, header.schema);
    const example =
      header.example ?? firstExampleValue(spec, header.examples) ?? schema.example ?? (schema.examples as unknown[] | undefined)?.[0];
    if (example !== undefined) headers[name] = typeof example === 'string' ? example : JSON.stringify(example);
  }
  return headers;
}

function firstExampleValue(spec: Json, examples: unknown): unknown {
  if (!examples || typeof examples !== 'object') return undefined;
  const first: unknown = Object.values(examples as Record<string, unknown>)[0];
  return first === undefined ? undefined : resolve(spec, first).value;
}

function chooseMediaType(available: string[], request: Request): string {
  const accepted = request.accepts(available);
  return typeof accepted === 'string' ? accepted : available[0]!;
}

/** `Prefer: code=404, example=not_found` (RFC 7240 syntax, as Prism reads it). */
function parsePrefer(header: string | undefined): { code?: string; example?: string } {
  const preference: { code?: string; example?: string } = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [key, rawValue] = part.split('=').map((piece) => piece?.trim());
    const value = rawValue?.replace(/^"|"$/g, '');
    if (key === 'code' && value) preference.code = value;
    if (key === 'example' && value) preference.example = value;
  }
  return preference;
}

function resolve(spec: Json, value: unknown): Json {
  let current = (value ?? {}) as Json;
  for (let depth = 0; typeof current.$ref === 'string' && depth < 20; depth += 1) {
    const pointer = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = pointer.reduce<unknown>((node, token) => (node as Json | undefined)?.[token], spec) as Json;
    if (!current) throw new Error(`Unresolvable reference ${(value as Json).$ref as string}`);
  }
  return current;
}

/** A valid, empty file of the media type, for binary responses the spec cannot give an example of. */
function emptyBinary(mediaType: string): Uint8Array {
  if (mediaType !== 'audio/wav' && mediaType !== 'audio/x-wav') return new Uint8Array();
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(0, 40);
  return header;
}
