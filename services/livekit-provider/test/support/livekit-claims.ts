import { expect } from 'vitest';
import { TokenVerifier } from 'livekit-server-sdk';
import type { LiveKitDouble } from '@ilenia/livekit-testing';

/** The claims of a LiveKit token, verified with the API key and secret as the LiveKit server would. */
export async function verifiedClaims(livekit: LiveKitDouble, token: string) {
  return new TokenVerifier(livekit.apiKey, livekit.apiSecret).verify(token);
}

/** Asserts the token's whole `video` grant (nothing more, nothing less), its identity and its lifetime. */
export async function expectLiveKitToken(
  livekit: LiveKitDouble,
  token: string,
  expected: { identity: string; ttlSeconds: number; video: Record<string, unknown> },
) {
  const claims = await verifiedClaims(livekit, token);
  expect(claims.sub).toBe(expected.identity);
  expect(claims.iss).toBe(livekit.apiKey);
  expect(claims.video).toStrictEqual(expected.video);
  expect(claims.exp! - claims.nbf!).toBe(expected.ttlSeconds);
  return claims;
}
