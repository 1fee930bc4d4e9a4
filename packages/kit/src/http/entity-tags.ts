import { problems } from '../problem.js';

/**
 * The one way every service reads `If-Match` (`specs/openapi/common/parameters/IfMatch.yaml`) and
 * writes `ETag` for a versioned resource, following RFC 9110: an `If-Match` uses the strong comparison
 * (§13.1.1), so a weak tag never matches; `*` matches any current representation; a list matches when
 * one of its members does. A value that is not an entity tag at all (a bare `3`, garbage) is a
 * malformed request (400), not a stale one.
 */

/** One entity tag: `"3"` is `{ weak: false, opaque: '3' }`, `W/"3"` is `{ weak: true, opaque: '3' }`. */
export interface EntityTag {
  weak: boolean;
  opaque: string;
}

/** What an `If-Match` asks for: any current representation (`*`), or one of the listed tags. */
export type IfMatch = { kind: 'any' } | { kind: 'tags'; tags: EntityTag[] };

/** The strong entity tag of a versioned resource: `"7"`; what the `ETag` header carries. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
const entityTagPattern = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;

/**
 * Parses an `If-Match` value; a malformed one is a 400 problem naming the header. The router answers
 * 428 before this runs when the header is missing, so `undefined` here is a malformed request too.
 */
export function parseIfMatch(header: string | undefined): IfMatch {
  const value = (header ?? '').trim();
  if (value === '*') return { kind: 'any' };
  const members = value.split(',').map((member) => member.trim());
  const tags: EntityTag[] = [];
  for (const member of members) {
    // RFC 9110 §5.6.1: empty list elements are allowed and ignored, as long as one element is there.
    if (member === '') continue;
    const match = entityTagPattern.exec(member);
    if (!match) throw malformedIfMatch();
    tags.push({ weak: match[1] !== undefined, opaque: match[2] ?? '' });
  }
  if (tags.length === 0) throw malformedIfMatch();
  return { kind: 'tags', tags };
}

/** Whether `condition` matches a resource whose strong entity tag has the opaque value `current` (RFC 9110 §13.1.1). */
export function ifMatchAccepts(condition: IfMatch, current: string): boolean {
  if (condition.kind === 'any') return true;
  return condition.tags.some((tag) => !tag.weak && tag.opaque === current);
}

/**
 * The version a conditional write must start from: the resource's `currentVersion` when the
 * `If-Match` matches it, otherwise a 412 telling the client to read again. Repositories then write
 * "where version = the returned one", so a writer that got in between still loses with a 412.
 */
export function versionMatchingIfMatch(condition: IfMatch, currentVersion: number): number {
  if (ifMatchAccepts(condition, String(currentVersion))) return currentVersion;
  throw problems.preconditionFailed(
    `If-Match ${describe(condition)} does not match the current ETag ${versionTag(currentVersion)}; read the resource again and reapply your change.`,
  );
}

function describe(condition: IfMatch): string {
  if (condition.kind === 'any') return '*';
  return condition.tags.map((tag) => `${tag.weak ? 'W/' : ''}"${tag.opaque}"`).join(', ');
}

function malformedIfMatch() {
  return problems.validation([
    {
      location: 'header',
      path: '/if-match',
      message: 'must be "*" or the ETag you read (a version in quotes such as "3"), or a comma-separated list of them',
    },
  ]);
}
