import { apiAudiences, permissionCatalogue } from '@ilenia/generated/permissions';
import { authServiceAudience } from '../config.js';

/**
 * RFC 8707 §2 `invalid_target`: a `resource` that names no service, or one that the caller's
 * permissions do not reach, or (on refresh) one outside the session's audiences.
 */
export class InvalidTarget extends Error {
  readonly error = 'invalid_target';
  constructor(readonly description: string) {
    super(description);
  }
}

/** Every audience identifier a token may carry (specs/permissions.yaml `apis`), and what a token for each also needs. */
const alsoNeededBy: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(apiAudiences).map((entry) => [entry.audience, entry.alsoNeeds] as const),
);

/** The audiences the operations a set of permissions unlocks need, from the specs (generated/permissions.ts). */
export function audiencesForPermissions(permissions: Iterable<string>): Set<string> {
  const audiences = new Set<string>();
  for (const permission of permissions) {
    const entry = (permissionCatalogue as Record<string, { audiences: readonly string[] } | undefined>)[permission];
    for (const audience of entry?.audiences ?? []) audiences.add(audience);
  }
  return audiences;
}

/**
 * The `resource` parameter as given (absent, one value, or repeated): the distinct values, or
 * undefined when absent. An empty value is malformed (RFC 8707 §2).
 */
export function resourcesOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || values.some((item) => typeof item !== 'string' || item.trim() === ''))
    throw new InvalidTarget('Each resource must be a non-empty audience identifier.');
  return [...new Set(values as string[])];
}

/**
 * The audiences of a token: those `reachable` (what the caller's permissions need), narrowed to the
 * `resources` asked for when there are any. Each resource names an audience; a token narrowed to an
 * API also keeps the audiences of the APIs that API calls with it (a token for live-event that the
 * events service refuses would be useless to live-event). `ceiling`, on refresh, is the session's
 * audiences: a refresh keeps or narrows them, never widens them.
 */
export function narrowAudiences(options: {
  reachable: ReadonlySet<string>;
  resources?: readonly string[];
  ceiling?: readonly string[];
}): string[] {
  const ceiling = options.ceiling ? new Set(options.ceiling) : undefined;
  if (options.resources === undefined) {
    return [...options.reachable].filter((audience) => !ceiling || ceiling.has(audience)).sort();
  }
  const narrowed = new Set<string>();
  for (const resource of options.resources) {
    if (!alsoNeededBy.has(resource)) throw new InvalidTarget(`The resource ${resource} is not an audience of this platform.`);
    if (ceiling && !ceiling.has(resource))
      throw new InvalidTarget(`The resource ${resource} is outside this session's audiences; a refresh cannot widen them.`);
    if (!options.reachable.has(resource))
      throw new InvalidTarget(`The granted permissions unlock no operation of ${resource}; no token is issued for it.`);
    narrowed.add(resource);
    for (const also of alsoNeededBy.get(resource) ?? []) if (options.reachable.has(also)) narrowed.add(also);
  }
  return [...narrowed].filter((audience) => !ceiling || ceiling.has(audience)).sort();
}

/** What a person's token may reach: the services their permissions need, and auth's own (`/v2/users/me`, password change). */
export function reachableByUser(permissions: Iterable<string>): Set<string> {
  return new Set([...audiencesForPermissions(permissions), authServiceAudience]);
}
