import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findUnusedExports, underPaths } from './unused-exports.js';

const root = mkdtempSync(path.join(tmpdir(), 'ilenia-unused-exports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

write(
  'tsconfig.json',
  JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true },
    include: ['**/*.ts'],
  }),
);
write(
  'lib/tools.ts',
  [
    'export interface ToolOptions { size: number }',
    'export interface Orphan { x: number }',
    'export function used(options: ToolOptions): number { return options.size; }',
    'export function onlyHere(): number { return 1; }',
    'export const dead = onlyHere();',
  ].join('\n'),
);
write('lib/index.ts', "export * from './tools.js';\nexport { passedOn } from './more.js';\n");
write('lib/more.ts', 'export const passedOn = 1;\nexport const viaNamespace = 2;\nexport const viaDynamicImport = 3;\n');
write('lib/dynamic.ts', 'export const loaded = 1;\nexport const alsoLoaded = 2;\n');
write(
  'app/main.ts',
  [
    "import { used, passedOn } from '../lib/index.js';",
    "import * as more from '../lib/more.js';",
    'console.log(used({ size: 1 }), passedOn, more);',
    "await import('../lib/dynamic.js');",
  ].join('\n'),
);

describe('unused exports', () => {
  const found = findUnusedExports(root, ['tsconfig.json']).map((each) => `${each.file}:${each.line} ${each.name}`);

  it('reports exports no other file imports, even when their own file uses them', () => {
    expect(found).toEqual(['lib/tools.ts:2 Orphan', 'lib/tools.ts:4 onlyHere', 'lib/tools.ts:5 dead']);
  });

  it('counts imports through re-exports, namespace imports and dynamic imports, and the types of a used signature', () => {
    expect(found.join('\n')).not.toMatch(/ToolOptions|used|passedOn|viaNamespace|loaded/);
  });

  it('narrows the report to the given folders', () => {
    const all = findUnusedExports(root, ['tsconfig.json']);
    expect(underPaths(all, ['app'])).toEqual([]);
    expect(underPaths(all, ['lib/'])).toHaveLength(3);
  });
});
