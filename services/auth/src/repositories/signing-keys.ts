import { sql, type Kysely } from 'kysely';
import type { AuthDatabase, SigningKeyRow } from '../db/schema.js';

/** The token signing keys, private parts included; only the key store reads them. */
export class SigningKeyRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  /** Every key, oldest activation first. */
  all(): Promise<SigningKeyRow[]> {
    return this.db.selectFrom('signing_keys').selectAll().orderBy('activates_at').orderBy('created_at').execute();
  }

  async insert(key: {
    kid: string;
    privateJwk: object;
    publicJwk: object;
    keySize: number;
    createdAt: Date;
    activatesAt: Date;
  }): Promise<void> {
    await this.db
      .insertInto('signing_keys')
      .values({
        kid: key.kid,
        private_jwk: JSON.stringify(key.privateJwk),
        public_jwk: JSON.stringify(key.publicJwk),
        key_size: key.keySize,
        created_at: key.createdAt,
        activates_at: key.activatesAt,
      })
      .execute();
  }

  async revoke(kid: string, at: Date): Promise<void> {
    await this.db.updateTable('signing_keys').set({ revoked_at: at }).where('kid', '=', kid).where('revoked_at', 'is', null).execute();
  }

  /**
   * Serialises key creation across instances (a transaction-scoped advisory lock), so that two
   * instances starting at once, or two rotations, do not both add a key.
   */
  async lockForRotation(): Promise<void> {
    await sql`select pg_advisory_xact_lock(8081, 1)`.execute(this.db);
  }
}
