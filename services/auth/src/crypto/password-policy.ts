/**
 * Passwords of 12 characters or more that breach corpora (Have I Been Pwned, RockYou) list among the
 * most common; refused for new passwords. A small offline list: the service has no network access.
 */
const breachedPasswords = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  'qwertyuiopas',
  'qwertyuiop123',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'iloveyou1234',
  '1q2w3e4r5t6y',
  'q1w2e3r4t5y6',
  'aaaaaaaaaaaa',
  '111111111111',
  '000000000000',
  'abcdefghijkl',
  'abc123abc123',
  'qwertyqwerty',
  'administrator',
  'letmeinletmein',
  'welcome12345',
  'changeme1234',
  'football1234',
  'correct-horse-battery-staple',
  'correcthorsebatterystaple',
  'trustno1trustno1',
  'monkey123456',
]);

/** Why a new password is refused, or undefined when it is acceptable (length is checked by the spec). */
export function passwordPolicyViolation(password: string, email: string): string | undefined {
  const normalised = password.normalize('NFKC').toLowerCase();
  if (normalised === email.toLowerCase()) return 'must not be the email address';
  if (breachedPasswords.has(normalised)) return 'is in a list of breached passwords';
  if (new Set(normalised).size < 4) return 'must use at least 4 different characters';
  return undefined;
}
