import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rootSpecPath } from './apis.js';
import { buildAsyncApiDocs } from './asyncapi-docs.js';

const run = promisify(execFile);
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const chromiumPath = '/usr/bin/chromium';

let workDir: string;
let page: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'asyncapi-docs-'));
  const specFile = path.join(workDir, 'live-event-ws.json');
  await run(path.join(repositoryRoot, 'node_modules/.bin/redocly'), ['bundle', 'live-event-ws', '--ext', 'json', '-o', specFile], {
    cwd: repositoryRoot,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  });
  page = path.join(workDir, 'docs', 'live-event-ws.html');
  await buildAsyncApiDocs({ specFile, outFile: page, source: rootSpecPath('live-event-ws') });
  await buildAsyncApiDocs({ specFile, outFile: path.join(workDir, 'again.html'), source: rootSpecPath('live-event-ws') });
}, 60_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('buildAsyncApiDocs', () => {
  it('writes one self-contained page: no external script, stylesheet or font', async () => {
    const html = await readFile(page, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<!--\n  GENERATED FILE - DO NOT EDIT.')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toContain('AsyncApiStandalone.render(');
    expect(html).toContain('Close code reference');
  });

  it('is byte-identical when built twice', async () => {
    expect(await readFile(path.join(workDir, 'again.html'), 'utf8')).toBe(await readFile(page, 'utf8'));
  });

  it.skipIf(!existsSync(chromiumPath))(
    'renders the protocol in headless Chromium with the network blocked',
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      try {
        const tab = await browser.newPage();
        const external: string[] = [];
        await tab.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
          external.push(url);
          return route.abort();
        });
        await tab.goto(pathToFileURL(page).href);
        // A string, evaluated in the page: this file is type-checked without the DOM library.
        await tab.waitForFunction("document.getElementById('asyncapi')?.innerText.includes('subtitle_final')", undefined, {
          timeout: 20_000,
        });
        const text = await tab.locator('#asyncapi').innerText();
        for (const expected of ['Ilenia Live Event WebSocket protocol', 'audio_config', 'TicketInvalid', 'resume_from']) {
          expect(text).toContain(expected);
        }
        expect(external).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
