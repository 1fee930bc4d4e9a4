/**
 * The services share code only through the kit (and generated/): no service imports another
 * service's source or tests by a relative path. What two services both need (demo users, OAuth
 * clients, the demo event) lives in the kit, so one can be changed, moved or deployed without the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const servicesDir = path.join(root, 'services');
/** Folders under services/ that every service may import: shared code, not a service. */
const shared = new Set(['kit']);

interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  text: string;
}

interface Crossing {
  file: string;
  specifier: string;
  reaches: string;
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** The service a repository path belongs to (`services/auth/src/x.ts` → `auth`), if any. */
function serviceOf(repositoryPath: string): string | undefined {
  const [top, name] = repositoryPath.split('/');
  return top === 'services' ? name : undefined;
}

/** Every relative import in `files` that lands in another service's folder (the kit may import no service at all). */
export function crossServiceImports(files: SourceFile[]): Crossing[] {
  const crossings: Crossing[] = [];
  for (const file of files) {
    const own = serviceOf(file.path);
    if (own === undefined) continue;
    for (const match of file.text.matchAll(importPattern)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
      const reached = serviceOf(target);
      if (reached === undefined || reached === own || shared.has(reached)) continue;
      crossings.push({ file: file.path, specifier, reaches: reached });
    }
  }
  return crossings;
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return /\.(ts|mts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe('service boundaries', () => {
  it('finds a service importing another service, and the kit importing any service', () => {
    const crossings = crossServiceImports([
      { path: 'services/events/src/seed/demo-event.ts', text: "import { demoUserIds } from '../../../auth/src/seed/demo-users.js';" },
      { path: 'services/live-event/test/x.test.ts', text: "const m = await import('../../events/test/support/events-harness.js');" },
      { path: 'services/kit/src/x.ts', text: "import '../../auth/src/main.js';" },
      { path: 'services/events/src/ok.ts', text: "import { problems } from '../../kit/src/problem.js';\nimport { x } from './y.js';\nimport type { H } from '../../../generated/openapi/events/server.js';" },
    ]);
    expect(crossings.map((crossing) => `${crossing.file} -> ${crossing.reaches}`)).toEqual([
      'services/events/src/seed/demo-event.ts -> auth',
      'services/live-event/test/x.test.ts -> events',
      'services/kit/src/x.ts -> auth',
    ]);
  });

  it('holds in this repository: no service imports another service\'s source or tests', () => {
    const files = typeScriptFiles(servicesDir).map((full) => ({ path: path.relative(root, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(crossServiceImports(files)).toEqual([]);
  });
});
