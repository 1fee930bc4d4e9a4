import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debianPackageOf, discoverApertiumModes } from './apertium-modes.js';

describe('discoverApertiumModes', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ilenia-modes-'));
    for (const name of ['eng-spa', 'spa-eng', 'spa-eng_US', 'eng-spa-tagger', 'fr-es', 'spa-cat', 'es-ca', 'deu-eng', 'README']) {
      await writeFile(join(folder, name === 'README' ? name : `${name}.mode`), 'cat\n');
    }
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('maps ISO 639-3 and 639-1 mode names to BCP 47 pairs, skipping variants, debug modes and unknown languages', () => {
    const modes = discoverApertiumModes(folder);
    expect([...modes.keys()].sort()).toEqual(['en-es', 'es-ca', 'es-en', 'fr-es']);
    expect(modes.get('es-ca')!.name).toBe('es-ca'); // first in name order of es-ca and spa-cat
    expect(modes.get('en-es')).toEqual({ source: 'en', target: 'es', name: 'eng-spa', file: join(folder, 'eng-spa.mode') });
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(discoverApertiumModes(join(folder, 'missing')).size).toBe(0);
  });

  it('knows which Debian package ships each pipeline program', () => {
    expect(['lt-proc', 'apertium-tagger', 'lrx-proc', 'cg-proc'].map(debianPackageOf)).toEqual([
      'lttoolbox',
      'apertium',
      'apertium-lex-tools',
      'cg3',
    ]);
  });
});
