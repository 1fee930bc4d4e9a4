import { existsSync } from 'node:fs';
import { findExecutable } from '../executables.js';

/**
 * Whether the Debian packages a real-process test needs are installed (programs by name, files by
 * absolute path). In CI (`CI=true`) a missing
 * one is a failure, not a skip: `make setup` installs them there.
 */
export function debianToolsAvailable(...programsOrFiles: string[]): boolean {
  const missing = programsOrFiles.filter((item) => (item.startsWith('/') ? !existsSync(item) : findExecutable(item) === undefined));
  if (missing.length > 0 && process.env.CI === 'true') {
    throw new Error(`CI needs ${missing.join(', ')} (make setup installs them)`);
  }
  return missing.length === 0;
}

/** The suffix of a test name that was skipped because the tools are missing. */
export function skippedUnless(available: boolean, programs: string): string {
  return available ? '' : ` (skipped: no ${programs})`;
}
