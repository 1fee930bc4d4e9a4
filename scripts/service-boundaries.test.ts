/**
 * The services share code only through the packages (packages/*, generated/): no service imports
 * another service's source or tests, by a relative path or by its package name, and no package imports
 * a service. What two services both need (demo users, OAuth clients, the demo event) lives in the kit,
 * so one can be changed, moved or deployed without the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const servicesDir = path.join(root, 'services');
/** Service folder by workspace package name (`@ilenia/auth-service` → `auth`). */
const serviceByPackage = new Map(
  readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const manifest = JSON.parse(readFileSync(path.join(servicesDir, entry.name, 'package.json'), 'utf8')) as { name: string };
        return [[manifest.name, entry.name] as const];
      } catch {
        return [];
      }
    }),
);

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

/** The service an import specifier reaches from `file`, by relative path or by package name, if any. */
function reachedService(file: string, specifier: string, packages: Map<string, string>): string | undefined {
  if (specifier.startsWith('.')) return serviceOf(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
  const name = specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
  return packages.get(name);
}

/** Every import in `files` that lands in another service (a package, e.g. the kit, may import no service at all). */
function crossServiceImports(files: SourceFile[], packages: Map<string, string> = serviceByPackage): Crossing[] {
  const crossings: Crossing[] = [];
  for (const file of files) {
    const own = serviceOf(file.path);
    if (own === undefined && !file.path.startsWith('packages/')) continue;
    for (const match of file.text.matchAll(importPattern)) {
      const specifier = match[1]!;
      const reached = reachedService(file.path, specifier, packages);
      if (reached === undefined || reached === own) continue;
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

const quoted = (specifier: string) => `'${specifier}'`;

describe('service boundaries', () => {
  it('finds a service importing another service, and the kit importing any service', () => {
    const crossings = crossServiceImports(
      [
        // Built from parts, so that the package-imports lint does not read these fixtures as real imports.
        {
          path: 'services/events/src/seed/demo-event.ts',
          text: `import { demoUserIds } from ${quoted('../../../auth/src/seed/demo-users.js')};`,
        },
        {
          path: 'services/live-event/test/x.test.ts',
          text: `const m = await import(${quoted('../../events/test/support/events-harness.js')});`,
        },
        { path: 'packages/kit/src/x.ts', text: "import '@ilenia/auth-service/src/main.js';" },
        {
          path: 'services/live-event/src/y.ts',
          text: "import { developmentClients } from '@ilenia/auth-service/src/seed/development-clients.js';",
        },
        {
          path: 'services/events/src/ok.ts',
          text: "import { problems } from '@ilenia/kit';\nimport { x } from './y.js';\nimport type { H } from '@ilenia/generated/openapi/events/server';\nimport { z } from '@ilenia/events-service/src/z.js';",
        },
      ],
      new Map([
        ['@ilenia/auth-service', 'auth'],
        ['@ilenia/events-service', 'events'],
      ]),
    );
    expect(crossings.map((crossing) => `${crossing.file} -> ${crossing.reaches}`)).toEqual([
      'services/events/src/seed/demo-event.ts -> auth',
      'services/live-event/test/x.test.ts -> events',
      'packages/kit/src/x.ts -> auth',
      'services/live-event/src/y.ts -> auth',
    ]);
  });

  it("holds in this repository: no service imports another service's source or tests", () => {
    const files = [...typeScriptFiles(servicesDir), ...typeScriptFiles(path.join(root, 'packages'))].map((full) => ({
      path: path.relative(root, full).split(path.sep).join('/'),
      text: readFileSync(full, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(50);
    expect(crossServiceImports(files)).toEqual([]);
  });
});
