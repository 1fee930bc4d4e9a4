import { parseIfMatch, versionMatchingIfMatch } from '@ilenia/kit';
import { problems } from '@ilenia/kit';
import { newOpaqueToken } from '../crypto/opaque-tokens.js';
import type { OAuthClientRow } from '../db/schema.js';
import { ClientRepository } from '../repositories/clients.js';
import type { RequestOrigin } from './audit-log.js';
import { assertInCatalogue, assertNoAdministrativeScope } from './catalogue.js';
import type { AuthDependencies } from './dependencies.js';

/** A client as the API shows it: never its secret or hash. */
export function clientView(client: OAuthClientRow) {
  return {
    client_id: client.client_id,
    name: client.name,
    description: client.description,
    status: client.status,
    allowed_scopes: [...client.allowed_scopes].sort(),
    created_at: client.created_at.toISOString(),
    updated_at: client.updated_at.toISOString(),
    secret_rotated_at: client.secret_rotated_at.toISOString(),
    last_used_at: client.last_used_at?.toISOString() ?? null,
    version: client.version,
  };
}

/** The throttle subject of a client id (whether or not a client has it). */
export function clientSubject(clientId: string): string {
  return `client:${clientId}`;
}

export async function findClientOr404(deps: AuthDependencies, clientId: string): Promise<OAuthClientRow> {
  const client = await new ClientRepository(deps.db).findById(clientId);
  if (!client) throw problems.notFound(`There is no client ${clientId}.`);
  return client;
}

/** A new client secret: 256 random bits, base64url (43 characters). */
function newClientSecret(): string {
  return newOpaqueToken();
}

/** Registers a client and issues its first secret, which only this answer shows. */
export async function createClient(
  deps: AuthDependencies,
  body: { client_id: string; name: string; description?: string; allowed_scopes: string[] },
  origin: RequestOrigin,
): Promise<{ client: OAuthClientRow; secret: string }> {
  assertInCatalogue(body.allowed_scopes, 'allowed_scopes');
  assertNoAdministrativeScope(body.allowed_scopes, 'allowed_scopes');
  const secret = newClientSecret();
  const secretHash = await deps.passwords.hash(secret);
  return deps.db.transaction().execute(async (transaction) => {
    const client = await new ClientRepository(transaction).insert({
      client_id: body.client_id,
      name: body.name,
      description: body.description ?? null,
      allowed_scopes: body.allowed_scopes,
      secret_hash: secretHash,
      at: deps.clock(),
    });
    if (!client) throw problems.conflict(`A client with the id ${body.client_id} exists.`);
    await deps.audit.record(
      origin,
      {
        type: 'client_created',
        outcome: 'success',
        target: { type: 'client', id: body.client_id },
        details: { allowed_scopes: body.allowed_scopes },
      },
      transaction,
    );
    return { client, secret };
  });
}

export async function updateClient(
  deps: AuthDependencies,
  clientId: string,
  ifMatch: string,
  body: { name?: string; description?: string | null; status?: 'active' | 'disabled'; allowed_scopes?: string[] },
  origin: RequestOrigin,
): Promise<OAuthClientRow> {
  const client = await findClientOr404(deps, clientId);
  const version = versionMatchingIfMatch(parseIfMatch(ifMatch), client.version);
  if (body.allowed_scopes) {
    assertInCatalogue(body.allowed_scopes, 'allowed_scopes');
    assertNoAdministrativeScope(body.allowed_scopes, 'allowed_scopes');
  }
  return deps.db.transaction().execute(async (transaction) => {
    const updated = await new ClientRepository(transaction).update(clientId, { ...body, updated_at: deps.clock() }, version);
    if (!updated) throw problems.preconditionFailed('The client changed while this request was processed; read it again.');
    await deps.audit.record(
      origin,
      {
        type: 'client_updated',
        outcome: 'success',
        target: { type: 'client', id: clientId },
        details: { changed: Object.keys(body).sort() },
      },
      transaction,
    );
    return updated;
  });
}

export async function deleteClient(deps: AuthDependencies, clientId: string, origin: RequestOrigin): Promise<void> {
  await findClientOr404(deps, clientId);
  await deps.db.transaction().execute(async (transaction) => {
    await new ClientRepository(transaction).delete(clientId);
    await deps.audit.record(origin, { type: 'client_deleted', outcome: 'success', target: { type: 'client', id: clientId } }, transaction);
  });
}

/** Issues a new secret; the previous one keeps working for `gracePeriodSeconds` (0: stops at once). */
export async function rotateClientSecret(deps: AuthDependencies, clientId: string, gracePeriodSeconds: number, origin: RequestOrigin) {
  const client = await findClientOr404(deps, clientId);
  const secret = newClientSecret();
  const secretHash = await deps.passwords.hash(secret);
  const now = deps.clock();
  const previousExpiresAt = gracePeriodSeconds > 0 ? new Date(now.getTime() + gracePeriodSeconds * 1000) : null;
  await deps.db.transaction().execute(async (transaction) => {
    await new ClientRepository(transaction).update(clientId, {
      secret_hash: secretHash,
      previous_secret_hash: previousExpiresAt ? client.secret_hash : null,
      previous_secret_expires_at: previousExpiresAt,
      secret_rotated_at: now,
      updated_at: now,
    });
    await deps.audit.record(
      origin,
      {
        type: 'client_secret_rotated',
        outcome: 'success',
        target: { type: 'client', id: clientId },
        details: { grace_period_seconds: gracePeriodSeconds },
      },
      transaction,
    );
  });
  return {
    client_id: clientId,
    client_secret: secret,
    issued_at: now.toISOString(),
    previous_secret_expires_at: previousExpiresAt?.toISOString() ?? null,
  };
}

/** Clears the authentication delays of the client id from every address; idempotent, audited with the number cleared. */
export async function unlockClient(deps: AuthDependencies, clientId: string, origin: RequestOrigin): Promise<void> {
  await findClientOr404(deps, clientId);
  const cleared = await deps.throttle.unlock(clientSubject(clientId));
  await deps.audit.record(origin, {
    type: 'client_unlocked',
    outcome: 'success',
    target: { type: 'client', id: clientId },
    details: { counters_cleared: cleared },
  });
}
