import { defaultRoles, permissionCatalogue } from '@ilenia/generated/permissions';
import { problems } from '@ilenia/kit';

/** Every permission name of the catalogue (specs/permissions.yaml). */
export const catalogueNames: ReadonlySet<string> = new Set(Object.keys(permissionCatalogue));

/** The built-in roles, seeded from the catalogue. */
export const builtInRoles = defaultRoles;
export const builtInRoleNames: ReadonlySet<string> = new Set(Object.keys(defaultRoles));

/** A 400 naming each permission that is not in the catalogue, at `field` of the body. */
export function assertInCatalogue(permissions: readonly string[], field: string): void {
  const unknown = permissions.map((permission, index) => [permission, index] as const).filter(([permission]) => !catalogueNames.has(permission));
  if (unknown.length > 0) {
    throw problems.validation(unknown.map(([permission, index]) => ({ location: 'body', path: `/${field}/${index}`, message: `${permission} is not in the permission catalogue` })));
  }
}
