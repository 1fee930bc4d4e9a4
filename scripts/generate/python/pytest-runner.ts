/**
 * How the Python SDK's vitest wrappers run the pytest stories of sdk-tests/python: against the
 * committed SDK in generated/python, with the services' URLs in the environment.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository, pytest's working directory (the stories are named from it). */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Whether this machine's python3 has what the SDK and its stories need (pydantic v2, requests, pytest). */
export async function pythonSdkRunnable(): Promise<boolean> {
  const check = await runCommand('python3', ['-c', 'import pydantic, requests, pytest; assert pydantic.VERSION.startswith("2")']);
  return check.code === 0;
}

/** Runs pytest quietly on `targets` (files, or `--ignore=…` options) with `environment` added. */
export function runPytest(
  targets: readonly string[],
  environment: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return runCommand('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...targets], {
    PYTHONPATH: `${repositoryRoot}generated/python`,
    // Bytecode caches in generated/ would read as hand-made files to make check-generated.
    PYTHONDONTWRITEBYTECODE: '1',
    ...environment,
  });
}

function runCommand(
  command: string,
  args: string[],
  environment: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repositoryRoot,
      env: { ...process.env, ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: null, output: String(error) }));
    child.on('close', (code) => resolve({ code, output }));
  });
}
