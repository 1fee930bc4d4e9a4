/**
 * `make check-breaking`: compares every bundled API description (generated/specs/*.json, kept equal to
 * specs/ by `make check-generated`) with its version at the base this change is measured against, and
 * fails on a breaking change that specs/BREAKING.md does not acknowledge.
 *
 * The base: `CHECK_BREAKING_BASE` when set; otherwise the newest release tag (`v*`) reachable from
 * HEAD; otherwise, on a branch, its merge base with `main` (or `origin/main`); on `main` itself (or when
 * HEAD is that merge base), the commit before it (`HEAD~1`: on a merge, the main line before it).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffAsyncApi, diffOpenApi } from './diff-api.js';
import type { Json } from './diff-schema.js';

const bundles = 'generated/specs';
const acknowledgements = 'specs/BREAKING.md';

export interface BreakingReport {
  base: string;
  /** `<api>: <change>` lines, each either acknowledged or not. */
  changes: { change: string; acknowledged: boolean }[];
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }).trim();
  } catch {
    return undefined;
  }
}

/** The commit the working tree is compared with (see the module comment). */
export function findBase(root: string): string | undefined {
  const configured = process.env.CHECK_BREAKING_BASE;
  if (configured) return git(root, ['rev-parse', '--verify', `${configured}^{commit}`]) ?? configured;
  const tag = git(root, ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*', 'HEAD']);
  if (tag) return git(root, ['rev-parse', `${tag}^{commit}`]);
  const head = git(root, ['rev-parse', 'HEAD']);
  for (const mainline of ['main', 'origin/main']) {
    const mergeBase = git(root, ['merge-base', 'HEAD', mainline]);
    if (mergeBase && mergeBase !== head) return mergeBase;
    if (mergeBase) break;
  }
  return git(root, ['rev-parse', '--verify', 'HEAD~1']);
}

/** Every breaking change between the bundles at `base` and those in the working tree. */
function breakingChanges(root: string, base: string): string[] {
  const changes: string[] = [];
  const headFiles = readdirSync(path.join(root, bundles)).filter((file) => file.endsWith('.json'));
  const baseFiles = (git(root, ['ls-tree', '--name-only', `${base}:${bundles}`]) ?? '')
    .split('\n')
    .filter((file) => file.endsWith('.json'));
  for (const file of baseFiles) {
    const api = file.replace(/\.json$/, '');
    if (!headFiles.includes(file)) {
      changes.push(`${api}: the whole API removed`);
      continue;
    }
    const baseSpec = JSON.parse(git(root, ['show', `${base}:${bundles}/${file}`]) ?? '{}') as Json;
    const headSpec = JSON.parse(readFileSync(path.join(root, bundles, file), 'utf8')) as Json;
    const found = typeof headSpec.asyncapi === 'string' ? diffAsyncApi(baseSpec, headSpec) : diffOpenApi(baseSpec, headSpec);
    changes.push(...found.map((change) => `${api}: ${change}`));
  }
  return changes;
}

/**
 * The acknowledged changes of specs/BREAKING.md: every list item `- \`<change>\` <why>` whose why is
 * not empty. `*` in a change matches any text, so one line may acknowledge one change on many operations.
 */
export function readAcknowledgements(text: string): RegExp[] {
  const patterns: RegExp[] = [];
  // A list item may go on over indented lines.
  const items: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s+\S/.test(line) && !/^\s*[-*]\s/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
    else items.push(line);
  }
  for (const line of items) {
    const match = /^\s*[-*]\s+`([^`]+)`\s*[:—–-]?\s*(.*)$/.exec(line);
    if (!match || match[2]!.trim().split(/\s+/).length < 3) continue;
    const escaped = match[1]!
      .trim()
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    patterns.push(new RegExp(`^${escaped}$`));
  }
  return patterns;
}

export function checkBreaking(root: string, base: string): BreakingReport {
  const file = path.join(root, acknowledgements);
  const acknowledged = existsSync(file) ? readAcknowledgements(readFileSync(file, 'utf8')) : [];
  return {
    base,
    changes: breakingChanges(root, base).map((change) => ({ change, acknowledged: acknowledged.some((pattern) => pattern.test(change)) })),
  };
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const base = findBase(root);
  if (!base) {
    console.log('check-breaking: no earlier commit to compare with (a repository of one commit); nothing to check.');
    return;
  }
  const report = checkBreaking(root, base);
  const open = report.changes.filter((entry) => !entry.acknowledged);
  console.log(
    `check-breaking: the specs compared with ${base.slice(0, 12)}: ${report.changes.length} breaking change(s), ${open.length} not acknowledged.`,
  );
  for (const entry of report.changes.filter((item) => item.acknowledged)) console.log(`  acknowledged: ${entry.change}`);
  if (open.length === 0) return;
  console.error(`\nBreaking changes (a client written against the base would fail):`);
  for (const entry of open) console.error(`  ${entry.change}`);
  console.error(
    `\nEither keep the API compatible, move the changed operations to a new major version path (/v1 → /v2),\n` +
      `or acknowledge each change in ${acknowledgements} with a line saying why it is acceptable, e.g.\n` +
      `  - \`${open[0]!.change}\` — <why no client is hurt, or how they are told>`,
  );
  process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
