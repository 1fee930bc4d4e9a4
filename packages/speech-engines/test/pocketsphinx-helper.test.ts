import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePocketsphinxHelper, helperSourcePath } from '../src/local/pocketsphinx-helper.js';
import { debianToolsAvailable, skippedUnless } from '../src/testing/engine-availability.js';

const available = debianToolsAvailable('gcc', 'pkg-config', '/usr/include/pocketsphinx/pocketsphinx.h');

describe.skipIf(!available)(`the ps-stream helper build${skippedUnless(available, 'gcc or libpocketsphinx-dev')}`, () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ilenia-ps-build-'));
    await copyFile(helperSourcePath, join(scratch, 'ps-stream.c'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('is compiled once into the cache, reused, and rebuilt (the old one removed) when its source changes', async () => {
    const options = { sourcePath: join(scratch, 'ps-stream.c'), cacheDir: join(scratch, 'cache') };
    const first = await ensurePocketsphinxHelper(options);
    expect(first).toMatch(/ps-stream-[0-9a-f]{16}$/);
    expect(await ensurePocketsphinxHelper(options)).toBe(first);

    await appendFile(options.sourcePath, '\n/* an edit */\n');
    const second = await ensurePocketsphinxHelper(options);
    expect(second).not.toBe(first);
    expect(existsSync(first)).toBe(false);
    expect(await readdir(options.cacheDir)).toEqual([second.slice(options.cacheDir.length + 1)]);
  });
});
