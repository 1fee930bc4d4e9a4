/**
 * The package-imports lint: an import that climbs out of its package by a relative path is named;
 * imports inside a package and package imports by name pass.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPackageLeaks, relativeSpecifiers } from './check-package-imports.js';

let root: string;
// Written with UP/ for ../ so that this file does not trip the lint it tests.
const fixture: Record<string, string> = {
  'package.json': '{"name":"root"}',
  'packages/kit/package.json': '{"name":"@x/kit"}',
  'packages/kit/src/a.ts': `import { b } from './b.js';\nexport * from './b.js';\nexport const a = b;`,
  'packages/kit/src/b.ts': `export const b = 1;`,
  'services/auth/package.json': '{"name":"@x/auth"}',
  'services/auth/src/main.ts': `import { a } from '@x/kit';\nimport { b } from 'UP/UP/UP/packages/kit/src/b.js';\nexport { a, b };`,
  'services/auth/test/t.test.ts': `vi.mock('UP/UP/UP/packages/kit/src/a.js');\nconst m = await import('UP/src/main.js');\nconst g = await import(\`UP/UP/UP/packages/kit/src/\${'a'}.js\`);`,
  'scripts/tool.ts': `import type { b } from 'UP/packages/kit/src/b.js';\nimport { local } from './local.js';`,
  'scripts/local.ts': `export const local = 1;`,
};
const files = Object.fromEntries(Object.entries(fixture).map(([file, content]) => [file, content.replaceAll('UP/', '../')]));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'package-imports-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('check-package-imports', () => {
  it('finds static, type, re-export, dynamic, template and vi.mock specifiers', () => {
    expect(relativeSpecifiers(files['services/auth/test/t.test.ts']!)).toEqual([
      '../../../packages/kit/src/a.js',
      '../src/main.js',
      '../../../packages/kit/src/',
    ]);
    expect(relativeSpecifiers(files['packages/kit/src/a.ts']!)).toEqual(['./b.js', './b.js']);
  });

  it('names every import that leaves its package by a relative path, and only those', () => {
    const leaks = findPackageLeaks(root, Object.keys(files));
    expect(leaks).toEqual([
      "services/auth/src/main.ts: '../../../packages/kit/src/b.js' leaves services/auth for packages/kit",
      "services/auth/test/t.test.ts: '../../../packages/kit/src/a.js' leaves services/auth for packages/kit",
      "services/auth/test/t.test.ts: '../../../packages/kit/src/' leaves services/auth for packages/kit",
      "scripts/tool.ts: '../packages/kit/src/b.js' leaves the root package for packages/kit",
    ]);
  });

  it('passes a package that imports only itself and other packages by name', () => {
    expect(findPackageLeaks(root, ['packages/kit/src/a.ts', 'scripts/local.ts'])).toEqual([]);
  });
});
