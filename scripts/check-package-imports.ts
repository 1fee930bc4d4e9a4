/**
 * `make lint`: no import leaves its package by a relative path. A package is the folder of the
 * nearest package.json (the workspaces in packages/, services/ and generated/, or the root for
 * scripts/, bench/ and templates/); what another package offers is imported by its name and an
 * `exports` entry (`@ilenia/kit/openapi`), never by `../../kit/src/...`.
 *
 *   tsx scripts/check-package-imports.ts [ROOT]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every relative specifier of an import, re-export, dynamic import or vi.mock in `source`. */
export function relativeSpecifiers(source: string): string[] {
  const pattern =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\bvi\.(?:mock|doMock|importActual)(?:<[^>]*>)?\(\s*|^\s*import\s+)(['"`])(\.{1,2}\/[^'"`$]*)/gm;
  return [...source.matchAll(pattern)].map((match) => match[2]!);
}

/** The folder of the package that holds `file` (relative to root; '' for the root package). */
function packageOf(root: string, file: string, cache: Map<string, string>): string {
  let dir = path.dirname(file);
  const visited: string[] = [];
  while (dir !== '.' && dir !== '') {
    const known = cache.get(dir);
    if (known !== undefined) return remember(known);
    visited.push(dir);
    if (existsSync(path.join(root, dir, 'package.json')) && !dir.split('/').includes('node_modules')) return remember(dir);
    dir = path.dirname(dir);
  }
  return remember('');

  function remember(found: string): string {
    for (const each of visited) cache.set(each, found);
    return found;
  }
}

/** Files that import across packages by a relative path, as `file: 'specifier' leaves <pkg> for <pkg>`. */
export function findPackageLeaks(root: string, files: string[]): string[] {
  const cache = new Map<string, string>();
  const leaks: string[] = [];
  for (const file of files) {
    if (!/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(file)) continue;
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) continue;
    const own = packageOf(root, file, cache);
    for (const specifier of relativeSpecifiers(readFileSync(absolute, 'utf8'))) {
      const target = path.normalize(path.join(path.dirname(file), specifier));
      if (target.startsWith('..')) {
        leaks.push(`${file}: '${specifier}' leaves the repository`);
        continue;
      }
      // Resolved as if the target were a folder, so `../x` and `../x/` and `../x.js` all land in the right package.
      const theirs = packageOf(root, path.join(target, 'x'), cache);
      if (theirs !== own) leaks.push(`${file}: '${specifier}' leaves ${own || 'the root package'} for ${theirs || 'the root package'}`);
    }
  }
  return leaks;
}

/** The files git knows or would add (tracked, and untracked but not ignored). */
function repositoryFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter(Boolean);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
  const leaks = findPackageLeaks(root, repositoryFiles(root));
  if (leaks.length > 0) {
    console.error(
      `${leaks.length} import${leaks.length === 1 ? '' : 's'} leave their package by a relative path; import the package by name (see its package.json exports):`,
    );
    for (const leak of leaks) console.error(`  ${leak}`);
    process.exitCode = 1;
  } else {
    console.log('Package imports: no import leaves its package by a relative path.');
  }
}
