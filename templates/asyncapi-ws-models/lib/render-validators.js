/**
 * validators.ts: Ajv (JSON Schema 2020-12) validators compiled once from schemas.ts, and per role
 * and direction a `parse…` (text frame → typed message), a `validate…` (decoded value → typed
 * message) and a `serialize…` (typed message → checked JSON text) function. Dispatch is on `type`
 * first, so an unknown type is reported as `unknown_type`, then on the message's own schema, so
 * each issue names the offending field.
 */
import { camelCase, docComment, endWithNewline, quote } from './text.js';

const DIRECTION_WORDS = {
  Client: (union) => `a ${union.channelId} client sends to the server on \`${union.address}\``,
  Server: (union) => `the server sends to a ${union.channelId} client on \`${union.address}\``,
};

export function renderValidators(protocol, banner) {
  const unions = protocol.unions.filter((union) => union.json.length > 0);
  const imports = unions.map((union) => `  ${union.name},`).join('\n');
  const validators = protocol.jsonMessages.map((message) => `  ${message.name}: compileMessage(${quote(message.name)}),`).join('\n');
  return endWithNewline(
    [
      banner,
      "import { Ajv2020 } from 'ajv/dist/2020.js';",
      "import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';",
      "import ajvFormats from 'ajv-formats';",
      '',
      "import { MESSAGE_SCHEMAS_ID, messageSchemas } from './schemas.js';",
      `import type {\n${imports}\n} from './messages.js';`,
      '',
      STATIC_PART,
      '/** One validator per JSON message, compiled once when this module loads. */',
      `const messageValidators = {\n${validators}\n} as const;`,
      '',
      ...unions.map(renderUnion),
    ].join('\n'),
  );
}

function renderUnion(union) {
  const table = `${camelCase(union.name)}Validators`;
  const entries = union.json.map((name) => `  [messageValidators.${name}.typeValue, messageValidators.${name}.validate],`).join('\n');
  const what = DIRECTION_WORDS[union.direction](union);
  const label = quote(
    union.direction === 'Client' ? `a ${union.channelId} client sends` : `the server sends to a ${union.channelId} client`,
  );
  return [
    `const ${table}: ReadonlyMap<string, ValidateFunction> = new Map([\n${entries}\n]);`,
    '',
    docComment(
      `Parses a text frame that ${what}: JSON-decodes a string (any other value is taken as already decoded), ` +
        `dispatches on \`type\` and validates against that message's schema.\n\n` +
        `Fails with \`unknown_type\` when \`type\` is not a ${union.name}, and with \`invalid_message\` ` +
        '(issues name each offending field as a JSON pointer) for anything else that is wrong.',
    ) + `export function parse${union.name}(input: unknown): ParseResult<${union.name}> {`,
    '  const decoded = decodeJson(input);',
    '  if (!decoded.ok) return decoded;',
    `  return checkMessage<${union.name}>(decoded.value, ${table}, ${label});`,
    '}',
    '',
    docComment(`Validates an already decoded value as a message ${what} (same checks as {@link parse${union.name}}).`) +
      `export function validate${union.name}(value: unknown): ParseResult<${union.name}> {`,
    `  return checkMessage<${union.name}>(value, ${table}, ${label});`,
    '}',
    '',
    docComment(
      `Validates a message ${what} and returns its JSON text; throws {@link InvalidMessageError} ` +
        'instead of letting a malformed message out.',
    ) + `export function serialize${union.name}(message: ${union.name}): string {`,
    `  const result = checkMessage<${union.name}>(message, ${table}, ${label});`,
    '  if (!result.ok) throw new InvalidMessageError(result.error);',
    '  return JSON.stringify(message);',
    '}',
    '',
  ].join('\n');
}

const STATIC_PART = `/** The protocol error code a refused message is answered with. */
export type ParseErrorCode = 'invalid_message' | 'unknown_type';

/** One problem with a message. */
export interface ParseIssue {
  /** JSON pointer of the offending field inside the message (\`''\` for the message itself), e.g. \`/languages/0\`. */
  path: string;
  /** What is wrong with it, in English. */
  message: string;
  /** The check that failed: a JSON Schema keyword (\`required\`, \`type\`, \`maxLength\`, ...) or \`json\`. */
  keyword: string;
}

/** Why a message was refused, ready to become an \`error\` message (\`code\`, \`message\`, \`details.issues\`). */
export interface ParseError {
  code: ParseErrorCode;
  message: string;
  issues: ParseIssue[];
}

/** A refused message. */
export interface ParseFailure {
  ok: false;
  error: ParseError;
}

/** The outcome of parsing or validating a message. */
export type ParseResult<T> = { ok: true; message: T } | ParseFailure;

/** Thrown by the \`serialize…\` functions when a message does not match its schema. */
export class InvalidMessageError extends Error {
  readonly code: ParseErrorCode;
  readonly issues: ParseIssue[];

  constructor(error: ParseError) {
    super(error.message);
    this.name = 'InvalidMessageError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
// ajv-formats is CommonJS: under NodeNext its default import is the module object.
ajvFormats.default(ajv);
ajv.addSchema(messageSchemas);

interface MessageValidator {
  typeValue: string;
  validate: ValidateFunction;
}

function compileMessage(name: string): MessageValidator {
  const ref = \`\${MESSAGE_SCHEMAS_ID}#/$defs/\${name}\`;
  const validate = ajv.getSchema(ref);
  const typeValue = (messageSchemas.$defs as Record<string, { properties?: { type?: { const?: unknown } } }>)[name]
    ?.properties?.type?.const;
  if (!validate || typeof typeValue !== 'string') throw new Error(\`No schema with a type const for message \${name}\`);
  return { typeValue, validate };
}

function fail(code: ParseErrorCode, issues: ParseIssue[]): ParseFailure {
  const [first] = issues;
  const where = first && first.path ? \`\${first.path}: \` : '';
  const more = issues.length > 1 ? \` (and \${issues.length - 1} more)\` : '';
  return { ok: false, error: { code, message: \`\${where}\${first ? first.message : 'invalid message'}\${more}\`, issues } };
}

function decodeJson(input: unknown): { ok: true; value: unknown } | ParseFailure {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('invalid_message', [{ path: '', keyword: 'json', message: \`is not valid JSON (\${reason})\` }]);
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\\//g, '~1');
}

function toIssue(error: ErrorObject): ParseIssue {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return { path: \`\${error.instancePath}/\${escapePointer(params.missingProperty)}\`, keyword: 'required', message: 'is required' };
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return {
      path: \`\${error.instancePath}/\${escapePointer(params.additionalProperty)}\`,
      keyword: 'additionalProperties',
      message: 'is not a known property',
    };
  }
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return { path: error.instancePath, keyword: 'enum', message: \`must be one of: \${params.allowedValues.join(', ')}\` };
  }
  if (error.keyword === 'const') {
    return { path: error.instancePath, keyword: 'const', message: \`must be \${JSON.stringify(params.allowedValue)}\` };
  }
  return { path: error.instancePath, keyword: error.keyword, message: error.message ?? 'is invalid' };
}

function checkMessage<T>(value: unknown, byType: ReadonlyMap<string, ValidateFunction>, sender: string): ParseResult<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('invalid_message', [{ path: '', keyword: 'type', message: 'must be a JSON object' }]);
  }
  const type = (value as { type?: unknown }).type;
  if (type === undefined) return fail('invalid_message', [{ path: '/type', keyword: 'required', message: 'is required' }]);
  if (typeof type !== 'string') return fail('invalid_message', [{ path: '/type', keyword: 'type', message: 'must be string' }]);
  const validate = byType.get(type);
  if (!validate) {
    const shown = type.length > 64 ? \`\${type.slice(0, 64)}…\` : type;
    return fail('unknown_type', [
      {
        path: '/type',
        keyword: 'enum',
        message: \`\${JSON.stringify(shown)} is not a message \${sender}; expected one of: \${[...byType.keys()].join(', ')}\`,
      },
    ]);
  }
  if (validate(value)) return { ok: true, message: value as T };
  return fail('invalid_message', (validate.errors ?? []).map(toIssue));
}
`;
