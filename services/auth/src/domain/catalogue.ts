import { defaultRoles, permissionCatalogue } from '@ilenia/generated/permissions';
import { problems } from '@ilenia/kit';

/** Every permission name of the catalogue (specs/permissions.yaml). */
export const catalogueNames: ReadonlySet<string> = new Set(Object.keys(permissionCatalogue));

/** The built-in roles, seeded from the catalogue. */
export const builtInRoles = defaultRoles;

/** A 400 naming each permission that is not in the catalogue, at `field` of the body. */
export function assertInCatalogue(permissions: readonly string[], field: string): void {
  const unknown = permissions
    .map((permission, index) => [permission, index] as const)
    .filter(([permission]) => !catalogueNames.has(permission));
  if (unknown.length > 0) {
    throw problems.validation(
      unknown.map(([permission, index]) => ({
        location: 'body',
        path: `/${field}/${index}`,
        message: `${permission} is not in the permission catalogue`,
      })),
    );
  }
}

/**
 * The permissions that administer the platform itself. People hold them, never clients (a leaked
 * client secret must not become an administrator), and at least one active user always holds all.
 */
export const administrativePermissions: readonly string[] = [
  'clients:write',
  'keys:rotate',
  'permissions:write',
  'roles:write',
  'users:write',
];
const administrative: ReadonlySet<string> = new Set(administrativePermissions);

export function isAdministrative(permission: string): boolean {
  return administrative.has(permission);
}

/** A 400 naming each administrative permission among a client's scopes, at `field` of the body. */
export function assertNoAdministrativeScope(scopes: readonly string[], field: string): void {
  const refused = scopes.map((scope, index) => [scope, index] as const).filter(([scope]) => administrative.has(scope));
  if (refused.length > 0) {
    throw problems.validation(
      refused.map(([scope, index]) => ({
        location: 'body',
        path: `/${field}/${index}`,
        message: `${scope} administers the platform and is for people only, never for clients`,
      })),
    );
  }
}
