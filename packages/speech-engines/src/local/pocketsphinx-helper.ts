import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { childEnvironment, requireExecutable, type ExecutableSearch } from '../executables.js';
import { EngineError } from '../types.js';

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const repositoryRoot = join(packageRoot, '../../');

/** The C source of the streaming helper, compiled on first use. */
export const helperSourcePath = join(packageRoot, 'native/ps-stream.c');
/** Where compiled helpers are kept (git ignores node_modules); one file per source hash. */
const defaultHelperCacheDir = join(repositoryRoot, 'node_modules/.cache/ilenia');
/** Debian's US English model (package `pocketsphinx-en-us`). */
export const defaultModelDir = '/usr/share/pocketsphinx/model/en-us';

export interface HelperBuildOptions extends ExecutableSearch {
  sourcePath?: string;
  cacheDir?: string;
}

const builds = new Map<string, Promise<string>>();

/**
 * The path of the compiled helper, building it when its source changed (the file name carries a
 * hash of the source and the compiler flags, so an edit rebuilds and an old binary is never run).
 * Concurrent callers in a process share one build; concurrent processes each compile to a private
 * file and rename it into place, which is atomic.
 */
export function ensurePocketsphinxHelper(options: HelperBuildOptions = {}): Promise<string> {
  const sourcePath = options.sourcePath ?? helperSourcePath;
  // The modification time is in the key so that an edited source is rebuilt without a restart.
  const key = JSON.stringify([
    sourcePath,
    existsSync(sourcePath) ? statSync(sourcePath).mtimeMs : 0,
    options.cacheDir ?? defaultHelperCacheDir,
    options.path,
  ]);
  let build = builds.get(key);
  if (build === undefined) {
    build = buildHelper(options);
    builds.set(key, build);
    build.catch(() => builds.delete(key));
  }
  return build;
}

async function buildHelper(options: HelperBuildOptions): Promise<string> {
  const sourcePath = options.sourcePath ?? helperSourcePath;
  const cacheDir = options.cacheDir ?? defaultHelperCacheDir;
  const source = await readFile(sourcePath);
  const compiler = requireExecutable('gcc', 'gcc', options);
  const pkgConfig = requireExecutable('pkg-config', 'pkg-config', options);
  const env = childEnvironment(options);
  let flags: string[];
  try {
    const { stdout } = await run(pkgConfig, ['--cflags', '--libs', 'pocketsphinx', 'sphinxbase'], { env });
    flags = stdout.trim().split(/\s+/).filter(Boolean);
  } catch (error) {
    throw new EngineError('engine_missing', 'pkg-config does not know pocketsphinx: install the Debian package libpocketsphinx-dev.', {
      cause: error,
    });
  }
  const hash = createHash('sha256').update(source).update(flags.join(' ')).digest('hex').slice(0, 16);
  const binary = join(cacheDir, `ps-stream-${hash}`);
  if (existsSync(binary)) return binary;
  await mkdir(cacheDir, { recursive: true });
  const scratch = `${binary}.${process.pid}.${Date.now()}.tmp`;
  try {
    await run(compiler, ['-O2', '-Wall', '-o', scratch, sourcePath, ...flags, '-lm'], { env });
    await rename(scratch, binary);
    await removeStaleHelpers(cacheDir, binary);
  } catch (error) {
    await rm(scratch, { force: true });
    const stderr = (error as { stderr?: string }).stderr ?? '';
    const missingHeader = /pocketsphinx\.h|sphinxbase/.test(stderr) && /No such file/.test(stderr);
    throw new EngineError(
      missingHeader ? 'engine_missing' : 'engine_failed',
      missingHeader
        ? 'The pocketsphinx headers are missing: install the Debian package libpocketsphinx-dev.'
        : `The pocketsphinx helper did not compile: ${stderr.slice(0, 500)}`,
      { cause: error },
    );
  }
  return binary;
}

/** Helpers built from older sources are never run again (a running one keeps its inode). */
async function removeStaleHelpers(cacheDir: string, current: string): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (/^ps-stream-[0-9a-f]{16}$/.test(name) && path !== current) await rm(path, { force: true });
  }
}

/** The model files the helper loads, or `engine_missing` naming `pocketsphinx-en-us` when one is absent. */
export function pocketsphinxModel(modelDir = defaultModelDir): { hmm: string; lm: string; dict: string } {
  const model = { hmm: join(modelDir, 'en-us'), lm: join(modelDir, 'en-us.lm.bin'), dict: join(modelDir, 'cmudict-en-us.dict') };
  const missing = Object.values(model).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new EngineError(
      'engine_missing',
      `The pocketsphinx English model is missing (${missing.join(', ')}): install the Debian package pocketsphinx-en-us.`,
    );
  }
  return model;
}
