import { findExecutable } from '../../src/engines/executables.js';

/**
 * Whether the Debian packages a real-process test needs are installed. In CI (`CI=true`) a missing
 * one is a failure, not a skip: `make setup` installs them there.
 */
export function debianToolsAvailable(...programs: string[]): boolean {
  const missing = programs.filter((program) => findExecutable(program) === undefined);
  if (missing.length > 0 && process.env.CI === 'true') {
    throw new Error(`CI needs ${missing.join(', ')} (make setup installs them)`);
  }
  return missing.length === 0;
}

/** The suffix of a test name that was skipped because the tools are missing. */
export function skippedUnless(available: boolean, programs: string): string {
  return available ? '' : ` (skipped: no ${programs})`;
}
