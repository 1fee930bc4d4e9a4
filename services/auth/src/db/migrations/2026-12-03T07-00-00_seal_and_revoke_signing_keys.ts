import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import type { Kysely, Migration } from 'kysely';

/** The one table this migration reads and writes, as it was when the migration was written (frozen, like the code). */
interface SigningKeysAtThisMigration {
  signing_keys: { kid: string; private_jwk: Record<string, unknown> | string };
}

/**
 * Signing keys become revocable (`revoked_at`), and every private key stored in plaintext is sealed
 * under `AUTH_KEY_ENCRYPTION_KEY` (format `A256GCM-envelope-v1`, see crypto/key-sealing.ts). Frozen
 * in time: the sealing is written out here rather than imported, so later changes to the service's
 * code never change what this migration did.
 */
export function sealAndRevokeSigningKeys(keyEncryptionKey: Buffer): Migration {
  const encrypt = (key: Buffer, plaintext: Buffer, associatedData: Buffer): string => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(associatedData);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  };
  return {
    async up(db: Kysely<SigningKeysAtThisMigration>): Promise<void> {
      await db.schema.alterTable('signing_keys').addColumn('revoked_at', 'timestamptz').execute();
      // jsonb comes back parsed: the column holds objects here, strings only on the way in.
      const rows = (await db.selectFrom('signing_keys').select(['kid', 'private_jwk']).execute()) as {
        kid: string;
        private_jwk: Record<string, unknown>;
      }[];
      for (const row of rows) {
        if (row.private_jwk.sealed === 'A256GCM-envelope-v1') continue;
        const dataKey = randomBytes(32);
        const associatedData = Buffer.from(`ilenia-signing-key:${row.kid}`);
        const sealed = {
          sealed: 'A256GCM-envelope-v1',
          kek_id: createHash('sha256').update(keyEncryptionKey).digest('base64url').slice(0, 11),
          wrapped_key: encrypt(keyEncryptionKey, dataKey, associatedData),
          ciphertext: encrypt(dataKey, Buffer.from(JSON.stringify(row.private_jwk)), associatedData),
        };
        await db
          .updateTable('signing_keys')
          .set({ private_jwk: JSON.stringify(sealed) })
          .where('kid', '=', row.kid)
          .execute();
      }
    },
  };
}
