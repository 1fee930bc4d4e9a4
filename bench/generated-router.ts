/**
 * What the generated router costs per request: GET /v1/events/{event_id} answered from the spec's
 * example, through (a) a bare Express handler, (b) the generated router with validation but a
 * presence-only token check (mock mode), (c) the same with RS256 JWT verification, and (d) (c)
 * without response validation. Each runs in its own process; figures are ratios against (a),
 * measured in the same run. Never pass/fail.
 *
 *   tsx bench/generated-router.ts [seconds per case, default 5]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const seconds = Number(process.argv[2] ?? 5);
const cases = [
  ['bare', 'bare Express handler (baseline)'],
  ['kit-app', 'kit app (logs, parsers, errors), plain route'],
  ['router', 'generated router, validation, mock auth'],
  ['router-jwt', 'generated router, validation, RS256 JWT'],
  ['router-jwt-no-response-validation', 'same, without response validation'],
] as const;

async function startServer(mode: string): Promise<{ port: number; token: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/support/router-server.ts', mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  const { port, token } = JSON.parse(firstLine) as { port: number; token: string };
  return { port, token, stop: () => child.kill('SIGTERM') };
}

const results: { label: string; requests: number; p50: number; p99: number; errors: number }[] = [];
for (const [mode, label] of cases) {
  const server = await startServer(mode);
  const options = {
    url: `http://127.0.0.1:${server.port}/v1/events/3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d`,
    connections: 50,
    headers: { authorization: `Bearer ${server.token}` },
  };
  await autocannon({ ...options, duration: 1 }); // warm-up: JIT, validator compilation
  const result = await autocannon({ ...options, duration: seconds });
  server.stop();
  results.push({ label, requests: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors });
}

const baseline = results[0]!.requests;
console.log(`GET /v1/events/{event_id}, 50 connections, ${seconds} s per case, ${new Date().toISOString()}`);
console.log('case'.padEnd(46), 'req/s'.padStart(8), 'ratio'.padStart(7), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'non-2xx'.padStart(8));
for (const row of results) {
  console.log(
    row.label.padEnd(46),
    row.requests.toFixed(0).padStart(8),
    (row.requests / baseline).toFixed(2).padStart(7),
    String(row.p50).padStart(8),
    String(row.p99).padStart(8),
    String(row.errors).padStart(8),
  );
}
