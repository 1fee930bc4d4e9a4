import { sql, type Kysely } from 'kysely';
import type { AuthDatabase, NewUser, UserRow, UserUpdate } from '../db/schema.js';

export interface UserFilter {
  q?: string;
  role?: string;
  status?: 'active' | 'disabled';
}

/** User accounts. Emails are stored in lower case, so lookups are case-insensitive. */
export class UserRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  }

  async list(filter: UserFilter, page: { limit: number; offset: number }): Promise<{ items: UserRow[]; total: number }> {
    let query = this.db.selectFrom('users');
    if (filter.q) {
      const pattern = likePattern(filter.q);
      query = query.where((where) => where.or([where('email', 'like', pattern), where(sql<string>`lower(display_name)`, 'like', pattern)]));
    }
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.role) {
      const role = filter.role;
      query = query.where('id', 'in', (sub) =>
        sub
          .selectFrom('user_roles')
          .innerJoin('roles', 'roles.id', 'user_roles.role_id')
          .select('user_roles.user_id')
          .where('roles.name', '=', role),
      );
    }
    const [items, count] = await Promise.all([
      query.selectAll().orderBy('email').limit(page.limit).offset(page.offset).execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: count.total };
  }

  /**
   * The people directory: id, display name and email of the people whose name or email contains `q`
   * (active ones only) and/or whose id is in `ids` (any status), by display name then email.
   */
  async people(
    filter: { q?: string; ids?: readonly string[] },
    page: { limit: number; offset: number },
  ): Promise<{ items: Pick<UserRow, 'id' | 'display_name' | 'email'>[]; total: number }> {
    let query = this.db.selectFrom('users');
    if (filter.q) {
      const pattern = likePattern(filter.q);
      query = query
        .where('status', '=', 'active')
        .where((where) => where.or([where('email', 'like', pattern), where(sql<string>`lower(display_name)`, 'like', pattern)]));
    }
    if (filter.ids) {
      if (filter.ids.length === 0) return { items: [], total: 0 };
      query = query.where('id', 'in', [...filter.ids]);
    }
    if (!filter.q && !filter.ids) query = query.where('status', '=', 'active');
    const [items, count] = await Promise.all([
      query
        .select(['id', 'display_name', 'email'])
        .orderBy(sql`lower(display_name)`)
        .orderBy('email')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: count.total };
  }

  async insert(user: NewUser): Promise<UserRow> {
    return this.db
      .insertInto('users')
      .values({ ...user, email: user.email.toLowerCase() })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Applies `changes` if the user is still at `expectedVersion` (any version when undefined); bumps the version. */
  async update(id: string, changes: UserUpdate, expectedVersion?: number): Promise<UserRow | undefined> {
    let query = this.db
      .updateTable('users')
      .set({ ...changes, ...(changes.email ? { email: changes.email.toLowerCase() } : {}), version: sql`version + 1` })
      .where('id', '=', id);
    if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
    return query.returningAll().executeTakeFirst();
  }

  /** Records a successful sign-in without changing the version (it is not an edit of the account). */
  async recordLogin(id: string, at: Date, newPasswordHash?: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ last_login_at: at, ...(newPasswordHash ? { password_hash: newPasswordHash } : {}) })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select(sql<number>`count(*)::int`.as('total'))
      .executeTakeFirstOrThrow();
    return row.total;
  }

  /**
   * How many active users hold every one of `permissions` effectively: from a role or a grant
   * override, and not withdrawn by a revoke override (the rule of effective-permissions.ts, in SQL).
   */
  async countActiveHoldersOfAll(permissions: readonly string[]): Promise<number> {
    const result = await sql<{ total: number }>`
      select count(*)::int as total from users
      where users.status = 'active'
        and not exists (
          select 1 from unnest(${[...permissions]}::text[]) as needed(permission)
          where not (
            (exists (select 1 from user_roles join role_permissions on role_permissions.role_id = user_roles.role_id
                     where user_roles.user_id = users.id and role_permissions.permission = needed.permission)
             or exists (select 1 from permission_overrides
                        where permission_overrides.user_id = users.id and permission_overrides.permission = needed.permission and permission_overrides.effect = 'grant'))
            and not exists (select 1 from permission_overrides
                            where permission_overrides.user_id = users.id and permission_overrides.permission = needed.permission and permission_overrides.effect = 'revoke')))`.execute(
      this.db,
    );
    return result.rows[0]!.total;
  }
}

/** A LIKE pattern matching values that contain `text`, case-insensitively (compare with lower-cased columns). */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
