import { describe, expect, it } from 'vitest';
import { hashSecret, needsRehash, PasswordHasher, scryptParameters, verifySecret } from './passwords.js';
import { passwordPolicyViolation } from './password-policy.js';

describe('password hashing with scrypt', () => {
  const parameters = scryptParameters(14);

  it('salts every hash, stores its parameters, and verifies only the right password', async () => {
    const first = await hashSecret('correct horse', parameters);
    const second = await hashSecret('correct horse', parameters);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$14\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifySecret('correct horse', first)).toBe(true);
    expect(await verifySecret('correct horsE', first)).toBe(false);
    expect(await verifySecret('correct horse', 'bcrypt$whatever')).toBe(false);
  });

  it('asks for a rehash when the parameters change', async () => {
    const hash = await hashSecret('x', parameters);
    expect(needsRehash(hash, parameters)).toBe(false);
    expect(needsRehash(hash, scryptParameters(15))).toBe(true);
  });

  it('does the same work for an unknown account, and never says yes', async () => {
    const hasher = new PasswordHasher(parameters);
    expect(await hasher.verify('anything', undefined)).toBe(false);
  });
});

describe('password policy', () => {
  it('refuses the email, breached passwords and too few distinct characters', () => {
    expect(passwordPolicyViolation('Ada@Ilenia.dev', 'ada@ilenia.dev')).toMatch(/email/);
    expect(passwordPolicyViolation('Password1234', 'ada@ilenia.dev')).toMatch(/breached/);
    expect(passwordPolicyViolation('abababababab', 'ada@ilenia.dev')).toMatch(/different characters/);
    expect(passwordPolicyViolation('a-good-long-password', 'ada@ilenia.dev')).toBeUndefined();
  });
});
