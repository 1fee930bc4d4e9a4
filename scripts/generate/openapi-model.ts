/**
 * Reads a bundled OpenAPI document into the facts the stub and SDK generators need: one
 * OperationModel per operation, in spec order, with references resolved.
 */
type Json = Record<string, unknown>;

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
}

export interface MediaModel {
  mediaType: string;
  binary: boolean;
}

export interface ResponseModel {
  status: string; // '200', '404', 'default'
  media: MediaModel[];
}

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  path: string;
  expressPath: string;
  summary: string;
  security: string[][];
  requiredPermissions?: string[];
  parameters: ParameterModel[];
  requestBody?: { required: boolean; mediaTypes: string[] };
  responses: ResponseModel[];
}

export interface ApiModel {
  title: string;
  operations: OperationModel[];
  securitySchemes: Record<string, Json>;
}

export function readApiModel(spec: Json): ApiModel {
  const operations: OperationModel[] = [];
  const paths = (spec.paths ?? {}) as Record<string, Json>;
  const rootSecurity = (spec.security ?? []) as Record<string, string[]>[];
  for (const [path, rawPathItem] of Object.entries(paths)) {
    const pathItem = resolve(spec, rawPathItem);
    const pathParameters = ((pathItem.parameters ?? []) as unknown[]).map((parameter) => resolve(spec, parameter));
    for (const method of httpMethods) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const operationId = operation.operationId as string;
      if (!operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId.`);
      const parameters = new Map<string, ParameterModel>();
      for (const parameter of [...pathParameters, ...((operation.parameters ?? []) as unknown[]).map((item) => resolve(spec, item))]) {
        const model: ParameterModel = {
          name: parameter.name as string,
          in: parameter.in as ParameterModel['in'],
          required: parameter.in === 'path' || parameter.required === true,
        };
        parameters.set(`${model.in}:${model.name}`, model);
      }
      const requestBody = operation.requestBody ? resolve(spec, operation.requestBody) : undefined;
      const security = ((operation.security ?? rootSecurity) as Record<string, string[]>[]).map((requirement) => Object.keys(requirement));
      const responses = Object.entries((operation.responses ?? {}) as Json).map(([status, rawResponse]) => {
        const response = resolve(spec, rawResponse);
        const content = (response.content ?? {}) as Record<string, Json>;
        return {
          status,
          media: Object.entries(content).map(([mediaType, media]) => ({ mediaType, binary: isBinary(spec, mediaType, media) })),
        };
      });
      operations.push({
        operationId,
        method,
        path,
        expressPath: path.replace(/\{([^}]+)\}/g, ':$1'),
        summary: (operation.summary as string | undefined) ?? operationId,
        security,
        requiredPermissions: operation['x-required-permissions'] as string[] | undefined,
        parameters: [...parameters.values()],
        requestBody: requestBody
          ? { required: requestBody.required === true, mediaTypes: Object.keys(requestBody.content ?? {}) }
          : undefined,
        responses,
      });
    }
  }
  const components = (spec.components ?? {}) as Json;
  const securitySchemes: Record<string, Json> = {};
  for (const [name, scheme] of Object.entries((components.securitySchemes ?? {}) as Json)) securitySchemes[name] = resolve(spec, scheme);
  return { title: ((spec.info as Json | undefined)?.title as string) ?? 'API', operations, securitySchemes };
}

function isBinary(spec: Json, mediaType: string, media: Json): boolean {
  const schema = resolve(spec, media.schema);
  if (schema.format === 'binary' || schema.contentEncoding === 'binary') return true;
  return /^(audio|video|image)\//.test(mediaType) || mediaType === 'application/octet-stream';
}

/** Follows local `$ref`s (`#/components/...`) until a concrete object. */
export function resolve(spec: Json, value: unknown): Json {
  let current = (value ?? {}) as Json;
  for (let depth = 0; typeof current.$ref === 'string'; depth += 1) {
    if (depth > 32) throw new Error(`Reference cycle at ${current.$ref}`);
    const pointer = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
    const target = pointer.reduce<unknown>((node, token) => (node as Json | undefined)?.[token], spec);
    if (!target) throw new Error(`Unresolvable reference ${current.$ref}`);
    current = target as Json;
  }
  return current;
}

/** `getEvent` → `GetEvent`. */
export function pascalCase(identifier: string): string {
  return identifier.charAt(0).toUpperCase() + identifier.slice(1);
}

/** `live-event` → `liveEvent`. */
export function camelCase(name: string): string {
  return name.replace(/[-_ ]+([a-z0-9])/gi, (_match, letter: string) => letter.toUpperCase());
}
