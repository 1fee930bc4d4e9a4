import { describe, expect, it } from 'vitest';
import type { PermissionOverrideRow } from '../db/schema.js';
import { effectivePermissions, explainPermissions } from './effective-permissions.js';

const override = (permission: string, effect: 'grant' | 'revoke'): PermissionOverrideRow => ({
  user_id: 'u',
  permission,
  effect,
  reason: null,
  granted_by: 'admin',
  granted_at: new Date('2026-12-01T00:00:00Z'),
});

describe('effective permissions = roles ∪ grants − revokes', () => {
  const roles = [
    { role: { id: 'r1', name: 'speaker' }, permissions: ['events:read', 'live:speak'] },
    { role: { id: 'r2', name: 'listener' }, permissions: ['events:read', 'live:listen'] },
  ];

  it('unites the roles, adds grants, and lets a revoke win over every role', () => {
    expect(effectivePermissions(roles, [override('recordings:read', 'grant'), override('events:read', 'revoke')])).toEqual([
      'live:listen',
      'live:speak',
      'recordings:read',
    ]);
  });

  it('explains each permission with every source, revoked ones included', () => {
    const explained = explainPermissions(roles, [override('events:read', 'revoke')]);
    const read = explained.permissions.find((permission) => permission.name === 'events:read')!;
    expect(read.effective).toBe(false);
    expect(read.sources.map((source) => source.kind)).toEqual(['role', 'role', 'revoke_override']);
    expect(explained.effective).toEqual(['live:listen', 'live:speak']);
  });
});
