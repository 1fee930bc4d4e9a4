import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const redoclyBin = fileURLToPath(new URL('../../node_modules/.bin/redocly', import.meta.url));

/**
 * Runs the Redocly CLI from the repository root (or `cwd`, a copy of it, whose redocly.yaml it then
 * reads), without telemetry or the Node 20 banner.
 */
export async function redocly(args: string[], cwd: string = repositoryRoot): Promise<{ stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(redoclyBin, args, {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr: withoutBanner(stderr) };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`redocly ${args.join(' ')} failed:\n${withoutBanner(failure.stderr ?? '')}${failure.stdout ?? ''}`, { cause: error });
  }
}

function withoutBanner(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/[║╔╚]/.test(line))
    .join('\n')
    .trim();
}
