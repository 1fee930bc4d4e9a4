/**
 * JSON Schema (OpenAPI 3.1 / AsyncAPI 3.0 components) → pydantic v2 source. Every named schema becomes
 * a model (objects) or a type alias (everything else); inline objects become models named after
 * their parent and property. References are quoted so that declaration order never matters; each
 * module rebuilds its models once at the end.
 */
type Json = Record<string, unknown>;

const pythonKeywords = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
/** BaseModel attributes a field must not shadow. */
const modelAttributes = new Set(['json', 'dict', 'copy', 'schema', 'validate', 'construct', 'fields', 'parse_obj', 'parse_raw']);

/** `listEvents` / `event-id` / `If-Match` → `list_events` / `event_id` / `if_match`, never a keyword. */
export function snakeCase(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  const identifier = /^[0-9]/.test(snake) ? `_${snake}` : snake;
  return pythonKeywords.has(identifier) || modelAttributes.has(identifier) || identifier.startsWith('model_')
    ? `${identifier}_`
    : identifier;
}

/** `session-state` / `listEvents` → `SessionState` / `ListEvents`. */
export function pascalName(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function pythonLiteral(value: unknown): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Collects the Python declarations of one module's schemas. */
export class PythonModelWriter {
  private readonly declarations: string[] = [];
  readonly modelNames: string[] = [];
  private readonly taken = new Set<string>();

  /** `refPrefix` is the JSON pointer under which named schemas live (`#/components/schemas/`). */
  constructor(private readonly refPrefix = '#/components/schemas/') {}

  /** Declares a named schema; answers its Python name. */
  declare(name: string, schema: Json): string {
    const pythonName = this.unique(pascalName(name));
    if (this.isModel(schema)) this.writeModel(pythonName, schema);
    else {
      const type = this.typeOf(schema, pythonName);
      // A bare quoted name would be a plain string at run time; Union[...] of one member is a forward reference.
      this.declarations.push(`${docComment(schema)}${pythonName} = ${type.startsWith("'") ? `Union[${type}]` : type}\n`);
    }
    return pythonName;
  }

  /** The source of every declaration so far, and the rebuild of every model. */
  render(): string {
    const rebuild = this.modelNames.length > 0 ? `\nfor _model in (${this.modelNames.join(', ')},):\n    _model.model_rebuild()\n` : '';
    return `${this.declarations.join('\n\n')}\n${rebuild}`;
  }

  /** The Python type of a schema, quoting references to named schemas. */
  typeOf(schema: Json | undefined, context: string): string {
    if (!schema || Object.keys(schema).length === 0) return 'Any';
    if (typeof schema.$ref === 'string') {
      if (!schema.$ref.startsWith(this.refPrefix)) throw new Error(`Unsupported reference ${schema.$ref} in ${context}`);
      return `'${pascalName(schema.$ref.slice(this.refPrefix.length))}'`;
    }
    if ('const' in schema) return `Literal[${pythonLiteral(schema.const)}]`;
    if (Array.isArray(schema.enum)) return `Literal[${schema.enum.map(pythonLiteral).join(', ')}]`;
    for (const key of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(schema[key])) {
        const members = (schema[key] as Json[]).map((member, index) => this.typeOf(member, `${context}${index + 1}`));
        return members.length === 1 ? members[0]! : `Union[${members.join(', ')}]`;
      }
    }
    if (Array.isArray(schema.allOf)) {
      const parts = schema.allOf as Json[];
      if (parts.length === 1) return this.typeOf(parts[0], context);
      return this.inlineModel(context, mergeAllOf(parts, schema));
    }
    const types = (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []) as string[];
    const nullable = types.includes('null');
    const concrete = types.filter((type) => type !== 'null');
    const rendered =
      concrete.length === 0
        ? this.isModel(schema)
          ? this.inlineModel(context, schema)
          : 'Any'
        : concrete.length === 1
          ? this.single(concrete[0]!, schema, context)
          : `Union[${concrete.map((type) => this.single(type, schema, context)).join(', ')}]`;
    return nullable ? `Optional[${rendered}]` : rendered;
  }

  private single(type: string, schema: Json, context: string): string {
    switch (type) {
      case 'string':
        return schema.format === 'binary' || schema.contentEncoding === 'binary' ? 'bytes' : 'str';
      case 'integer':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'array':
        return `List[${this.typeOf(schema.items as Json | undefined, `${context}Item`)}]`;
      case 'object':
        if (this.isModel(schema)) return this.inlineModel(context, schema);
        return `Dict[str, ${typeof schema.additionalProperties === 'object' ? this.typeOf(schema.additionalProperties as Json, `${context}Value`) : 'Any'}]`;
      default:
        return 'Any';
    }
  }

  private isModel(schema: Json): boolean {
    if (Array.isArray(schema.allOf) && (schema.allOf as Json[]).length > 1) return true;
    return typeof schema.properties === 'object' && schema.properties !== null;
  }

  private inlineModel(context: string, schema: Json): string {
    const name = this.unique(context);
    this.writeModel(name, schema);
    return `'${name}'`;
  }

  private writeModel(name: string, rawSchema: Json): void {
    const schema =
      Array.isArray(rawSchema.allOf) && (rawSchema.allOf as Json[]).length > 1
        ? mergeAllOf(rawSchema.allOf as Json[], rawSchema)
        : rawSchema;
    const required = new Set((schema.required ?? []) as string[]);
    const lines: string[] = [];
    for (const [property, propertySchema] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
      const field = snakeCase(property);
      const type = this.typeOf(propertySchema, `${name}${pascalName(property)}`);
      const alias = field === property ? '' : `alias=${JSON.stringify(property)}`;
      const description = typeof propertySchema.description === 'string' ? `    #: ${firstSentence(propertySchema.description)}\n` : '';
      if (required.has(property)) lines.push(`${description}    ${field}: ${type}${alias ? ` = Field(${alias})` : ''}`);
      else lines.push(`${description}    ${field}: Optional[${type}] = ${alias ? `Field(default=None, ${alias})` : 'None'}`);
    }
    // Unknown members are kept (a newer server may add some) unless the schema closes the object.
    const extra = schema.additionalProperties === false ? 'forbid' : 'allow';
    const config = `    model_config = ConfigDict(populate_by_name=True, extra=${JSON.stringify(extra)}, protected_namespaces=())`;
    this.declarations.push(
      `class ${name}(BaseModel):\n${docString(schema)}${config}\n${lines.length > 0 ? `\n${lines.join('\n')}\n` : ''}`,
    );
    this.modelNames.push(name);
  }

  private unique(name: string): string {
    let candidate = name;
    for (let index = 2; this.taken.has(candidate); index += 1) candidate = `${name}${index}`;
    this.taken.add(candidate);
    return candidate;
  }
}

function mergeAllOf(parts: Json[], outer: Json): Json {
  const merged: Json = { type: 'object', properties: {}, required: [] };
  for (const part of [...parts, outer]) {
    Object.assign(merged.properties as Json, (part.properties ?? {}) as Json);
    (merged.required as string[]).push(...((part.required ?? []) as string[]));
    if (part.description && !merged.description) merged.description = part.description;
  }
  return merged;
}

function firstSentence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const end = line.search(/\. /);
  return (end === -1 ? line : line.slice(0, end + 1)).slice(0, 200);
}

function docString(schema: Json): string {
  const text =
    typeof schema.description === 'string' ? firstSentence(schema.description) : typeof schema.title === 'string' ? schema.title : '';
  return text ? `    ${JSON.stringify(text).replace(/^"|"$/g, '"""')}\n\n` : '';
}

function docComment(schema: Json): string {
  return typeof schema.description === 'string' ? `#: ${firstSentence(schema.description)}\n` : '';
}
