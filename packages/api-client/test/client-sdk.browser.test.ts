/**
 * The generated SDK runs in a browser: it is bundled for the browser (any Node import would fail
 * the bundle) and called from a page in headless Chromium against a mock service of the same origin.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import express from 'express';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventsMockHandlers, createEventsRouter, eventsOperations } from '@ilenia/generated/openapi/events/server';
import { createServiceApp } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import { mockBearerAuthenticator } from '@ilenia/kit/openapi';

const chromiumPath = '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium && process.env.CI === 'true') throw new Error(`CI needs Chromium at ${chromiumPath} (apt-get install chromium).`);

const pageScript = `
import { createEventsClient } from '@ilenia/api-client/events';
import { unwrap, ProblemError } from '@ilenia/api-client';
const events = createEventsClient({ baseUrl: location.origin, accessToken: () => 'browser-token' });
const page = await unwrap(events.listEvents({ params: { query: { limit: 5 } } }));
let problem = null;
try {
  await unwrap(createEventsClient({ baseUrl: location.origin }).getEvent({ params: { path: { event_id: page.items[0].id } } }));
} catch (error) {
  problem = error instanceof ProblemError ? { status: error.status, title: error.problem.title } : String(error);
}
window.result = { firstTitle: page.items[0].title, total: page.total, problem };
`;

describe.skipIf(!haveChromium)('generated client SDK in a browser', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: pageScript, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
    });
    const app = createServiceApp({
      logger: createLogger({ service: 'test', level: 'silent' }),
      routers: [
        createEventsRouter({
          handlers: createEventsMockHandlers(),
          authenticators: { bearerAuth: mockBearerAuthenticator(eventsOperations) },
        }),
      ],
    });
    const host = express();
    host.get('/', (_request, response) => response.type('html').send('<!doctype html><script type="module" src="/sdk.js"></script>'));
    host.get('/sdk.js', (_request, response) => response.type('js').send(bundle.outputFiles[0]!.text));
    host.use(app);
    server = await new Promise<Server>((resolve) => {
      const listening = host.listen(0, '127.0.0.1', () => resolve(listening));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('calls the API with the token, and turns a failure into a ProblemError', async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => 'result' in window, undefined, { timeout: 15_000 });
      const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
      expect(errors).toEqual([]);
      expect(result).toEqual({
        firstTitle: 'Open Science Summit 2026 — Keynote',
        total: expect.any(Number) as unknown,
        problem: { status: 401, title: 'Authentication required' },
      });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
