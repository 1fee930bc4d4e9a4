/**
 * `make new-service` into a copy of the files it touches: the new service's spec lints clean (Redocly
 * strict and the house conventions), it is registered wherever APIs are listed, and its rooms
 * type-check against the server code generated from that spec. Nothing is written into this repository.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateServerCode } from './generate/index.js';
import { redocly, repositoryRoot } from './generate/redocly.js';
import { lintSpecs } from './lint-specs.js';
import { createNewService, NewServiceError } from './new-service.js';

const run = promisify(execFile);
const name = 'sample-room';
const port = 8199;
let scratch: string;

/** A copy of what `make new-service` reads and writes, with this repository's node_modules. */
async function repositoryCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ilenia-new-service-'));
  for (const entry of ['specs', 'redocly.yaml', 'package.json', 'tsconfig.json', 'scripts/dev.ts', 'scripts/generate/apis.ts']) {
    await cp(path.join(repositoryRoot, entry), path.join(dir, entry), { recursive: true });
  }
  await symlink(path.join(repositoryRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

beforeAll(async () => {
  scratch = await repositoryCopy();
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('make new-service', () => {
  it('adds a service whose spec lints clean and whose rooms type-check against its generated server', { timeout: 90_000 }, async () => {
    const written = await createNewService({ name, port, root: scratch });
    expect(written).toEqual(expect.arrayContaining([`specs/openapi/${name}/openapi.yaml`, `services/${name}/package.json`, `services/${name}/src/main.ts`, `services/${name}/src/app.ts`, `services/${name}/src/config.ts`, `services/${name}/src/create-${name}.ts`, `services/${name}/src/handlers/index.ts`, `services/${name}/src/db/migrations/index.ts`]));

    // Registered wherever the APIs and services are listed.
    const { openApiApis } = (await import(path.join(scratch, 'scripts/generate/apis.ts'))) as { openApiApis: readonly string[] };
    expect(openApiApis).toEqual(expect.arrayContaining(['auth', 'events', name]));
    const redoclyConfig = parseYaml(await readFile(path.join(scratch, 'redocly.yaml'), 'utf8')) as { apis: Record<string, { root: string }> };
    expect(redoclyConfig.apis[name]).toEqual({ root: `specs/openapi/${name}/openapi.yaml` });
    const rootPackage = JSON.parse(await readFile(path.join(scratch, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(rootPackage.scripts[`start:${name}`]).toBe(`tsx services/${name}/src/main.ts`);
    expect(await readFile(path.join(scratch, 'scripts/dev.ts'), 'utf8')).toContain(`{ name: '${name}', port: ${port} },`);
    const servicePackage = JSON.parse(await readFile(path.join(scratch, `services/${name}/package.json`), 'utf8')) as { name: string };
    expect(servicePackage.name).toBe(`@ilenia/${name}-service`);

    expect(await lintSpecs({ root: scratch, only: [name] })).toEqual([]);

    // What `make generate` makes for it, then the service type-checked against that.
    const bundled = path.join(scratch, 'bundled.yaml');
    await redocly(['bundle', name, '-o', bundled], scratch);
    const spec = parseYaml(await readFile(bundled, 'utf8')) as Record<string, unknown>;
    await generateServerCode(name, spec, path.join(scratch, 'generated/openapi', name), `specs/openapi/${name}/openapi.yaml`);
    await writeFile(
      path.join(scratch, 'tsconfig.service.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: { paths: { [`@ilenia/generated/openapi/${name}/*`]: [`./generated/openapi/${name}/*.ts`] } },
        include: [`services/${name}/**/*.ts`, `generated/openapi/${name}/*.ts`],
      }),
    );
    const typecheck = await run(path.join(repositoryRoot, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.service.json'], { cwd: scratch }).then(
      () => '',
      (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
    );
    expect(typecheck).toBe('');
  });

  it('refuses a name or a port that is taken, and a name that is not kebab-case, writing nothing', async () => {
    const copy = await repositoryCopy();
    try {
      await expect(createNewService({ name: 'events', port: 8198, root: copy })).rejects.toThrow(NewServiceError);
      await expect(createNewService({ name: 'events', port: 8198, root: copy })).rejects.toThrow(/specs\/openapi\/events already exists/);
      await expect(createNewService({ name: 'fresh', port: 8083, root: copy })).rejects.toThrow(/port 8083 is already used/);
      await expect(createNewService({ name: 'Fresh_Service', port: 8198, root: copy })).rejects.toThrow(/kebab-case/);
      const apis = await readFile(path.join(copy, 'scripts/generate/apis.ts'), 'utf8');
      expect(apis).toBe(await readFile(path.join(repositoryRoot, 'scripts/generate/apis.ts'), 'utf8'));
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
