/**
 * Reads a parsed AsyncAPI 3 document (Parser-API v3) into the plain model the renderers need:
 * every message with its cleaned JSON Schema, the message unions per role and direction, and the
 * close codes. Everything is driven by the spec (channels, operations, messages, `x-close-codes`),
 * so a message or channel added to the spec shows up in the output with no template change.
 *
 * Conventions read from the spec:
 * - the channel id names the role (`speaker` → `Speaker`);
 * - an operation with `action: receive` carries client → server messages (`Client`), one with
 *   `action: send` server → client messages (`Server`);
 * - a message's `name` is its TypeScript type name (PascalCase);
 * - a JSON message (content type `application/json` or `*+json`) has a `type` property with a
 *   string `const`, unique within each union; any other content type is a binary frame.
 */
import { cleanSchema, hoistTitledSchemas, stableStringify } from './schema.js';

/** Names the generated files declare themselves, or that would shadow a global TypeScript type. */
const RESERVED_NAMES = new Set([
  'JsonMessage',
  'MessageType',
  'MessageByType',
  'CloseCode',
  'CloseCodeName',
  'ParseResult',
  'ParseIssue',
  'ParseFailure',
  'ParseErrorCode',
  'Array',
  'ArrayBuffer',
  'Boolean',
  'Date',
  'Error',
  'Event',
  'Function',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Record',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'Uint8Array',
]);

const DIRECTION_BY_ACTION = { receive: 'Client', send: 'Server' };

function pascalCase(id) {
  return String(id)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function isJsonContentType(contentType) {
  return /^application\/([\w.-]+\+)?json$/i.test(contentType);
}

function fail(message) {
  throw new Error(`asyncapi-ws-models: ${message}`);
}

/**
 * @param {import('@asyncapi/parser').AsyncAPIDocumentInterface} asyncapi
 */
export function collectProtocol(asyncapi) {
  const defaultContentType = asyncapi.defaultContentType() || 'application/json';
  /** @type {Map<string, object>} message name → message model */
  const messages = new Map();
  /** @type {Map<string, object>} union name → union model */
  const unions = new Map();

  for (const operation of asyncapi.operations().all()) {
    const direction = DIRECTION_BY_ACTION[operation.action()];
    if (!direction) fail(`operation ${operation.id()} has an unknown action ${operation.action()}`);
    for (const channel of operation.channels().all()) {
      const role = pascalCase(channel.id());
      const unionName = `${role}${direction}Message`;
      if (!unions.has(unionName)) {
        unions.set(unionName, {
          name: unionName,
          role,
          channelId: channel.id(),
          address: channel.address(),
          direction,
          json: [],
          binary: [],
          typeValues: new Map(),
        });
      }
      const union = unions.get(unionName);
      for (const message of operation.messages().all()) {
        const model = readMessage(message, defaultContentType, messages);
        const list = model.binary ? union.binary : union.json;
        if (list.includes(model.name)) continue;
        if (!model.binary) {
          const previous = union.typeValues.get(model.typeValue);
          if (previous) fail(`${previous} and ${model.name} both use type "${model.typeValue}" in ${unionName}`);
          union.typeValues.set(model.typeValue, model.name);
        }
        list.push(model.name);
        model.usedIn.push({ union: unionName, channelId: channel.id(), address: channel.address(), direction });
      }
    }
  }

  for (const union of unions.values()) {
    for (const generated of [union.name, `${union.name}Types`, union.name.replace(/Message$/, 'BinaryMessage')]) {
      if (messages.has(generated)) fail(`message name ${generated} clashes with a generated union name`);
    }
  }
  const jsonMessages = [...messages.values()].filter((message) => !message.binary);
  const { definitions, hoisted } = buildDefinitions(jsonMessages);

  return {
    title: asyncapi.info().title(),
    schemaId: asyncapi.info().id() || 'urn:asyncapi:ws-models',
    messages: [...messages.values()],
    jsonMessages,
    binaryMessages: [...messages.values()].filter((message) => message.binary),
    unions: [...unions.values()],
    definitions,
    sharedSchemaNames: hoisted,
    closeCodes: readCloseCodes(asyncapi),
  };
}

function readMessage(message, defaultContentType, messages) {
  const name = message.name();
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    fail(`every message needs a PascalCase "name" (got ${JSON.stringify(name)} for "${message.title() || message.id()}")`);
  }
  if (RESERVED_NAMES.has(name)) fail(`message name ${name} is reserved (a generated or global TypeScript name)`);
  const contentType = message.contentType() || defaultContentType;
  const binary = !isJsonContentType(contentType);
  const schema = message.hasPayload() ? cleanSchema(message.payload().json()) : undefined;

  const existing = messages.get(name);
  if (existing) {
    if (stableStringify(existing.schema) !== stableStringify(schema)) {
      fail(`two different messages are named ${name}`);
    }
    return existing;
  }

  let typeValue;
  if (!binary) {
    typeValue = schema?.properties?.type?.const;
    if (typeof typeValue !== 'string') fail(`JSON message ${name} needs a "type" property with a string const`);
    if (!schema.required?.includes('type')) fail(`JSON message ${name} must list "type" in required`);
  }
  const model = {
    name,
    title: message.title() || name,
    summary: message.summary() || '',
    description: message.description() || '',
    contentType,
    binary,
    typeValue,
    schema,
    usedIn: [],
  };
  messages.set(name, model);
  return model;
}

/**
 * One `$defs` entry per JSON message (titled with the message name, described with its summary
 * and description), plus one per titled sub-schema shared between messages.
 */
function buildDefinitions(jsonMessages) {
  const roots = {};
  for (const message of jsonMessages) {
    roots[message.name] = {
      ...message.schema,
      title: message.name,
      description: [message.summary, message.description].filter(Boolean).join('\n\n'),
    };
  }
  const { roots: hoistedRoots, shared } = hoistTitledSchemas(roots, '#/$defs/');
  for (const sharedName of Object.keys(shared)) {
    if (roots[sharedName]) fail(`schema title ${sharedName} is also a message name`);
    if (RESERVED_NAMES.has(sharedName)) fail(`schema title ${sharedName} is reserved`);
  }
  const sharedNames = Object.keys(shared).sort();
  const definitions = { ...hoistedRoots };
  for (const sharedName of sharedNames) definitions[sharedName] = shared[sharedName];
  return { definitions, hoisted: sharedNames };
}

function readCloseCodes(asyncapi) {
  const extension = asyncapi.extensions().get('x-close-codes');
  if (!extension) return [];
  const value = extension.value();
  const codes = Object.keys(value)
    .map((code) => {
      const entry = value[code];
      const number = Number(code);
      if (!Number.isInteger(number) || number < 1000 || number > 4999) fail(`x-close-codes: ${code} is not a close code`);
      if (!entry || typeof entry.name !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(entry.name)) {
        fail(`x-close-codes.${code}.name must be an identifier`);
      }
      return { code: number, name: pascalCase(entry.name), description: String(entry.description || '') };
    })
    .sort((a, b) => a.code - b.code);
  const seen = new Set();
  for (const { name } of codes) {
    if (seen.has(name)) fail(`x-close-codes: the name ${name} is used twice`);
    seen.add(name);
  }
  return codes;
}
