import { generatedBanner } from './banner.js';
import { camelCase, pascalCase, type ApiModel } from './openapi-model.js';

/**
 * Emits packages/api-client/src/generated/<api>.ts (exported as `@ilenia/api-client/<api>`): an openapi-fetch client typed by the spec, with one
 * named function per operation so front-end code reads `events.getEvent(...)` rather than paths.
 * Works in Node and the browser (no Node import).
 */
export function renderClientSdk(apiName: string, model: ApiModel, sourceSpec: string): string {
  const service = pascalCase(camelCase(apiName));
  const lines: string[] = [generatedBanner(sourceSpec)];
  lines.push(
    `import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';`,
    `import type { RequiredKeysOf } from 'openapi-typescript-helpers';`,
    `import type { paths } from '@ilenia/generated/openapi/${apiName}/types';`,
    `import { accessTokenMiddleware, type ApiClientOptions } from '../index.js';`,
    '',
    `/**`,
    ` * A typed client of the ${model.title}. Each function returns openapi-fetch's`,
    ` * \`{ data, error, response }\`: \`error\` is the typed Problem of a failed call. Wrap a call in`,
    ` * \`unwrap()\` to get \`data\` or a thrown \`ProblemError\` instead.`,
    ` */`,
    `export function create${service}Client(options: ApiClientOptions) {`,
    `  const http = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers, credentials: options.credentials });`,
    `  http.use(accessTokenMiddleware(options.accessToken));`,
    `  return {`,
    `    /** The underlying openapi-fetch client, for middleware or calls by path. */`,
    `    http,`,
  );
  for (const operation of model.operations) {
    const verb = operation.method.toUpperCase();
    const path = JSON.stringify(operation.path);
    lines.push(
      `    /** ${operation.summary}. \`${verb} ${operation.path}\` */`,
      `    ${operation.operationId}: <Init extends MaybeOptionalInit<paths[${path}], '${operation.method}'>>(...init: InitParam<Init>) =>`,
      `      http.${verb}(${path}, ...(init as [never])) as Promise<Response<paths[${path}]['${operation.method}'], Init>>,`,
    );
  }
  lines.push(
    `  };`,
    `}`,
    '',
    `export type ${service}Client = ReturnType<typeof create${service}Client>;`,
    '',
    `/** The optional-or-required init argument, as openapi-fetch's own methods take it. */`,
    `// (Its generic spread cannot be forwarded as is, hence the cast above and the explicit result type.)`,
    `type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];`,
    `type Response<Operation, Init> = FetchResponse<Operation & Record<string | number, unknown>, Init, \`\${string}/\${string}\`>;`,
    '',
  );
  return lines.join('\n');
}
