import { sql, type Kysely } from 'kysely';
import type { AuthDatabase, RoleRow } from '../db/schema.js';

/** A role with its permissions and how many users hold it. */
export interface RoleWithPermissions extends RoleRow {
  permissions: string[];
  user_count: number;
}

/** Roles, their permissions, and who holds them. */
export class RoleRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  private async withPermissions(rows: RoleRow[]): Promise<RoleWithPermissions[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [permissions, counts] = await Promise.all([
      this.db.selectFrom('role_permissions').select(['role_id', 'permission']).where('role_id', 'in', ids).orderBy('permission').execute(),
      this.db
        .selectFrom('user_roles')
        .select(['role_id', sql<number>`count(*)::int`.as('total')])
        .where('role_id', 'in', ids)
        .groupBy('role_id')
        .execute(),
    ]);
    return rows.map((row) => ({
      ...row,
      permissions: permissions.filter((permission) => permission.role_id === row.id).map((permission) => permission.permission),
      user_count: counts.find((count) => count.role_id === row.id)?.total ?? 0,
    }));
  }

  async findById(id: string): Promise<RoleWithPermissions | undefined> {
    const row = await this.db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await this.withPermissions([row]))[0] : undefined;
  }

  async findByName(name: string): Promise<RoleWithPermissions | undefined> {
    const row = await this.db.selectFrom('roles').selectAll().where('name', '=', name).executeTakeFirst();
    return row ? (await this.withPermissions([row]))[0] : undefined;
  }

  /** Built-in roles first, then by name. */
  async list(page: { limit: number; offset: number }): Promise<{ items: RoleWithPermissions[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db.selectFrom('roles').selectAll().orderBy('built_in', 'desc').orderBy('name').limit(page.limit).offset(page.offset).execute(),
      this.db
        .selectFrom('roles')
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items: await this.withPermissions(rows), total: count.total };
  }

  /** Every role with its permissions (the catalogue view, and the permission explanation). */
  async all(): Promise<RoleWithPermissions[]> {
    return this.withPermissions(await this.db.selectFrom('roles').selectAll().orderBy('name').execute());
  }

  async insert(
    role: { id: string; name: string; description: string; built_in: boolean; at: Date },
    permissions: readonly string[],
  ): Promise<void> {
    await this.db
      .insertInto('roles')
      .values({
        id: role.id,
        name: role.name,
        description: role.description,
        built_in: role.built_in,
        created_at: role.at,
        updated_at: role.at,
      })
      .execute();
    await this.setPermissions(role.id, permissions);
  }

  async setPermissions(roleId: string, permissions: readonly string[]): Promise<void> {
    await this.db.deleteFrom('role_permissions').where('role_id', '=', roleId).execute();
    if (permissions.length > 0) {
      await this.db
        .insertInto('role_permissions')
        .values(permissions.map((permission) => ({ role_id: roleId, permission })))
        .execute();
    }
  }

  /** Applies the changes if the role is still at `expectedVersion`; false when it was not. */
  async update(id: string, changes: { name?: string; description?: string; at: Date }, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .updateTable('roles')
      .set({
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.description === undefined ? {} : { description: changes.description }),
        updated_at: changes.at,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('roles').where('id', '=', id).execute();
  }

  /** The roles of each user, by user id. */
  async rolesOfUsers(userIds: readonly string[]): Promise<Map<string, { id: string; name: string }[]>> {
    const result = new Map<string, { id: string; name: string }[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('user_roles')
      .innerJoin('roles', 'roles.id', 'user_roles.role_id')
      .select(['user_roles.user_id', 'roles.id', 'roles.name'])
      .where('user_roles.user_id', 'in', userIds)
      .orderBy('roles.name')
      .execute();
    for (const row of rows) result.get(row.user_id)!.push({ id: row.id, name: row.name });
    return result;
  }

  /** Each user's roles with the permissions each grants, in one query (views and tokens read this per request). */
  async grantsOfUsers(userIds: readonly string[]): Promise<Map<string, { role: { id: string; name: string }; permissions: string[] }[]>> {
    const result = new Map<string, { role: { id: string; name: string }; permissions: string[] }[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('user_roles')
      .innerJoin('roles', 'roles.id', 'user_roles.role_id')
      .leftJoin('role_permissions', 'role_permissions.role_id', 'roles.id')
      .select([
        'user_roles.user_id',
        'roles.id',
        'roles.name',
        sql<
          string[]
        >`coalesce(array_agg(role_permissions.permission order by role_permissions.permission) filter (where role_permissions.permission is not null), '{}')`.as(
          'permissions',
        ),
      ])
      .where('user_roles.user_id', 'in', userIds)
      .groupBy(['user_roles.user_id', 'roles.id', 'roles.name'])
      .orderBy('roles.name')
      .execute();
    for (const row of rows) result.get(row.user_id)!.push({ role: { id: row.id, name: row.name }, permissions: row.permissions });
    return result;
  }

  /** Idempotent: assigning a role the user holds changes nothing. */
  async assign(userId: string, roleId: string): Promise<void> {
    await this.db
      .insertInto('user_roles')
      .values({ user_id: userId, role_id: roleId })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }

  async unassign(userId: string, roleId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('user_roles').where('user_id', '=', userId).where('role_id', '=', roleId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
