import type { Kysely } from 'kysely';
import type { AuthDatabase, PermissionOverrideRow } from '../db/schema.js';

/** Per-user grants and revokes of single permissions, on top of the user's roles. */
export class PermissionOverrideRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  async ofUsers(userIds: readonly string[]): Promise<Map<string, PermissionOverrideRow[]>> {
    const result = new Map<string, PermissionOverrideRow[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('permission_overrides')
      .selectAll()
      .where('user_id', 'in', userIds)
      .orderBy('permission')
      .execute();
    for (const row of rows) result.get(row.user_id)!.push(row);
    return result;
  }

  /** Creates or replaces the user's override of one permission. */
  async upsert(override: PermissionOverrideRow): Promise<PermissionOverrideRow> {
    return this.db
      .insertInto('permission_overrides')
      .values(override)
      .onConflict((conflict) =>
        conflict.columns(['user_id', 'permission']).doUpdateSet({
          effect: override.effect,
          reason: override.reason,
          granted_by: override.granted_by,
          granted_at: override.granted_at,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async delete(userId: string, permission: string): Promise<PermissionOverrideRow | undefined> {
    return this.db
      .deleteFrom('permission_overrides')
      .where('user_id', '=', userId)
      .where('permission', '=', permission)
      .returningAll()
      .executeTakeFirst();
  }
}
