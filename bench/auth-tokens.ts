/**
 * What the auth service costs, as ratios against baselines measured in the same run. Each case runs
 * in its own process (bench/support/auth-server.ts). Never pass/fail.
 *
 * 1. Token verification: GET /v2/users/me with a real RS256 access token, 50 connections:
 *    a bare Express handler (baseline); the kit's authentication middleware with the JWKS verifier
 *    (what every other service does); the same with the auth service's own key store; and the real
 *    auth service answering /v2/users/me (router, validation, verification, database).
 * 2. Sign-in latency: POST /v2/auth/login, 4 connections: a bare handler doing one scrypt
 *    verification with the same parameters (baseline), and the real login (throttle checks, scrypt,
 *    refresh family, audit, token).
 *
 *   tsx bench/auth-tokens.ts [seconds per case, default 5]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { demoPassword, demoUserIds, demoUsers } from '@ilenia/kit';
import { createScratchDatabase, postgresAvailable } from '@ilenia/kit/testing';

const seconds = Number(process.argv[2] ?? 5);

async function startServer(mode: string, databaseUrl?: string): Promise<{ port: number; token: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/auth-server.ts', mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {}) },
  });
  const firstLine = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const { port, token } = JSON.parse(firstLine) as { port: number; token: string };
  return { port, token, stop: () => child.kill('SIGTERM') };
}

interface Row {
  label: string;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(
  mode: string,
  label: string,
  options: { method: 'GET' | 'POST'; path: string; connections: number; body?: string; auth: boolean; postgres?: boolean },
): Promise<Row> {
  const scratch = options.postgres ? await createScratchDatabase('ilenia_auth_bench') : undefined;
  const server = await startServer(mode, scratch?.url);
  const request = {
    url: `http://127.0.0.1:${server.port}${options.path}`,
    method: options.method,
    connections: options.connections,
    headers: { 'content-type': 'application/json', ...(options.auth ? { authorization: `Bearer ${server.token}` } : {}) },
    body: options.body,
  };
  await autocannon({ ...request, duration: 1 }); // warm-up: JIT, validator compilation, key import
  const result = await autocannon({ ...request, duration: seconds });
  server.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await scratch?.drop();
  return {
    label,
    requests: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

function print(title: string, rows: Row[]): void {
  const baseline = rows[0]!;
  console.log(`\n${title}`);
  console.log(
    'case'.padEnd(58),
    'req/s'.padStart(8),
    'ratio'.padStart(7),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'p50 ×'.padStart(7),
    'non-2xx'.padStart(8),
  );
  for (const row of rows) {
    console.log(
      row.label.padEnd(58),
      row.requests.toFixed(0).padStart(8),
      (row.requests / baseline.requests).toFixed(2).padStart(7),
      String(row.p50).padStart(8),
      String(row.p99).padStart(8),
      (row.p50 / Math.max(baseline.p50, 1)).toFixed(2).padStart(7),
      String(row.errors).padStart(8),
    );
  }
}

const withPostgres = await postgresAvailable();
const me = { method: 'GET' as const, path: '/v2/users/me', connections: 50, auth: true };
const verification = [
  await measure('bare', 'bare Express handler, no auth (baseline)', { ...me, auth: false }),
  await measure('kit-jwks', 'kit auth middleware, RS256 against the JWKS', me),
  await measure('auth-own-keys', "kit auth middleware, the auth service's own key store", me),
  await measure('auth-users-me', 'auth service GET /v2/users/me (router + PGlite)', me),
  ...(withPostgres
    ? [await measure('auth-users-me', 'auth service GET /v2/users/me (router + PostgreSQL)', { ...me, postgres: true })]
    : []),
];

const login = {
  method: 'POST' as const,
  path: '/v2/auth/login',
  connections: 4,
  auth: false,
  body: JSON.stringify({ email: demoUsers.find((user) => user.id === demoUserIds.manager)!.email, password: demoPassword }),
};
const signIn = [
  await measure('bare-scrypt', 'one scrypt verification, N=2^17 r=8 p=1 (baseline)', login),
  await measure('auth-login', 'auth service POST /v2/auth/login (PGlite)', login),
  ...(withPostgres ? [await measure('auth-login', 'auth service POST /v2/auth/login (PostgreSQL)', { ...login, postgres: true })] : []),
];

console.log(`auth service figures, ${seconds} s per case, ${new Date().toISOString()}`);
print('Token verification, GET /v2/users/me, 50 connections', verification);
print('Sign-in, POST /v2/auth/login, 4 connections', signIn);
