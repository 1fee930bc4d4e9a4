import { sql, type Kysely } from 'kysely';
import type { AuthDatabase, OAuthClientRow } from '../db/schema.js';

/** OAuth clients (services using client credentials). */
export class ClientRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  findById(clientId: string): Promise<OAuthClientRow | undefined> {
    return this.db.selectFrom('oauth_clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  }

  async list(page: { limit: number; offset: number }): Promise<{ items: OAuthClientRow[]; total: number }> {
    const [items, count] = await Promise.all([
      this.db.selectFrom('oauth_clients').selectAll().orderBy('client_id').limit(page.limit).offset(page.offset).execute(),
      this.db
        .selectFrom('oauth_clients')
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow(),
    ]);
    return { items, total: count.total };
  }

  /** Inserts the client; undefined when the id is taken. */
  async insert(client: {
    client_id: string;
    name: string;
    description: string | null;
    allowed_scopes: string[];
    secret_hash: string;
    at: Date;
  }): Promise<OAuthClientRow | undefined> {
    return this.db
      .insertInto('oauth_clients')
      .values({
        client_id: client.client_id,
        name: client.name,
        description: client.description,
        status: 'active',
        allowed_scopes: client.allowed_scopes,
        secret_hash: client.secret_hash,
        secret_rotated_at: client.at,
        created_at: client.at,
        updated_at: client.at,
      })
      .onConflict((conflict) => conflict.column('client_id').doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /** Applies the changes if the client is still at `expectedVersion` (any when undefined). */
  async update(
    clientId: string,
    changes: Partial<
      Pick<
        OAuthClientRow,
        | 'name'
        | 'description'
        | 'status'
        | 'allowed_scopes'
        | 'secret_hash'
        | 'previous_secret_hash'
        | 'previous_secret_expires_at'
        | 'secret_rotated_at'
      >
    > & { updated_at: Date },
    expectedVersion?: number,
  ): Promise<OAuthClientRow | undefined> {
    let query = this.db
      .updateTable('oauth_clients')
      .set({ ...changes, version: sql`version + 1` })
      .where('client_id', '=', clientId);
    if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
    return query.returningAll().executeTakeFirst();
  }

  async recordUse(clientId: string, at: Date): Promise<void> {
    await this.db.updateTable('oauth_clients').set({ last_used_at: at }).where('client_id', '=', clientId).execute();
  }

  async delete(clientId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('oauth_clients').where('client_id', '=', clientId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
