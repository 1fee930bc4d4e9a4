import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt parameters; they are stored with each hash so that a later change keeps old hashes valid. */
export interface ScryptParameters {
  /** log2 of the CPU/memory cost N. */
  cost: number;
  blockSize: number;
  parallelization: number;
}

const keyLength = 32;
const saltLength = 16;

function derive(secret: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const N = 2 ** parameters.cost;
  const options: ScryptOptions = {
    N,
    r: parameters.blockSize,
    p: parameters.parallelization,
    // scrypt needs 128 * N * r bytes (128 MiB at N = 2^17); Node's default ceiling is 32 MiB.
    maxmem: 256 * N * parameters.blockSize,
  };
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Hashes a password (or client secret) with scrypt, a memory-hard KDF, and a fresh random salt. */
export async function hashSecret(secret: string, parameters: ScryptParameters): Promise<string> {
  const salt = randomBytes(saltLength);
  const key = await derive(secret, salt, parameters);
  return [
    'scrypt',
    parameters.cost,
    parameters.blockSize,
    parameters.parallelization,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

function parse(hash: string): { parameters: ScryptParameters; salt: Buffer; key: Buffer } | undefined {
  const [scheme, cost, blockSize, parallelization, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !cost || !blockSize || !parallelization || !salt || !key) return undefined;
  return {
    parameters: { cost: Number(cost), blockSize: Number(blockSize), parallelization: Number(parallelization) },
    salt: Buffer.from(salt, 'base64url'),
    key: Buffer.from(key, 'base64url'),
  };
}

/** Whether `secret` matches `hash`, compared in constant time. A malformed hash never matches. */
export async function verifySecret(secret: string, hash: string): Promise<boolean> {
  const parsed = parse(hash);
  if (!parsed) return false;
  const key = await derive(secret, parsed.salt, parsed.parameters);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** Whether a hash was made with other parameters than today's, so it should be redone at the next sign-in. */
export function needsRehash(hash: string, parameters: ScryptParameters): boolean {
  const parsed = parse(hash);
  return (
    !parsed ||
    parsed.parameters.cost !== parameters.cost ||
    parsed.parameters.blockSize !== parameters.blockSize ||
    parsed.parameters.parallelization !== parameters.parallelization
  );
}

/**
 * Checks passwords while hiding which accounts exist: for an unknown account the same scrypt work is
 * done against a dummy hash made with the current parameters, so both paths cost the same time.
 */
export class PasswordHasher {
  private dummyHash: Promise<string>;

  constructor(readonly parameters: ScryptParameters) {
    this.dummyHash = hashSecret(randomBytes(16).toString('hex'), parameters);
  }

  hash(password: string): Promise<string> {
    return hashSecret(password, this.parameters);
  }

  /** Verifies against `hash`, or against the dummy hash when there is none (and then answers false). */
  async verify(password: string, hash: string | undefined): Promise<boolean> {
    if (hash === undefined) {
      await verifySecret(password, await this.dummyHash);
      return false;
    }
    return verifySecret(password, hash);
  }

  needsRehash(hash: string): boolean {
    return needsRehash(hash, this.parameters);
  }
}

/** The scrypt parameters for a cost: r = 8, p = 1 as RFC 7914 and OWASP recommend. */
export function scryptParameters(cost: number): ScryptParameters {
  return { cost, blockSize: 8, parallelization: 1 };
}
