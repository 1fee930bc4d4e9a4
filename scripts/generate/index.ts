/**
 * The generation pipeline: specs/ → generated/ (the `@ilenia/generated` package) and the client SDKs in
 * packages/api-client/src/generated/ (part of `@ilenia/api-client`). `make generate` writes both;
 * `make check-generated` generates into a scratch folder and fails on any difference in either.
 *
 *   tsx scripts/generate/index.ts                 regenerate generated/
 *   tsx scripts/generate/index.ts --check         fail if generated/ differs from a fresh run
 *   tsx scripts/generate/index.ts --check DIR     the same for a copy of generated/ elsewhere (tests)
 */
import { mkdir, mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse as parseYaml } from 'yaml';
import { asyncApiApis, openApiApis, rootSpecPath } from './apis.js';
import { generatedBanner } from './banner.js';
import { renderClientSdk } from './client-sdk.js';
import { compareTrees } from './compare-trees.js';
import { readApiModel } from './openapi-model.js';
import { renderPermissions, type PermissionCatalogue } from './permissions.js';
import { generatePythonSdk } from './python/index.js';
import { redocly, repositoryRoot } from './redocly.js';
import { renderServerStubs } from './server-stubs.js';

/** Where the generated client SDKs go: inside `@ilenia/api-client`, beside its hand-written façade. */
const clientSdkDir = path.join(repositoryRoot, 'packages/api-client/src/generated');

/** Generates everything into `outDir` and the client SDKs into `clientsDir` (both created afresh). */
async function generateAll(outDir: string, clientsDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await rm(clientsDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, 'specs'), { recursive: true });
  await mkdir(clientsDir, { recursive: true });

  const bundled: Record<string, Record<string, unknown>> = {};
  for (const api of [...openApiApis, ...asyncApiApis.map((entry) => entry.name)]) {
    bundled[api] = await bundle(api, outDir);
  }

  for (const api of openApiApis) {
    const source = rootSpecPath(api);
    const spec = bundled[api]!;
    const model = await generateServerCode(api, spec, path.join(outDir, 'openapi', api), source);
    await writeFile(path.join(clientsDir, `${api}.ts`), renderClientSdk(api, model, source));
  }

  const { generateWebSocketModels } = await import('./asyncapi-models.js');
  for (const { name, service } of asyncApiApis) {
    await generateWebSocketModels({
      specFile: path.join(outDir, 'specs', `${name}.json`),
      outDir: path.join(outDir, 'asyncapi', service),
      source: rootSpecPath(name),
    });
  }

  await generatePythonSdk({
    outDir: path.join(outDir, 'python'),
    openApi: openApiApis.map((api) => ({ api, spec: bundled[api]!, source: rootSpecPath(api) })),
    asyncApi: asyncApiApis.map(({ name }) => ({ name, spec: bundled[name]!, source: rootSpecPath(name) })),
  });

  // specs/permissions.yaml's shape is checked by make lint (scripts/lint-specs.ts) before generation.
  const catalogue = parseYaml(await readFile(path.join(repositoryRoot, 'specs/permissions.yaml'), 'utf8')) as PermissionCatalogue;
  await writeFile(
    path.join(outDir, 'permissions.ts'),
    renderPermissions(catalogue, Object.fromEntries(openApiApis.map((api) => [api, readApiModel(bundled[api]!)]))),
  );
  await writeFile(path.join(outDir, 'README.md'), readme());
  await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
}

/**
 * What a service is built on, for one bundled OpenAPI spec: `types.ts` and `server.ts` (handler
 * interface, router, mock handlers) in `apiDir`. Returns the API model the client SDK is made from.
 */
export async function generateServerCode(
  api: string,
  spec: Record<string, unknown>,
  apiDir: string,
  source: string,
): Promise<ReturnType<typeof readApiModel>> {
  await mkdir(apiDir, { recursive: true });
  const ast = await openapiTS(structuredClone(spec) as never, { alphabetize: false, defaultNonNullable: false, exportType: false });
  await writeFile(path.join(apiDir, 'types.ts'), generatedBanner(source) + astToString(ast));
  const model = readApiModel(spec);
  await writeFile(path.join(apiDir, 'server.ts'), renderServerStubs(api, model, source));
  return model;
}

/** generated/ is the `@ilenia/generated` workspace: imported as `@ilenia/generated/openapi/<api>/server` etc. */
const packageJson = {
  name: '@ilenia/generated',
  version: '0.1.0',
  private: true,
  type: 'module',
  description: 'Generated from specs/ by make generate: server stubs, WebSocket models, bundled specs, permissions',
  exports: { './*': './*.ts', './specs/*': './specs/*' },
  dependencies: { '@ilenia/kit': '*', ajv: '8.20.0', 'ajv-formats': '3.0.1', express: '5.3.0' },
};

async function bundle(api: string, outDir: string): Promise<Record<string, unknown>> {
  const yamlFile = path.join(outDir, 'specs', `${api}.yaml`);
  await redocly(['bundle', api, '-o', yamlFile]);
  const text = await readFile(yamlFile, 'utf8');
  const document = parseYaml(text) as Record<string, unknown>;
  await writeFile(yamlFile, generatedBanner(rootSpecPath(api), '#') + text);
  await writeFile(path.join(outDir, 'specs', `${api}.json`), `${JSON.stringify(document, null, 2)}\n`);
  return document;
}

function readme(): string {
  return `# generated/ — machine output, do not edit

Everything here is made by \`make generate\` from \`specs/\` and committed (with the client SDKs in
\`packages/api-client/src/generated/\`), so that code review shows
what a spec change does to the code. \`make check-generated\` (run by CI) regenerates into a scratch
folder and fails on any difference: edit the spec (or the generator in \`scripts/generate/\`,
\`templates/\`) and regenerate instead of editing these files.

| path | what | made by |
| --- | --- | --- |
| \`specs/<api>.yaml\`, \`specs/<api>.json\` | each spec bundled into one file (JSON files cannot carry a banner: this README is theirs) | \`redocly bundle\` after \`redocly lint\` |
| \`openapi/<api>/types.ts\` | TypeScript types of paths, operations and components | openapi-typescript |
| \`openapi/<api>/server.ts\` | typed handler interface, result unions, operation table, router and mock factories | \`scripts/generate/server-stubs.ts\` |
| \`../packages/api-client/src/generated/<api>.ts\` | typed client SDK (openapi-fetch), one function per operation, in \`@ilenia/api-client\` | \`scripts/generate/client-sdk.ts\` |
| \`asyncapi/<service>/\` | WebSocket message types, unions per role and direction, runtime validators | \`@asyncapi/generator\` with \`templates/asyncapi-ws-models/\` |
| \`python/\` | the Python SDK \`ilenia_sdk\`: pydantic models, a client per API with token refresh and typed problems, WebSocket message models | \`scripts/generate/python/\` |
| \`permissions.ts\` | the permission catalogue, default roles, and which operations require each permission | \`scripts/generate/permissions.ts\` |
`;
}

async function main(): Promise<void> {
  const checkIndex = process.argv.indexOf('--check');
  const check = checkIndex !== -1;
  const target = path.resolve(
    check && process.argv[checkIndex + 1] ? process.argv[checkIndex + 1]! : path.join(repositoryRoot, 'generated'),
  );
  const scratchRoot = await mkdtemp(path.join(tmpdir(), 'ilenia-generated-'));
  const scratch = path.join(scratchRoot, 'generated');
  const scratchClients = path.join(scratchRoot, 'clients');
  try {
    await generateAll(scratch, scratchClients);
    if (check) {
      const differences = [
        ...(await compareTrees(target, scratch)),
        ...(await compareTrees(clientSdkDir, scratchClients)).map(
          (difference) => `${difference} (in ${path.relative(repositoryRoot, clientSdkDir)})`,
        ),
      ];
      if (differences.length > 0) {
        console.error(
          `${path.relative(repositoryRoot, target) || target} is not in step with specs/ (${differences.length} difference${differences.length > 1 ? 's' : ''}):`,
        );
        for (const difference of differences.slice(0, 40)) console.error(`  ${difference}`);
        console.error('Run `make generate` and commit the result; never edit generated/ by hand.');
        process.exitCode = 1;
      } else {
        console.log('generated/ is in step with specs/.');
      }
    } else {
      await rm(target, { recursive: true, force: true });
      await cp(scratch, target, { recursive: true });
      await rm(clientSdkDir, { recursive: true, force: true });
      await cp(scratchClients, clientSdkDir, { recursive: true });
      console.log('generated/ and the client SDKs regenerated from specs/.');
    }
  } finally {
    await rm(scratchRoot, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
