/**
 * What verifying an access token costs the kit's verifier, per call: RS256 on every call (as before
 * issue 12) against the verified-token cache (a token checked once, then its hash looked up, its
 * expiry compared and its key asked of the key set again). 100 callers' tokens in turn, as a service
 * sees them. Each case runs in its own process; each figure is the best of 7 batches (the least
 * disturbed on a shared machine), with the load average. Never pass/fail.
 *
 *   tsx bench/token-verification.ts [verifications per batch, default 5000]
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { createJwtVerifier } from '@ilenia/kit';
import { createSigningKey, signAccessToken, testAudience, testIssuer } from '@ilenia/kit/testing';

const caseArgument = process.argv.find((argument) => argument.startsWith('--case='))?.slice('--case='.length);
const perBatch = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 5000);

if (caseArgument) {
  const key = await createSigningKey('bench');
  const verifier = createJwtVerifier({
    keys: { jwks: { keys: [key.jwk] } },
    issuer: testIssuer,
    audience: testAudience,
    verifiedTokenCacheSize: caseArgument === 'uncached' ? 0 : undefined,
  });
  const tokens = await Promise.all(
    Array.from({ length: 100 }, (_, index) =>
      signAccessToken(key, { sub: `user-${index}`, permissions: ['events:read'] }, { expiresIn: '1h' }),
    ),
  );
  for (const token of tokens) await verifier.verify(token);
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 7; batch += 1) {
    const started = process.hrtime.bigint();
    for (let index = 0; index < perBatch; index += 1) await verifier.verify(tokens[index % tokens.length]!);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1000 / perBatch);
  }
  console.log(JSON.stringify({ microsPerVerification: best }));
} else {
  const loadBefore = loadavg()[0]!;
  const cases = [
    ['uncached', 'RS256 on every call (baseline)'],
    ['cached', 'verified-token cache'],
  ] as const;
  const rows = cases.map(([name, label]) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1]!, `--case=${name}`, String(perBatch)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return {
      label,
      micros: (JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { microsPerVerification: number }).microsPerVerification,
    };
  });
  console.log(
    `Access token verification, 100 tokens in turn, best of 7 batches of ${perBatch}; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; ${new Date().toISOString()}`,
  );
  console.log('case'.padEnd(34), 'µs/verification'.padStart(16), 'ratio'.padStart(8));
  for (const row of rows)
    console.log(row.label.padEnd(34), row.micros.toFixed(1).padStart(16), (rows[0]!.micros / row.micros).toFixed(1).padStart(8));
}
