import { generatedBanner } from './banner.js';
import type { ApiModel } from './openapi-model.js';

/** What one API's service accepts: its audience, and the APIs it calls with its caller's bearer token. */
export interface ApiAudience {
  audience: string;
  calls_with_caller_token?: string[];
}

export interface PermissionCatalogue {
  apis: Record<string, ApiAudience>;
  roles: Record<string, string>;
  permissions: Record<string, { description: string; roles: string[] }>;
}

/**
 * The audiences a token must carry to use an API: its own, and those of the APIs it calls with the
 * caller's token (a token narrowed to live-event must still be accepted by events when live-event
 * forwards it).
 */
function audiencesOfApi(catalogue: PermissionCatalogue, api: string): string[] {
  const entry = catalogue.apis[api];
  if (!entry) throw new Error(`specs/permissions.yaml: the API ${api} requires permissions but has no entry under apis (its audience).`);
  const called = (entry.calls_with_caller_token ?? []).map((callee) => {
    const calleeEntry = catalogue.apis[callee];
    if (!calleeEntry)
      throw new Error(`specs/permissions.yaml: apis.${api}.calls_with_caller_token names ${callee}, which is not under apis.`);
    return calleeEntry.audience;
  });
  return [entry.audience, ...called];
}

/**
 * Emits generated/permissions.ts: the catalogue of specs/permissions.yaml with, for each permission,
 * the operations that require it, the audiences a token holding it needs, and the default roles. The
 * auth service seeds from it and picks the audiences of its tokens from it, so neither can drift from
 * what the specs require.
 */
export function renderPermissions(catalogue: PermissionCatalogue, models: Record<string, ApiModel>): string {
  const requiredBy = new Map<string, string[]>();
  const audiences = new Map<string, Set<string>>();
  for (const [api, model] of Object.entries(models)) {
    for (const operation of model.operations) {
      for (const permission of operation.requiredPermissions ?? []) {
        requiredBy.set(permission, [...(requiredBy.get(permission) ?? []), `${api}.${operation.operationId}`]);
        const needed = audiences.get(permission) ?? new Set<string>();
        for (const audience of audiencesOfApi(catalogue, api)) needed.add(audience);
        audiences.set(permission, needed);
      }
    }
  }
  const lines = [generatedBanner('specs/permissions.yaml and x-required-permissions in specs/openapi/*')];
  lines.push(
    `/** The audience (\`aud\`) each API's service accepts, by spec folder, and the audiences a token for it also needs (the APIs it calls with it). */`,
    `export const apiAudiences = {`,
    ...Object.keys(catalogue.apis).map((api) => {
      const [audience, ...alsoNeeds] = audiencesOfApi(catalogue, api);
      return `  ${JSON.stringify(api)}: { audience: ${JSON.stringify(audience)}, alsoNeeds: ${JSON.stringify(alsoNeeds)} },`;
    }),
    `} as const satisfies Record<string, { audience: string; alsoNeeds: readonly string[] }>;`,
    '',
    `/** Every permission an operation can require, with the operations that require it and the audiences a token holding it needs. */`,
    `export const permissionCatalogue = {`,
  );
  for (const [name, entry] of Object.entries(catalogue.permissions)) {
    lines.push(
      `  ${JSON.stringify(name)}: {`,
      `    description: ${JSON.stringify(entry.description)},`,
      `    defaultRoles: ${JSON.stringify(entry.roles)},`,
      `    requiredBy: ${JSON.stringify(requiredBy.get(name) ?? [])},`,
      `    audiences: ${JSON.stringify([...(audiences.get(name) ?? [])].sort())},`,
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
