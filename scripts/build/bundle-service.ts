import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { relocateAssetUrls, type RuntimeAsset } from './asset-urls.js';
import { folderRuntimeFiles, serviceOutputDir, type ServiceBuild } from './services.js';

/** The Node version the images run (node:20-bookworm-slim). */
const nodeTarget = 'node20';

/**
 * npm packages stay outside the bundle (installed as production dependencies beside it, native ones
 * included); the workspace's own packages export TypeScript, so they are bundled.
 */
const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@ilenia/') || args.kind === 'entry-point') return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** What one service build wrote, for the report and for checks. */
export interface ServiceBuildResult {
  name: string;
  outputDir: string;
  /** npm packages the bundle imports at run time. */
  externalPackages: string[];
  assets: string[];
}

/**
 * Bundles a service into `dist/<service>/` (under `outputRoot`, the repository by default): `service.js` (one ESM file, source map beside it),
 * `main.js` (turns source maps on, then loads it, so stack traces name the TypeScript lines with a
 * plain `node dist/<service>/main.js`), a `package.json` marking the folder ESM, and `assets/` with
 * every file the code reads at run time, at its repository path.
 */
export async function bundleService(
  repositoryRoot: string,
  service: ServiceBuild,
  outputRoot: string = repositoryRoot,
): Promise<ServiceBuildResult> {
  const outputDir = path.join(outputRoot, serviceOutputDir(service.name));
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  const assets: RuntimeAsset[] = [];
  const result = await build({
    absWorkingDir: repositoryRoot,
    entryPoints: [service.entry],
    outfile: path.join(outputDir, 'service.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: nodeTarget,
    sourcemap: 'linked',
    // The maps point at the repository's sources; images carry no sources, only line mappings.
    sourcesContent: false,
    // Names stay readable in stack traces and logs (class names in errors, pino's bindings).
    keepNames: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [npmPackagesExternal, relocateAssetUrls(repositoryRoot, assets)],
  });
  await writeFile(path.join(outputDir, 'main.js'), "process.setSourceMapsEnabled(true);\nawait import('./service.js');\n");
  await writeFile(
    path.join(outputDir, 'package.json'),
    `${JSON.stringify({ name: `@ilenia/${service.name}-dist`, private: true, type: 'module' }, null, 2)}\n`,
  );
  const copied = await copyAssets(repositoryRoot, outputDir, assets);
  const externalPackages = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports)
      if (imported.external && !imported.path.startsWith('node:')) externalPackages.add(packageName(imported.path));
  }
  return { name: service.name, outputDir, externalPackages: [...externalPackages].sort(), assets: copied };
}

async function copyAssets(repositoryRoot: string, outputDir: string, assets: RuntimeAsset[]): Promise<string[]> {
  const files = new Set<string>();
  for (const asset of assets) {
    if (!asset.path.endsWith('/')) {
      files.add(asset.path);
      continue;
    }
    const contents = folderRuntimeFiles[asset.path];
    if (contents === undefined) {
      throw new Error(
        `${asset.namedBy} names the folder ${asset.path} by URL: list the files it reads there in scripts/build/services.ts (folderRuntimeFiles).`,
      );
    }
    for (const file of contents) files.add(`${asset.path}${file}`);
  }
  for (const file of files) {
    const target = path.join(outputDir, 'assets', file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(repositoryRoot, file), target);
  }
  return [...files].sort();
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
