/**
 * `make check-generated` is what keeps generated/ honest: it must pass on the committed tree, and
 * fail, naming the file, when a generated file is edited by hand or a stray file appears.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const scratchDirs: string[] = [];
afterAll(async () => {
  for (const dir of scratchDirs) await rm(dir, { recursive: true, force: true });
});

async function check(dir?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/generate/index.ts', '--check', ...(dir ? [dir] : [])],
      { cwd: root },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe('generated/', () => {
  it('says on the first line of every code and YAML file that it is generated, from what, by what', async () => {
    const files = (await readdir(path.join(root, 'generated'), { recursive: true })).filter((file) => /\.(ts|ya?ml)$/.test(file));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const head = (await readFile(path.join(root, 'generated', file), 'utf8')).slice(0, 300);
      expect(head, file).toMatch(/^(\/\/|#) GENERATED FILE - DO NOT EDIT\.\n(\/\/|#) Source: \S+/);
      expect(head, file).toContain('make generate');
    }
  });
});

describe('make check-generated', () => {
  it('passes on the committed generated/', async () => {
    const result = await check();
    expect(result.output).toContain('in step with specs/');
    expect(result.code).toBe(0);
  }, 120_000);

  it('fails on a hand-edited generated file and on a stray one, naming both', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'ilenia-edited-'));
    scratchDirs.push(copy);
    await cp(path.join(root, 'generated'), copy, { recursive: true });
    await appendFile(path.join(copy, 'openapi/events/server.ts'), '\n// a quick fix\n');
    await writeFile(path.join(copy, 'openapi/events/extra.ts'), 'export const handWritten = true;\n');
    const result = await check(copy);
    expect(result.code).toBe(1);
    expect(result.output).toContain('differs: openapi/events/server.ts');
    expect(result.output).toContain('openapi/events/extra.ts');
    expect(result.output).toContain('make generate');
  }, 120_000);
});
