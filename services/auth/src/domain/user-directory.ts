import type { Kysely } from 'kysely';
import type { AuthDatabase, UserRow } from '../db/schema.js';
import { LoginThrottleRepository } from '../repositories/login-throttle.js';
import { PermissionOverrideRepository } from '../repositories/permission-overrides.js';
import { RoleRepository } from '../repositories/roles.js';
import { effectivePermissions, explainPermissions } from './effective-permissions.js';
import type { Clock } from './ids.js';

/** A user as the API shows it: the account, its roles, its effective permissions and its lockout. */
export interface UserView {
  id: string;
  email: string;
  display_name: string;
  status: 'active' | 'disabled';
  roles: { id: string; name: string }[];
  permissions: string[];
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  locked_until: string | null;
  version: number;
}

/** The throttle subject of an email address (whether or not an account has it). */
export function emailSubject(email: string): string {
  return `email:${email.toLowerCase()}`;
}

/** Reads users together with what they are allowed, for views and for tokens. */
export class UserDirectory {
  constructor(
    private readonly db: Kysely<AuthDatabase>,
    private readonly clock: Clock,
  ) {}

  /** The roles (with their permissions) and overrides of each user. */
  private async grants(userIds: readonly string[]) {
    const [grantsByUser, overridesByUser] = await Promise.all([
      new RoleRepository(this.db).grantsOfUsers(userIds),
      new PermissionOverrideRepository(this.db).ofUsers(userIds),
    ]);
    return new Map(userIds.map((id) => [id, { roles: grantsByUser.get(id)!, overrides: overridesByUser.get(id)! }] as const));
  }

  async views(rows: readonly UserRow[]): Promise<UserView[]> {
    return (await this.viewsWithRoleNames(rows)).map((entry) => entry.view);
  }

  private async viewsWithRoleNames(rows: readonly UserRow[]): Promise<{ view: UserView; roleNames: string[] }[]> {
    const ids = rows.map((row) => row.id);
    const [grants, locks] = await Promise.all([
      this.grants(ids),
      new LoginThrottleRepository(this.db).accountDelays(
        rows.map((row) => emailSubject(row.email)),
        this.clock(),
      ),
    ]);
    return rows.map((row) => {
      const grant = grants.get(row.id)!;
      const view: UserView = {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        status: row.status,
        roles: grant.roles.map((role) => role.role),
        permissions: effectivePermissions(grant.roles, grant.overrides),
        created_at: row.created_at.toISOString(),
        updated_at: row.updated_at.toISOString(),
        last_login_at: row.last_login_at?.toISOString() ?? null,
        locked_until: locks.get(emailSubject(row.email))?.toISOString() ?? null,
        version: row.version,
      };
      return { view, roleNames: grant.roles.map((role) => role.role.name) };
    });
  }

  /** The user's view and what a token for them carries (role names, effective permissions), from one read. */
  async viewAndClaims(row: UserRow): Promise<{ view: UserView; claims: { roles: string[]; permissions: string[] } }> {
    const [entry] = await this.viewsWithRoleNames([row]);
    return { view: entry!.view, claims: { roles: entry!.roleNames, permissions: entry!.view.permissions } };
  }

  /** The user's role names and effective permissions now (what a token issued now would carry). */
  async claimsOf(userId: string): Promise<{ roles: string[]; permissions: string[] }> {
    const grant = (await this.grants([userId])).get(userId)!;
    return { roles: grant.roles.map((role) => role.role.name), permissions: effectivePermissions(grant.roles, grant.overrides) };
  }

  async view(row: UserRow): Promise<UserView> {
    return (await this.views([row]))[0]!;
  }

  async explain(userId: string) {
    const grant = (await this.grants([userId])).get(userId)!;
    return { user_id: userId, ...explainPermissions(grant.roles, grant.overrides) };
  }
}
