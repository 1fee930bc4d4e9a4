import { randomUUID } from 'node:crypto';
import { countAdministrators } from '../domain/administration-guard.js';
import { systemOrigin } from '../domain/audit-log.js';
import { builtInRoles, isAdministrative } from '../domain/catalogue.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import type { ConfiguredClient } from '../config.js';
import { passwordPolicyViolation } from '../crypto/password-policy.js';
import { verifySecret } from '../crypto/passwords.js';
import { ClientRepository } from '../repositories/clients.js';
import { RoleRepository } from '../repositories/roles.js';
import { UserRepository } from '../repositories/users.js';
import { demoPassword, demoUsers } from '@ilenia/kit';

/** What start-up seeded, for the one-time console message of development. */
export interface SeedReport {
  demoUsersCreated: boolean;
  bootstrapAdminCreated: string | undefined;
  liveServiceClient: ConfiguredClientOutcome;
  liveEventClient: ConfiguredClientOutcome;
  livekitProviderClient?: ConfiguredClientOutcome;
}

type ConfiguredClientOutcome = 'created' | 'secret_updated' | 'unchanged' | undefined;

/**
 * The built-in roles from the catalogue: missing ones are created; `admin` always follows the
 * catalogue (it cannot be edited); the others keep an administrator's edits.
 */
async function seedBuiltInRoles(deps: AuthDependencies): Promise<void> {
  const roles = new RoleRepository(deps.db);
  for (const [name, role] of Object.entries(builtInRoles)) {
    const existing = await roles.findByName(name);
    if (!existing)
      await roles.insert({ id: randomUUID(), name, description: role.description, built_in: true, at: deps.clock() }, role.permissions);
    else if (name === 'admin') await roles.setPermissions(existing.id, role.permissions);
  }
}

async function createUserWithRole(
  deps: AuthDependencies,
  user: { id: string; email: string; displayName: string; password: string; role: string },
): Promise<void> {
  const now = deps.clock();
  const passwordHash = await deps.passwords.hash(user.password);
  await deps.db.transaction().execute(async (transaction) => {
    const created = await new UserRepository(transaction).insert({
      id: user.id,
      email: user.email,
      display_name: user.displayName,
      password_hash: passwordHash,
      status: 'active',
      created_at: now,
      updated_at: now,
    });
    const roles = new RoleRepository(transaction);
    await roles.assign(created.id, (await roles.findByName(user.role))!.id);
    await deps.audit.record(
      systemOrigin,
      {
        type: 'user_created',
        outcome: 'success',
        target: { type: 'user', id: created.id },
        details: { email: user.email, roles: [user.role], seeded: true },
      },
      transaction,
    );
  });
}

/** A client from configuration: registered if absent, its secret replaced if it changed. */
async function seedConfiguredClient(
  deps: AuthDependencies,
  configured: ConfiguredClient | undefined,
  about: { name: string; description: string },
): Promise<ConfiguredClientOutcome> {
  if (!configured) return undefined;
  const administrative = configured.scopes.filter(isAdministrative);
  if (administrative.length > 0)
    throw new Error(
      `The client ${configured.clientId} from configuration may not have ${administrative.join(', ')}: administrative scopes are for people only.`,
    );
  const clients = new ClientRepository(deps.db);
  const existing = await clients.findById(configured.clientId);
  const now = deps.clock();
  if (!existing) {
    await clients.insert({
      client_id: configured.clientId,
      name: about.name,
      description: about.description,
      allowed_scopes: configured.scopes,
      secret_hash: await deps.passwords.hash(configured.secret),
      at: now,
    });
    await deps.audit.record(systemOrigin, {
      type: 'client_created',
      outcome: 'success',
      target: { type: 'client', id: configured.clientId },
      details: { allowed_scopes: configured.scopes, from_configuration: true },
    });
    return 'created';
  }
  if (await verifySecret(configured.secret, existing.secret_hash)) return 'unchanged';
  await clients.update(configured.clientId, {
    secret_hash: await deps.passwords.hash(configured.secret),
    previous_secret_hash: null,
    previous_secret_expires_at: null,
    secret_rotated_at: now,
    updated_at: now,
  });
  await deps.audit.record(systemOrigin, {
    type: 'client_secret_rotated',
    outcome: 'success',
    target: { type: 'client', id: configured.clientId },
    details: { from_configuration: true },
  });
  return 'secret_updated';
}

/**
 * First-start seeding: built-in roles always; if no active administrator exists, the bootstrap
 * admin from AUTH_BOOTSTRAP_ADMIN_*; in development on an empty database, the demo users; and the
 * live-service and live-event clients when configured. Outside development, a database without an administrator
 * and no bootstrap variables stops the start: nobody could administer it.
 */
export async function seed(deps: AuthDependencies): Promise<SeedReport> {
  await seedBuiltInRoles(deps);
  const users = new UserRepository(deps.db);
  const report: SeedReport = {
    demoUsersCreated: false,
    bootstrapAdminCreated: undefined,
    liveServiceClient: undefined,
    liveEventClient: undefined,
  };
  if (deps.config.seedDemoUsers && (await users.count()) === 0) {
    for (const user of demoUsers) {
      // A bootstrap admin, when configured, replaces the demo admin.
      if (user.role === 'admin' && deps.config.bootstrapAdmin) continue;
      await createUserWithRole(deps, { ...user, password: demoPassword });
    }
    report.demoUsersCreated = true;
  }
  // Counted by power, not by role: someone stripped of the administrative permissions cannot rescue anyone.
  if ((await countAdministrators(deps.db)) === 0) {
    const bootstrap = deps.config.bootstrapAdmin;
    if (!bootstrap) {
      throw new Error(
        'No active administrator exists: set AUTH_BOOTSTRAP_ADMIN_EMAIL and AUTH_BOOTSTRAP_ADMIN_PASSWORD for the first start.',
      );
    }
    if (await users.findByEmail(bootstrap.email)) {
      throw new Error(
        `No active administrator exists, and ${bootstrap.email} (AUTH_BOOTSTRAP_ADMIN_EMAIL) is already a user: make it an administrator by other means or choose another email.`,
      );
    }
    const weakness =
      bootstrap.password.length < 12 || bootstrap.password.length > 128
        ? 'must be 12 to 128 characters'
        : passwordPolicyViolation(bootstrap.password, bootstrap.email);
    if (weakness)
      throw new Error(
        `AUTH_BOOTSTRAP_ADMIN_PASSWORD ${weakness}: the first administrator's password follows the same policy as everyone's.`,
      );
    await createUserWithRole(deps, {
      id: randomUUID(),
      email: bootstrap.email.toLowerCase(),
      displayName: 'Administrator',
      password: bootstrap.password,
      role: 'admin',
    });
    report.bootstrapAdminCreated = bootstrap.email.toLowerCase();
  }
  report.liveServiceClient = await seedConfiguredClient(deps, deps.config.liveServiceClient, {
    name: 'Live service',
    description: 'Runs the transcription and translation agents of LiveKit sessions (registered from configuration).',
  });
  report.liveEventClient = await seedConfiguredClient(deps, deps.config.liveEventClient, {
    name: 'Live event',
    description: 'Checks who may speak and listen in WebSocket sessions and writes their records (registered from configuration).',
  });
  report.livekitProviderClient = await seedConfiguredClient(deps, deps.config.livekitProviderClient, {
    name: 'LiveKit provider',
    description: 'Reads events to decide who may speak and listen in LiveKit rooms (registered from configuration).',
  });
  return report;
}

/** The one-time message of development: who can sign in, with what. Printed to the console, not the log. */
export function describeSeed(report: SeedReport, deps: AuthDependencies): string | undefined {
  const lines: string[] = [];
  if (report.demoUsersCreated) {
    lines.push(`Demo users created (development only), password "${demoPassword}":`);
    for (const user of demoUsers)
      if (!(user.role === 'admin' && deps.config.bootstrapAdmin))
        lines.push(`  ${user.email.padEnd(22)} ${user.role.padEnd(9)} ${user.id}`);
  }
  if (report.bootstrapAdminCreated)
    lines.push(`Bootstrap administrator created: ${report.bootstrapAdminCreated} (password from AUTH_BOOTSTRAP_ADMIN_PASSWORD).`);
  for (const [outcome, client] of [
    [report.liveServiceClient, deps.config.liveServiceClient],
    [report.liveEventClient, deps.config.liveEventClient],
    [report.livekitProviderClient, deps.config.livekitProviderClient],
  ] as const) {
    if (outcome === 'created' && client) lines.push(`OAuth client ${client.clientId} registered with scopes ${client.scopes.join(' ')}.`);
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}
