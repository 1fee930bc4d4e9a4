import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../generate/redocly.js';

/** What `make build` ships: one bundle per service, and the files the bundles read at run time. */
export interface ServiceBuild {
  name: string;
  /** Repository-relative path of the service's `main.ts`. */
  entry: string;
}

/** Every service of the repository (each `services/<name>/src/main.ts`), so a new one ships too. */
export const serviceBuilds: readonly ServiceBuild[] = readdirSync(path.join(repositoryRoot, 'services'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(repositoryRoot, 'services', entry.name, 'src', 'main.ts')))
  .map((entry) => ({ name: entry.name, entry: `services/${entry.name}/src/main.ts` }))
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * Folders that code names by `new URL('…/', import.meta.url)` and the files under them it reads. A
 * file named by URL is copied on its own; a folder cannot be copied whole (it holds sources and tests),
 * so the build fails on a folder missing here.
 */
export const folderRuntimeFiles: Readonly<Record<string, readonly string[]>> = {
  // @ilenia/speech-engines compiles its pocketsphinx helper from this C source at start.
  'packages/speech-engines/': ['native/ps-stream.c'],
};

/** Bundle folder of a service, relative to the repository root. */
export function serviceOutputDir(name: string): string {
  return `dist/${name}`;
}
