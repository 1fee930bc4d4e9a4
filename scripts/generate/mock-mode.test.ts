/**
 * Mock mode (USE_<SERVICE>_MOCK=true) of every service answers every operation of its spec with the
 * operation's example, through the same generated router (authentication and validation included).
 * The requests are built from the spec's own examples, so a spec whose examples do not agree with
 * its schemas fails here.
 */
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { openApiApis } from './apis.js';
import { camelCase, httpMethods, pascalCase, resolve } from './openapi-model.js';
import { createServiceApp } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import { mockBearerAuthenticator } from '@ilenia/kit/openapi';
import type { OperationDefinition } from '@ilenia/kit/openapi';
import { problemOf } from '@ilenia/kit/testing';

type Json = Record<string, unknown>;
const logger = createLogger({ service: 'test', level: 'silent' });

function exampleOf(spec: Json, holder: Json): unknown {
  if (holder.example !== undefined) return holder.example;
  const examples = holder.examples as Json | undefined;
  if (examples && Object.keys(examples).length > 0) return resolve(spec, Object.values(examples)[0]).value;
  const schema = resolve(spec, holder.schema);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples)) return schema.examples[0];
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.format === 'uuid') return '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d';
  return undefined;
}

for (const api of openApiApis) {
  const spec = JSON.parse(readFileSync(new URL(`../../generated/specs/${api}.json`, import.meta.url), 'utf8')) as Json;
  const service = pascalCase(camelCase(api));

  describe(`mock mode of ${api}`, async () => {
    const generated = (await import(`@ilenia/generated/openapi/${api}/server`)) as Record<string, unknown>;
    const operations = generated[`${camelCase(api)}Operations`] as Record<string, OperationDefinition>;
    const createRouter = generated[`create${service}Router`] as (options: object) => import('express').Router;
    const createMockHandlers = generated[`create${service}MockHandlers`] as () => object;
    const app = createServiceApp({
      logger,
      routers: [createRouter({ handlers: createMockHandlers(), authenticators: { bearerAuth: mockBearerAuthenticator(operations) } })],
    });
    const schemes = ((spec.components as Json).securitySchemes ?? {}) as Record<string, Json>;

    for (const [route, rawItem] of Object.entries(spec.paths as Record<string, Json>)) {
      const pathItem = resolve(spec, rawItem);
      for (const method of httpMethods) {
        const operation = pathItem[method] as Json | undefined;
        if (!operation) continue;
        it(`${operation.operationId as string}: ${method.toUpperCase()} ${route} answers its example`, async () => {
          const parameters = [...((pathItem.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])].map(
            (parameter) => resolve(spec, parameter),
          );
          let url = route;
          const query: Record<string, string> = {};
          const headers: Record<string, string> = {};
          for (const parameter of parameters) {
            const value = exampleOf(spec, parameter);
            if (parameter.in === 'path') url = url.replace(`{${parameter.name as string}}`, encodeURIComponent(String(value)));
            else if (parameter.required && parameter.in === 'query') query[parameter.name as string] = String(value);
            else if (parameter.required && parameter.in === 'header') headers[parameter.name as string] = String(value);
          }
          const cookies: string[] = [];
          const security = (operation.security ?? spec.security ?? []) as Json[];
          const firstAlternative = Object.keys(security[0] ?? {});
          for (const name of firstAlternative) {
            const scheme = schemes[name] ? resolve(spec, schemes[name]) : {};
            if (scheme.type === 'http' && scheme.scheme === 'bearer') headers.Authorization = 'Bearer mock-token';
            if (scheme.type === 'http' && scheme.scheme === 'basic')
              headers.Authorization = `Basic ${Buffer.from('live-service:secret').toString('base64')}`;
            if (scheme.type === 'apiKey' && scheme.in === 'cookie') cookies.push(`${scheme.name as string}=mock-cookie`);
            if (scheme.type === 'apiKey' && scheme.in === 'header') headers[scheme.name as string] = 'mock-key';
          }
          if (cookies.length > 0) headers.Cookie = cookies.join('; ');

          let call = request(app)[method](url).query(query).set(headers);
          const body = operation.requestBody ? resolve(spec, operation.requestBody) : undefined;
          if (body) {
            const [mediaType, media] = Object.entries(body.content as Record<string, Json>)[0]!;
            const example = exampleOf(spec, media);
            call =
              mediaType === 'application/x-www-form-urlencoded'
                ? call.type('form').send(example as object)
                : call.type(mediaType).send(example as object);
          }
          const response = await call;

          const responses = operation.responses as Json;
          const success = Object.keys(responses)
            .filter((status) => /^2\d\d$/.test(status))
            .sort()[0]!;
          expect(response.status, JSON.stringify(response.body)).toBe(Number(success));
          const declared = resolve(spec, responses[success]);
          const content = declared.content as Record<string, Json> | undefined;
          if (!content) return;
          const [mediaType, media] = Object.entries(content)[0]!;
          expect(response.headers['content-type']).toContain(mediaType);
          if (resolve(spec, media.schema).format === 'binary') return;
          const expected = exampleOf(spec, media);
          if (/json/.test(mediaType)) expect(response.body).toEqual(expected);
          else expect(response.text).toBe(String(expected));
        });
      }
    }

    it('answers another declared status on request (Prefer: code=...)', async () => {
      const withNotFound = Object.values(operations).find(
        (operation) => operation.method === 'get' && '404' in operation.responses && operation.path.includes('{'),
      );
      if (!withNotFound) return;
      const url = withNotFound.path.replace(/\{[^}]+\}/g, '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d');
      const response = await request(app).get(url).set('Authorization', 'Bearer mock-token').set('Prefer', 'code=404');
      if (response.status === 400) return; // the made-up id does not fit this path's pattern
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(problemOf(response).instance).toBe(url);
    });
  });
}

describe('credentials other than bearer tokens', () => {
  it('names the missing refresh cookie, with no bearer challenge', async () => {
    const { createAuthMockHandlers, createAuthRouter, authOperations } = await import('@ilenia/generated/openapi/auth/server');
    const app = createServiceApp({
      logger,
      routers: [
        createAuthRouter({ handlers: createAuthMockHandlers(), authenticators: { bearerAuth: mockBearerAuthenticator(authOperations) } }),
      ],
    });
    const response = await request(app).post('/v2/auth/refresh');
    expect(response.status).toBe(401);
    expect(problemOf(response).detail).toContain('ilenia_refresh cookie');
    expect(response.headers['www-authenticate']).toBeUndefined();
  });
});
