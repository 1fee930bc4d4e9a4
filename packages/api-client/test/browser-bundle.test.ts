/**
 * `@ilenia/api-client` is for browsers too: every entry of its package.json `exports` bundles for the
 * browser with nothing from Node. esbuild refuses a Node built-in on `platform: 'browser'`, and the
 * last case shows that it does, so the first would fail the day the package pulled one in.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  exports: Record<string, string>;
};

/** Every specifier a consumer may import: `@ilenia/api-client` and `@ilenia/api-client/<api>`. */
async function entrySpecifiers(): Promise<string[]> {
  const specifiers: string[] = [];
  for (const [subpath, target] of Object.entries(packageJson.exports)) {
    if (!subpath.includes('*')) {
      specifiers.push(subpath === '.' ? packageJson.name : `${packageJson.name}/${subpath.slice(2)}`);
      continue;
    }
    const [prefix, suffix] = target.split('*') as [string, string];
    for (const file of await readdir(new URL(`../${prefix}`, import.meta.url))) {
      if (file.endsWith(suffix)) specifiers.push(`${packageJson.name}/${subpath.slice(2).replace('*', file.slice(0, -suffix.length))}`);
    }
  }
  return specifiers;
}

async function bundleForBrowser(contents: string) {
  return build({
    stdin: { contents, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
}

describe('@ilenia/api-client in a browser bundle', () => {
  it('bundles every exported entry for the browser, with nothing from Node', async () => {
    const specifiers = await entrySpecifiers();
    expect(specifiers).toEqual(expect.arrayContaining(['@ilenia/api-client', '@ilenia/api-client/events', '@ilenia/api-client/auth']));
    const contents = specifiers.map((specifier, index) => `export * as entry${index} from '${specifier}';`).join('\n');
    const result = await bundleForBrowser(contents);
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('createEventsClient');
    expect(code).toContain('ProblemError');
    expect(code).not.toMatch(/\bfrom\s*["']node:|require\(["']node:/);
  });

  it('fails, naming it, when something in the bundle imports a Node built-in', async () => {
    await expect(bundleForBrowser(`export { unwrap } from '@ilenia/api-client';\nexport { readFileSync } from 'node:fs';`)).rejects.toThrow(
      /node:fs/,
    );
  });
});
