/**
 * End to end, against the running platform (`make dev`): the demo listener signs in through a deep
 * link, switches the captions to English (the source: no translation engine between the speaker and
 * the page) on the open connection, and reads the captions of what the demo speaker says
 * (`scripts/demo-talk.ts` speaks flite English in real time). Every step waits for what the page shows,
 * never for a fixed time. `make web-e2e` runs it; it ends with "N passed, N failed".
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.env.WEB_URL ?? 'http://localhost:5173';
const shots = process.env.SHOTS_DIR;
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const demoEventId = '00000000-0000-4000-8000-0000000000e1';
/** Generous bounds for a loaded two-core machine; each wait ends as soon as its event happens. */
const stepTimeoutMs = 120_000;

function talk(text: string): Promise<number> {
  const child = spawn(path.join(repositoryRoot, 'node_modules/.bin/tsx'), ['scripts/demo-talk.ts'], { cwd: repositoryRoot, env: { ...process.env, TEXT: text }, stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

let failed = 0;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(stepTimeoutMs);
  let listenerSockets = 0;
  page.on('websocket', (socket) => {
    if (socket.url().includes('/v1/ws/listener')) listenerSockets += 1;
  });
  // A deep link while signed out goes to login, and back after signing in.
  await page.goto(`${base}/es/listen/${demoEventId}`);
  await page.waitForURL(/\/es\/login\?next=/);
  await page.getByLabel('Correo electrónico').fill('listener1@ilenia.dev');
  await page.getByLabel('Contraseña').fill('ilenia-demo-2026');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(`${base}/es/listen/${demoEventId}`);
  await page.getByRole('status').filter({ hasText: 'Conectado' }).waitFor();
  // Switch the language on the open connection (set_languages): the status must stay connected.
  await page.getByTestId('language-picker').selectOption('en');
  await page.locator('[data-testid="caption-list"][lang="en"]').waitFor();
  const before = await page.locator('[data-caption="final"]').count();

  const spoken = talk('Good morning everybody. Welcome to the open science summit.');
  await page.locator('[data-caption="final"]').nth(before).waitFor();
  const caption = (await page.locator('[data-caption="final"]').nth(before).textContent()) ?? '';
  if (!/good|morning|everybody/i.test(caption)) throw new Error(`The first caption is not what was said: "${caption}"`);
  if (listenerSockets !== 1) throw new Error(`The page opened ${listenerSockets} listener connections; switching language must not reconnect`);
  if ((await spoken) !== 0) throw new Error('The demo talk failed');
  if (shots) await page.screenshot({ path: `${shots}/listen-captions-1280.png` });

  // A reload keeps the session (refresh cookie) and replays the talk so far.
  await page.reload();
  await page.locator('[data-caption="final"]').nth(before).waitFor();
  if (shots) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/listen-captions-390.png` });
  }
  console.log(`listener read: "${caption}"`);
} catch (error) {
  failed = 1;
  console.error(error);
} finally {
  await browser.close();
}
console.log(`${1 - failed} passed, ${failed} failed`);
process.exit(failed);
