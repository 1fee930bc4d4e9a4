/**
 * The bounded fuzz run of `make test` (and CI): live-event's WebSocket protocols (every ticket, order,
 * size and encoding case once, then a dozen generated conversations, then the liveness check) and every
 * HTTP operation of every service, running for real, a few generated requests each plus the stateful
 * sequences; `make fuzz` runs the same far longer.
 * A failure prints the seed and a curl command per finding; FUZZ_SEED=<seed> repeats the run.
 */
import { describe, expect, it } from 'vitest';
import { printReport, runFuzz } from './index.js';

describe('spec-driven fuzzing (bounded)', () => {
  it('finds no 5xx, undeclared status or close code, untyped error, invalid reply, lost final or unhealthy service', async () => {
    const lines: string[] = [];
    const report = await runFuzz({
      seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
      casesPerOperation: Number(process.env.FUZZ_CASES ?? 6),
      print: (line) => lines.push(line),
    });
    const clean = printReport(report, (line) => lines.push(line));
    // Every operation was reached, and the generated requests got past authentication and validation.
    expect(report.operations).toBeGreaterThan(90);
    expect(Object.keys(report.statuses).some((status) => status.startsWith('2'))).toBe(true);
    // Both WebSocket roles were reached past their tickets (the special cases alone open more than 10).
    expect(report.websocket?.connections).toBeGreaterThan(20);
    expect(report.websocket?.closeCodes['4001']).toBeGreaterThan(0);
    expect(clean, lines.join('\n')).toBe(true);
  }, 900_000);
});
