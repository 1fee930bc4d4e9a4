/**
 * The docs portal opens in Chromium with the network cut off and shows every API: each Redoc page
 * renders its operations, the AsyncAPI page renders the WebSocket protocol, the index links them all.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortal } from './build-portal.js';

const chromiumPath = '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium && process.env.CI === 'true') throw new Error(`CI needs Chromium at ${chromiumPath} (apt-get install chromium).`);

describe.skipIf(!haveChromium)('docs portal', () => {
  let outDir: string;
  let browser: Browser;
  let entries: Awaited<ReturnType<typeof buildPortal>>;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'ilenia-portal-'));
    entries = await buildPortal(outDir);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  async function openOffline(file: string) {
    const context = await browser.newContext();
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(path.join(outDir, file)).href);
    return { page, context, blocked, errors };
  }

  it('lists every API on the index page', async () => {
    const { page, context } = await openOffline('index.html');
    const links = await page.locator('li.api h2 a').allTextContents();
    expect(links).toHaveLength(6);
    expect(entries.map((entry) => entry.kind).sort()).toEqual(['AsyncAPI', 'OpenAPI', 'OpenAPI', 'OpenAPI', 'OpenAPI', 'OpenAPI']);
    await context.close();
  });

  it('renders each OpenAPI reference offline, operations included', async () => {
    for (const entry of entries.filter((item) => item.kind === 'OpenAPI')) {
      // Self-contained: the page alone can be attached to a review or mailed.
      const html = await readFile(path.join(outDir, entry.page), 'utf8');
      expect(html, entry.name).not.toMatch(/<script[^>]+\bsrc=|<link[^>]+\bhref=/i);
      const { page, context, blocked, errors } = await openOffline(entry.page);
      await page.waitForSelector('h1', { timeout: 20_000 });
      expect(await page.locator('h1').first().textContent()).toContain(entry.title);
      // Redoc lists every operation in its side menu: the health check is in every spec.
      await expect(page.getByText('Check liveness').first().isVisible()).resolves.toBeDefined();
      const operations = await page.locator('[data-section-id^="operation/"]').count();
      expect(operations, entry.name).toBeGreaterThan(2);
      expect(errors, `${entry.name} page errors`).toEqual([]);
      expect(blocked, `${entry.name} tried the network`).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('renders the WebSocket protocol (AsyncAPI) offline', async () => {
    const entry = entries.find((item) => item.kind === 'AsyncAPI')!;
    const { page, context, errors } = await openOffline(entry.page);
    await page.waitForFunction(() => document.body.innerText.includes('subscribe'), undefined, { timeout: 20_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain(entry.title);
    expect(text).toMatch(/speaker/i);
    expect(text).toMatch(/listener/i);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
