import type { RequestHandler } from 'express';
import { problems, type ValidationIssue } from '../problem.js';

/**
 * Text PostgreSQL refuses to store although JSON and a schema's `type: string` allow it: the NUL
 * character (`text` and `jsonb` cannot hold U+0000) and lone UTF-16 surrogates (not Unicode scalar
 * values, so not encodable as UTF-8; Node would silently store U+FFFD instead).
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether PostgreSQL can store `text` exactly as given. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

type Location = ValidationIssue['location'];

/**
 * Every place in `value` (strings, and the keys of objects) holding unstorable text, as validation
 * issues. Iterative, so that a deeply nested body cannot exhaust the stack.
 */
export function unstorableTextIssues(location: Location, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const pending: [string, unknown][] = [['', value]];
  while (pending.length > 0 && issues.length < 20) {
    const [path, current] = pending.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current))
        issues.push({ location, path, message: 'must not contain NUL characters or unpaired UTF-16 surrogates' });
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([`${path}/${index}`, item]));
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        const itemPath = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!isStorableText(key))
          issues.push({ location, path: itemPath, message: 'is a property name with NUL characters or unpaired UTF-16 surrogates' });
        pending.push([itemPath, item]);
      }
    }
  }
  return issues;
}

/**
 * Refuses, with a 400 validation Problem, a request whose path parameters, query or body hold text
 * PostgreSQL cannot store, before any handler or repository sees it (one check for every operation,
 * instead of a 500 from the database wherever such text reaches a column).
 */
export const rejectUnstorableText: RequestHandler = (request, _response, next) => {
  if (plainlyStorable(request.params) && plainlyStorable(request.query) && plainlyStorable(request.body)) {
    next();
    return;
  }
  const issues = [
    ...unstorableTextIssues('path', request.params),
    ...unstorableTextIssues('query', request.query),
    ...unstorableTextIssues('body', request.body),
  ];
  next(issues.length > 0 ? problems.validation(issues) : undefined);
};

/**
 * Whether `value` is nothing, storable text, or a flat object of storable texts: what path parameters,
 * most queries and a GET's body are. Checked without allocating, since it runs for every request; any
 * other value (nested, or holding a bad string) gets the full walk of unstorableTextIssues.
 */
function plainlyStorable(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return isStorableText(value);
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== 'string' || !isStorableText(key) || !isStorableText(item)) return false;
  }
  return true;
}
