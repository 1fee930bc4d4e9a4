import type { PermissionOverrideRow } from '../db/schema.js';

export interface RoleGrant {
  role: { id: string; name: string };
  permissions: readonly string[];
}

export type PermissionSourceView =
  { kind: 'role'; role: { id: string; name: string } } | { kind: 'grant_override' | 'revoke_override'; override: PermissionOverrideView };

export interface PermissionOverrideView {
  user_id: string;
  permission: string;
  effect: 'grant' | 'revoke';
  reason: string | null;
  granted_by: string;
  granted_at: string;
}

export function overrideView(row: PermissionOverrideRow): PermissionOverrideView {
  return {
    user_id: row.user_id,
    permission: row.permission,
    effect: row.effect,
    reason: row.reason,
    granted_by: row.granted_by,
    granted_at: row.granted_at.toISOString(),
  };
}

/** Effective permissions = the roles' permissions ∪ grants − revokes, sorted by name. A revoke wins over every role. */
export function effectivePermissions(roles: readonly RoleGrant[], overrides: readonly PermissionOverrideRow[]): string[] {
  const granted = new Set(roles.flatMap((role) => role.permissions));
  for (const override of overrides) if (override.effect === 'grant') granted.add(override.permission);
  for (const override of overrides) if (override.effect === 'revoke') granted.delete(override.permission);
  return [...granted].sort();
}

/** Every permission a role or override touches, whether it is effective, and why. */
export function explainPermissions(roles: readonly RoleGrant[], overrides: readonly PermissionOverrideRow[]) {
  const sources = new Map<string, PermissionSourceView[]>();
  const add = (permission: string, source: PermissionSourceView) => sources.set(permission, [...(sources.get(permission) ?? []), source]);
  for (const role of roles) for (const permission of role.permissions) add(permission, { kind: 'role', role: role.role });
  for (const override of overrides)
    add(override.permission, {
      kind: override.effect === 'grant' ? 'grant_override' : 'revoke_override',
      override: overrideView(override),
    });
  const effective = new Set(effectivePermissions(roles, overrides));
  return {
    effective: [...effective],
    permissions: [...sources.keys()].sort().map((name) => ({ name, effective: effective.has(name), sources: sources.get(name)! })),
  };
}
