import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamp column: written as a Date, read back as a Date (pg parses timestamptz). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  /** `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`: the parameters travel with the hash. */
  password_hash: string;
  status: 'active' | 'disabled';
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: Timestamp | null;
  version: Generated<number>;
}

export interface RoleTable {
  id: string;
  name: string;
  description: string;
  built_in: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface RolePermissionTable {
  role_id: string;
  permission: string;
}

export interface UserRoleTable {
  user_id: string;
  role_id: string;
}

export interface PermissionOverrideTable {
  user_id: string;
  permission: string;
  effect: 'grant' | 'revoke';
  reason: string | null;
  granted_by: string;
  granted_at: Timestamp;
}

/** A sign-in session: the family of refresh tokens that rotate from one password sign-in. */
export interface RefreshFamilyTable {
  id: string;
  user_id: string;
  auth_time: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_reason: string | null;
  /** The audiences the session was narrowed to (RFC 8707 `resource`); null: not narrowed. */
  audiences: string[] | null;
}

export interface RefreshTokenTable {
  id: string;
  family_id: string;
  /** SHA-256 of the opaque token; the token itself is never stored. */
  token_hash: string;
  created_at: Timestamp;
  rotated_at: Timestamp | null;
}

export interface OAuthClientTable {
  client_id: string;
  name: string;
  description: string | null;
  status: 'active' | 'disabled';
  allowed_scopes: string[];
  secret_hash: string;
  previous_secret_hash: string | null;
  previous_secret_expires_at: Timestamp | null;
  secret_rotated_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_used_at: Timestamp | null;
  version: Generated<number>;
}

export interface SigningKeyTable {
  kid: string;
  /** The private JWK sealed under AUTH_KEY_ENCRYPTION_KEY (crypto/key-sealing.ts); private material never leaves the service. */
  private_jwk: ColumnType<Record<string, unknown>, string, string>;
  public_jwk: ColumnType<Record<string, unknown>, string, string>;
  key_size: number;
  created_at: Timestamp;
  activates_at: Timestamp;
  /** Set by an emergency revocation: the key is published no more and signs nothing. */
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** Failed sign-in (or client authentication) counters, per email, per IP or per client. */
export interface LoginThrottleTable {
  subject: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface AuditEventTable {
  id: string;
  type: string;
  occurred_at: Timestamp;
  actor_kind: 'user' | 'client' | 'system';
  actor_id: string | null;
  target_type: 'user' | 'role' | 'client' | 'signing_key' | null;
  target_id: string | null;
  client_ip: string | null;
  user_agent: string | null;
  outcome: 'success' | 'failure';
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
}

/** The auth service's database, as its repositories see it. */
export interface AuthDatabase {
  users: UserTable;
  roles: RoleTable;
  role_permissions: RolePermissionTable;
  user_roles: UserRoleTable;
  permission_overrides: PermissionOverrideTable;
  refresh_families: RefreshFamilyTable;
  refresh_tokens: RefreshTokenTable;
  oauth_clients: OAuthClientTable;
  signing_keys: SigningKeyTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type RoleRow = Selectable<RoleTable>;
export type PermissionOverrideRow = Selectable<PermissionOverrideTable>;
export type OAuthClientRow = Selectable<OAuthClientTable>;
export type SigningKeyRow = Selectable<SigningKeyTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
