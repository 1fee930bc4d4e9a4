/**
 * Screenshots of the manager view (create and edit, English and Spanish, 390 and 1280 px), for people
 * to look at (not a test). With `make dev` running: `node_modules/.bin/tsx web/e2e/manage-shots.ts
 * <event_id> [out-dir]`, the event being one the demo manager organises (e.g. made by manage.e2e.ts).
 */
import { chromium } from 'playwright-core';
import { demoPassword } from './flows/manage.js';

const base = process.env.WEB_URL ?? 'http://localhost:5173';
const eventId = process.argv[2];
const out = process.argv[3] ?? '/tmp/ilenia-web-shots';
if (!eventId) throw new Error('usage: manage-shots.ts <event_id> [out-dir]');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/en/login`);
    await page.getByLabel('Email').fill('manager@ilenia.dev');
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/en/`);
    await page.screenshot({ path: `${out}/home-manager-${width}.png`, fullPage: true });
    for (const lang of ['en', 'es']) {
      await page.goto(`${base}/${lang}/manage/new`);
      await page.locator('#event-title').waitFor();
      await page.screenshot({ path: `${out}/manage-new-${lang}-${width}.png`, fullPage: true });
      await page.locator('#event-timezone').fill('new');
      await page.screenshot({ path: `${out}/manage-new-zones-${lang}-${width}.png` });
      await page.goto(`${base}/${lang}/manage/${eventId}`);
      await page.locator('#event-title').waitFor();
      await page.locator('[data-status]').waitFor();
      await page.screenshot({ path: `${out}/manage-edit-${lang}-${width}.png`, fullPage: true });
      await page.getByRole('button', { name: lang === 'en' ? 'Add a channel' : 'Añadir un canal' }).click();
      await page.getByRole('combobox', { name: lang === 'en' ? 'Spoken language' : 'Idioma hablado' }).fill('port');
      await page.screenshot({ path: `${out}/manage-channel-${lang}-${width}.png`, fullPage: true });
    }
    // A stale save: a second tab renames the event, then this one saves its own title.
    const other = await context.newPage();
    await other.goto(`${base}/en/manage/${eventId}`);
    await page.goto(`${base}/en/manage/${eventId}`);
    await page.locator('#event-title').waitFor();
    await other.locator('#event-title').fill(`Renamed ${Date.now()}`);
    await other.getByRole('button', { name: 'Save details' }).click();
    await other.getByText('Saved.').waitFor();
    await page.locator('#event-title').fill('My own title');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('button', { name: 'Reload the event' }).waitFor();
    await page.screenshot({ path: `${out}/manage-conflict-en-${width}.png` });
    await page.getByRole('button', { name: 'Reload the event' }).click();
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
