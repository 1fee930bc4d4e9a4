import { UpstreamUnavailableError } from './errors.js';

/** Gives the service's own access token for calls to other services. */
export interface AccessTokenSource {
  token(): Promise<string>;
  /** Forgets the cached token (the callee answered 401 with it). */
  invalidate(): void;
}

export interface ClientCredentialsOptions {
  tokenUrl: URL;
  clientId: string;
  clientSecret: string;
  /** Scopes to ask for; all of the client's scopes when absent. */
  scope?: string;
  /** Renew this long before the token expires, so a call never carries a token about to lapse. */
  renewBeforeMs?: number;
  fetch?: typeof fetch;
}

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4, `client_secret_basic`) against the auth service's
 * token endpoint. The token is cached until shortly before it expires; concurrent callers share one
 * request.
 */
export function clientCredentialsTokenSource(options: ClientCredentialsOptions): AccessTokenSource {
  const doFetch = options.fetch ?? fetch;
  const renewBeforeMs = options.renewBeforeMs ?? 30_000;
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function request(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (options.scope) form.set('scope', options.scope);
    // RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
    const basic = Buffer.from(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`).toString('base64');
    let response: Response;
    try {
      response = await doFetch(options.tokenUrl, {
        method: 'POST',
        headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
        signal: AbortSignal.timeout(5_000),
      });
    } catch (error) {
      throw new UpstreamUnavailableError(`The auth service at ${options.tokenUrl.origin} could not be reached for a service token.`, {
        cause: error,
      });
    }
    const body = (await response.json().catch(() => undefined)) as
      { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined;
    if (!response.ok || typeof body?.access_token !== 'string') {
      const reason = typeof body?.error === 'string' ? body.error : `HTTP ${response.status}`;
      throw new UpstreamUnavailableError(`The auth service refused the ${options.clientId} client's token request (${reason}).`);
    }
    const expiresInMs = (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000;
    cached = { token: body.access_token, renewAt: Date.now() + Math.max(expiresInMs - renewBeforeMs, expiresInMs / 2) };
    return body.access_token;
  }

  return {
    async token() {
      if (cached && Date.now() < cached.renewAt) return cached.token;
      pending ??= request().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
