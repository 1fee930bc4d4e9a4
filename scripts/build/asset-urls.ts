import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/** A repository file or folder that bundled code reads at run time. */
export interface RuntimeAsset {
  /** Repository-relative path; folders end with `/`. */
  path: string;
  /** The source file whose `new URL(…)` names it, for error messages. */
  namedBy: string;
}

const assetUrl = /new URL\((['"])([^'"]+)\1,\s*import\.meta\.url\)/g;

/**
 * Code finds its data files with `new URL('../../specs/x.json', import.meta.url)`, relative to its own
 * source file; once bundled, `import.meta.url` is the bundle's. This plugin rewrites each such URL to
 * `./assets/<repository path>` beside the bundle and records the target, which the build then copies,
 * so the same source runs from the repository (tsx) and from `dist/` unchanged.
 */
export function relocateAssetUrls(repositoryRoot: string, assets: RuntimeAsset[]): Plugin {
  return {
    name: 'relocate-asset-urls',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const namedBy = path.relative(repositoryRoot, args.path);
        const contents = source.replace(assetUrl, (_match, quote: string, relative: string) => {
          const target = path.resolve(path.dirname(args.path), relative);
          const repositoryPath = path.relative(repositoryRoot, target);
          if (repositoryPath.startsWith('..') || !existsSync(target)) {
            throw new Error(`${namedBy} names ${relative} by URL, which is not a file of the repository.`);
          }
          const isFolder = statSync(target).isDirectory();
          const assetPath = isFolder ? `${repositoryPath}/` : repositoryPath;
          assets.push({ path: assetPath, namedBy });
          return `new URL(${quote}./assets/${assetPath}${quote}, import.meta.url)`;
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}
