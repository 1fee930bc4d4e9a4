import { problems } from '@ilenia/kit';
import { ClientRepository } from '../repositories/clients.js';
import type { RequestOrigin } from './audit-log.js';
import { catalogueNames, isAdministrative } from './catalogue.js';
import { clientSubject } from './client-admin.js';
import type { AuthDependencies } from './dependencies.js';
import { audiencesForPermissions, InvalidTarget, narrowAudiences, resourcesOf } from './token-audiences.js';

type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope' | 'invalid_target';

/** An RFC 6749 §5.2 error: 401 for `invalid_client`, 400 otherwise. */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
  }

  get status(): 400 | 401 {
    return this.error === 'invalid_client' ? 401 : 400;
  }
}

export interface TokenRequest {
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** The client's credentials from HTTP Basic (`client_secret_basic`) or the form (`client_secret_post`), never both. */
function credentialsOf(request: TokenRequest): { clientId: string; secret: string } {
  for (const [name, value] of Object.entries(request.body)) {
    // RFC 8707 §2: `resource` may be repeated, one value per audience wanted.
    if (Array.isArray(value) && name !== 'resource') throw new OAuthError('invalid_request', `The parameter ${name} is repeated.`);
  }
  const formId = typeof request.body.client_id === 'string' ? request.body.client_id : undefined;
  const formSecret = typeof request.body.client_secret === 'string' ? request.body.client_secret : undefined;
  const basic = /^Basic\s+(\S+)\s*$/i.exec(request.authorization ?? '');
  if (basic) {
    if (formSecret !== undefined)
      throw new OAuthError('invalid_request', 'Send the client credentials either in HTTP Basic or in the form, not both.');
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new OAuthError('invalid_client', 'The Basic credentials must be client_id:client_secret, base64-encoded.');
    try {
      // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined.
      const clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
      const secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
      if (formId !== undefined && formId !== clientId)
        throw new OAuthError('invalid_request', 'The client_id of the form differs from the one in HTTP Basic.');
      return { clientId, secret };
    } catch (error) {
      if (error instanceof OAuthError) throw error;
      throw new OAuthError('invalid_client', 'The Basic credentials are not form-urlencoded.');
    }
  }
  if (formId === undefined || formSecret === undefined)
    throw new OAuthError('invalid_client', 'Authenticate the client with HTTP Basic or with client_id and client_secret in the form.');
  return { clientId: formId, secret: formSecret };
}

/**
 * The client credentials grant (RFC 6749 §4.4): authenticates the client (secrets are scrypt
 * hashes; an unknown client costs the same verification), then narrows the scope asked for to the
 * client's allowed scopes, never to an administrative one.
 *
 * The secret is checked before the throttle: a client secret is 256 random bits, so the throttle
 * protects no secret from guessing, and a client that presents its correct secret is answered
 * whatever others sent in its name, from wherever. Failures are counted per client id from one
 * address and per address; a wrong secret while delayed answers 429.
 */
export async function issueClientToken(deps: AuthDependencies, request: TokenRequest, origin: RequestOrigin) {
  const { clientId, secret } = credentialsOf(request);
  const account = clientSubject(clientId);

  const clients = new ClientRepository(deps.db);
  const client = await clients.findById(clientId);
  const now = deps.clock();
  let authenticated = await deps.passwords.verify(secret, client?.secret_hash);
  if (
    !authenticated &&
    client?.previous_secret_hash &&
    client.previous_secret_expires_at &&
    client.previous_secret_expires_at.getTime() > now.getTime()
  ) {
    authenticated = await deps.passwords.verify(secret, client.previous_secret_hash);
  }
  if (!client || !authenticated || client.status !== 'active') {
    const actor = { kind: 'client' as const, id: client ? clientId : null };
    const target = client ? { type: 'client' as const, id: clientId } : null;
    const retryAfter = await deps.throttle.retryAfter(account, origin.clientIp);
    const reason = retryAfter !== undefined ? 'throttled' : !client ? 'unknown_client' : !authenticated ? 'bad_secret' : 'client_disabled';
    await deps.audit.record(origin, {
      type: 'client_authentication_failed',
      outcome: 'failure',
      actor,
      target,
      details: { client_id: clientId, reason },
    });
    if (retryAfter !== undefined)
      throw problems.tooManyRequests(`Too many failed client authentications; try again in ${retryAfter} seconds.`, retryAfter);
    for (const delay of await deps.throttle.recordFailure(account, origin.clientIp)) {
      await deps.audit.record(origin, {
        type: 'client_throttled',
        outcome: 'failure',
        actor,
        target,
        details: { client_id: clientId, scope: delay.scope, failures: delay.failures, retry_after_seconds: delay.retryAfterSeconds },
      });
    }
    throw new OAuthError('invalid_client', 'Client authentication failed.');
  }
  await deps.throttle.clear(account, origin.clientIp);

  const grantType = request.body.grant_type;
  if (grantType === undefined) throw new OAuthError('invalid_request', 'The parameter grant_type is required.');
  if (grantType !== 'client_credentials') throw new OAuthError('unsupported_grant_type', 'Only the client_credentials grant is supported.');

  // A client registered before administrative scopes were refused keeps them in its row, never in a token.
  const allowed = new Set(client.allowed_scopes.filter((scope) => !isAdministrative(scope)));
  const asked = typeof request.body.scope === 'string' ? request.body.scope.split(' ').filter(Boolean) : undefined;
  if (asked !== undefined && asked.length === 0) throw new OAuthError('invalid_scope', 'The scope parameter is empty.');
  for (const scope of asked ?? []) {
    if (!catalogueNames.has(scope)) throw new OAuthError('invalid_scope', `The scope ${scope} does not exist.`);
    if (!allowed.has(scope)) throw new OAuthError('invalid_scope', `The scope ${scope} is not allowed for this client.`);
  }
  const scopes = [...new Set(asked ?? allowed)].sort();
  const audiences = clientAudiences(scopes, request.body.resource);
  const { token, expiresIn } = await deps.tokens.issueForClient({ clientId, scopes, audiences });
  await clients.recordUse(clientId, now);
  return { access_token: token, token_type: 'Bearer' as const, expires_in: expiresIn, scope: scopes.join(' ') };
}

/** The audiences of a client's token: those its granted scopes need, narrowed by `resource` (RFC 8707). */
function clientAudiences(scopes: readonly string[], resource: unknown): string[] {
  try {
    return narrowAudiences({ reachable: audiencesForPermissions(scopes), resources: resourcesOf(resource) });
  } catch (error) {
    if (error instanceof InvalidTarget) throw new OAuthError('invalid_target', error.description);
    throw error;
  }
}
