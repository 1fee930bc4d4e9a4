import { generatedBanner } from './banner.js';
import type { ApiModel } from './openapi-model.js';

export interface PermissionCatalogue {
  roles: Record<string, string>;
  permissions: Record<string, { description: string; roles: string[] }>;
}

/**
 * Emits generated/permissions.ts: the catalogue of specs/permissions.yaml with, for each permission,
 * the operations that require it, and the default roles. The auth service seeds from it, so its
 * catalogue cannot drift from what the specs require.
 */
export function renderPermissions(catalogue: PermissionCatalogue, models: Record<string, ApiModel>): string {
  const requiredBy = new Map<string, string[]>();
  for (const [api, model] of Object.entries(models)) {
    for (const operation of model.operations) {
      for (const permission of operation.requiredPermissions ?? []) {
        requiredBy.set(permission, [...(requiredBy.get(permission) ?? []), `${api}.${operation.operationId}`]);
      }
    }
  }
  const lines = [generatedBanner('specs/permissions.yaml and x-required-permissions in specs/openapi/*')];
  lines.push(
    `/** Every permission an operation can require, with the operations that require it. */`,
    `export const permissionCatalogue = {`,
  );
  for (const [name, entry] of Object.entries(catalogue.permissions)) {
    lines.push(
      `  ${JSON.stringify(name)}: {`,
      `    description: ${JSON.stringify(entry.description)},`,
      `    defaultRoles: ${JSON.stringify(entry.roles)},`,
      `    requiredBy: ${JSON.stringify(requiredBy.get(name) ?? [])},`,
      `  },`,
    );
  }
  lines.push(`} as const;`, '', `export type Permission = keyof typeof permissionCatalogue;`, '');
  lines.push(`/** The default roles: templates of permissions that the auth service seeds. */`, `export const defaultRoles = {`);
  for (const [role, description] of Object.entries(catalogue.roles)) {
    const permissions = Object.entries(catalogue.permissions)
      .filter(([, entry]) => entry.roles.includes(role))
      .map(([name]) => name);
    lines.push(`  ${JSON.stringify(role)}: { description: ${JSON.stringify(description)}, permissions: ${JSON.stringify(permissions)} },`);
  }
  lines.push(`} as const satisfies Record<string, { description: string; permissions: readonly Permission[] }>;`, '');
  return lines.join('\n');
}
