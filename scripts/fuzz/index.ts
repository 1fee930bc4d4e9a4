/**
 * `make fuzz`: starts the platform (scripts/fuzz/stack.ts) and fuzzes live-event's WebSocket protocols
 * from the AsyncAPI document (scripts/fuzz/ws-fuzz.ts), then every HTTP operation from the OpenAPI specs
 * (scripts/fuzz/fuzz.ts). FUZZ_SEED picks the seed (printed either way), FUZZ_CASES the generated
 * requests per operation and, ×2, the WebSocket conversations (default 200 here; `make test` runs a
 * bounded pass, fuzz.test.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzz, type FuzzReport } from './fuzz.js';
import { startStack } from './stack.js';
import { fuzzWebSocket } from './ws-fuzz.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Prints a report; returns whether it found nothing. */
export function printReport(report: FuzzReport, print: (line: string) => void = console.log): boolean {
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  print(
    `fuzz: seed ${report.seed}: ${report.requests} requests over ${report.operations} operations (${statuses}), ${report.findings.length} finding(s).`,
  );
  if (report.websocket) {
    const closes = Object.entries(report.websocket.closeCodes)
      .map(([code, count]) => `${code}×${count}`)
      .join(' ');
    print(`fuzz: WebSocket: ${report.websocket.connections} connections, ${report.websocket.frames} frames (closes: ${closes}).`);
    for (const skipped of report.websocket.skipped) print(`fuzz: WebSocket: skipped: ${skipped}`);
    for (const known of report.websocket.known)
      print(`\n- known, not failing: ${known.problem}\n  reproduce (FUZZ_SEED=${report.seed}): ${known.request}`);
  }
  const shown = report.findings.slice(0, 40);
  for (const finding of shown) {
    print(`\n- ${finding.problem}\n  reproduce (FUZZ_SEED=${report.seed}): ${finding.request}`);
    if (finding.body !== undefined) print(`  answered: ${finding.body.replace(/\s+/g, ' ').slice(0, 400)}`);
  }
  if (report.findings.length > shown.length) print(`\n… and ${report.findings.length - shown.length} more.`);
  return report.findings.length === 0;
}

export async function runFuzz(options: {
  seed?: number;
  casesPerOperation: number;
  /** Fuzz only one protocol (FUZZ_ONLY=websocket or http); both by default. */
  only?: 'websocket' | 'http';
  print?: (line: string) => void;
}): Promise<FuzzReport> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const print = options.print ?? console.log;
  print(
    `fuzz: seed ${seed} (FUZZ_SEED=${seed} repeats this run), ${options.casesPerOperation} requests per operation; starting the services…`,
  );
  const stack = await startStack(repositoryRoot);
  try {
    // The WebSocket part first: the HTTP part may end or delete the demo event that it speaks in.
    const websocket =
      options.only === 'http'
        ? undefined
        : await fuzzWebSocket(stack, { seed, cases: options.casesPerOperation * 2, root: repositoryRoot, log: print });
    const report =
      options.only === 'websocket'
        ? { seed, requests: 0, operations: 0, statuses: {}, findings: [] }
        : await fuzz(stack, { seed, casesPerOperation: options.casesPerOperation, root: repositoryRoot, log: print });
    return { ...report, findings: [...(websocket?.findings ?? []), ...report.findings], websocket };
  } finally {
    await stack.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await runFuzz({
    seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
    casesPerOperation: Number(process.env.FUZZ_CASES ?? 200),
    only: process.env.FUZZ_ONLY === 'websocket' || process.env.FUZZ_ONLY === 'http' ? process.env.FUZZ_ONLY : undefined,
  });
  if (!printReport(report)) process.exitCode = 1;
}
