import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Lists every file that differs, is missing or is extra in `actual` compared with `expected`. */
export async function compareTrees(actual: string, expected: string): Promise<string[]> {
  const [actualFiles, expectedFiles] = await Promise.all([listFiles(actual), listFiles(expected)]);
  const differences: string[] = [];
  for (const file of expectedFiles) {
    if (!actualFiles.has(file)) {
      differences.push(`missing: ${file}`);
      continue;
    }
    const [left, right] = await Promise.all([readFile(path.join(actual, file)), readFile(path.join(expected, file))]);
    if (!left.equals(right)) differences.push(`differs: ${file}`);
  }
  for (const file of actualFiles) if (!expectedFiles.has(file)) differences.push(`not generated (stale or hand-made): ${file}`);
  return differences.sort();
}

/** What running the output leaves beside it (Python's bytecode cache of the SDK), not hand-made code: ignored, as git ignores it. */
const runtimeCaches = /(^|[\\/])__pycache__[\\/]/;

async function listFiles(root: string): Promise<Set<string>> {
  const files = new Set<string>();
  try {
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !runtimeCaches.test(path.relative(root, path.join(entry.parentPath, entry.name))))
        files.add(path.relative(root, path.join(entry.parentPath, entry.name)));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return files;
}
