/**
 * JSON Schema clean-up between the AsyncAPI parser and the consumers (Ajv in strict mode and
 * json-schema-to-typescript): the parser annotates every schema with `x-parser-*` keys, and
 * shared OpenAPI components carry the OpenAPI-only `example` keyword; neither is JSON Schema.
 */

/** Keywords whose value is a map from names to sub-schemas. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is one sub-schema (or, for draft-07 `items`, possibly an array of them). */
const SCHEMA_KEYWORDS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);
/** Keywords whose value is an array of sub-schemas. */
const SCHEMA_ARRAY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

function isDroppedKeyword(key) {
  return key.startsWith('x-') || key === 'example';
}

/** A deep copy of `schema` without extension keys (`x-…`, including `x-parser-*`) and `example`. */
export function cleanSchema(schema) {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (Array.isArray(schema)) return schema.map(cleanSchema);
  const result = {};
  for (const key of Object.keys(schema)) {
    if (isDroppedKeyword(key)) continue;
    const value = schema[key];
    if (SCHEMA_MAP_KEYWORDS.has(key) && value && typeof value === 'object') {
      result[key] = {};
      for (const name of Object.keys(value)) result[key][name] = cleanSchema(value[name]);
    } else if (SCHEMA_KEYWORDS.has(key) || SCHEMA_ARRAY_KEYWORDS.has(key)) {
      result[key] = cleanSchema(value);
    } else {
      // Data (const, enum, default, examples) and scalar keywords are copied as they are.
      result[key] = structuredCloneJson(value);
    }
  }
  return result;
}

function structuredCloneJson(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * Replaces every titled sub-schema below the given roots by a `$ref` to a shared definition named
 * after its title, so each becomes one named TypeScript type and one Ajv definition. Two different
 * schemas with the same title are an error.
 */
export function hoistTitledSchemas(roots, refPrefix) {
  const shared = {};
  const visit = (schema, isRoot) => {
    if (typeof schema !== 'object' || schema === null) return schema;
    if (Array.isArray(schema)) return schema.map((item) => visit(item, false));
    const copy = {};
    for (const key of Object.keys(schema)) {
      const value = schema[key];
      if (SCHEMA_MAP_KEYWORDS.has(key) && value && typeof value === 'object') {
        copy[key] = {};
        for (const name of Object.keys(value)) copy[key][name] = visit(value[name], false);
      } else if (SCHEMA_KEYWORDS.has(key) || SCHEMA_ARRAY_KEYWORDS.has(key)) {
        copy[key] = visit(value, false);
      } else {
        copy[key] = value;
      }
    }
    if (isRoot || typeof copy.title !== 'string') return copy;
    const title = copy.title;
    if (!/^[A-Z][A-Za-z0-9]*$/.test(title)) {
      throw new Error(`asyncapi-ws-models: schema title "${title}" must be a PascalCase identifier`);
    }
    if (shared[title] && stableStringify(shared[title]) !== stableStringify(copy)) {
      throw new Error(`asyncapi-ws-models: two different schemas are titled ${title}`);
    }
    shared[title] = copy;
    return { $ref: `${refPrefix}${title}` };
  };
  const hoistedRoots = {};
  for (const name of Object.keys(roots)) hoistedRoots[name] = visit(roots[name], true);
  return { roots: hoistedRoots, shared };
}

/** JSON with object keys sorted, to compare schemas regardless of key order. */
export function stableStringify(value) {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
