/**
 * `make fuzz`: starts the platform (scripts/fuzz/stack.ts) and fuzzes every operation from the specs
 * (scripts/fuzz/fuzz.ts). FUZZ_SEED picks the seed (printed either way), FUZZ_CASES the generated
 * requests per operation (default 200 here; `make test` runs a bounded pass, fuzz.test.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzz, type FuzzReport } from './fuzz.js';
import { startStack } from './stack.js';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Prints a report; returns whether it found nothing. */
export function printReport(report: FuzzReport, print: (line: string) => void = console.log): boolean {
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  print(
    `fuzz: seed ${report.seed}: ${report.requests} requests over ${report.operations} operations (${statuses}), ${report.findings.length} finding(s).`,
  );
  const shown = report.findings.slice(0, 40);
  for (const finding of shown) {
    print(`\n- ${finding.problem}\n  reproduce (FUZZ_SEED=${report.seed}): ${finding.request}`);
    if (finding.body !== undefined) print(`  answered: ${finding.body.replace(/\s+/g, ' ').slice(0, 400)}`);
  }
  if (report.findings.length > shown.length) print(`\n… and ${report.findings.length - shown.length} more.`);
  return report.findings.length === 0;
}

export async function runFuzz(options: { seed?: number; casesPerOperation: number; print?: (line: string) => void }): Promise<FuzzReport> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const print = options.print ?? console.log;
  print(
    `fuzz: seed ${seed} (FUZZ_SEED=${seed} repeats this run), ${options.casesPerOperation} requests per operation; starting the services…`,
  );
  const stack = await startStack(repositoryRoot);
  try {
    return await fuzz(stack, { seed, casesPerOperation: options.casesPerOperation, root: repositoryRoot, log: print });
  } finally {
    await stack.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await runFuzz({
    seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
    casesPerOperation: Number(process.env.FUZZ_CASES ?? 200),
  });
  if (!printReport(report)) process.exitCode = 1;
}
