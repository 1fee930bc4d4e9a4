/**
 * `make new-service NAME=foo PORT=8099`: adds a service the way services/README.md describes, so that
 * after `make generate` it runs (mock mode with USE_FOO_MOCK=true, real handlers otherwise):
 *
 *   specs/openapi/<name>/openapi.yaml   the spec skeleton: info, servers, tags, /health and /ready
 *   redocly.yaml, scripts/generate/apis.ts
 *                                       the API registered for lint, generation and the docs portal
 *   services/<name>/                    the package (`@ilenia/<name>-service`) with its rooms
 *   package.json (`start:<name>`, `start:prod:<name>`), scripts/dev.ts (`make dev`)
 *   specs/permissions.yaml              its audience under `apis`, so auth puts it in the tokens that need it
 *   web/src/api/gateway-services.ts     its /api/<name> path and port for the web app and Vite's proxy
 *   deploy/<name>.Dockerfile, deploy/compose.*.yaml, deploy/postgres/create-databases.sql
 *                                       its image, its container (and database), nginx waiting for it
 *   deploy/nginx/ilenia.conf.template   its upstream and its /api/<name>/ location
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
export function namesOf(name: string) {
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
export type Names = ReturnType<typeof namesOf>;

/** Adds the service; returns the files it wrote or changed, relative to the root. */
export async function createNewService(options: NewServiceOptions): Promise<string[]> {
  const root = options.root ?? repositoryRoot;
  const names = namesOf(options.name);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(options.name))
    throw new NewServiceError(`NAME must be kebab-case (like live-event), not "${options.name}".`);
  if (!Number.isInteger(options.port) || options.port < 1024 || options.port > 65535)
    throw new NewServiceError(`PORT must be an integer from 1024 to 65535, not "${options.port}".`);
  for (const taken of [`services/${options.name}`, `specs/openapi/${options.name}`, `deploy/${options.name}.Dockerfile`]) {
    if (existsSync(path.join(root, taken))) throw new NewServiceError(`${taken} already exists.`);
  }
  const read = (file: string) => readFile(path.join(root, file), 'utf8');
  const dev = await read('scripts/dev.ts');
  if (new RegExp(`port: ${options.port}\\b`).test(dev))
    throw new NewServiceError(`port ${options.port} is already used in scripts/dev.ts.`);

  const rootPackage = JSON.parse(await read('package.json')) as {
    scripts: Record<string, string>;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  // Every change is made in memory first: a file that cannot be registered in leaves the repository untouched.
  const changes: Record<string, string> = {
    ...serviceFiles(names, options.port, rootPackage),
    'redocly.yaml': registerInRedocly(await read('redocly.yaml'), names.name),
    'scripts/generate/apis.ts': registerInApis(await read('scripts/generate/apis.ts'), names.name),
    'scripts/dev.ts': registerInDev(dev, names.name, options.port),
    'package.json': `${JSON.stringify({ ...rootPackage, scripts: registerInScripts(rootPackage.scripts, names.name) }, null, 2)}\n`,
    'specs/permissions.yaml': registerInAuthAudiences(await read('specs/permissions.yaml'), names.name, names.audience),
    'web/src/api/gateway-services.ts': registerInGatewayServices(await read('web/src/api/gateway-services.ts'), names.name, options.port),
    [`deploy/${names.name}.Dockerfile`]: dockerfileFor(names, options.port, await read('deploy/events.Dockerfile')),
    'deploy/compose.base.yaml': registerInComposeBase(await read('deploy/compose.base.yaml'), names, options.port),
    'deploy/compose.websocket.yaml': registerInComposeGateway(await read('deploy/compose.websocket.yaml'), names, options.port),
    'deploy/compose.livekit.yaml': registerInComposeGateway(await read('deploy/compose.livekit.yaml'), names, options.port),
    'deploy/postgres/create-databases.sql': `${(await read('deploy/postgres/create-databases.sql')).trimEnd()}\nCREATE DATABASE ${databaseOf(names)};\n`,
    'deploy/nginx/ilenia.conf.template': registerInNginxTemplate(await read('deploy/nginx/ilenia.conf.template'), names),
  };
  for (const [file, text] of Object.entries(changes)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return Object.keys(changes);
}

/** `start:<name>` and `start:prod:<name>`, each after the last script of its kind so that they stay together. */
function registerInScripts(scripts: Record<string, string>, name: string): Record<string, string> {
  const entries = Object.entries(scripts);
  const insertAfterLast = (isKind: (key: string) => boolean, entry: [string, string]) =>
    entries.splice(entries.findLastIndex(([key]) => isKind(key)) + 1, 0, entry);
  insertAfterLast(
    (key) => key.startsWith('start:') && !key.startsWith('start:prod:'),
    [`start:${name}`, `tsx services/${name}/src/main.ts`],
  );
  insertAfterLast((key) => key.startsWith('start:prod:'), [`start:prod:${name}`, `node dist/${name}/main.js`]);
  return Object.fromEntries(entries);
}

/**
 * Adds the service's API and audience under `apis` in specs/permissions.yaml, so that auth puts its
 * audience into the tokens whose permissions unlock its operations.
 */
export function registerInAuthAudiences(text: string, name: string, audience: string): string {
  const pattern = /(\napis:\n(?: {2,}[^\n]*\n)*)/;
  if (!pattern.test(text)) throw new NewServiceError('specs/permissions.yaml: cannot find its apis section.');
  return text.replace(pattern, (_match, apis: string) => `${apis}  ${name}:\n    audience: ${audience}\n`);
}

/** Appends the service (path /api/<name>, its dev port) to the web app's and Vite's list. */
export function registerInGatewayServices(text: string, name: string, port: number): string {
  const pattern = /(export const gatewayServices = \{\n(?: {2}[^\n]*\},\n)*)(\} as const;)/;
  if (!pattern.test(text)) throw new NewServiceError('web/src/api/gateway-services.ts: cannot find gatewayServices.');
  const key = name.includes('-') ? `'${name}'` : name;
  return text.replace(pattern, (_match, list: string, end: string) => `${list}  ${key}: { path: '${name}', port: ${port} },\n${end}`);
}

/** The service's database in the compose PostgreSQL (`ilenia_<name>`, underscores). */
const databaseOf = (names: Names) => `ilenia_${names.constant.toLowerCase()}`;
/** The nginx upstream and the template's variable that lists its instances. */
const upstreamOf = (names: Names) => ({ upstream: `ilenia_${names.constant.toLowerCase()}`, variable: `ILENIA_${names.constant}_SERVERS` });

/** The service's image: the build stage every deploy/*.Dockerfile shares (taken from `existing`), then its runtime. */
function dockerfileFor(names: Names, port: number, existing: string): string {
  const start = existing.indexOf('FROM node:20-bookworm AS build');
  const end = existing.indexOf('FROM node:20-bookworm-slim AS runtime');
  if (start < 0 || end < start) throw new NewServiceError('deploy/events.Dockerfile: cannot find its build and runtime stages.');
  return `# syntax=docker/dockerfile:1
# ${names.name}: the ${names.name} service.
# Build from the repository root: docker build -f deploy/${names.name}.Dockerfile .
# The build stage is the same in every deploy/*.Dockerfile (scripts/build/check-deploy checks it), so
# BuildKit builds it once for all images.
${existing.slice(start, end)}FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=${port}
WORKDIR /app
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist/${names.name} ./dist/${names.name}
USER node
EXPOSE ${port}
# Liveness only: /ready also checks the database and upstreams, which compose uses for start order.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \\
  CMD ["node", "-e", "fetch(\`http://127.0.0.1:\${process.env.PORT}/health\`).then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/${names.name}/main.js"]
`;
}

/** Adds the service's container to what both modes run, after the last service. */
export function registerInComposeBase(text: string, names: Names, port: number): string {
  const anchor = '\nnetworks:\n';
  if (!text.includes(anchor)) throw new NewServiceError('deploy/compose.base.yaml: cannot find the end of its services (networks:).');
  const service = `
  # The ${names.name} service (port ${port}, its database ${databaseOf(names)}).
  ${names.name}:
    <<: *service-defaults
    image: ilenia/${names.name}:\${ILENIA_TAG:-latest}
    build: { context: .., dockerfile: deploy/${names.name}.Dockerfile }
    environment:
      <<: *service-environment
      DATABASE_URL: postgresql://ilenia:\${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in deploy/.env}@postgres:5432/${databaseOf(names)}
    depends_on:
      postgres: { condition: service_healthy }
      auth: { condition: service_healthy }
`;
  return text.replace(anchor, `${service}${anchor}`);
}

/** In a mode file, gives nginx the service's instances and makes it wait for the service. */
export function registerInComposeGateway(text: string, names: Names, port: number): string {
  const nginxStart = text.indexOf('\n  nginx:\n');
  if (nginxStart < 0) throw new NewServiceError('a compose mode file has no nginx service.');
  const head = text.slice(0, nginxStart);
  let nginx = text.slice(nginxStart);
  const servers = [...nginx.matchAll(/^ {6}ILENIA_[A-Z0-9_]+_SERVERS: [^\n]*\n/gm)].at(-1);
  const dependencies = /^ {4}depends_on:\n(?: {6}[a-z0-9-]+: \{ condition: service_healthy \}\n)+/m.exec(nginx);
  if (!servers || !dependencies)
    throw new NewServiceError("a compose mode file's nginx has no ILENIA_*_SERVERS or depends_on to add the service to.");
  const dependenciesEnd = dependencies.index + dependencies[0].length;
  nginx = `${nginx.slice(0, dependenciesEnd)}      ${names.name}: { condition: service_healthy }\n${nginx.slice(dependenciesEnd)}`;
  const serversEnd = servers.index + servers[0].length;
  nginx = `${nginx.slice(0, serversEnd)}      ${upstreamOf(names).variable}: server ${names.name}:${port};\n${nginx.slice(serversEnd)}`;
  return head + nginx;
}

/** Adds the service's upstream after the last one and its /api/<name>/ location after the last service's. */
export function registerInNginxTemplate(text: string, names: Names): string {
  const { upstream, variable } = upstreamOf(names);
  const lastUpstream = [...text.matchAll(/^upstream ilenia_[a-z0-9_]+ \{\n(?: {4}[^\n]*\n)*\}\n/gm)].at(-1);
  const lastLocation = [
    ...text.matchAll(/^ {4}location \/api\/[a-z0-9-]+\/ \{\n(?: {8}[^\n]*\n)*? {8}proxy_pass http:\/\/ilenia_[a-z0-9_]+\/;\n {4}\}\n/gm),
  ].at(-1);
  if (!lastUpstream || !lastLocation)
    throw new NewServiceError("deploy/nginx/ilenia.conf.template: cannot find the upstreams and the services' locations.");
  const location = `    location /api/${names.name}/ {\n        include ilenia/api.conf;\n        proxy_redirect / /api/${names.name}/;\n        proxy_pass http://${upstream}/;\n    }\n`;
  const upstreamBlock = `upstream ${upstream} {\n    \${${variable}}\n    keepalive 16;\n}\n`;
  const locationEnd = lastLocation.index + lastLocation[0].length;
  const upstreamEnd = lastUpstream.index + lastUpstream[0].length;
  return `${text.slice(0, upstreamEnd)}${upstreamBlock}${text.slice(upstreamEnd, locationEnd)}${location}${text.slice(locationEnd)}`;
}

/** Adds `<name>: root: specs/openapi/<name>/openapi.yaml` at the end of the OpenAPI entries of `apis:`. */
function registerInRedocly(text: string, name: string): string {
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
function registerInApis(text: string, name: string): string {
  const pattern = /(export const openApiApis = \[)([^\]]*)(\] as const;)/;
  if (!pattern.test(text)) throw new NewServiceError('scripts/generate/apis.ts: cannot find openApiApis.');
  return text.replace(pattern, (_match, start: string, list: string, end: string) => `${start}${list.trimEnd()}, '${name}'${end}`);
}

/** Appends the service to the services `make dev` starts. */
function registerInDev(text: string, name: string, port: number): string {
  const pattern = /(const services = \[\n(?: {2}\{[^\n]*\},\n)*)(\];)/;
  if (!pattern.test(text)) throw new NewServiceError('scripts/dev.ts: cannot find the services list.');
  return text.replace(pattern, (_match, list: string, end: string) => `${list}  { name: '${name}', port: ${port} + portOffset },\n${end}`);
}

/** Every file of the new service and its spec, by path. */
function serviceFiles(
  names: Names,
  port: number,
  rootPackage: { dependencies: Record<string, string>; devDependencies: Record<string, string> },
): Record<string, string> {
  const { name, camel, pascal, constant, title, audience, packageName } = names;
  const packageJson = {
    name: packageName,
    version: '0.1.0',
    private: true,
    type: 'module',
    exports: { './*': './src/*.ts', './test/*': './test/*.ts' },
    dependencies: {
      '@ilenia/generated': '*',
      '@ilenia/kit': '*',
      express: rootPackage.dependencies.express,
      kysely: rootPackage.dependencies.kysely,
      pino: rootPackage.dependencies.pino,
    },
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

/** The \`aud\` the ${name} service's access tokens must carry (specs/permissions.yaml \`apis\` names it for auth). */
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

Kysely queries, one \`<thing>-repository.ts\` per file: a \`<Thing>Repository\` class made on what it runs on
(\`new ThingRepository(db)\`, or \`new ThingRepository(transaction)\` inside \`db.transaction()\`), as in every
service (services/README.md).
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
