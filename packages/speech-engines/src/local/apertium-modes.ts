import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's folder of installed Apertium modes (one `<source>-<target>.mode` per direction). */
export const defaultModesDir = '/usr/share/apertium/modes';

/** Apertium's codes (ISO 639-3 in newer pairs, 639-1 in older ones) → BCP 47 primary tags. */
const apertiumToBcp47: Readonly<Record<string, string>> = {
  eng: 'en',
  en: 'en',
  spa: 'es',
  es: 'es',
  cat: 'ca',
  ca: 'ca',
  fra: 'fr',
  fr: 'fr',
  por: 'pt',
  pt: 'pt',
  glg: 'gl',
  gl: 'gl',
  ita: 'it',
  it: 'it',
  ron: 'ro',
  ro: 'ro',
};

/** One installed direction: `en` → `es` by `/usr/share/apertium/modes/eng-spa.mode`. */
export interface ApertiumMode {
  source: string;
  target: string;
  name: string;
  file: string;
}

/**
 * The installed modes between languages we map, keyed `source-target` (BCP 47). Regional variants
 * (`spa-eng_US`) and debugging modes (`eng-spa-tagger`) are left out: the plain mode is the one
 * `apertium` itself runs. When two modes give the same pair (`spa-cat` and `es-ca`), the first in
 * name order wins.
 */
export function discoverApertiumModes(modesDir = defaultModesDir): Map<string, ApertiumMode> {
  let names: string[];
  try {
    names = readdirSync(modesDir).sort();
  } catch {
    return new Map();
  }
  const modes = new Map<string, ApertiumMode>();
  for (const name of names) {
    const match = /^([a-z]{2,3})-([a-z]{2,3})\.mode$/.exec(name);
    const source = match && apertiumToBcp47[match[1]!];
    const target = match && apertiumToBcp47[match[2]!];
    if (!source || !target || source === target) continue;
    const pair = `${source}-${target}`;
    if (!modes.has(pair)) modes.set(pair, { source, target, name: name.slice(0, -'.mode'.length), file: join(modesDir, name) });
  }
  return modes;
}

/** The Debian package that ships each program an Apertium pipeline runs, for "install X" errors. */
export function debianPackageOf(program: string): string {
  if (program.startsWith('lt-')) return 'lttoolbox';
  if (program.startsWith('lrx-')) return 'apertium-lex-tools';
  if (program.startsWith('cg-') || program === 'vislcg3') return 'cg3';
  if (program.startsWith('hfst-')) return 'hfst';
  return 'apertium';
}
