import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of the private signing keys at rest: each key is sealed with AES-256-GCM under
 * its own random data key, and the data key is wrapped with AES-256-GCM under the key-encryption key
 * from configuration (`AUTH_KEY_ENCRYPTION_KEY`). Both bind the kid as associated data, so a sealed
 * key copied onto another row does not open. A database dump alone yields no private key.
 *
 * The format (`v1`) is also written by the migration that sealed the keys stored in plaintext before;
 * it never changes, a new one gets a new version.
 */
export interface SealedPrivateKey {
  sealed: 'A256GCM-envelope-v1';
  /** Which key-encryption key wrapped the data key (the first bytes of its SHA-256), for the error message when another one is configured. */
  kek_id: string;
  /** The data key under the key-encryption key: base64url of iv (12) ‖ tag (16) ‖ ciphertext. */
  wrapped_key: string;
  /** The private JWK (JSON) under the data key: base64url of iv ‖ tag ‖ ciphertext. */
  ciphertext: string;
}

const keyLength = 32;

/** Parses `AUTH_KEY_ENCRYPTION_KEY` (32 bytes, base64 or base64url); undefined when it is not that. */
export function parseKeyEncryptionKey(raw: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(raw)) return undefined;
  const key = Buffer.from(raw.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), 'base64url');
  return key.length === keyLength ? key : undefined;
}

/** A short, stable id of a key-encryption key; reveals nothing useful about it. */
function keyEncryptionKeyId(keyEncryptionKey: Buffer): string {
  return createHash('sha256').update(keyEncryptionKey).digest('base64url').slice(0, 11);
}

function encrypt(key: Buffer, plaintext: Buffer, associatedData: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

function decrypt(key: Buffer, sealed: string, associatedData: Buffer): Buffer {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12)).setAAD(associatedData);
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
}

const associatedDataOf = (kid: string) => Buffer.from(`ilenia-signing-key:${kid}`);

/** Seals a private JWK for storage. */
export function sealPrivateKey(privateJwk: object, kid: string, keyEncryptionKey: Buffer): SealedPrivateKey {
  const dataKey = randomBytes(keyLength);
  const associatedData = associatedDataOf(kid);
  return {
    sealed: 'A256GCM-envelope-v1',
    kek_id: keyEncryptionKeyId(keyEncryptionKey),
    wrapped_key: encrypt(keyEncryptionKey, dataKey, associatedData),
    ciphertext: encrypt(dataKey, Buffer.from(JSON.stringify(privateJwk)), associatedData),
  };
}

/** Whether a stored private key is sealed (every one is, after the migration). */
function isSealed(stored: unknown): stored is SealedPrivateKey {
  return typeof stored === 'object' && stored !== null && (stored as { sealed?: unknown }).sealed === 'A256GCM-envelope-v1';
}

/** Opens a sealed private key; throws an error naming AUTH_KEY_ENCRYPTION_KEY when it cannot. */
export function openPrivateKey(stored: unknown, kid: string, keyEncryptionKey: Buffer): Record<string, unknown> {
  if (!isSealed(stored))
    throw new Error(`The private signing key ${kid} is not sealed; the migration seal_signing_keys seals every stored key.`);
  if (stored.kek_id !== keyEncryptionKeyId(keyEncryptionKey)) {
    throw new Error(
      `The private signing key ${kid} was sealed with another AUTH_KEY_ENCRYPTION_KEY (id ${stored.kek_id}; the configured one is ${keyEncryptionKeyId(keyEncryptionKey)}).`,
    );
  }
  const associatedData = associatedDataOf(kid);
  const dataKey = decrypt(keyEncryptionKey, stored.wrapped_key, associatedData);
  return JSON.parse(decrypt(dataKey, stored.ciphertext, associatedData).toString('utf8')) as Record<string, unknown>;
}
