import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration sees the database untyped and imports no application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('email', 'text', (column) => column.notNull().check(sql`email = lower(email) and length(email) between 3 and 254`))
    .addColumn('display_name', 'text', (column) => column.notNull().check(sql`length(display_name) between 1 and 100`))
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('active', 'disabled')`))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('users_email_key').on('users').column('email').unique().execute();

  await db.schema
    .createTable('roles')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull().unique())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('built_in', 'boolean', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('role_permissions')
    .addColumn('role_id', 'uuid', (column) => column.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('permission', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('role_permissions_pkey', ['role_id', 'permission'])
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.id').onDelete('cascade'))
    // A role still held cannot be deleted: the API answers 409 before this would fire.
    .addColumn('role_id', 'uuid', (column) => column.notNull().references('roles.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('user_roles_pkey', ['user_id', 'role_id'])
    .execute();
  await db.schema.createIndex('user_roles_role_id').on('user_roles').column('role_id').execute();

  await db.schema
    .createTable('permission_overrides')
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('permission', 'text', (column) => column.notNull())
    .addColumn('effect', 'text', (column) => column.notNull().check(sql`effect in ('grant', 'revoke')`))
    .addColumn('reason', 'text')
    // No foreign key: the override keeps naming its author after that account is deleted.
    .addColumn('granted_by', 'uuid', (column) => column.notNull())
    .addColumn('granted_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('permission_overrides_pkey', ['user_id', 'permission'])
    .execute();

  await db.schema
    .createTable('refresh_families')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('auth_time', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_reason', 'text')
    .execute();
  await db.schema.createIndex('refresh_families_user_id').on('refresh_families').column('user_id').execute();

  await db.schema
    .createTable('refresh_tokens')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('family_id', 'uuid', (column) => column.notNull().references('refresh_families.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('rotated_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('refresh_tokens_family_id').on('refresh_tokens').column('family_id').execute();

  await db.schema
    .createTable('oauth_clients')
    .addColumn('client_id', 'text', (column) => column.primaryKey().check(sql`client_id ~ '^[a-z][a-z0-9-]{2,63}$'`))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('active', 'disabled')`))
    .addColumn('allowed_scopes', sql`text[]`, (column) => column.notNull())
    .addColumn('secret_hash', 'text', (column) => column.notNull())
    .addColumn('previous_secret_hash', 'text')
    .addColumn('previous_secret_expires_at', 'timestamptz')
    .addColumn('secret_rotated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('signing_keys')
    .addColumn('kid', 'text', (column) => column.primaryKey())
    .addColumn('private_jwk', 'jsonb', (column) => column.notNull())
    .addColumn('public_jwk', 'jsonb', (column) => column.notNull())
    .addColumn('key_size', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('activates_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('signing_keys_activates_at').on('signing_keys').column('activates_at').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('subject', 'text', (column) => column.primaryKey())
    .addColumn('failures', 'integer', (column) => column.notNull())
    .addColumn('window_started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull())
    .addColumn('actor_kind', 'text', (column) => column.notNull().check(sql`actor_kind in ('user', 'client', 'system')`))
    .addColumn('actor_id', 'text')
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('client_ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('outcome', 'text', (column) => column.notNull().check(sql`outcome in ('success', 'failure')`))
    .addColumn('request_id', 'text')
    .addColumn('details', 'jsonb', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('audit_events_occurred_at').on('audit_events').columns(['occurred_at', 'id']).execute();
  await db.schema.createIndex('audit_events_actor_id').on('audit_events').column('actor_id').execute();
  await db.schema.createIndex('audit_events_target_id').on('audit_events').column('target_id').execute();

  // The audit log is append-only: the database itself refuses to change or remove a row.
  await sql`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit events are append-only' using errcode = '42501';
    end;
    $$`.execute(db);
  await sql`
    create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);
}
