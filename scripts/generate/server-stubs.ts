import { generatedBanner } from './banner.js';
import { camelCase, pascalCase, type ApiModel, type MediaModel, type OperationModel, type ResponseModel } from './openapi-model.js';

/** Error statuses a handler may answer with a Problem through the spec's `default` response. */
const problemStatuses = [400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 415, 422, 428, 429, 500, 501, 502, 503, 504];

/**
 * Emits generated/openapi/<api>/server.ts: per operation a typed input, a result union of exactly
 * the statuses and bodies the spec declares, the handler interface, the operation table the kit's
 * router wires, and the router and mock factories.
 */
export function renderServerStubs(apiName: string, model: ApiModel, sourceSpec: string): string {
  const service = pascalCase(camelCase(apiName));
  const serviceCamel = camelCase(apiName);
  const lines: string[] = [generatedBanner(sourceSpec)];
  lines.push(
    `import { readFileSync } from 'node:fs';`,
    `import type { Readable } from 'node:stream';`,
    `import type { Router } from 'express';`,
    `import type { Authenticator } from '@ilenia/kit';`,
    `import { createMockHandlers, createOpenApiRouter, type AuthenticatedHandlerContext, type HandlerContext, type OperationDefinition, type ResponseValidation, type SecuritySchemeDefinition } from '@ilenia/kit/openapi';`,
    `import type { components, operations } from './types.js';`,
    '',
    `/** The bundled spec this router validates against. */`,
    `export const ${serviceCamel}ApiSpec: object = JSON.parse(readFileSync(new URL('../../specs/${apiName}.json', import.meta.url), 'utf8'));`,
    '',
    `type Problem = components['schemas']['Problem'];`,
    `/** Headers a handler may add to its response (ETag, Location, Set-Cookie, Cache-Control, ...). */`,
    `type ResponseHeaders = Readonly<Record<string, string | number | readonly string[]>>;`,
    `/** A binary body (recordings): bytes or a stream. */`,
    `type BinaryBody = Uint8Array | Readable;`,
    `/** Statuses a handler may answer with a Problem body through the spec's \`default\` response. */`,
    `type ProblemStatus = ${problemStatuses.join(' | ')};`,
    '',
  );

  for (const operation of model.operations) lines.push(...renderOperationTypes(operation));

  lines.push(`/** One handler per operation of the ${model.title}. */`, `export interface ${service}Handlers {`);
  for (const operation of model.operations) {
    const type = pascalCase(operation.operationId);
    lines.push(
      `  /** ${operation.summary}. \`${operation.method.toUpperCase()} ${operation.path}\`${permissionNote(operation)} */`,
      `  ${operation.operationId}(input: ${type}Input, context: ${isAuthenticated(operation, model) ? 'AuthenticatedHandlerContext' : 'HandlerContext'}): Promise<${type}Result> | ${type}Result;`,
    );
  }
  lines.push('}', '');

  lines.push(`/** What the router needs to know of each operation. */`, `export const ${serviceCamel}Operations = {`);
  for (const operation of model.operations) {
    const responses = Object.fromEntries(
      operation.responses.map((response) => [response.status, response.media.map((media) => media.mediaType)]),
    );
    const definition: Record<string, unknown> = {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      expressPath: operation.expressPath,
      security: operation.security,
      ...(operation.requiredPermissions ? { requiredPermissions: operation.requiredPermissions } : {}),
      responses,
    };
    lines.push(`  ${operation.operationId}: ${JSON.stringify(definition)},`);
  }
  lines.push(`} as const satisfies Record<keyof ${service}Handlers, OperationDefinition>;`, '');

  lines.push(
    `/** The security schemes the spec declares. */`,
    `export const ${serviceCamel}SecuritySchemes: Record<string, SecuritySchemeDefinition> = {`,
  );
  for (const [name, scheme] of Object.entries(model.securitySchemes)) {
    const reduced =
      scheme.type === 'apiKey'
        ? { type: 'apiKey', in: scheme.in, name: scheme.name }
        : scheme.type === 'http'
          ? { type: 'http', scheme: String(scheme.scheme).toLowerCase() }
          : { type: scheme.type };
    lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(reduced)},`);
  }
  lines.push('};', '');

  const bearerSchemes = Object.entries(model.securitySchemes)
    .filter(([, scheme]) => scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer')
    .map(([name]) => name);
  const otherSchemes = Object.keys(model.securitySchemes).filter((name) => !bearerSchemes.includes(name));
  lines.push(
    `export interface ${service}RouterOptions {`,
    `  handlers: ${service}Handlers;`,
    `  /** Bearer schemes need a verifier; the others default to a presence check left to the handler. */`,
    `  authenticators: { ${[...bearerSchemes.map((name) => `${name}: Authenticator`), ...otherSchemes.map((name) => `${name}?: Authenticator`)].join('; ')} };`,
    `  /** Which responses are checked against the spec (\`RESPONSE_VALIDATION\`; all by default). */`,
    `  responseValidation?: ResponseValidation;`,
    `}`,
    '',
    `/** The Express router of the ${model.title}: authentication, permissions, validation, handlers. */`,
    `export function create${service}Router(options: ${service}RouterOptions): Router {`,
    `  return createOpenApiRouter({ apiSpec: ${serviceCamel}ApiSpec, operations: ${serviceCamel}Operations, securitySchemes: ${serviceCamel}SecuritySchemes, ...options });`,
    `}`,
    '',
    `/** Handlers that answer every operation with the spec's examples (USE_<SERVICE>_MOCK=true). */`,
    `export function create${service}MockHandlers(): ${service}Handlers {`,
    `  return createMockHandlers(${serviceCamel}ApiSpec, ${serviceCamel}Operations) as unknown as ${service}Handlers;`,
    `}`,
    '',
  );
  return lines.join('\n');
}

function permissionNote(operation: OperationModel): string {
  if (operation.requiredPermissions === undefined)
    return operation.security.every((alternative) => alternative.length === 0) ? ' · public' : '';
  if (operation.requiredPermissions.length === 0) return ' · any authenticated caller';
  return ` · requires ${operation.requiredPermissions.join(', ')}`;
}

function isAuthenticated(operation: OperationModel, model: ApiModel): boolean {
  if (operation.security.length === 0) return false;
  return operation.security.every(
    (alternative) =>
      alternative.length > 0 &&
      alternative.some(
        (name) => model.securitySchemes[name]?.type === 'http' && String(model.securitySchemes[name]?.scheme).toLowerCase() === 'bearer',
      ),
  );
}

function renderOperationTypes(operation: OperationModel): string[] {
  const type = pascalCase(operation.operationId);
  const op = `operations['${operation.operationId}']`;
  const lines: string[] = [
    `/** Input of \`${operation.operationId}\`: ${operation.method.toUpperCase()} ${operation.path}. */`,
    `export interface ${type}Input {`,
  ];
  const byLocation = (location: string) => operation.parameters.filter((parameter) => parameter.in === location);
  lines.push(byLocation('path').length > 0 ? `  path: ${op}['parameters']['path'];` : `  path: Record<string, never>;`);
  lines.push(byLocation('query').length > 0 ? `  query: NonNullable<${op}['parameters']['query']>;` : `  query: Record<string, never>;`);
  const headers = byLocation('header');
  lines.push(
    headers.length > 0
      ? `  headers: { ${headers.map((header) => `${JSON.stringify(header.name.toLowerCase())}${header.required ? '' : '?'}: NonNullable<${op}['parameters']['header']>[${JSON.stringify(header.name)}]`).join('; ')} };`
      : `  headers: Record<string, unknown>;`,
  );
  const cookies = byLocation('cookie');
  lines.push(
    cookies.length > 0
      ? `  cookies: { ${cookies.map((cookie) => `${JSON.stringify(cookie.name)}${cookie.required ? '' : '?'}: NonNullable<${op}['parameters']['cookie']>[${JSON.stringify(cookie.name)}]`).join('; ')} };`
      : `  cookies: Record<string, string | undefined>;`,
  );
  if (operation.requestBody) {
    const bodyType = `NonNullable<${op}['requestBody']>['content'][${operation.requestBody.mediaTypes.map((mediaType) => JSON.stringify(mediaType)).join(' | ')}]`;
    lines.push(`  body: ${bodyType}${operation.requestBody.required ? '' : ' | undefined'};`);
  } else {
    lines.push(`  body: undefined;`);
  }
  lines.push('}', '');

  const declaredErrorStatuses = operation.responses.map((response) => response.status).filter((status) => status !== 'default');
  const variants: string[] = [];
  for (const response of operation.responses) {
    if (response.status === 'default') continue;
    variants.push(...renderResponseVariants(op, response));
  }
  if (operation.responses.some((response) => response.status === 'default')) {
    const excluded = declaredErrorStatuses.map(Number).filter((status) => problemStatuses.includes(status));
    const status = excluded.length > 0 ? `Exclude<ProblemStatus, ${excluded.join(' | ')}>` : 'ProblemStatus';
    variants.push(`{ status: ${status}; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders }`);
  }
  lines.push(`/** The answers \`${operation.operationId}\` may give, exactly as the spec declares them. */`, `export type ${type}Result =`);
  lines.push(...variants.map((variant, index) => `  | ${variant}${index === variants.length - 1 ? ';' : ''}`), '');
  return lines;
}

function renderResponseVariants(op: string, response: ResponseModel): string[] {
  const status = Number(response.status);
  if (response.media.length === 0) return [`{ status: ${status}; body?: undefined; headers?: ResponseHeaders }`];
  const single = response.media.length === 1;
  return response.media.map((media: MediaModel) => {
    const bodyType = media.binary ? 'BinaryBody' : `${op}['responses'][${status}]['content'][${JSON.stringify(media.mediaType)}]`;
    return `{ status: ${status}; body: ${bodyType}; contentType${single ? '?' : ''}: ${JSON.stringify(media.mediaType)}; headers?: ResponseHeaders }`;
  });
}
