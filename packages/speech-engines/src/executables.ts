import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { EngineError } from './types.js';

/**
 * Where engines look for their programs. Tests point `path` at an empty folder to simulate a
 * machine where a Debian package is missing, instead of uninstalling it.
 */
export interface ExecutableSearch {
  /** A `PATH`-style list of folders; the process's `PATH` by default. */
  path?: string;
}

/** The absolute path of `name` on the search path, or undefined when it is not there. */
export function findExecutable(name: string, search: ExecutableSearch = {}): string | undefined {
  const folders = (search.path ?? process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const folder of folders) {
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** The absolute path of `name`, or an `engine_missing` error naming the Debian package that ships it. */
export function requireExecutable(name: string, debianPackage: string, search: ExecutableSearch = {}): string {
  const found = findExecutable(name, search);
  if (found === undefined) {
    throw new EngineError(
      'engine_missing',
      `${name} was not found on the PATH: install the Debian package ${debianPackage} (make setup does).`,
    );
  }
  return found;
}

/** The environment for a child process: ours, with the engine's search path. */
export function childEnvironment(search: ExecutableSearch = {}): NodeJS.ProcessEnv {
  return search.path === undefined ? process.env : { ...process.env, PATH: search.path };
}
