import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWTPayload, type CryptoKey } from 'jose';

/** An RS256 signing key as the auth service would hold it, with its public JWK. */
export interface TestSigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JSONWebKeySet['keys'][number];
}

export const testIssuer = 'https://auth.ilenia.test';
export const testAudience = 'livekit-service';

export async function createSigningKey(kid: string): Promise<TestSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicKey, jwk };
}

/** Signs an access token shaped like the auth service's (RFC 9068 profile + roles and permissions). */
export async function signAccessToken(
  key: TestSigningKey,
  claims: JWTPayload & { permissions?: string[]; roles?: string[]; scope?: string },
  options: { issuer?: string; audience?: string | string[]; expiresIn?: string | number; notBefore?: string | number; typ?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({ sub: '7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: options.typ ?? 'at+jwt' })
    .setIssuer(options.issuer ?? testIssuer)
    .setAudience(options.audience ?? testAudience)
    .setIssuedAt()
    .setJti(crypto.randomUUID())
    .setExpirationTime(options.expiresIn ?? '5m');
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(key.privateKey);
}
