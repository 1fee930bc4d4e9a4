import { describe, expect, it } from 'vitest';
import { diffAsyncApi, diffOpenApi } from './diff-api.js';
import type { Json } from './diff-schema.js';

/** A small bundled OpenAPI document in the shape `make generate` writes (local $refs only). */
function baseSpec(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Fixture', version: '1.0.0' },
    security: [{ bearerAuth: [] }],
    paths: {
      '/v1/things': {
        get: {
          operationId: 'listThings',
          'x-required-permissions': ['things:read'],
          parameters: [
            { $ref: '#/components/parameters/Limit' },
            { name: 'status', in: 'query', required: false, schema: { type: 'string', enum: ['open', 'closed'] } },
          ],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingList' } } } },
            '400': { $ref: '#/components/responses/Problem' },
            default: { $ref: '#/components/responses/Problem' },
          },
        },
        post: {
          operationId: 'createThing',
          'x-required-permissions': ['things:write'],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NewThing' } } } },
          responses: {
            '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
            default: { $ref: '#/components/responses/Problem' },
          },
        },
      },
      '/v1/things/{thing_id}': {
        parameters: [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        delete: { operationId: 'deleteThing', security: [], responses: { '204': { description: 'gone' } } },
      },
    },
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      parameters: { Limit: { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200 } } },
      responses: { Problem: { description: 'problem', content: { 'application/problem+json': { schema: { type: 'object' } } } } },
      schemas: {
        NewThing: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 100 },
            colour: { type: 'string', enum: ['red', 'green'] },
            tags: { type: 'array', items: { type: 'string' } },
          },
        },
        Thing: {
          type: 'object',
          required: ['id', 'name', 'colour'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            name: { type: 'string', maxLength: 100 },
            colour: { type: 'string', enum: ['red', 'green'] },
            note: { type: 'string' },
            parent: { $ref: '#/components/schemas/Thing' },
          },
        },
        ThingList: {
          type: 'object',
          required: ['items'],
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
        },
      },
    },
  };
}

/** The base after `change` edited a deep copy of it. */
function changed(change: (spec: Json) => void): Json {
  const spec = structuredClone(baseSpec());
  change(spec);
  return spec;
}

/** The object at `path` in a fixture, for a test to edit; a wrong path fails the test at once. */
function node(spec: Json, ...path: (string | number)[]): Json {
  const found = reach(spec, path);
  if (typeof found !== 'object' || found === null || Array.isArray(found)) throw new Error(`No object at ${path.join('/')}`);
  return found as Json;
}

/** The array at `path` in a fixture, for a test to edit. */
function list(spec: Json, ...path: (string | number)[]): unknown[] {
  const found = reach(spec, path);
  if (!Array.isArray(found)) throw new Error(`No array at ${path.join('/')}`);
  return found;
}

function reach(spec: Json, path: (string | number)[]): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown> | undefined)?.[key], spec);
}

describe('diffOpenApi', () => {
  it('finds nothing between a spec and itself, or after documentation-only edits', () => {
    expect(diffOpenApi(baseSpec(), baseSpec())).toEqual([]);
    const documented = changed((spec) => {
      node(spec, 'components', 'schemas', 'Thing').description = 'A thing.';
      node(spec, 'components', 'schemas', 'Thing', 'properties', 'name').example = 'Kettle';
      node(spec, 'paths', '/v1/things', 'get').summary = 'List things';
    });
    expect(diffOpenApi(baseSpec(), documented)).toEqual([]);
  });

  it('passes compatible changes: a new optional field, a new operation, a new response, looser input', () => {
    const head = changed((spec) => {
      node(spec, 'components', 'schemas', 'NewThing', 'properties').size = { type: 'integer', minimum: 0, maximum: 10 };
      node(spec, 'components', 'schemas', 'Thing', 'properties').size = { type: 'integer' };
      node(spec, 'paths', '/v1/things/{thing_id}').get = { operationId: 'getThing', responses: { '200': { description: 'ok' } } };
      node(spec, 'paths', '/v1/things', 'get', 'responses')['404'] = { $ref: '#/components/responses/Problem' };
      node(spec, 'components', 'schemas', 'NewThing', 'properties', 'name').maxLength = 200;
      node(spec, 'components', 'schemas', 'NewThing', 'properties', 'colour').enum = ['red', 'green', 'blue'];
      list(spec, 'paths', '/v1/things', 'get', 'parameters').push({ name: 'q', in: 'query', schema: { type: 'string' } });
    });
    expect(diffOpenApi(baseSpec(), head)).toEqual([]);
  });

  it.each([
    ['a removed operation', (spec: Json) => delete node(spec, 'paths', '/v1/things').post, 'POST /v1/things: operation removed'],
    [
      'a removed response',
      (spec: Json) => delete node(spec, 'paths', '/v1/things', 'get', 'responses')['400'],
      'GET /v1/things: response 400 removed',
    ],
    [
      'a removed response field',
      (spec: Json) => delete node(spec, 'components', 'schemas', 'Thing', 'properties').note,
      'POST /v1/things: response 201 application/json /: property note removed',
    ],
    [
      'a removed request field',
      (spec: Json) => delete node(spec, 'components', 'schemas', 'NewThing', 'properties').tags,
      'POST /v1/things: request body application/json /: property tags removed',
    ],
    [
      'a removed enum value in a request',
      (spec: Json) => (node(spec, 'components', 'schemas', 'NewThing', 'properties', 'colour').enum = ['red']),
      'POST /v1/things: request body application/json /colour: enum value "green" removed',
    ],
    [
      'a removed enum value in a parameter',
      (spec: Json) => (node(spec, 'paths', '/v1/things', 'get', 'parameters', 1, 'schema').enum = ['open']),
      'GET /v1/things: query status parameter /: enum value "closed" removed',
    ],
    [
      'a narrowed type',
      (spec: Json) => (node(spec, 'components', 'schemas', 'NewThing', 'properties', 'tags').items = { type: 'integer' }),
      'POST /v1/things: request body application/json /tags/items: type string removed (now integer)',
    ],
    [
      'a narrowed length',
      (spec: Json) => (node(spec, 'components', 'schemas', 'NewThing', 'properties', 'name').maxLength = 50),
      'POST /v1/things: request body application/json /name: maxLength changed from 100 to 50',
    ],
    [
      'a new maximum on a parameter',
      (spec: Json) => (node(spec, 'components', 'parameters', 'Limit', 'schema').maximum = 100),
      'GET /v1/things: query limit parameter /: maximum changed from 200 to 100',
    ],
    [
      'a new pattern',
      (spec: Json) => (node(spec, 'components', 'schemas', 'NewThing', 'properties', 'name').pattern = '^[a-z]+$'),
      'POST /v1/things: request body application/json /name: pattern "^[a-z]+$" added',
    ],
    [
      'a new required field',
      (spec: Json) => {
        node(spec, 'components', 'schemas', 'NewThing', 'properties').size = { type: 'integer' };
        list(spec, 'components', 'schemas', 'NewThing', 'required').push('size');
      },
      'POST /v1/things: request body application/json /: new required property size',
    ],
    [
      'an optional field made required',
      (spec: Json) => list(spec, 'components', 'schemas', 'NewThing', 'required').push('colour'),
      'POST /v1/things: request body application/json /: property colour became required',
    ],
    [
      'a new required parameter',
      (spec: Json) =>
        list(spec, 'paths', '/v1/things', 'get', 'parameters').push({
          name: 'owner',
          in: 'query',
          required: true,
          schema: { type: 'string' },
        }),
      'GET /v1/things: new required query owner parameter',
    ],
    [
      'a removed query parameter',
      (spec: Json) => list(spec, 'paths', '/v1/things', 'get', 'parameters').splice(1, 1),
      'GET /v1/things: query status parameter removed',
    ],
    [
      'a response field no longer guaranteed',
      (spec: Json) => (node(spec, 'components', 'schemas', 'Thing').required = ['id', 'name']),
      'POST /v1/things: response 201 application/json /: property colour no longer required',
    ],
    [
      'a response that may hold a new type',
      (spec: Json) => (node(spec, 'components', 'schemas', 'Thing', 'properties', 'note').type = ['string', 'null']),
      'POST /v1/things: response 201 application/json /note: type null added (was string)',
    ],
    [
      'changed authentication',
      (spec: Json) => delete node(spec, 'paths', '/v1/things/{thing_id}', 'delete').security,
      'DELETE /v1/things/{thing_id}: authentication changed from none to bearerAuth',
    ],
    [
      'a changed permission',
      (spec: Json) => list(spec, 'paths', '/v1/things', 'get', 'x-required-permissions').push('things:admin'),
      'GET /v1/things: required permissions changed from [things:read] to [things:admin, things:read]',
    ],
    [
      'a changed security scheme',
      (spec: Json) => (node(spec, 'components', 'securitySchemes', 'bearerAuth').bearerFormat = 'opaque'),
      'GET /v1/things: security scheme bearerAuth changed',
    ],
    [
      'a removed media type',
      (spec: Json) => (node(spec, 'components', 'responses', 'Problem').content = { 'application/json': { schema: { type: 'object' } } }),
      'GET /v1/things: response 400 application/problem+json removed',
    ],
    [
      'an unclassified change',
      (spec: Json) => (node(spec, 'components', 'schemas', 'NewThing', 'properties', 'name').default = 'x'),
      'POST /v1/things: request body application/json /name: default changed from undefined to "x" (unclassified)',
    ],
  ])('catches %s', (_name, change, expected) => {
    expect(diffOpenApi(baseSpec(), changed(change))).toContain(expected);
  });

  it('follows recursive schemas without looping', () => {
    const head = changed((spec) => (node(spec, 'components', 'schemas', 'Thing', 'properties', 'id').format = 'uri'));
    expect(diffOpenApi(baseSpec(), head)).toContain(
      'POST /v1/things: response 201 application/json /id: format changed from "uuid" to "uri"',
    );
  });

  it('lets an operation go when the same operation exists under a higher major version', () => {
    const head = changed((spec) => {
      node(spec, 'paths')['/v2/things'] = node(spec, 'paths')['/v1/things'];
      delete node(spec, 'paths')['/v1/things'];
      delete node(spec, 'components', 'schemas', 'Thing', 'properties').note;
    });
    expect(diffOpenApi(baseSpec(), head)).toEqual([]);
  });
});

function baseAsyncApi(): Json {
  return {
    asyncapi: '3.0.0',
    channels: {
      room: {
        address: '/v1/ws/room',
        messages: { Hello: { $ref: '#/components/messages/Hello' }, Said: { $ref: '#/components/messages/Said' } },
      },
    },
    operations: {
      receiveRoom: { action: 'receive', channel: { $ref: '#/channels/room' }, messages: [{ $ref: '#/channels/room/messages/Hello' }] },
      sendRoom: { action: 'send', channel: { $ref: '#/channels/room' }, messages: [{ $ref: '#/channels/room/messages/Said' }] },
    },
    components: {
      messages: {
        Hello: {
          name: 'Hello',
          payload: {
            type: 'object',
            required: ['type'],
            properties: { type: { const: 'hello' }, name: { type: 'string', maxLength: 50 } },
          },
        },
        Said: {
          name: 'Said',
          payload: { type: 'object', required: ['type', 'text'], properties: { type: { const: 'said' }, text: { type: 'string' } } },
        },
      },
    },
    'x-close-codes': { '1000': { name: 'NormalClosure' } },
  };
}

describe('diffAsyncApi', () => {
  const changedAsync = (change: (spec: Json) => void) => {
    const spec = structuredClone(baseAsyncApi());
    change(spec);
    return spec;
  };

  it('passes compatible changes: a new optional field the client sends, a new message, a new close code', () => {
    const head = changedAsync((spec) => {
      node(spec, 'components', 'messages', 'Hello', 'payload', 'properties').language = { type: 'string' };
      node(spec, 'components', 'messages', 'Said', 'payload', 'properties').at = { type: 'string' };
      node(spec, 'components', 'messages').Bye = { name: 'Bye', payload: { type: 'object' } };
      node(spec, 'channels', 'room', 'messages').Bye = { $ref: '#/components/messages/Bye' };
      list(spec, 'operations', 'receiveRoom', 'messages').push({ $ref: '#/channels/room/messages/Bye' });
      node(spec, 'x-close-codes')['1007'] = { name: 'InvalidFramePayloadData' };
    });
    expect(diffAsyncApi(baseAsyncApi(), head)).toEqual([]);
  });

  it.each([
    [
      'a removed message',
      (spec: Json) => list(spec, 'operations', 'sendRoom', 'messages').pop(),
      'operation sendRoom: message Said removed',
    ],
    [
      'a narrowed field a client sends',
      (spec: Json) => (node(spec, 'components', 'messages', 'Hello', 'payload', 'properties', 'name').maxLength = 10),
      'operation receiveRoom: message Hello payload /name: maxLength changed from 50 to 10',
    ],
    [
      'a field the server no longer guarantees',
      (spec: Json) => (node(spec, 'components', 'messages', 'Said', 'payload').required = ['type']),
      'operation sendRoom: message Said payload /: property text no longer required',
    ],
    [
      'a changed address',
      (spec: Json) => (node(spec, 'channels', 'room').address = '/v1/ws/hall'),
      'channel room: address changed from /v1/ws/room to /v1/ws/hall',
    ],
    [
      'an unclassified payload change',
      (spec: Json) => (node(spec, 'components', 'messages', 'Hello', 'payload', 'properties', 'name').not = { const: '' }),
      'operation receiveRoom: message Hello payload /name: not changed from undefined to {"const":""} (unclassified)',
    ],
    ['a removed close code', (spec: Json) => delete node(spec, 'x-close-codes')['1000'], 'close code 1000: removed'],
  ])('catches %s', (_name, change, expected) => {
    expect(diffAsyncApi(baseAsyncApi(), changedAsync(change))).toContain(expected);
  });
});
