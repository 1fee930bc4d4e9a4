/**
 * Compares two JSON Schemas (OpenAPI 3.1 / AsyncAPI payloads) for changes that break a client.
 *
 * The direction decides what breaks: a schema a client **sends** (request bodies, parameters, the
 * messages a WebSocket client sends) breaks when it accepts less than before (narrowed); a schema a
 * client **receives** (responses, server messages) breaks when it may hold more than before
 * (widened) or loses what it used to guarantee (a property removed or no longer required).
 * Whatever keyword this module does not classify is reported as breaking, so a new kind of change is
 * looked at by a person rather than waved through.
 */

export type Json = Record<string, unknown>;
export type Direction = 'request' | 'response';

/** Resolves local `$ref`s (`#/components/schemas/X`) in one document. */
export class Document {
  constructor(readonly root: unknown) {}

  resolve(value: unknown): { value: unknown; ref?: string } {
    let current = value;
    let ref: string | undefined;
    const siblings: Json = {};
    for (let depth = 0; depth < 32 && isObject(current) && typeof current.$ref === 'string'; depth += 1) {
      ref = current.$ref;
      for (const [key, sibling] of Object.entries(current)) if (key !== '$ref' && !(key in siblings)) siblings[key] = sibling;
      current = this.pointer(ref);
    }
    if (Object.keys(siblings).length > 0 && isObject(current)) current = { ...current, ...siblings };
    return { value: current, ref };
  }

  private pointer(ref: string): unknown {
    if (!ref.startsWith('#')) throw new Error(`Only local references are compared (bundle the spec first): ${ref}`);
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) || Array.isArray(node) ? (node as Json)[key] : undefined;
    }
    return node;
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keywords that only document a schema: changing them breaks no client. */
const documentation = new Set([
  'description',
  'title',
  'summary',
  'example',
  'examples',
  'deprecated',
  'externalDocs',
  '$comment',
  'readOnly',
  'writeOnly',
  '$id',
  '$schema',
]);

/** Upper bounds: a lower or a new one narrows what a schema accepts. */
const upperBounds = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
/** Lower bounds: a higher or a new one narrows what a schema accepts. */
const lowerBounds = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
/** Keywords whose any change (or addition) narrows, whose removal widens. */
const exactConstraints = ['pattern', 'format', 'multipleOf', 'contentEncoding', 'contentMediaType'] as const;

const classified = new Set<string>([
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'oneOf',
  'anyOf',
  'allOf',
  'uniqueItems',
  'discriminator',
  'propertyNames',
  ...upperBounds,
  ...lowerBounds,
  ...exactConstraints,
]);

interface Context {
  base: Document;
  head: Document;
  direction: Direction;
  seen: Set<string>;
  prefix: string;
  out: string[];
}

/**
 * Appends to `out` one line per breaking difference between `base` and `head`:
 * `<prefix><JSON pointer into the schema, / for its root>: <what changed>`.
 */
export function diffSchema(
  base: Document,
  head: Document,
  baseSchema: unknown,
  headSchema: unknown,
  direction: Direction,
  prefix: string,
  out: string[],
): void {
  compare({ base, head, direction, seen: new Set(), prefix, out }, baseSchema, headSchema, '');
}

function compare(context: Context, baseRaw: unknown, headRaw: unknown, where: string): void {
  const baseResolved = context.base.resolve(baseRaw);
  const headResolved = context.head.resolve(headRaw);
  if (baseResolved.ref && headResolved.ref) {
    const key = `${baseResolved.ref}|${headResolved.ref}`;
    if (context.seen.has(key)) return;
    context.seen.add(key);
  }
  const base = normalise(baseResolved.value);
  const head = normalise(headResolved.value);
  const report = (message: string) => context.out.push(`${context.prefix}${where || '/'}: ${message}`);
  // What "narrowed" means to the client who sends the value is "widened" to the one who receives it.
  const breaksWhenNarrowed = context.direction === 'request';
  const breaking = (narrowedNotWidened: boolean, message: string) => {
    if (narrowedNotWidened === breaksWhenNarrowed) report(message);
  };

  if (base === false || head === false || base === true || head === true) {
    if (base !== head)
      breaking(
        head === false || (head !== true && base === true),
        `schema changed from ${JSON.stringify(base)} to ${head === true || head === false ? head : 'a schema'}`,
      );
    return;
  }

  // Types. `integer` is a subset of `number`.
  const baseTypes = typesOf(base);
  const headTypes = typesOf(head);
  if (baseTypes && !headTypes) breaking(false, `type ${[...baseTypes].join('|')} no longer restricted`);
  if (!baseTypes && headTypes) breaking(true, `type restricted to ${[...headTypes].join('|')}`);
  if (baseTypes && headTypes) {
    const lost = [...baseTypes].filter((type) => !headTypes.has(type) && !(type === 'integer' && headTypes.has('number')));
    const gained = [...headTypes].filter((type) => !baseTypes.has(type) && !(type === 'integer' && baseTypes.has('number')));
    if (lost.length > 0) breaking(true, `type ${lost.join('|')} removed (now ${[...headTypes].join('|')})`);
    if (gained.length > 0) breaking(false, `type ${gained.join('|')} added (was ${[...baseTypes].join('|')})`);
  }

  // Enumerations (const is a one-value enum).
  const baseEnum = enumOf(base);
  const headEnum = enumOf(head);
  if (baseEnum && headEnum) {
    const removed = baseEnum.filter((value) => !headEnum.some((other) => sameJson(other, value)));
    const added = headEnum.filter((value) => !baseEnum.some((other) => sameJson(other, value)));
    // A removed value breaks both sides: senders may no longer send it, receivers' code handled it on purpose.
    if (removed.length > 0) report(`enum value ${removed.map((value) => JSON.stringify(value)).join(', ')} removed`);
    if (added.length > 0) breaking(false, `enum value ${added.map((value) => JSON.stringify(value)).join(', ')} added`);
  } else if (!baseEnum && headEnum) breaking(true, `restricted to the values ${headEnum.map((value) => JSON.stringify(value)).join(', ')}`);
  else if (baseEnum && !headEnum) breaking(false, 'no longer restricted to its enum values');

  for (const keyword of upperBounds) compareBound(base[keyword], head[keyword], (a, b) => b < a, keyword, breaking);
  for (const keyword of lowerBounds) compareBound(base[keyword], head[keyword], (a, b) => b > a, keyword, breaking);
  for (const keyword of exactConstraints) {
    if (sameJson(base[keyword], head[keyword])) continue;
    if (head[keyword] === undefined) breaking(false, `${keyword} ${JSON.stringify(base[keyword])} removed`);
    else if (base[keyword] === undefined) breaking(true, `${keyword} ${JSON.stringify(head[keyword])} added`);
    else {
      // Two different patterns or formats: neither contains the other as far as we can tell.
      report(`${keyword} changed from ${JSON.stringify(base[keyword])} to ${JSON.stringify(head[keyword])}`);
    }
  }
  if (!base.uniqueItems && head.uniqueItems) breaking(true, 'uniqueItems added');
  if (base.uniqueItems && !head.uniqueItems) breaking(false, 'uniqueItems removed');

  compareObject(context, base, head, where, report, breaking);

  if (base.items !== undefined || head.items !== undefined) {
    if (base.items !== undefined && head.items !== undefined) compare(context, base.items, head.items, `${where}/items`);
    else if (head.items === undefined) breaking(false, 'items no longer restricted');
    else breaking(true, 'items restricted');
  }
  compareLists(context, base.prefixItems, head.prefixItems, `${where}/prefixItems`, report);
  compareAlternatives(context, base, head, where, report, breaking);
  if (base.propertyNames !== undefined || head.propertyNames !== undefined)
    compare(context, base.propertyNames ?? true, head.propertyNames ?? true, `${where}/propertyNames`);
  if (!sameJson(base.discriminator, head.discriminator)) report('discriminator changed');

  for (const keyword of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (classified.has(keyword) || documentation.has(keyword) || keyword.startsWith('x-')) continue;
    if (!sameJson(base[keyword], head[keyword]))
      report(`${keyword} changed from ${JSON.stringify(base[keyword])} to ${JSON.stringify(head[keyword])} (unclassified)`);
  }
}

function compareObject(
  context: Context,
  base: Json,
  head: Json,
  where: string,
  report: (message: string) => void,
  breaking: (narrowed: boolean, message: string) => void,
): void {
  const baseProperties = isObject(base.properties) ? base.properties : {};
  const headProperties = isObject(head.properties) ? head.properties : {};
  const baseRequired = new Set(Array.isArray(base.required) ? (base.required as string[]) : []);
  const headRequired = new Set(Array.isArray(head.required) ? (head.required as string[]) : []);
  for (const name of Object.keys(baseProperties)) {
    if (!(name in headProperties)) report(`property ${name} removed`);
    else compare(context, baseProperties[name], headProperties[name], `${where}/${name}`);
  }
  for (const name of Object.keys(headProperties)) {
    if (!(name in baseProperties) && headRequired.has(name)) breaking(true, `new required property ${name}`);
  }
  for (const name of headRequired) {
    if (!baseRequired.has(name) && name in baseProperties) breaking(true, `property ${name} became required`);
  }
  for (const name of baseRequired) {
    if (!headRequired.has(name) && name in headProperties) breaking(false, `property ${name} no longer required`);
  }
  const baseAdditional = base.additionalProperties;
  const headAdditional = head.additionalProperties;
  if (sameJson(baseAdditional, headAdditional)) return;
  const closed = (value: unknown) => value === false;
  const open = (value: unknown) => value === undefined || value === true;
  if (open(baseAdditional) && !open(headAdditional))
    breaking(true, closed(headAdditional) ? 'additional properties no longer allowed' : 'additional properties restricted');
  else if (!open(baseAdditional) && open(headAdditional)) breaking(false, 'additional properties now allowed');
  else if (closed(baseAdditional) || closed(headAdditional))
    breaking(closed(headAdditional), `additional properties ${closed(headAdditional) ? 'no longer allowed' : 'now allowed'}`);
  else compare(context, baseAdditional, headAdditional, `${where}/additionalProperties`);
}

function compareAlternatives(
  context: Context,
  base: Json,
  head: Json,
  where: string,
  report: (message: string) => void,
  breaking: (narrowed: boolean, message: string) => void,
): void {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const baseList = Array.isArray(base[keyword]) ? (base[keyword] as unknown[]) : undefined;
    const headList = Array.isArray(head[keyword]) ? (head[keyword] as unknown[]) : undefined;
    if (!baseList && !headList) continue;
    if (!baseList || !headList) {
      report(`${keyword} ${baseList ? 'removed' : 'added'}`);
      continue;
    }
    if (headList.length < baseList.length) breaking(true, `${keyword} lost ${baseList.length - headList.length} alternative(s)`);
    if (headList.length > baseList.length) breaking(false, `${keyword} gained ${headList.length - baseList.length} alternative(s)`);
    for (let index = 0; index < Math.min(baseList.length, headList.length); index += 1)
      compare(context, baseList[index], headList[index], `${where}/${keyword}/${index}`);
  }
  compareLists(context, base.allOf, head.allOf, `${where}/allOf`, report);
}

function compareLists(context: Context, base: unknown, head: unknown, where: string, report: (message: string) => void): void {
  if (base === undefined && head === undefined) return;
  if (!Array.isArray(base) || !Array.isArray(head) || base.length !== head.length) {
    report(`${where.split('/').pop()} changed (unclassified)`);
    return;
  }
  for (let index = 0; index < base.length; index += 1) compare(context, base[index], head[index], `${where}/${index}`);
}

function compareBound(
  base: unknown,
  head: unknown,
  tighter: (base: number, head: number) => boolean,
  keyword: string,
  breaking: (narrowed: boolean, message: string) => void,
): void {
  if (sameJson(base, head)) return;
  if (typeof head === 'number' && typeof base !== 'number') breaking(true, `${keyword} ${head} added`);
  else if (typeof base === 'number' && typeof head !== 'number') breaking(false, `${keyword} ${base} removed`);
  else if (typeof base === 'number' && typeof head === 'number')
    breaking(tighter(base, head), `${keyword} changed from ${base} to ${head}`);
}

function normalise(value: unknown): Json | boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  if (!isObject(value)) return true;
  if (value.nullable === true) {
    const types = typesOf(value);
    return types ? { ...value, type: [...types, 'null'], nullable: undefined } : value;
  }
  return value;
}

function typesOf(schema: Json): Set<string> | undefined {
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  return undefined;
}

function enumOf(schema: Json): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum as unknown[];
  if ('const' in schema) return [schema.const];
  return undefined;
}

/** Structural equality of JSON values (key order ignored). */
export function sameJson(left: unknown, right: unknown): boolean {
  return canonical(left) === canonical(right);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
