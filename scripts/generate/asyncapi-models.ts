/**
 * Generates the WebSocket message models of the live-event protocol (messages.ts, schemas.ts,
 * validators.ts) from its bundled AsyncAPI spec, with the local generator template in
 * templates/asyncapi-ws-models. The output depends on ajv and ajv-formats only.
 */
import { createRequire } from 'node:module';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { generatedBanner } from './banner.js';

const require = createRequire(import.meta.url);

/** The part of @asyncapi/generator (CommonJS, untyped) this script uses. */
interface AsyncApiGenerator {
  generateFromFile(file: string): Promise<unknown>;
}
type AsyncApiGeneratorConstructor = new (
  templatePath: string,
  targetDir: string,
  options: {
    forceWrite: boolean;
    install: boolean;
    templateParams: Record<string, string>;
    disabledHooks?: Record<string, boolean | string | string[]>;
  },
) => AsyncApiGenerator;

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The local generator template (a folder, never an npm name: those need a registry). */
export const WEBSOCKET_MODELS_TEMPLATE = path.join(repositoryRoot, 'templates/asyncapi-ws-models');

export interface GenerateWebSocketModelsOptions {
  /** The bundled AsyncAPI spec (JSON or YAML), e.g. the output of `redocly bundle live-event-ws`. */
  specFile: string;
  /** Where messages.ts, schemas.ts and validators.ts go, e.g. generated/asyncapi/live-event. */
  outDir: string;
  /** The root spec named in the banner, e.g. `rootSpecPath('live-event-ws')` (scripts/generate/apis.ts). */
  source: string;
}

/**
 * Runs @asyncapi/generator with the local template, offline. The template transpiles itself into
 * templates/asyncapi-ws-models/__transpiled (gitignored), so two runs must not overlap.
 */
export async function generateWebSocketModels(options: GenerateWebSocketModelsOptions): Promise<void> {
  const Generator = require('@asyncapi/generator') as AsyncApiGeneratorConstructor;
  const outDir = path.resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const generator = new Generator(WEBSOCKET_MODELS_TEMPLATE, outDir, {
    forceWrite: true,
    install: false,
    templateParams: { banner: generatedBanner(options.source) },
  });
  await withTemplateLock(() => generator.generateFromFile(path.resolve(options.specFile)));
}

const lockDir = path.join(WEBSOCKET_MODELS_TEMPLATE, '.generate.lock');

/**
 * Serialises runs across processes (tests run in parallel; a developer may run `make generate`
 * meanwhile): they would otherwise write the template's __transpiled/ folder at the same time.
 * `mkdir` is atomic; a lock older than two minutes is left over from a killed run and is taken over.
 */
async function withTemplateLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lockDir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 120_000) await rm(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`Another generation holds ${lockDir}; remove it if no generation is running.`, { cause: error });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
