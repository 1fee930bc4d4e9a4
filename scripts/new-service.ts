/**
 * `make new-service NAME=foo PORT=8099`: adds a service the way services/README.md describes, so that
 * after `make generate` it runs (mock mode with USE_FOO_MOCK=true, real handlers otherwise):
 *
 *   specs/openapi/<name>/openapi.yaml   the spec skeleton: info, servers, tags, /health and /ready
 *   redocly.yaml, scripts/generate/apis.ts
 *                                       the API registered for lint, generation and the docs portal
 *   services/<name>/                    the package (`@ilenia/<name>-service`) with its rooms
 *   package.json (`start:<name>`), scripts/dev.ts (`make dev`)
 *
 *   tsx scripts/new-service.ts --name foo --port 8099 [--root DIR]
 *
 * `--root` writes into a copy of the repository instead (the test does). It refuses a name or port
 * already taken and writes nothing then.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { camelCase, pascalCase } from './generate/openapi-model.js';
import { repositoryRoot } from './generate/redocly.js';

export interface NewServiceOptions {
  /** The service's name: kebab-case, used for the folder, the spec, the package and the variables. */
  name: string;
  /** Its development port (`make dev`, the spec's local server). */
  port: number;
  /** The repository to write into (default: this one). */
  root?: string;
}

/** Thrown for a name or port that cannot be used; the message says which and why. */
export class NewServiceError extends Error {}

/** The names one service name turns into. */
function namesOf(name: string) {
  const camel = camelCase(name);
  return {
    name,
    camel,
    pascal: pascalCase(camel),
    constant: name.toUpperCase().replace(/-/g, '_'),
    title: name
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' '),
    audience: `${name}-service`,
    packageName: `@ilenia/${name}-service`,
  };
}
type Names = ReturnType<typeof namesOf>;

/** Adds the service; returns the files it wrote or changed, relative to the root. */
export async function createNewService(options: NewServiceOptions): Promise<string[]> {
  const root = options.root ?? repositoryRoot;
  const names = namesOf(options.name);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(options.name)) throw new NewServiceError(`NAME must be kebab-case (like live-event), not "${options.name}".`);
  if (!Number.isInteger(options.port) || options.port < 1024 || options.port > 65535) throw new NewServiceError(`PORT must be an integer from 1024 to 65535, not "${options.port}".`);
  for (const taken of [`services/${options.name}`, `specs/openapi/${options.name}`]) {
    if (existsSync(path.join(root, taken))) throw new NewServiceError(`${taken} already exists.`);
  }
  const dev = await readFile(path.join(root, 'scripts/dev.ts'), 'utf8');
  if (new RegExp(`port: ${options.port}\\b`).test(dev)) throw new NewServiceError(`port ${options.port} is already used in scripts/dev.ts.`);

  const rootPackage = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const written: string[] = [];
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
    written.push(file);
  };

  for (const [file, text] of Object.entries(serviceFiles(names, options.port, rootPackage))) await write(file, text);

  await write('redocly.yaml', registerInRedocly(await readFile(path.join(root, 'redocly.yaml'), 'utf8'), names.name));
  await write('scripts/generate/apis.ts', registerInApis(await readFile(path.join(root, 'scripts/generate/apis.ts'), 'utf8'), names.name));
  await write('scripts/dev.ts', registerInDev(dev, names.name, options.port));
  // `start:<name>` goes after the last start:* script, so that they stay together.
  const entries = Object.entries(rootPackage.scripts);
  const lastStart = entries.findLastIndex(([key]) => key.startsWith('start:'));
  entries.splice(lastStart + 1, 0, [`start:${names.name}`, `tsx services/${names.name}/src/main.ts`]);
  await write('package.json', `${JSON.stringify({ ...rootPackage, scripts: Object.fromEntries(entries) }, null, 2)}\n`);
  return written;
}

/** Adds `<name>: root: specs/openapi/<name>/openapi.yaml` at the end of the OpenAPI entries of `apis:`. */
export function registerInRedocly(text: string, name: string): string {
  const apis = (parseYaml(text) as { apis: Record<string, { root: string }> }).apis;
  const lastOpenApi = Object.entries(apis)
    .filter(([, api]) => api.root.startsWith('specs/openapi/'))
    .at(-1);
  if (!lastOpenApi) throw new NewServiceError('redocly.yaml lists no OpenAPI root to add the service after.');
  const anchor = `    root: ${lastOpenApi[1].root}\n`;
  if (!text.includes(anchor)) throw new NewServiceError(`redocly.yaml: cannot find "${anchor.trim()}".`);
  return text.replace(anchor, `${anchor}  ${name}:\n    root: specs/openapi/${name}/openapi.yaml\n`);
}

/** Appends the service to `openApiApis`. */
export function registerInApis(text: string, name: string): string {
  const pattern = /(export const openApiApis = \[)([^\]]*)(\] as const;)/;
  if (!pattern.test(text)) throw new NewServiceError('scripts/generate/apis.ts: cannot find openApiApis.');
  return text.replace(pattern, (_match, start: string, list: string, end: string) => `${start}${list.trimEnd()}, '${name}'${end}`);
}

/** Appends the service to the services `make dev` starts. */
export function registerInDev(text: string, name: string, port: number): string {
  const pattern = /(const services = \[\n(?:  \{[^\n]*\},\n)*)(\];)/;
  if (!pattern.test(text)) throw new NewServiceError('scripts/dev.ts: cannot find the services list.');
  return text.replace(pattern, (_match, list: string, end: string) => `${list}  { name: '${name}', port: ${port} },\n${end}`);
}

/** Every file of the new service and its spec, by path. */
function serviceFiles(names: Names, port: number, rootPackage: { dependencies: Record<string, string>; devDependencies: Record<string, string> }): Record<string, string> {
  const { name, camel, pascal, constant, title, audience, packageName } = names;
  const packageJson = {
    name: packageName,
    version: '0.1.0',
    private: true,
    type: 'module',
    exports: { './*': './src/*.ts', './test/*': './test/*.ts' },
    dependencies: { '@ilenia/generated': '*', '@ilenia/kit': '*', express: rootPackage.dependencies.express, kysely: rootPackage.dependencies.kysely, pino: rootPackage.dependencies.pino },
    devDependencies: { supertest: rootPackage.devDependencies.supertest, vitest: rootPackage.devDependencies.vitest },
  };
  return {
    [`specs/openapi/${name}/openapi.yaml`]: `openapi: 3.1.0
info:
  title: Ilenia ${title} API
  version: 0.1.0
  summary: The ${name} service.
  description: |
    What the ${name} service owns and the rules a client must know (see specs/README.md for the
    conventions: one path item per file under paths/, examples on every operation).

    ## Authentication and permissions
    Every operation but \`/health\` and \`/ready\` needs \`Authorization: Bearer <access token>\` issued by
    the auth service (RS256, verified against its JWKS); \`x-required-permissions\` lists what it must carry.

    ## Errors
    Every error is an RFC 9457 problem (\`application/problem+json\`) with \`type\`, \`title\`, \`status\`,
    \`detail\`, \`instance\` and \`request_id\` (also sent as the \`X-Request-Id\` header).
  contact:
    name: Ilenia maintainers
    url: https://github.com/ilenia-platform/ilenia
  license:
    name: Apache 2.0
    identifier: Apache-2.0
servers:
  - url: http://localhost:${port}
    description: Local development
  - url: https://ilenia.example.org/api/${name}
    description: Behind the nginx gateway
tags:
  - name: Health
    description: Liveness and readiness probes for orchestrators and load balancers (no token needed).
security:
  - bearerAuth: []
paths:
  /health:
    $ref: ../common/paths/health.yaml
  /ready:
    $ref: ../common/paths/ready.yaml
components:
  securitySchemes:
    bearerAuth:
      $ref: ../common/security-schemes/BearerAuth.yaml
`,
    [`services/${name}/package.json`]: `${JSON.stringify(packageJson, null, 2)}\n`,
    [`services/${name}/README.md`]: `# ${title} service

What the ${name} service owns. Its contract is \`specs/openapi/${name}/\`; its rooms are those of every
service (services/README.md).

\`\`\`
src/main.ts                  launchService: port ${port}, real handlers (USE_${constant}_MOCK=true: the spec's examples)
src/app.ts                   the Express app around the generated router; never listens
src/create-${name}.ts${' '.repeat(Math.max(1, 16 - name.length))}the wiring: config, database (migrated), handlers, readiness, shutdown
src/config.ts                ${constant} variables (none yet)
src/handlers/                one <tag>-handlers.ts per part of the API, joined in index.ts
src/domain/                  the rules, no I/O
src/repositories/            Kysely queries, one repository per file
src/db/                      schema.ts and migrations/
test/                        through the real app and handlers (PGlite; PostgreSQL with databaseEngines)
\`\`\`

Try it: \`npm run start:${name}\` (or \`make dev\`), then \`curl localhost:${port}/health\`.
`,
    [`services/${name}/src/main.ts`]: `import { create${pascal}MockHandlers, ${camel}Operations } from '@ilenia/generated/openapi/${name}/server';
import { launchService } from '@ilenia/kit';
import { build${pascal}App } from './app.js';
import { ${camel}ServiceAudience } from './config.js';
import { create${pascal}RealHandlers } from './create-${name}.js';

// Port ${port}. Real handlers by default; USE_${constant}_MOCK=true answers from the spec's examples.
await launchService({
  name: '${name}',
  defaultPort: ${port},
  audience: ${camel}ServiceAudience,
  operations: ${camel}Operations,
  buildApp: build${pascal}App,
  createMockHandlers: create${pascal}MockHandlers,
  createHandlers: create${pascal}RealHandlers,
});
`,
    [`services/${name}/src/app.ts`]: `import type { Express } from 'express';
import { create${pascal}Router, type ${pascal}Handlers } from '@ilenia/generated/openapi/${name}/server';
import { createServiceApp } from '@ilenia/kit';
import type { ServiceAppDependencies } from '@ilenia/kit';

/** The ${name} service's Express app, around the router generated from its spec. Never listens. */
export function build${pascal}App(dependencies: ServiceAppDependencies<${pascal}Handlers>): Express {
  return createServiceApp({ logger: dependencies.logger, corsOrigins: dependencies.corsOrigins, trustedProxies: dependencies.trustedProxies, routers: [create${pascal}Router(dependencies)] });
}
`,
    [`services/${name}/src/config.ts`]: `import type { CommonConfig, ConfigReader } from '@ilenia/kit';

/** The \`aud\` the ${name} service's access tokens must carry (add it to auth's AUTH_AUDIENCE default). */
export const ${camel}ServiceAudience = '${audience}';

/** What the ${name} service reads besides the common configuration (its ${constant}_* variables). */
export interface ${pascal}Config {
  common: CommonConfig;
}

/** Reads the service's variables once at start-up; an invalid one is reported by its name. */
export function read${pascal}Config(reader: ConfigReader, common: CommonConfig): ${pascal}Config {
  // Each variable is read here through \`reader\` (reader.string, reader.integer, …), never elsewhere.
  return { common };
}
`,
    [`services/${name}/src/create-${name}.ts`]: `import type { Logger } from 'pino';
import type { ${pascal}Handlers } from '@ilenia/generated/openapi/${name}/server';
import type { CommonConfig, ConfigReader, RealHandlers } from '@ilenia/kit';
import { databaseTarget, openDatabase } from '@ilenia/kit/persistence';
import { read${pascal}Config } from './config.js';
import { ${camel}Migrations } from './db/migrations/index.js';
import type { ${pascal}Database } from './db/schema.js';
import { create${pascal}Handlers } from './handlers/index.js';

/**
 * The production handlers: the service's configuration, its database (PGlite by default, PostgreSQL
 * with USE_DATABASE=true) migrated before the first request, and the readiness checks.
 */
export async function create${pascal}RealHandlers(context: { config: CommonConfig; reader: ConfigReader; logger: Logger }): Promise<RealHandlers<${pascal}Handlers>> {
  const config = read${pascal}Config(context.reader, context.config);
  context.reader.done();
  const database = await openDatabase<${pascal}Database>(databaseTarget(config.common.database), ${camel}Migrations);
  context.logger.info({ database: database.kind }, 'database ready');
  const probes = { database: () => database.ping() };
  return {
    handlers: create${pascal}Handlers({ db: database.db }, probes),
    probes,
    close: () => database.close(),
  };
}
`,
    [`services/${name}/src/handlers/index.ts`]: `import type { Kysely } from 'kysely';
import type { ${pascal}Handlers } from '@ilenia/generated/openapi/${name}/server';
import { healthHandlers, type ReadinessProbe } from '@ilenia/kit';
import type { ${pascal}Database } from '../db/schema.js';

/** What the handlers are built from. */
export interface ${pascal}HandlerDependencies {
  db: Kysely<${pascal}Database>;
}

/** Every operation of the ${name} API: one \`<tag>-handlers.ts\` per part of it, joined here. */
export function create${pascal}Handlers(dependencies: ${pascal}HandlerDependencies, probes: Readonly<Record<string, ReadinessProbe>> = {}): ${pascal}Handlers {
  return {
    ...healthHandlers({ name: '${name}' }, probes),
  };
}
`,
    [`services/${name}/src/db/schema.ts`]: `/**
 * The ${name} service's tables: one \`XxxTable\` interface per table, then \`Selectable\`/\`Insertable\`/
 * \`Updateable\` aliases, all joined in \`${pascal}Database\` (services/events/src/db/schema.ts shows the shape).
 */
export type ${pascal}Database = Record<string, never>;
`,
    [`services/${name}/src/db/migrations/index.ts`]: `import type { Migration } from 'kysely';

/**
 * Every migration of the ${name} service, by name (\`YYYY-MM-DDTHH-MM-SS_what\`); Kysely applies them in
 * name order. Migrations are frozen in time: \`Kysely<any>\`, no imports from the service.
 */
export const ${camel}Migrations: Record<string, Migration> = {};
`,
    [`services/${name}/test/health.test.ts`]: `/**
 * The ${name} service through its real app and handlers, on an in-memory PGlite database migrated as
 * in production.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerAuthenticator, createJwtVerifier, createLogger } from '@ilenia/kit';
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import { createSigningKey, testIssuer } from '@ilenia/kit/testing';
import { build${pascal}App } from '../src/app.js';
import { ${camel}ServiceAudience } from '../src/config.js';
import { ${camel}Migrations } from '../src/db/migrations/index.js';
import type { ${pascal}Database } from '../src/db/schema.js';
import { create${pascal}Handlers } from '../src/handlers/index.js';

let database: Database<${pascal}Database>;
let app: ReturnType<typeof build${pascal}App>;

beforeAll(async () => {
  database = await openDatabase<${pascal}Database>({ kind: 'pglite' }, ${camel}Migrations);
  const key = await createSigningKey('${name}-test');
  const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: ${camel}ServiceAudience });
  app = build${pascal}App({
    logger: createLogger({ service: '${name}-test', level: 'silent' }),
    handlers: create${pascal}Handlers({ db: database.db }, { database: () => database.ping() }),
    authenticators: { bearerAuth: bearerAuthenticator(verifier) },
  });
});
afterAll(async () => {
  await database?.close();
});

describe('${name}', () => {
  it('says it is alive, and ready once its database answers', async () => {
    const health = await request(app).get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', service: '${name}' });
    const ready = await request(app).get('/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', checks: { database: { status: 'up' } } });
  });

  it('answers an unknown path with an RFC 9457 problem', async () => {
    const response = await request(app).get('/v1/nothing-here').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\\/problem\\+json/);
  });
});
`,
    [`services/${name}/src/domain/README.md`]: `# domain

The ${name} service's rules (who may do what, life cycles, validation): plain functions and types, no I/O.
`,
    [`services/${name}/src/repositories/README.md`]: `# repositories

Kysely queries, one \`<thing>-repository.ts\` per file: objects of functions taking the \`Executor\`
(\`@ilenia/kit/persistence\`) they run on, as in services/events/src/repositories/.
`,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { name: { type: 'string' }, port: { type: 'string' }, root: { type: 'string' } } });
  if (!values.name || !values.port) {
    console.error('usage: make new-service NAME=foo PORT=8099');
    process.exit(2);
  }
  try {
    const written = await createNewService({ name: values.name, port: Number(values.port), ...(values.root ? { root: values.root } : {}) });
    for (const file of written) console.log(`  wrote ${file}`);
  } catch (error) {
    if (!(error instanceof NewServiceError)) throw error;
    console.error(`new-service: ${error.message}`);
    process.exit(2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
