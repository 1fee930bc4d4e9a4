/**
 * Values generated from JSON Schemas (the bundled OpenAPI 3.1 specs), seeded: `valid` aims at a value
 * the schema accepts (the fuzzer does not assume it always does: a refusal must still be a declared
 * 4xx Problem), `invalid` at one it refuses, in the ways clients and attackers get it wrong.
 */
import type { Json } from '../check-breaking/diff-schema.js';
import { Document, isObject } from '../check-breaking/diff-schema.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same requests. */
export class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** Strings that have broken services somewhere: storage, parsing, logging, rendering. */
export const hostileStrings = [
  'a\u0000b',
  '\ud800',
  'x\udfff',
  "'; drop table events; --",
  '%00%2e%2e%2f',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '\u202eevil',
  '🎙️'.repeat(300),
  'a'.repeat(70_000),
  '${jndi:ldap://x}',
  '{{7*7}}',
  '\r\nX-Injected: 1',
  ' ',
  '',
  '\uFEFF',
  'NaN',
  '-0',
  '1e309',
  '9223372036854775808',
];

const hostileNumbers = [2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53 + 2, 9.3e18, -1, 0, 1e308, -1e308, 0.5, Number.MIN_VALUE];

export class SchemaSampler {
  private readonly document: Document;
  constructor(
    spec: Json,
    private readonly random: Random,
  ) {
    this.document = new Document(spec);
  }

  private resolve(schema: unknown): Json {
    const value = this.document.resolve(schema).value;
    return isObject(value) ? value : {};
  }

  /** A value the schema (probably) accepts. */
  valid(raw: unknown, depth = 0): unknown {
    const schema = this.resolve(raw);
    const random = this.random;
    if (schema.const !== undefined) return schema.const;
    if (Array.isArray(schema.enum)) return random.pick(schema.enum);
    if (schema.example !== undefined && random.chance(0.3)) return structuredClone(schema.example);
    if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((member) => this.valid(member, depth + 1) as object));
    const alternatives = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
    if (Array.isArray(alternatives)) return this.valid(random.pick(alternatives), depth + 1);
    const types = Array.isArray(schema.type)
      ? (schema.type as string[])
      : typeof schema.type === 'string'
        ? [schema.type]
        : schema.properties
          ? ['object']
          : ['string'];
    const type = random.pick(
      types.length > 1 && depth > 3
        ? types
            .filter((item) => item !== 'object' && item !== 'array')
            .concat('null')
            .slice(0, 1)
        : types,
    );
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return random.chance(0.5);
      case 'integer':
      case 'number': {
        const minimum =
          typeof schema.minimum === 'number'
            ? schema.minimum
            : typeof schema.exclusiveMinimum === 'number'
              ? schema.exclusiveMinimum + 1
              : 0;
        const maximum =
          typeof schema.maximum === 'number'
            ? schema.maximum
            : typeof schema.exclusiveMaximum === 'number'
              ? schema.exclusiveMaximum - 1
              : minimum + 1000;
        const edge = random.chance(0.3);
        const value = edge ? random.pick([minimum, maximum]) : minimum + random.next() * Math.min(maximum - minimum, 1e6);
        return type === 'integer' ? Math.floor(value) : value;
      }
      case 'array': {
        const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
        const maxItems = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 3, minItems + 3);
        const items = Array.from({ length: random.int(minItems, maxItems) }, () => this.valid(schema.items, depth + 1));
        return schema.uniqueItems ? [...new Map(items.map((item) => [JSON.stringify(item), item])).values()] : items;
      }
      case 'object': {
        const result: Record<string, unknown> = {};
        const required = new Set((schema.required ?? []) as string[]);
        for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) {
          if (required.has(name) || random.chance(0.5)) result[name] = this.valid(property, depth + 1);
        }
        return result;
      }
      default:
        return this.string(schema);
    }
  }

  private string(schema: Json): string {
    const random = this.random;
    if (typeof schema.example === 'string' && (schema.pattern || schema.format)) return schema.example;
    switch (schema.format) {
      case 'uuid':
        return crypto.randomUUID();
      case 'date-time':
        return new Date(Date.UTC(2026, random.int(0, 11), random.int(1, 28), random.int(0, 23))).toISOString();
      case 'date':
        return `2026-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      case 'email':
        return `fuzz${random.int(0, 1e9)}@example.org`;
      case 'uri':
        return `https://example.org/${random.int(0, 1e6)}`;
      default:
        break;
    }
    const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const maxLength = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 40, minLength + 60);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzéü 字🎙-_.';
    const length = random.int(Math.max(minLength, 1), Math.max(maxLength, 1));
    let text = '';
    for (const character of Array.from({ length }, () => random.pick([...alphabet]))) if ([...text].length < length) text += character;
    return text;
  }

  /** A value the schema should refuse (or, for loose schemas, a hostile one it may accept). */
  invalid(raw: unknown): unknown {
    const schema = this.resolve(raw);
    const random = this.random;
    const valid = this.valid(schema);
    const kind = random.pick(['type', 'hostile-string', 'hostile-number', 'missing', 'extra', 'nested', 'huge-array', 'null'] as const);
    switch (kind) {
      case 'type':
        return typeof valid === 'string'
          ? random.pick([123, true, [valid], { value: valid }])
          : typeof valid === 'number'
            ? String(valid)
            : random.pick(['text', 42, []]);
      case 'hostile-string':
        return isObject(valid) ? this.replaceLeaf(valid, () => random.pick(hostileStrings)) : random.pick(hostileStrings);
      case 'hostile-number':
        return isObject(valid) ? this.replaceLeaf(valid, () => random.pick(hostileNumbers)) : random.pick(hostileNumbers);
      case 'missing':
        if (isObject(valid) && Array.isArray(schema.required) && schema.required.length > 0) {
          const copy = { ...valid };
          delete copy[random.pick(schema.required as string[])];
          return copy;
        }
        return undefined;
      case 'extra':
        return isObject(valid)
          ? {
              ...valid,
              [random.pick(['__proto__', 'constructor', 'unexpected_field', 'id', 'a\u0000'])]: random.pick(['x', 1, { nested: true }]),
            }
          : valid;
      case 'nested': {
        let deep: unknown = 'bottom';
        for (let level = 0; level < 2_000; level += 1) deep = random.chance(0.5) ? [deep] : { a: deep };
        return isObject(valid) ? this.replaceLeaf(valid, () => deep) : deep;
      }
      case 'huge-array':
        return isObject(valid)
          ? this.replaceLeaf(valid, () => Array.from({ length: 5_000 }, (_, index) => index))
          : Array.from({ length: 5_000 }, () => 'x');
      default:
        return null;
    }
  }

  /** `value` with one of its top-level properties replaced (or added, when it has none). */
  private replaceLeaf(value: Json, replacement: () => unknown): Json {
    const keys = Object.keys(value);
    const key = keys.length > 0 ? this.random.pick(keys) : 'value';
    return { ...value, [key]: replacement() };
  }
}
