import { problems } from '@ilenia/kit';

/** The strong entity tag of a versioned resource: `"7"`. */
export function entityTag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names. The router already answers 428 when the header is missing;
 * here a value that names no version of ours (`*`, a weak tag, several tags, garbage) is a 400 naming
 * the header, because accepting `*` would let a client overwrite blindly, which is what If-Match exists
 * to prevent.
 */
export function versionFromIfMatch(header: string | undefined): number {
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header ?? '') ?? /^\s*(\d{1,9})\s*$/.exec(header ?? '');
  if (!match) {
    throw problems.validation([{ location: 'header', path: '/if-match', message: 'must be the ETag you read, a version in quotes such as "3"' }]);
  }
  return Number(match[1]);
}
