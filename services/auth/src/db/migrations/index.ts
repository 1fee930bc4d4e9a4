import type { Migration } from 'kysely';
import * as createAuthSchema from './2026-12-01T07-30-00_create_auth_schema.js';
import { sealAndRevokeSigningKeys } from './2026-12-03T07-00-00_seal_and_revoke_signing_keys.js';
import { grantPeopleSearch } from './2026-12-03T10-00-00_grant_people_search.js';
import { addSessionAudiences } from './2026-12-03T16-00-00_add_session_audiences.js';

/**
 * Every migration of the auth service, by name; applied in name order by the kit. Sealing the stored
 * private keys needs the key-encryption key from configuration.
 */
export function authMigrations(options: { keyEncryptionKey: Buffer }): Record<string, Migration> {
  return {
    '2026-12-01T07-30-00_create_auth_schema': createAuthSchema,
    '2026-12-03T07-00-00_seal_and_revoke_signing_keys': sealAndRevokeSigningKeys(options.keyEncryptionKey),
    '2026-12-03T10-00-00_grant_people_search': grantPeopleSearch,
    '2026-12-03T16-00-00_add_session_audiences': addSessionAudiences,
  };
}
