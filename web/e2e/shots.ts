/**
 * Screenshots of every view at a phone's and a laptop's width, for people to look at (not a test).
 * With `make dev` running: `node_modules/.bin/tsx web/e2e/shots.ts [out-dir]`.
 */
import { chromium, type Page } from 'playwright-core';

const base = process.env.WEB_URL ?? 'http://localhost:5173';
const out = process.argv[2] ?? '/tmp/ilenia-web-shots';
const demoEventId = '00000000-0000-4000-8000-0000000000e1';
const demoChannelId = '00000000-0000-4000-8000-0000000000c1';

async function signIn(page: Page, email: string, lang = 'en') {
  await page.goto(`${base}/${lang}/login`);
  await page.getByLabel(lang === 'en' ? 'Email' : 'Correo electrónico').fill(email);
  await page.getByLabel(lang === 'en' ? 'Password' : 'Contraseña').fill('ilenia-demo-2026');
  await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'Entrar' }).click();
  await page.waitForURL(`${base}/${lang}/`);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/en/login`);
    await page.screenshot({ path: `${out}/login-${width}.png` });
    await signIn(page, 'speaker1@ilenia.dev');
    await page
      .getByRole('link', { name: /Speak on/ })
      .first()
      .waitFor();
    await page.screenshot({ path: `${out}/home-speaker-${width}.png`, fullPage: true });
    await page.goto(`${base}/es/speak/${demoEventId}/${demoChannelId}`);
    await page.getByText('Canal').first().waitFor();
    await page.screenshot({ path: `${out}/speak-${width}.png` });
    await context.close();

    const listenerContext = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 } });
    const listener = await listenerContext.newPage();
    await signIn(listener, 'listener1@ilenia.dev', 'es');
    await listener.getByRole('link', { name: 'Seguir' }).first().waitFor();
    await listener.screenshot({ path: `${out}/home-listener-${width}.png`, fullPage: true });
    await listener.goto(`${base}/es/listen/${demoEventId}`);
    await listener
      .getByText(/Conectado|Desconectado/)
      .first()
      .waitFor();
    await listener.screenshot({ path: `${out}/listen-${width}.png` });
    await listener.getByLabel('Tema').selectOption('dark');
    await listener.screenshot({ path: `${out}/listen-dark-${width}.png` });
    await listener.getByLabel('Tema').selectOption('contrast');
    await listener.screenshot({ path: `${out}/listen-contrast-${width}.png` });
    await listener.getByLabel('Tema').selectOption('light');
    await listener.getByRole('button', { name: 'Pantalla completa' }).click();
    await listener.getByRole('button', { name: 'Salir de pantalla completa' }).waitFor();
    await listener.screenshot({ path: `${out}/listen-fullscreen-${width}.png` });
    await listenerContext.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
