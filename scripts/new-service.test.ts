/**
 * `make new-service` into a copy of the files it touches: the new service's spec lints clean (Redocly
 * strict and the house conventions), it is registered wherever APIs are listed, and its rooms
 * type-check against the server code generated from that spec; it ships (image, compose, nginx, auth's
 * audiences, the web app's gateway paths and Vite's proxy). Nothing is written into this repository.
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
import { parseDockerfile } from './build/check-deploy/dockerfile.js';
import { nginxAvailable, selfSignedCertificate } from './edge/nginx-process.js';
import { settingsFromEnvironment, substitute, templateVariables, type GatewaySettings } from './edge/render-nginx-config.js';
import {
  createNewService,
  namesOf,
  NewServiceError,
  registerInAuthAudiences,
  registerInComposeBase,
  registerInComposeGateway,
  registerInGatewayServices,
  registerInNginxTemplate,
} from './new-service.js';

const run = promisify(execFile);
/** The gateway's settings for the five services it has always had (scripts/edge/render-nginx-config.test.ts). */
const gatewaySettings: GatewaySettings = {
  serverName: 'ilenia.example.org',
  httpPort: 80,
  httpsPort: 443,
  publicOrigin: 'https://ilenia.example.org',
  certificate: '/etc/letsencrypt/live/ilenia.example.org/fullchain.pem',
  certificateKey: '/etc/letsencrypt/live/ilenia.example.org/privkey.pem',
  acmeWebroot: '/var/www/certbot',
  webRoot: '/srv/ilenia/web',
  docsRoot: '/srv/ilenia/portal',
  upstreams: {
    auth: ['127.0.0.1:8081'],
    events: ['127.0.0.1:8083'],
    liveEvent: ['127.0.0.1:8082'],
    livekitProvider: ['127.0.0.1:8086'],
    liveService: ['127.0.0.1:8092'],
  },
  corsOrigins: [],
  credentialsPerMinute: 10,
  credentialsBurst: 10,
  apiPerSecond: 20,
};
const name = 'sample-room';
const port = 8199;
let scratch: string;

/** A copy of what `make new-service` reads and writes, with this repository's node_modules. */
async function repositoryCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ilenia-new-service-'));
  for (const entry of [
    'specs',
    'redocly.yaml',
    'package.json',
    'tsconfig.json',
    'scripts/dev.ts',
    'scripts/generate/apis.ts',
    'web/src/api/gateway-services.ts',
    'web/vite.config.ts',
    'deploy',
  ]) {
    await cp(path.join(repositoryRoot, entry), path.join(dir, entry), { recursive: true });
  }
  await symlink(path.join(repositoryRoot, 'node_modules'), path.join(dir, 'node_modules'));
  await symlink(path.join(repositoryRoot, 'web', 'node_modules'), path.join(dir, 'web', 'node_modules'));
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
    expect(written).toEqual(
      expect.arrayContaining([
        `specs/openapi/${name}/openapi.yaml`,
        `services/${name}/package.json`,
        `services/${name}/src/main.ts`,
        `services/${name}/src/app.ts`,
        `services/${name}/src/config.ts`,
        `services/${name}/src/create-${name}.ts`,
        `services/${name}/src/handlers/index.ts`,
        `services/${name}/src/db/migrations/index.ts`,
      ]),
    );

    // Registered wherever the APIs and services are listed.
    const { openApiApis } = (await import(path.join(scratch, 'scripts/generate/apis.ts'))) as { openApiApis: readonly string[] };
    expect(openApiApis).toEqual(expect.arrayContaining(['auth', 'events', name]));
    const redoclyConfig = parseYaml(await readFile(path.join(scratch, 'redocly.yaml'), 'utf8')) as {
      apis: Record<string, { root: string }>;
    };
    expect(redoclyConfig.apis[name]).toEqual({ root: `specs/openapi/${name}/openapi.yaml` });
    const rootPackage = JSON.parse(await readFile(path.join(scratch, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(rootPackage.scripts[`start:${name}`]).toBe(`tsx services/${name}/src/main.ts`);
    expect(await readFile(path.join(scratch, 'scripts/dev.ts'), 'utf8')).toContain(`{ name: '${name}', port: ${port} + portOffset },`);
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
    const typecheck = await run(path.join(repositoryRoot, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.service.json'], {
      cwd: scratch,
    }).then(
      () => '',
      (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
    );
    expect(typecheck).toBe('');
  });

  it(
    "ships it: an image, a container nginx waits for, an upstream and /api/<name>/ location nginx accepts, its audience from auth, the web app's path and Vite's proxy",
    { timeout: 60_000 },
    async () => {
      const text = (file: string) => readFile(path.join(scratch, file), 'utf8');
      const manifest = JSON.parse(await text('package.json')) as { scripts: Record<string, string> };
      expect(manifest.scripts[`start:prod:${name}`]).toBe(`node dist/${name}/main.js`);

      // The image: the shared build stage, then what make build makes for this service, on its port.
      const stages = parseDockerfile(await text(`deploy/${name}.Dockerfile`));
      expect(stages.find((stage) => stage.name === 'build')!.text).toBe(
        parseDockerfile(await text('deploy/events.Dockerfile')).find((stage) => stage.name === 'build')!.text,
      );
      const runtime = stages.at(-1)!;
      expect(runtime.instructions.findLast((instruction) => instruction.keyword === 'CMD')!.arguments).toBe(
        `["node", "dist/${name}/main.js"]`,
      );
      expect(runtime.instructions.map((instruction) => instruction.arguments)).toEqual(
        expect.arrayContaining([`NODE_ENV=production PORT=${port}`, `--from=build /src/dist/${name} ./dist/${name}`, 'node']),
      );

      // Compose: the container in both modes, with its own database, and nginx given its instances and waiting for it.
      type Compose = {
        services: Record<
          string,
          { build?: { dockerfile: string }; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }> }
        >;
      };
      const compose = (file: string) => text(file).then((yaml) => parseYaml(yaml, { merge: true }) as Compose);
      const service = (await compose('deploy/compose.base.yaml')).services[name]!;
      expect(service.build?.dockerfile).toBe(`deploy/${name}.Dockerfile`);
      expect(service.environment?.DATABASE_URL).toMatch(/@postgres:5432\/ilenia_sample_room$/);
      expect(await text('deploy/postgres/create-databases.sql')).toContain('CREATE DATABASE ilenia_sample_room;\n');
      for (const mode of ['deploy/compose.websocket.yaml', 'deploy/compose.livekit.yaml']) {
        const nginx = (await compose(mode)).services.nginx!;
        expect(nginx.environment?.ILENIA_SAMPLE_ROOM_SERVERS, mode).toBe(`server ${name}:${port};`);
        expect(nginx.depends_on?.[name], mode).toEqual({ condition: 'service_healthy' });
      }

      // nginx: the template needs the service's instances, routes /api/<name>/ to them, and nginx accepts it.
      const template = await text('deploy/nginx/ilenia.conf.template');
      expect(() => substitute(template, templateVariables(gatewaySettings))).toThrow(/ILENIA_SAMPLE_ROOM_SERVERS/);
      const upstreams = settingsFromEnvironment({
        ILENIA_SERVER_NAME: 'ilenia.example.org',
        ILENIA_SAMPLE_ROOM_UPSTREAMS: '127.0.0.1:8199',
      }).upstreams;
      expect(upstreams.sampleRoom).toEqual(['127.0.0.1:8199']);
      const rendered = substitute(
        template,
        templateVariables({ ...gatewaySettings, upstreams: { ...gatewaySettings.upstreams, sampleRoom: upstreams.sampleRoom! } }),
      );
      expect(rendered).toMatch(/upstream ilenia_sample_room \{\n {4}server 127\.0\.0\.1:8199;\n {4}keepalive 16;\n\}/);
      expect(rendered).toMatch(/location \/api\/sample-room\/ \{[^}]*proxy_pass http:\/\/ilenia_sample_room\/;/);
      if (nginxAvailable()) {
        const prefix = path.join(scratch, 'nginx');
        await cp(path.join(scratch, 'deploy/nginx'), path.join(prefix, 'ilenia'), { recursive: true });
        const { certificate, key } = await selfSignedCertificate(prefix);
        const testSettings = {
          ...gatewaySettings,
          upstreams: { ...gatewaySettings.upstreams, sampleRoom: upstreams.sampleRoom! },
          certificate,
          certificateKey: key,
          httpPort: 18080,
          httpsPort: 18443,
        };
        await writeFile(path.join(prefix, 'ilenia', 'ilenia.conf'), substitute(template, templateVariables(testSettings)));
        await writeFile(
          path.join(prefix, 'nginx.conf'),
          `pid ${prefix}/nginx.pid; error_log stderr; events {} http { include /etc/nginx/mime.types; include ${prefix}/ilenia/ilenia.conf; }\n`,
        );
        const { stderr } = await run('/usr/sbin/nginx', ['-t', '-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr']);
        expect(stderr).toMatch(/test is successful/);
      }

      // auth issues its audience; the web app and Vite's proxy reach it at /api/<name> on its port.
      expect(await text('specs/permissions.yaml')).toMatch(
        /\napis:\n(?: {2,}[^\n]*\n)* {2}sample-room:\n {4}audience: sample-room-service\n/,
      );
      const { gatewayServices } = (await import(path.join(scratch, 'web/src/api/gateway-services.ts'))) as {
        gatewayServices: Record<string, { path: string; port: number }>;
      };
      expect(gatewayServices[name]).toEqual({ path: name, port });
      const viteConfig = (await import(path.join(scratch, 'web/vite.config.ts'))) as {
        default: { server: { proxy: Record<string, { target: string }> } };
      };
      expect(viteConfig.default.server.proxy[`/api/${name}`]?.target).toBe(`http://localhost:${port}`);
    },
  );

  it('refuses text it cannot find its place in, rather than registering the service nowhere', () => {
    const names = namesOf('fresh');
    expect(() => registerInAuthAudiences('roles: {}\n', names.name, names.audience)).toThrow(NewServiceError);
    expect(() => registerInGatewayServices('export const services = {};', names.name, 8198)).toThrow(NewServiceError);
    expect(() => registerInComposeBase('services: {}\n', names, 8198)).toThrow(NewServiceError);
    expect(() => registerInComposeGateway('services:\n  auth:\n    image: x\n', names, 8198)).toThrow(NewServiceError);
    expect(() => registerInNginxTemplate('server {}\n', names)).toThrow(NewServiceError);
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
