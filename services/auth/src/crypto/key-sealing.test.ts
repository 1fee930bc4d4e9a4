import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openPrivateKey, parseKeyEncryptionKey, sealPrivateKey } from './key-sealing.js';

const privateJwk = { kty: 'RSA', kid: 'kid-1', d: 'private-exponent', n: 'modulus', e: 'AQAB' };

describe('sealing private signing keys', () => {
  it('keeps no private material in what is stored, and opens only with the same key and kid', () => {
    const keyEncryptionKey = randomBytes(32);
    const sealed = sealPrivateKey(privateJwk, 'kid-1', keyEncryptionKey);
    expect(JSON.stringify(sealed)).not.toContain('private-exponent');
    expect(openPrivateKey(sealed, 'kid-1', keyEncryptionKey)).toEqual(privateJwk);
    expect(() => openPrivateKey(sealed, 'kid-1', randomBytes(32))).toThrow(/another AUTH_KEY_ENCRYPTION_KEY/);
    // Copied onto another row, it does not open.
    expect(() => openPrivateKey(sealed, 'kid-2', keyEncryptionKey)).toThrow();
    expect(() => openPrivateKey(privateJwk, 'kid-1', keyEncryptionKey)).toThrow(/not sealed/);
  });

  it('reads the key-encryption key as 32 bytes of base64 or base64url, and nothing else', () => {
    const key = randomBytes(32);
    expect(parseKeyEncryptionKey(key.toString('base64'))).toEqual(key);
    expect(parseKeyEncryptionKey(key.toString('base64url'))).toEqual(key);
    expect(parseKeyEncryptionKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(parseKeyEncryptionKey('correct horse battery staple')).toBeUndefined();
  });
});
