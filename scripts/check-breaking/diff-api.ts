/**
 * The breaking changes between two versions of one bundled API description: OpenAPI 3.1 (operations,
 * parameters, bodies, responses, authentication, `x-required-permissions`) and AsyncAPI 3.0 (channels,
 * operations, messages and their payloads). Each change is one line, `<where>: <what>`, stable enough
 * to be acknowledged word for word in specs/BREAKING.md.
 */
import { Document, diffSchema, isObject, sameJson, type Json } from './diff-schema.js';

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every breaking change from `base` to `head` (both bundled OpenAPI documents). */
export function diffOpenApi(baseSpec: Json, headSpec: Json): string[] {
  const base = new Document(baseSpec);
  const head = new Document(headSpec);
  const out: string[] = [];
  const baseOperations = operationsOf(baseSpec);
  const headOperations = operationsOf(headSpec);
  for (const [key, baseOperation] of baseOperations) {
    const headOperation = headOperations.get(key);
    if (!headOperation) {
      if (!movedToNewMajor(key, headOperations)) out.push(`${key}: operation removed`);
      continue;
    }
    diffOperation(base, head, baseSpec, headSpec, baseOperation, headOperation, key, out);
  }
  return out;
}

interface OperationEntry {
  operation: Json;
  pathParameters: unknown[];
}

function operationsOf(spec: Json): Map<string, OperationEntry> {
  const operations = new Map<string, OperationEntry>();
  const document = new Document(spec);
  for (const [path, rawItem] of Object.entries((spec.paths ?? {}) as Json)) {
    const item = document.resolve(rawItem).value as Json;
    for (const method of httpMethods) {
      if (isObject(item[method])) {
        operations.set(`${method.toUpperCase()} ${path}`, {
          operation: item[method],
          pathParameters: (item.parameters as unknown[] | undefined) ?? [],
        });
      }
    }
  }
  return operations;
}

/** `/v1/x` gone while `/v2/x` (or any higher major) has the same method: the API moved on, not broke. */
function movedToNewMajor(key: string, headOperations: Map<string, OperationEntry>): boolean {
  const match = /^(\S+) (.*?)\/v(\d+)(\/.*)?$/.exec(key);
  if (!match) return false;
  const [, method, prefix, major, rest] = match;
  return [...headOperations.keys()].some((other) => {
    const candidate = /^(\S+) (.*?)\/v(\d+)(\/.*)?$/.exec(other);
    return (
      candidate !== null &&
      candidate[1] === method &&
      candidate[2] === prefix &&
      (candidate[4] ?? '') === (rest ?? '') &&
      Number(candidate[3]) > Number(major)
    );
  });
}

function diffOperation(
  base: Document,
  head: Document,
  baseSpec: Json,
  headSpec: Json,
  baseEntry: OperationEntry,
  headEntry: OperationEntry,
  key: string,
  out: string[],
): void {
  const baseOperation = baseEntry.operation;
  const headOperation = headEntry.operation;

  // Authentication: the effective requirement, and the schemes it names.
  const baseSecurity = securityOf(baseOperation, baseSpec);
  const headSecurity = securityOf(headOperation, headSpec);
  if (!sameJson(baseSecurity, headSecurity))
    out.push(`${key}: authentication changed from ${describeSecurity(baseSecurity)} to ${describeSecurity(headSecurity)}`);
  for (const scheme of new Set(headSecurity.flatMap((requirement) => Object.keys(requirement)))) {
    const baseScheme = stripDocumentation(base.resolve(schemesOf(baseSpec)[scheme]).value);
    const headScheme = stripDocumentation(head.resolve(schemesOf(headSpec)[scheme]).value);
    if (baseScheme !== undefined && !sameJson(baseScheme, headScheme)) out.push(`${key}: security scheme ${scheme} changed`);
  }
  const basePermissions = [...((baseOperation['x-required-permissions'] as string[] | undefined) ?? [])].sort();
  const headPermissions = [...((headOperation['x-required-permissions'] as string[] | undefined) ?? [])].sort();
  if (!sameJson(basePermissions, headPermissions))
    out.push(`${key}: required permissions changed from [${basePermissions.join(', ')}] to [${headPermissions.join(', ')}]`);

  // Parameters (the path item's, overridden by the operation's).
  const baseParameters = parametersOf(base, baseEntry);
  const headParameters = parametersOf(head, headEntry);
  for (const [name, baseParameter] of baseParameters) {
    const headParameter = headParameters.get(name);
    if (!headParameter) {
      // A removed query parameter is refused as unknown (400); a removed header is merely ignored.
      if (!name.startsWith('header ')) out.push(`${key}: ${name} parameter removed`);
      continue;
    }
    if (headParameter.required === true && baseParameter.required !== true) out.push(`${key}: ${name} parameter became required`);
    if (baseParameter.style !== headParameter.style || baseParameter.explode !== headParameter.explode)
      out.push(`${key}: ${name} parameter serialisation changed`);
    diffSchema(base, head, baseParameter.schema, headParameter.schema, 'request', `${key}: ${name} parameter `, out);
  }
  for (const [name, headParameter] of headParameters) {
    if (!baseParameters.has(name) && headParameter.required === true) out.push(`${key}: new required ${name} parameter`);
  }

  // Request body.
  const baseBody = base.resolve(baseOperation.requestBody).value as Json | undefined;
  const headBody = head.resolve(headOperation.requestBody).value as Json | undefined;
  if (baseBody && !headBody) out.push(`${key}: request body removed`);
  if (!baseBody && headBody?.required === true) out.push(`${key}: new required request body`);
  if (baseBody && headBody) {
    if (headBody.required === true && baseBody.required !== true) out.push(`${key}: request body became required`);
    diffContent(base, head, baseBody.content, headBody.content, 'request', `${key}: request body`, out);
  }

  // Responses.
  const baseResponses = (baseOperation.responses ?? {}) as Json;
  const headResponses = (headOperation.responses ?? {}) as Json;
  for (const status of Object.keys(baseResponses)) {
    if (!(status in headResponses)) {
      out.push(`${key}: response ${status} removed`);
      continue;
    }
    const baseResponse = base.resolve(baseResponses[status]).value as Json;
    const headResponse = head.resolve(headResponses[status]).value as Json;
    diffContent(base, head, baseResponse.content, headResponse.content, 'response', `${key}: response ${status}`, out);
    const baseHeaders = (baseResponse.headers ?? {}) as Json;
    const headHeaders = (headResponse.headers ?? {}) as Json;
    for (const header of Object.keys(baseHeaders)) {
      if (!(header in headHeaders)) out.push(`${key}: response ${status} header ${header} removed`);
      else {
        const baseHeader = base.resolve(baseHeaders[header]).value as Json;
        const headHeader = head.resolve(headHeaders[header]).value as Json;
        diffSchema(base, head, baseHeader.schema, headHeader.schema, 'response', `${key}: response ${status} header ${header} `, out);
      }
    }
  }
}

function diffContent(
  base: Document,
  head: Document,
  baseContent: unknown,
  headContent: unknown,
  direction: 'request' | 'response',
  where: string,
  out: string[],
): void {
  const baseMedia = isObject(baseContent) ? baseContent : {};
  const headMedia = isObject(headContent) ? headContent : {};
  for (const mediaType of Object.keys(baseMedia)) {
    if (!(mediaType in headMedia)) {
      out.push(`${where} ${mediaType} removed`);
      continue;
    }
    diffSchema(
      base,
      head,
      (baseMedia[mediaType] as Json).schema,
      (headMedia[mediaType] as Json).schema,
      direction,
      `${where} ${mediaType} `,
      out,
    );
  }
}

function parametersOf(document: Document, entry: OperationEntry): Map<string, Json> {
  const parameters = new Map<string, Json>();
  for (const raw of [...entry.pathParameters, ...((entry.operation.parameters as unknown[] | undefined) ?? [])]) {
    const parameter = document.resolve(raw).value as Json;
    const name = parameter.in === 'header' ? String(parameter.name).toLowerCase() : String(parameter.name);
    parameters.set(`${String(parameter.in)} ${name}`, parameter);
  }
  return parameters;
}

type SecurityRequirement = Record<string, string[]>;

function securityOf(operation: Json, spec: Json): SecurityRequirement[] {
  const requirements = (operation.security ?? spec.security ?? []) as SecurityRequirement[];
  return requirements
    .map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, scopes]) => [name, [...scopes].sort()]),
      ),
    )
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function describeSecurity(requirements: SecurityRequirement[]): string {
  if (requirements.length === 0) return 'none';
  return requirements.map((requirement) => Object.keys(requirement).join('+') || 'anonymous').join(' or ');
}

function schemesOf(spec: Json): Json {
  return ((spec.components as Json | undefined)?.securitySchemes ?? {}) as Json;
}

function stripDocumentation(value: unknown): unknown {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'description' && !key.startsWith('x-')));
}

/**
 * Every breaking change between two bundled AsyncAPI 3.0 documents. The messages a client sends
 * (operations the server `receive`s) are compared as requests, those the server `send`s as responses.
 */
export function diffAsyncApi(baseSpec: Json, headSpec: Json): string[] {
  const base = new Document(baseSpec);
  const head = new Document(headSpec);
  const out: string[] = [];
  const baseChannels = (baseSpec.channels ?? {}) as Json;
  const headChannels = (headSpec.channels ?? {}) as Json;
  for (const name of Object.keys(baseChannels)) {
    const baseChannel = base.resolve(baseChannels[name]).value as Json;
    const headChannel = head.resolve(headChannels[name]).value as Json | undefined;
    if (!headChannel) {
      out.push(`channel ${name}: removed`);
      continue;
    }
    if (baseChannel.address !== headChannel.address)
      out.push(`channel ${name}: address changed from ${String(baseChannel.address)} to ${String(headChannel.address)}`);
    if (!sameJson(baseChannel.bindings, headChannel.bindings)) out.push(`channel ${name}: bindings changed (unclassified)`);
    if (!sameJson(baseChannel.parameters, headChannel.parameters)) out.push(`channel ${name}: parameters changed (unclassified)`);
  }
  const baseOperations = (baseSpec.operations ?? {}) as Json;
  const headOperations = (headSpec.operations ?? {}) as Json;
  for (const name of Object.keys(baseOperations)) {
    const baseOperation = base.resolve(baseOperations[name]).value as Json;
    const headOperation = head.resolve(headOperations[name]).value as Json | undefined;
    const where = `operation ${name}`;
    if (!headOperation) {
      out.push(`${where}: removed`);
      continue;
    }
    if (baseOperation.action !== headOperation.action)
      out.push(`${where}: action changed from ${String(baseOperation.action)} to ${String(headOperation.action)}`);
    const baseSecurity = ((baseOperation.security ?? []) as unknown[]).map((scheme) => stripDocumentation(base.resolve(scheme).value));
    const headSecurity = ((headOperation.security ?? []) as unknown[]).map((scheme) => stripDocumentation(head.resolve(scheme).value));
    if (!sameJson(baseSecurity, headSecurity)) out.push(`${where}: authentication changed`);
    const direction = baseOperation.action === 'receive' ? 'request' : 'response';
    const baseMessages = messagesOf(base, baseOperation);
    const headMessages = messagesOf(head, headOperation);
    for (const [message, baseMessage] of baseMessages) {
      const headMessage = headMessages.get(message);
      if (!headMessage) {
        out.push(`${where}: message ${message} removed`);
        continue;
      }
      if (!sameJson(baseMessage.contentType, headMessage.contentType)) out.push(`${where}: message ${message} content type changed`);
      diffSchema(base, head, baseMessage.payload, headMessage.payload, direction, `${where}: message ${message} payload `, out);
      if (baseMessage.headers !== undefined || headMessage.headers !== undefined)
        diffSchema(base, head, baseMessage.headers, headMessage.headers, direction, `${where}: message ${message} headers `, out);
    }
  }
  const baseCloseCodes = (baseSpec['x-close-codes'] ?? {}) as Json;
  const headCloseCodes = (headSpec['x-close-codes'] ?? {}) as Json;
  for (const code of Object.keys(baseCloseCodes)) if (!(code in headCloseCodes)) out.push(`close code ${code}: removed`);
  return out;
}

function messagesOf(document: Document, operation: Json): Map<string, Json> {
  const messages = new Map<string, Json>();
  // An operation without `messages` carries every message of its channel.
  const listed = operation.messages as unknown[] | undefined;
  const list = listed ?? Object.values(((document.resolve(operation.channel).value as Json | undefined)?.messages ?? {}) as Json);
  for (const raw of list) {
    const { value, ref } = document.resolve(raw);
    const message = value as Json;
    const name = typeof message.name === 'string' ? message.name : (ref?.split('/').pop() ?? 'unnamed');
    messages.set(name, message);
  }
  return messages;
}
