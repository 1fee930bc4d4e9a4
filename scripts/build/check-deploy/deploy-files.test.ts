/**
 * The deploy files, checked without a Docker engine (there is none here, and no compose plugin):
 * the compose files against the Compose Specification's JSON schema (vendored beside this file), every
 * `${VAR}` they use and every variable the services read listed in deploy/.env.example with no secret
 * in it, and every image they build from a Dockerfile that copies files that exist, runs what `make
 * build` produces as a non-root user, and checks health on paths the service's spec declares.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../generate/redocly.js';
import { serviceBuilds } from '../services.js';
import {
  composeFiles,
  composeModes,
  composeVariables,
  deployDir,
  environmentExample,
  interpolate,
  modeFiles,
  modeServices,
  readCompose,
  type ComposeService,
} from './compose.js';
import { commandWords, parseDockerfile, type DockerStage } from './dockerfile.js';

/** What `make build` writes besides the service bundles (web-build and docs). */
const staticBuildOutputs = ['dist/web', 'dist/portal'];

/** The variables the services' configuration readers name literally (`reader.string('NAME'`…). */
function variablesTheServicesRead(): Set<string> {
  const sourceFolders = ['packages', 'services'].flatMap((parent) =>
    readdirSync(path.join(repositoryRoot, parent)).map((name) => path.join(parent, name, 'src')),
  );
  const files = sourceFolders
    .filter((folder) => existsSync(path.join(repositoryRoot, folder)))
    .flatMap((folder) =>
      readdirSync(path.join(repositoryRoot, folder), { recursive: true, encoding: 'utf8' }).map((file) => path.join(folder, file)),
    )
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const names = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(repositoryRoot, file), 'utf8');
    for (const match of source.matchAll(
      /reader\.(?:string|optionalString|integer|boolean|url|list|addressList|oneOf)\(\s*'([A-Z][A-Z0-9_]*)'/g,
    ))
      names.add(match[1]!);
  }
  return names;
}

function dockerfileOf(service: ComposeService): { path: string; stages: DockerStage[] } {
  const file = path.join(deployDir, service.build!.context, service.build!.dockerfile);
  return { path: file, stages: parseDockerfile(readFileSync(file, 'utf8')) };
}

function pathsOfSpec(name: string): string[] {
  return Object.keys(
    (JSON.parse(readFileSync(path.join(repositoryRoot, 'generated', 'specs', `${name}.json`), 'utf8')) as { paths: object }).paths,
  );
}

function healthPath(words: string[]): string | undefined {
  return /\/(health|ready)\b/.exec(words.join(' '))?.[0];
}

const isSecret = (name: string) => /SECRET|PASSWORD|ENCRYPTION_KEY|API_KEY|TOKEN/.test(name);

describe('the compose files', () => {
  const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, 'compose-spec.json'), 'utf8')) as object;
  // The schema carries annotations Ajv's strict mode does not know (deprecated, patterns on keys).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: under NodeNext its default import is the module object.
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);

  it.each(composeFiles)('%s follows the Compose Specification schema', (file) => {
    const valid = validate(readCompose(file));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check catches a wrong file (a service with a misspelt key)', () => {
    expect(validate({ services: { auth: { image: 'x', healthcheck: { tset: ['CMD', 'true'] } } } })).toBe(false);
  });

  it('every variable they use is in .env.example, and every required secret is left empty there', () => {
    const { assigned } = environmentExample();
    for (const file of composeFiles) {
      for (const variable of composeVariables(readFileSync(path.join(deployDir, file), 'utf8'))) {
        expect(assigned.has(variable.name), `${file} uses \${${variable.name}}, missing from deploy/.env.example`).toBe(true);
        if (variable.required && /SECRET|PASSWORD|KEY|TOKEN/.test(variable.name) && !/_ID$|EMAIL/.test(variable.name)) {
          expect(assigned.get(variable.name), `${variable.name} must have no value in .env.example`).toBe('');
        }
      }
    }
  });

  it.each(composeModes)('%s refuses to start while a secret is empty', (file) => {
    const used = modeFiles(file).flatMap((part) => composeVariables(readFileSync(path.join(deployDir, part), 'utf8')));
    const secrets = [...new Set(used.map((variable) => variable.name))];
    // A secret has no default but empty (a client only LiveKit mode registers), and is required where it is needed.
    for (const variable of used.filter((candidate) => isSecret(candidate.name)))
      expect(variable.defaultValue ?? '', `${file}: \${${variable.name}} default`).toBe('');
    const services = modeServices(file);
    const everyValue = (variables: Record<string, string>) =>
      Object.values(services).flatMap((service) =>
        Object.values(service.environment ?? {}).map((value) => interpolate(String(value), variables)),
      );
    const filled = Object.fromEntries(secrets.map((name) => [name, `value-of-${name}`]));
    expect(() => everyValue(filled)).not.toThrow();
    for (const name of secrets.filter(
      (candidate) => isSecret(candidate) && used.some((variable) => variable.name === candidate && variable.required),
    )) {
      expect(() => everyValue({ ...filled, [name]: '' }), `${file} starts with ${name} empty`).toThrow(name);
    }
  });

  it('.env.example names every variable the services read', () => {
    const { mentioned } = environmentExample();
    const missing = [...variablesTheServicesRead()].filter((name) => !mentioned.has(name)).sort();
    expect(missing, 'variables read by packages/*/src or services/*/src but not in deploy/.env.example').toEqual([]);
  });

  it('mount files that exist (deploy/nginx/ is the edge work, checked once it is there)', () => {
    for (const file of composeFiles) {
      for (const [name, service] of Object.entries(readCompose(file).services ?? {})) {
        for (const volume of service.volumes ?? []) {
          const source = volume.split(':')[0]!;
          if (!source.startsWith('.')) continue;
          if ((source === './nginx' || source.startsWith('./nginx/')) && !existsSync(path.join(deployDir, 'nginx'))) continue;
          expect(existsSync(path.join(deployDir, source)), `${file} ${name} mounts ${source}`).toBe(true);
        }
      }
    }
  });

  it.each(composeModes)('%s gives nginx every variable of the gateway template', (file) => {
    const templates = existsSync(path.join(deployDir, 'nginx'))
      ? readdirSync(path.join(deployDir, 'nginx')).filter((name) => name.endsWith('.template'))
      : [];
    const needed = new Set(
      templates.flatMap((name) =>
        [...readFileSync(path.join(deployDir, 'nginx', name), 'utf8').matchAll(/\$\{(ILENIA_[A-Z0-9_]+)\}/g)].map((match) => match[1]!),
      ),
    );
    const given = Object.keys(modeServices(file).nginx?.environment ?? {});
    expect([...needed].filter((name) => !given.includes(name))).toEqual([]);
  });

  it.each(composeModes)('%s: a service waits for the readiness of what it depends on', (file) => {
    const services = modeServices(file);
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(services[dependency], `${name} depends on ${dependency}, which ${file} does not run`).toBeDefined();
        if (services[dependency]!.healthcheck) expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
      }
    }
  });
});

describe('the images', () => {
  const built = Object.entries({ ...modeServices('compose.websocket.yaml'), ...modeServices('compose.livekit.yaml') }).filter(
    ([, service]) => service.build,
  );
  const serviceNames = new Set(serviceBuilds.map((service) => service.name));

  it('every service of the platform has an image in the compose files', () => {
    for (const name of serviceNames)
      expect(
        built.map(([composeName]) => composeName),
        name,
      ).toContain(name);
  });

  it.each(built)('%s: its Dockerfile copies files that exist and runs what make build produces', (name, service) => {
    const { path: dockerfile, stages } = dockerfileOf(service);
    const context = path.join(deployDir, service.build!.context);
    const buildStage = stages.find((stage) => stage.name === 'build')!;
    expect(buildStage, `${dockerfile} has a build stage`).toBeDefined();
    expect(
      buildStage.instructions.some((instruction) => instruction.keyword === 'RUN' && /\bmake build\b/.test(instruction.arguments)),
    ).toBe(true);
    for (const stage of stages) {
      for (const instruction of stage.instructions.filter((candidate) => candidate.keyword === 'COPY')) {
        const words = instruction.arguments.split(/\s+/).filter((word) => !word.startsWith('--'));
        const sources = words.slice(0, -1);
        const fromBuild = instruction.arguments.includes('--from=build');
        for (const source of sources) {
          if (fromBuild) {
            const relative = path.relative('/src', source);
            const producedByBuild =
              staticBuildOutputs.includes(relative) ||
              [...serviceNames].some((service) => relative === `dist/${service}`) ||
              relative === 'node_modules';
            expect(producedByBuild, `${name}: COPY --from=build ${source} is not something make build or npm ci leaves in /src`).toBe(true);
          } else {
            expect(existsSync(path.join(context, source)), `${name}: COPY ${source}`).toBe(true);
          }
        }
      }
    }
    const runtime = stages.at(-1)!;
    const command = commandWords(runtime.instructions.findLast((instruction) => instruction.keyword === 'CMD')!.arguments);
    if (serviceNames.has(name)) {
      expect(runtime.from).toBe('node:20-bookworm-slim');
      expect(command).toEqual(['node', `dist/${name}/main.js`]);
      expect(
        runtime.instructions.some(
          (instruction) => instruction.keyword === 'COPY' && instruction.arguments === `--from=build /src/dist/${name} ./dist/${name}`,
        ),
      ).toBe(true);
      const user = runtime.instructions.findLast((instruction) => instruction.keyword === 'USER')?.arguments;
      expect(user, `${name} runs as a non-root user`).toBeDefined();
      expect(['root', '0']).not.toContain(user);
    } else {
      expect(command[0], `${name} runs nginx`).toBe('nginx');
    }
  });

  it('every Dockerfile has the same build stage, so BuildKit builds it once', () => {
    const buildStages = new Set(built.map(([, service]) => dockerfileOf(service).stages.find((stage) => stage.name === 'build')!.text));
    expect(buildStages.size).toBe(1);
  });

  it.each(built.filter(([name]) => serviceNames.has(name)))('%s: its health checks ask paths its spec declares', (name, service) => {
    const specPaths = pathsOfSpec(name);
    const runtime = dockerfileOf(service).stages.at(-1)!;
    const imageCheck = runtime.instructions.find((instruction) => instruction.keyword === 'HEALTHCHECK')!;
    expect(imageCheck, `${name} image has a HEALTHCHECK`).toBeDefined();
    const imagePath = healthPath(commandWords(imageCheck.arguments.slice(imageCheck.arguments.indexOf('CMD') + 3)));
    expect(imagePath).toBe('/health');
    const composePath = healthPath(service.healthcheck?.test ?? []);
    expect(composePath, `${name}: compose health check`).toBe('/ready');
    expect(specPaths).toEqual(expect.arrayContaining([imagePath, composePath]));
  });

  it('the engine images install the Debian engine packages the Makefile names (all but flite, for tests)', () => {
    const makefile = readFileSync(path.join(repositoryRoot, 'Makefile'), 'utf8');
    const enginePackages = /^ENGINE_PACKAGES := (.*)$/m
      .exec(makefile)![1]!
      .split(/\s+/)
      .filter((name) => name !== 'flite');
    for (const name of ['live-event', 'live-service']) {
      const service = built.find(([composeName]) => composeName === name)![1];
      const runs = dockerfileOf(service)
        .stages.at(-1)!
        .instructions.filter((instruction) => instruction.keyword === 'RUN')
        .map((instruction) => instruction.arguments)
        .join(' ');
      for (const debianPackage of enginePackages) expect(runs.split(/\s+/), `${name} installs ${debianPackage}`).toContain(debianPackage);
    }
  });

  it('the addresses between containers use the port each image listens on', () => {
    const imagePorts = new Map(
      built
        .filter(([name]) => serviceNames.has(name))
        .map(([name, service]) => {
          const env = dockerfileOf(service)
            .stages.at(-1)!
            .instructions.filter((instruction) => instruction.keyword === 'ENV')
            .map((instruction) => instruction.arguments)
            .join(' ');
          return [name, /\bPORT=(\d+)/.exec(env)?.[1]] as const;
        }),
    );
    for (const name of serviceNames) expect(imagePorts.get(name), `${name} image sets PORT`).toMatch(/^\d+$/);
    for (const file of composeModes) {
      const text = modeFiles(file)
        .map((part) => readFileSync(path.join(deployDir, part), 'utf8'))
        .join('\n');
      for (const match of text.matchAll(/(?:http:\/\/|server )([a-z-]+):(\d+)/g)) {
        if (imagePorts.has(match[1]!)) expect(match[2], `${file}: ${match[0]}`).toBe(imagePorts.get(match[1]!));
      }
    }
  });

  it('lists every Dockerfile in deploy/ in a compose file', () => {
    const dockerfiles = readdirSync(deployDir).filter((file) => file.endsWith('.Dockerfile'));
    const used = new Set(built.map(([, service]) => path.basename(service.build!.dockerfile)));
    expect(dockerfiles.filter((file) => !used.has(file))).toEqual([]);
  });
});
