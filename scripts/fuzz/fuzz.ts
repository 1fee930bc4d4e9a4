/**
 * Spec-driven fuzzing of every operation of every service, running for real (see stack.ts), with real
 * tokens of the demo users and service clients. Requests come from the bundled specs
 * (generated/specs/*.json): valid ones, invalid ones (wrong types, missing and extra fields, huge and
 * deeply nested bodies, broken JSON, wrong content types, hostile strings, tokens of the wrong kind),
 * and for each resource with an item path a create → read → update with If-Match → delete sequence.
 *
 * A finding: any 5xx, a status the operation does not declare (`default` does not count), a media type
 * it does not declare for that status, a body that does not validate against the declared schema (so
 * an error that is not a Problem where a Problem is declared, or a 2xx that breaks the contract), a
 * service not healthy afterwards. Each finding prints the seed and a curl command that reproduces it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Document, isObject, type Json } from '../check-breaking/diff-schema.js';
import { Random, SchemaSampler, hostileStrings } from './generate.js';
import { signIn } from './sign-in.js';
import type { WebSocketFuzzReport } from './ws-fuzz.js';
import { fuzzLiveServiceClient, serviceNames, type ServiceName, type Stack } from './stack.js';

const httpMethods = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface FuzzOptions {
  seed: number;
  /** Generated requests per operation (besides the stateful sequences). */
  casesPerOperation: number;
  root: string;
  log?: (line: string) => void;
}

export interface Finding {
  problem: string;
  request: string;
  status?: number;
  body?: string;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  operations: number;
  statuses: Record<string, number>;
  findings: Finding[];
  /** The WebSocket part of the run (ws-fuzz.ts), when it ran. */
  websocket?: WebSocketFuzzReport;
}

interface Operation {
  service: ServiceName;
  spec: Json;
  method: (typeof httpMethods)[number];
  path: string;
  operation: Json;
  parameters: Json[];
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** The tokens the fuzzer uses: each demo role's, the service clients', and kinds that must be refused. */
interface Tokens {
  users: Record<string, string>;
  services: Record<string, string>;
  refresh?: string;
}

function curlOf(request: FuzzRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `-H ${shellQuote(`${name}: ${value}`)}`);
  const body =
    request.body === undefined
      ? []
      : [
          request.body.length > 2000
            ? `--data-binary @<(${shellQuote(`body of ${request.body.length} bytes; rerun with the seed`)})`
            : `--data-binary ${shellQuote(request.body)}`,
        ];
  return ['curl -si', '-X', request.method, ...headers, ...body, shellQuote(request.url)].join(' ');
}

function shellQuote(text: string): string {
  return `'${text.replaceAll('\u0000', '\\0').replace(/'/g, `'\\''`)}'`;
}

async function clientToken(url: string, id: string, secret: string): Promise<string> {
  const response = await fetch(`${url}/v2/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  if (!response.ok) throw new Error(`client token of ${id} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function fuzz(stack: Stack, options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? (() => {});
  const random = new Random(options.seed);
  const report: FuzzReport = { seed: options.seed, requests: 0, operations: 0, statuses: {}, findings: [] };

  const tokens: Tokens = { users: {}, services: {} };
  for (const role of ['admin', 'manager', 'speaker1', 'listener1']) {
    const signedIn = await signIn(stack.urls.auth, `${role}@ilenia.dev`);
    tokens.users[role] = signedIn.access;
    tokens.refresh ??= signedIn.refresh;
  }
  tokens.services['live-event'] = await clientToken(stack.urls.auth, 'live-event', 'live-event-dev-secret-not-for-production');
  tokens.services['live-service'] = await clientToken(stack.urls.auth, fuzzLiveServiceClient.id, fuzzLiveServiceClient.secret);

  const specs = Object.fromEntries(
    serviceNames.map((name) => [
      name,
      JSON.parse(readFileSync(path.join(options.root, 'generated/specs', `${name}.json`), 'utf8')) as Json,
    ]),
  ) as Record<ServiceName, Json>;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  for (const name of serviceNames) ajv.addSchema(specs[name], `https://fuzz.ilenia.dev/${name}.json`);
  const validators = new Map<string, ValidateFunction>();
  const validatorOf = (service: ServiceName, pointer: string) => {
    const id = `https://fuzz.ilenia.dev/${service}.json#${pointer}`;
    let validate = validators.get(id);
    if (!validate) {
      validate = ajv.compile({ $ref: id });
      validators.set(id, validate);
    }
    return validate;
  };

  const operations: Operation[] = [];
  for (const service of serviceNames) {
    for (const [route, item] of Object.entries((specs[service].paths ?? {}) as Record<string, Json>)) {
      for (const method of httpMethods) {
        if (!isObject(item[method])) continue;
        const document = new Document(specs[service]);
        const parameters = [...((item.parameters ?? []) as unknown[]), ...((item[method].parameters ?? []) as unknown[])].map(
          (parameter) => document.resolve(parameter).value,
        );
        operations.push({ service, spec: specs[service], method, path: route, operation: item[method], parameters: parameters as Json[] });
      }
    }
  }
  report.operations = operations.length;

  /** Real ids by path parameter name, so that generated requests reach past the 404s. */
  // The demo users stay out: a generated request could disable or delete the admin whose token the run uses.
  const known = new Map<string, string[]>();
  const remember = (name: string, id: unknown) => {
    if (typeof id !== 'string') return;
    known.set(name, [...(known.get(name) ?? []), id].slice(-20));
  };

  async function send(
    operation: Operation,
    request: FuzzRequest,
    label: string,
  ): Promise<{ status: number; body: unknown; headers: Headers } | undefined> {
    report.requests += 1;
    let response: Response;
    try {
      response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
    } catch (error) {
      report.findings.push({ problem: `${label}: no answer (${(error as Error).message})`, request: curlOf(request) });
      return undefined;
    }
    const text = await response.text();
    report.statuses[response.status] = (report.statuses[response.status] ?? 0) + 1;
    const finding = (problem: string) =>
      report.findings.push({
        problem: `${operation.service} ${operation.method.toUpperCase()} ${operation.path} (${label}): ${problem}`,
        request: curlOf(request),
        status: response.status,
        body: text.slice(0, 600),
      });
    const responses = (operation.operation.responses ?? {}) as Json;
    const statusKey = [String(response.status), `${String(response.status)[0]}XX`].find((key) => key in responses);
    if (response.status >= 500) finding(`answered ${response.status}`);
    else if (!statusKey)
      finding(`answered ${response.status}, which the operation does not declare (declared: ${Object.keys(responses).join(', ')})`);
    let body: unknown = text;
    if (statusKey) {
      const declared = new Document(operation.spec).resolve(responses[statusKey]).value as Json;
      const content = (declared.content ?? {}) as Json;
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
      if (Object.keys(content).length > 0 && text.length > 0) {
        const declaredTypes = Object.keys(content).map((key) => key.split(';')[0]!.trim());
        if (!declaredTypes.includes(mediaType))
          finding(`answered ${response.status} as ${mediaType || 'no media type'}, declared: ${Object.keys(content).join(', ')}`);
        else if (/json$/.test(mediaType) && mediaType in content) {
          try {
            body = JSON.parse(text);
            const pointer = `/paths/${operation.path.replace(/~/g, '~0').replace(/\//g, '~1')}/${operation.method}/responses/${statusKey}`;
            const rawResponse = responses[statusKey] as Json;
            const base = typeof rawResponse.$ref === 'string' ? rawResponse.$ref.slice(1) : pointer;
            const validate = validatorOf(operation.service, `${base}/content/${mediaType.replace(/\//g, '~1')}/schema`);
            if (!validate(body)) finding(`the ${response.status} body does not match its schema: ${ajv.errorsText(validate.errors)}`);
          } catch (error) {
            finding(`the ${response.status} body is not JSON: ${(error as Error).message}`);
          }
        }
      }
    }
    return { status: response.status, body, headers: response.headers };
  }

  const sampler = (operation: Operation) => new SchemaSampler(operation.spec, random);

  function buildRequest(operation: Operation, mode: 'valid' | 'invalid'): { request: FuzzRequest; label: string } {
    const values = sampler(operation);
    const headers: Record<string, string> = {};
    let label: string = mode;
    let route = operation.path;
    const query = new URLSearchParams();
    const mutate =
      mode === 'invalid'
        ? random.pick(['parameter', 'unknown-query', 'body', 'broken-json', 'content-type', 'huge-body', 'token'] as const)
        : undefined;
    if (mutate) label = `invalid ${mutate}`;
    for (const parameter of operation.parameters) {
      const name = String(parameter.name);
      const hostile = mutate === 'parameter' && random.chance(0.5);
      let value: unknown;
      // Node answers a request head over 16 KB with a bare 431 before any service code runs (see the
      // README): parameters get the hostile strings short enough to reach the services.
      if (hostile)
        value = random.chance(0.5) ? random.pick(hostileStrings.filter((text) => text.length < 500)) : values.invalid(parameter.schema);
      else if (parameter.in === 'path' && known.has(name) && random.chance(0.8)) value = random.pick(known.get(name)!);
      else value = values.valid(parameter.schema);
      const short = (item: unknown) => textOf(item).slice(0, 1000);
      // An empty segment would address another path (`/speakers/` is the list), not this operation.
      if (parameter.in === 'path') route = route.replace(`{${name}}`, encodeSegment(short(value)) || '%00');
      else if (parameter.in === 'query') {
        if (parameter.required !== true && !hostile && random.chance(0.5)) continue;
        for (const item of Array.isArray(value) ? value.slice(0, 50) : [value]) query.append(name, short(item));
      } else if (parameter.in === 'header') {
        const text = name.toLowerCase() === 'if-match' && !hostile ? random.pick(['"1"', '"2"', '*']) : textOf(value);
        // fetch refuses header values with control characters, and Node answers headers over 16 KB with
        // a bare 431 before any service code runs: neither reaches a service, so neither is sent.
        if (/^[\t\x20-\x7e\x80-\xff]*$/.test(text) && text.length < 8_000) headers[name] = text;
      }
    }
    if (mutate === 'unknown-query') query.append(random.pick(['debug', 'admin', 'limit[]', '__proto__']), '1');

    const security = (operation.operation.security ?? operation.spec.security ?? []) as Json[];
    const bearer = security.some((requirement) => 'bearerAuth' in requirement);
    if (bearer) {
      if (mutate === 'token') {
        const wrong = random.pick(['none', 'garbage', 'refresh', 'basic', 'alg-none', 'service'] as const);
        label += ` (${wrong})`;
        const unsigned = `${Buffer.from('{"alg":"none","typ":"at+jwt"}').toString('base64url')}.${Buffer.from('{"sub":"x","permissions":["events:manage_all"]}').toString('base64url')}.`;
        const value = {
          none: undefined,
          garbage: 'Bearer not.a.jwt',
          refresh: `Bearer ${tokens.refresh ?? 'x'}`,
          basic: 'Basic YWRtaW46YWRtaW4=',
          'alg-none': `Bearer ${unsigned}`,
          service: `Bearer ${tokens.services['live-event']}`,
        }[wrong];
        if (value && /^[\t\x20-\x7e]*$/.test(value)) headers.authorization = value;
      } else {
        const all = { ...tokens.users, ...tokens.services };
        const who = random.chance(0.5) ? 'admin' : random.pick(Object.keys(all));
        label += ` as ${who}`;
        headers.authorization = `Bearer ${all[who]}`;
      }
    }

    let body: string | undefined;
    const requestBody = new Document(operation.spec).resolve(operation.operation.requestBody).value as Json | undefined;
    const content = (requestBody?.content ?? {}) as Json;
    const mediaType = Object.keys(content)[0];
    if (mediaType) {
      const media = content[mediaType] as Json;
      const examples = Object.values((media.examples ?? {}) as Json).map((example) => (example as Json).value);
      let value: unknown = examples.length > 0 && random.chance(0.4) ? structuredClone(random.pick(examples)) : values.valid(media.schema);
      if (mutate === 'body') value = values.invalid(media.schema);
      headers['content-type'] = mediaType;
      body = mediaType.includes('json')
        ? JSON.stringify(value)
        : new URLSearchParams(Object.entries(isObject(value) ? value : {}).map(([key, item]) => [key, String(item)])).toString();
      if (body === undefined) body = '';
      if (mutate === 'broken-json') body = random.pick(['{"a":', '{"title": "x"}}', '\u0000', '['.repeat(100_000), 'null', '"\\ud800"']);
      if (mutate === 'content-type')
        headers['content-type'] = random.pick([
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
        ]);
      if (mutate === 'huge-body') body = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
    } else if (mutate === 'huge-body' || mutate === 'broken-json' || mutate === 'content-type') {
      headers['content-type'] = mutate === 'content-type' ? 'text/plain' : 'application/json';
      body = mutate === 'huge-body' ? JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }) : '{"a":';
      if (['get', 'head'].includes(operation.method)) body = undefined;
    }
    const search = query.toString();
    return {
      request: {
        method: operation.method.toUpperCase(),
        url: `${stack.urls[operation.service]}${route}${search ? `?${search}` : ''}`,
        headers,
        body,
      },
      label,
    };
  }

  // Stateful sequences first: they fill `known` with real ids for the generated requests.
  for (const create of operations.filter((operation) => operation.method === 'post')) {
    const itemPath = operations.find(
      (other) =>
        other.service === create.service && other.method === 'get' && new RegExp(`^${escape(create.path)}/\\{[a-z_]+\\}$`).test(other.path),
    )?.path;
    if (!itemPath) continue;
    await sequence(create, itemPath);
  }

  async function sequence(create: Operation, itemPath: string): Promise<void> {
    const idName = /\{([a-z_]+)\}$/.exec(itemPath)![1]!;
    const find = (method: string) =>
      operations.find((operation) => operation.service === create.service && operation.method === method && operation.path === itemPath);
    const label = `sequence ${create.path} → ${itemPath}`;
    let created: { id: string; url: string } | undefined;
    for (let attempt = 0; attempt < 6 && !created; attempt += 1) {
      const { request } = buildRequest(create, 'valid');
      request.headers.authorization = `Bearer ${tokens.users.admin}`;
      const answer = await send(create, request, `${label}: create`);
      if (answer && answer.status === 201 && isObject(answer.body)) {
        const id = textOf(answer.body.id ?? answer.body[idName] ?? answer.body.name ?? '');
        if (id) created = { id, url: request.url.replace(/\?.*$/, '') + `/${encodeURIComponent(id)}` };
      }
    }
    if (!created) {
      log(`  ${label}: no create succeeded in 6 attempts (each answer was still checked)`);
      return;
    }
    remember(idName, created.id);
    const auth = { authorization: `Bearer ${tokens.users.admin}` };
    const read = await send(find('get')!, { method: 'GET', url: created.url, headers: auth }, `${label}: read`);
    if (read?.status !== 200)
      report.findings.push({ problem: `${label}: reading what was just created answered ${read?.status}`, request: `GET ${created.url}` });
    const etag = read?.headers.get('etag');
    const update = find('patch') ?? find('put');
    if (update && etag) {
      const values = sampler(update);
      const schema = (((new Document(update.spec).resolve(update.operation.requestBody).value as Json | undefined)?.content ?? {}) as Json)[
        'application/json'
      ] as Json | undefined;
      const body = JSON.stringify(schema ? values.valid(schema.schema) : {});
      const updated = await send(
        update,
        {
          method: update.method.toUpperCase(),
          url: created.url,
          headers: { ...auth, 'content-type': 'application/json', 'if-match': etag },
          body,
        },
        `${label}: update with If-Match`,
      );
      if (updated && updated.status >= 200 && updated.status < 300) {
        const stale = await send(
          update,
          {
            method: update.method.toUpperCase(),
            url: created.url,
            headers: { ...auth, 'content-type': 'application/json', 'if-match': etag },
            body,
          },
          `${label}: update with a stale If-Match`,
        );
        if (stale && stale.status !== 412 && !(stale.status === 400 || stale.status === 409))
          report.findings.push({
            problem: `${label}: a stale If-Match answered ${stale.status}, not 412`,
            request: `${update.method.toUpperCase()} ${created.url} If-Match: ${etag}`,
          });
      }
    }
    const remove = find('delete');
    if (remove) {
      const current = (await fetch(created.url, { headers: auth })).headers.get('etag');
      const removed = await send(
        remove,
        { method: 'DELETE', url: created.url, headers: { ...auth, ...(current ? { 'if-match': current } : {}) } },
        `${label}: delete`,
      );
      if (removed && removed.status >= 200 && removed.status < 300) {
        const gone = await send(find('get')!, { method: 'GET', url: created.url, headers: auth }, `${label}: read after delete`);
        if (gone && gone.status !== 404 && gone.status !== 410)
          report.findings.push({ problem: `${label}: read after delete answered ${gone.status}`, request: `GET ${created.url}` });
      }
      known.set(
        idName,
        (known.get(idName) ?? []).filter((id) => id !== created.id),
      );
    }
    // Leave one of each behind for the generated requests.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { request } = buildRequest(create, 'valid');
      request.headers.authorization = `Bearer ${tokens.users.admin}`;
      const answer = await send(create, request, `${label}: create to keep`);
      if (answer?.status === 201 && isObject(answer.body)) {
        remember(idName, answer.body.id ?? answer.body[idName]);
        break;
      }
    }
  }

  for (const operation of operations) {
    // Key rotation and revocation would end every token the fuzzer holds; they get only invalid requests.
    const disruptive = /\/keys\/(rotate|\{kid\}\/revoke)$|\/users\/\{user_id\}\/sessions$|\/auth\/logout$/.test(operation.path);
    for (let index = 0; index < options.casesPerOperation; index += 1) {
      const mode = disruptive || index % 2 === 1 ? 'invalid' : 'valid';
      const { request, label } = buildRequest(operation, mode);
      if (disruptive && !label.includes('token') && request.headers.authorization === `Bearer ${tokens.users.admin}`)
        delete request.headers.authorization;
      await send(operation, request, label);
    }
  }

  for (const name of serviceNames) {
    const health = await fetch(`${stack.urls[name]}/health`).catch(() => undefined);
    if (health?.status !== 200)
      report.findings.push({
        problem: `${name} is not healthy after the run (${health?.status ?? 'no answer'})`,
        request: `GET ${stack.urls[name]}/health`,
      });
  }
  return report;
}

/** Percent-encodes a path segment; a lone surrogate (no UTF-8 form) goes as the bytes a careless client would send. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}

/** A generated value as request text: objects and arrays as JSON, the rest as JavaScript prints it. */
function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
