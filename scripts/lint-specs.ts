/**
 * `make lint`: Redocly's strict lint of every spec (zero errors and zero warnings), then the
 * conventions Redocly cannot express (specs/README.md): permissions declared and catalogued,
 * 401/403 on secured operations, examples everywhere, path files named after their paths.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { asyncApiApis, openApiApis, rootSpecPath } from './generate/apis.js';
import { httpMethods, resolve } from './generate/openapi-model.js';
import { redocly, repositoryRoot } from './generate/redocly.js';

type Json = Record<string, unknown>;

/**
 * Lints every API; returns the list of problems (empty when all is well). `only` lints some OpenAPI
 * APIs of the repository at `root` (a copy of it: the new-service test), without the check that every
 * permission is used, which needs them all.
 */
export async function lintSpecs(options: { root?: string; only?: readonly string[] } = {}): Promise<string[]> {
  const root = options.root ?? repositoryRoot;
  const apis: readonly string[] = options.only ?? openApiApis;
  const problems: string[] = [];
  for (const api of options.only ?? [...openApiApis, ...asyncApiApis.map((entry) => entry.name)]) {
    try {
      const { stdout, stderr } = await redocly(['lint', api, '--format', 'stylish'], root);
      const output = `${stdout}\n${stderr}`;
      const warnings = /(\d+) warnings?/.exec(output);
      if (warnings && Number(warnings[1]) > 0) problems.push(`${api}: Redocly reports warnings:\n${output.trim()}`);
    } catch (error) {
      problems.push(`${api}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) return problems;

  const catalogue = parseYaml(await readFile(path.join(root, 'specs/permissions.yaml'), 'utf8')) as {
    permissions: Record<string, { modifier?: boolean }>;
  };
  const used = new Set<string>();
  const scratch = await mkdtemp(path.join(tmpdir(), 'ilenia-lint-'));
  try {
    for (const api of apis) {
      const file = path.join(scratch, `${api}.yaml`);
      await redocly(['bundle', api, '-o', file], root);
      const spec = parseYaml(await readFile(file, 'utf8')) as Json;
      const rootSpec = parseYaml(await readFile(path.join(root, rootSpecPath(api)), 'utf8')) as Json;
      problems.push(...checkPathFiles(api, rootSpec), ...checkOperations(api, spec, catalogue.permissions, used));
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (options.only) return problems;
  for (const permission of Object.keys(catalogue.permissions)) {
    if (!used.has(permission) && !catalogue.permissions[permission]!.modifier)
      problems.push(`specs/permissions.yaml: ${permission} is required by no operation; remove it or use it.`);
  }
  return problems;
}

function checkPathFiles(api: string, root: Json): string[] {
  const problems: string[] = [];
  for (const [route, item] of Object.entries((root.paths ?? {}) as Record<string, Json>)) {
    const reference = item.$ref as string | undefined;
    if (!reference) {
      problems.push(`${api}: path ${route} must be a $ref to its own file.`);
      continue;
    }
    if (reference.startsWith('../common/')) continue;
    const expected = `paths/${route.replace(/^\//, '').replace(/\//g, '_')}.yaml`;
    if (reference !== expected) problems.push(`${api}: path ${route} should live in ${expected}, not ${reference}.`);
  }
  return problems;
}

function checkOperations(api: string, spec: Json, permissions: Record<string, unknown>, used: Set<string>): string[] {
  const problems: string[] = [];
  const rootSecurity = (spec.security ?? []) as Json[];
  for (const [route, pathItem] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of httpMethods) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const where = `${api}: ${method.toUpperCase()} ${route} (${String(operation.operationId)})`;
      const security = (operation.security ?? rootSecurity) as Json[];
      // Permissions ride on access tokens: only bearer-secured operations can require them.
      const secured = security.some((requirement) => Object.keys(requirement).some((scheme) => isBearer(spec, scheme)));
      const required = operation['x-required-permissions'];
      const responses = (operation.responses ?? {}) as Json;
      if (secured && !Array.isArray(required)) problems.push(`${where}: a secured operation declares x-required-permissions.`);
      if (!secured && required !== undefined)
        problems.push(`${where}: only an operation secured by a bearer token can require permissions.`);
      const bearerOnly = security.every((requirement) => Object.keys(requirement).length > 0);
      if (secured && bearerOnly && !('401' in responses)) problems.push(`${where}: a secured operation lists a 401 response.`);
      if (Array.isArray(required) && required.length > 0 && !('403' in responses))
        problems.push(`${where}: an operation that requires permissions lists a 403 response.`);
      for (const permission of Array.isArray(required) ? (required as string[]) : []) {
        if (!(permission in permissions)) problems.push(`${where}: permission ${permission} is not in specs/permissions.yaml.`);
        used.add(permission);
      }
      if (!('default' in responses)) problems.push(`${where}: lists a default Problem response.`);
      const body = operation.requestBody ? resolve(spec, operation.requestBody) : undefined;
      problems.push(...checkKitStatuses(spec, where, responses, body !== undefined));
      const inputs: [string, unknown][] = [
        ...((pathItem.parameters ?? []) as unknown[]),
        ...((operation.parameters ?? []) as unknown[]),
      ].map((parameter) => {
        const resolved = resolve(spec, parameter);
        return [`parameter ${String(resolved.name)}`, resolved.schema];
      });
      for (const [mediaType, media] of Object.entries((body?.content ?? {}) as Record<string, Json>))
        inputs.push([`${mediaType} body`, media.schema]);
      for (const [input, schema] of inputs) {
        for (const place of unboundedNumbers(spec, schema, '', new Set()))
          problems.push(
            `${where}: ${input}${place} is a number without bounds a database column holds (minimum and maximum within ±${databaseIntegerLimit}).`,
          );
      }
      for (const [mediaType, media] of Object.entries((body?.content ?? {}) as Record<string, Json>)) {
        if (!hasExample(spec, media)) problems.push(`${where}: the ${mediaType} request body has no example.`);
      }
      for (const [status, rawResponse] of Object.entries(responses)) {
        const response = resolve(spec, rawResponse);
        for (const [mediaType, media] of Object.entries((response.content ?? {}) as Record<string, Json>)) {
          const binary = resolve(spec, media.schema).format === 'binary';
          if (!binary && !hasExample(spec, media)) problems.push(`${where}: the ${status} ${mediaType} response has no example.`);
        }
      }
    }
  }
  return problems;
}

/** The largest PostgreSQL `integer`; an input beyond it passes validation and fails in the database (a 500). */
const databaseIntegerLimit = 2_147_483_647;

/**
 * The statuses the kit answers for any operation, declared where clients handle them: 400 (an unknown
 * query parameter is refused everywhere), 413 (every body is size-limited) and, with a request body,
 * 415. An operation whose 400 is not a Problem (the OAuth token endpoint) answers all of them as its 400.
 */
function checkKitStatuses(spec: Json, where: string, responses: Json, hasBody: boolean): string[] {
  if (!('400' in responses)) return [`${where}: lists a 400 response (unknown query parameters are refused on every operation).`];
  const badRequest = resolve(spec, responses['400']);
  if (!('application/problem+json' in ((badRequest.content ?? {}) as Json))) return [];
  const problems: string[] = [];
  if (!('413' in responses)) problems.push(`${where}: lists a 413 response (common/responses/PayloadTooLarge.yaml).`);
  if (hasBody && !('415' in responses))
    problems.push(`${where}: an operation with a request body lists a 415 response (common/responses/UnsupportedMediaType.yaml).`);
  return problems;
}

/** JSON pointers, within an input schema, of integers and numbers lacking bounds within ±databaseIntegerLimit. */
function unboundedNumbers(spec: Json, raw: unknown, place: string, seen: Set<unknown>): string[] {
  if (raw === undefined || typeof raw !== 'object' || raw === null || seen.has(raw)) return [];
  seen.add(raw);
  const schema = resolve(spec, raw);
  const found: string[] = [];
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  if ((types.includes('integer') || types.includes('number')) && !Array.isArray(schema.enum) && schema.const === undefined) {
    const maximum = (schema.maximum ?? schema.exclusiveMaximum) as number | undefined;
    const minimum = (schema.minimum ?? schema.exclusiveMinimum) as number | undefined;
    if (maximum === undefined || maximum > databaseIntegerLimit || minimum === undefined || minimum < -databaseIntegerLimit)
      found.push(place || ' (the value itself)');
  }
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Json))
    found.push(...unboundedNumbers(spec, property, `${place}/${name}`, seen));
  if (typeof schema.additionalProperties === 'object')
    found.push(...unboundedNumbers(spec, schema.additionalProperties, `${place}/*`, seen));
  if (schema.items !== undefined) found.push(...unboundedNumbers(spec, schema.items, `${place}/items`, seen));
  for (const keyword of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
    for (const [index, member] of ((schema[keyword] ?? []) as unknown[]).entries())
      found.push(...unboundedNumbers(spec, member, `${place}/${keyword}/${index}`, seen));
  }
  return found;
}

function isBearer(spec: Json, scheme: string): boolean {
  const definition = resolve(spec, ((spec.components as Json | undefined)?.securitySchemes as Json | undefined)?.[scheme]);
  return definition.type === 'http' && String(definition.scheme).toLowerCase() === 'bearer';
}

function hasExample(spec: Json, media: Json): boolean {
  if (media.example !== undefined) return true;
  if (media.examples && Object.keys(media.examples).length > 0) return true;
  return resolve(spec, media.schema).example !== undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await lintSpecs();
  if (problems.length > 0) {
    console.error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in specs/:`);
    for (const problem of problems) console.error(`- ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(`specs/: ${openApiApis.length + asyncApiApis.length} APIs lint clean (Redocly strict, Ilenia conventions).`);
  }
}
