/**
 * Prints the closing line CI reads (`N passed, N failed, N skipped`) from vitest's JSON report, and
 * names the skipped tests so that nobody mistakes a skip for a pass.
 */
import { readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

const reportFile = process.argv[2] ?? '.tmp/vitest-report.json';
let report: VitestReport;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
} catch {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${reportFile}: the test run did not finish.`);
  process.exit(1);
}
const skipped = report.testResults.flatMap((file) =>
  file.assertionResults.filter((test) => test.status === 'skipped' || test.status === 'pending').map((test) => test.fullName),
);
if (skipped.length > 0) {
  console.log(`Skipped (${skipped.length}):`);
  for (const name of skipped) console.log(`  - ${name}`);
}
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
