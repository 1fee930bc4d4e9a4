import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { webClientId } from '../config.js';
import type { Clock } from './ids.js';
import type { KeyStore } from './key-store.js';

export interface TokenSettings {
  issuer: string;
  accessTtlSeconds: number;
}

/** Signs RFC 9068 access tokens (`typ: at+jwt`, RS256, with the active key's `kid`). */
export class AccessTokenIssuer {
  constructor(
    private readonly keys: KeyStore,
    private readonly settings: TokenSettings,
    private readonly clock: Clock,
  ) {}

  /** Signs for `audiences`: chosen per token (token-audiences.ts), so a token for one service is refused by the others. */
  private async sign(
    subject: string,
    audiences: readonly string[],
    claims: Record<string, unknown>,
  ): Promise<{ token: string; expiresIn: number }> {
    const key = await this.keys.activeKey();
    const now = Math.floor(this.clock().getTime() / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: key.kid })
      .setIssuer(this.settings.issuer)
      .setAudience([...audiences])
      .setSubject(subject)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + this.settings.accessTtlSeconds)
      .setJti(randomUUID())
      .sign(key.privateKey);
    return { token, expiresIn: this.settings.accessTtlSeconds };
  }

  /** A user's token: their roles and effective permissions as of now, and the sign-in session. */
  issueForUser(user: {
    id: string;
    roles: readonly string[];
    permissions: readonly string[];
    sessionId: string;
    authTime: Date;
    audiences: readonly string[];
  }) {
    return this.sign(user.id, user.audiences, {
      client_id: webClientId,
      auth_time: Math.floor(user.authTime.getTime() / 1000),
      sid: user.sessionId,
      roles: [...user.roles],
      permissions: [...user.permissions],
    });
  }

  /** A service's token (client credentials): the client is the subject; its scopes are its permissions. */
  issueForClient(client: { clientId: string; scopes: readonly string[]; audiences: readonly string[] }) {
    return this.sign(client.clientId, client.audiences, { client_id: client.clientId, scope: client.scopes.join(' ') });
  }
}
