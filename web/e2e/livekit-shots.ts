/**
 * Screenshots of the LiveKit views (speak, listen) at 390 and 1280 px in English and Spanish, with the
 * axe check on each, for people to look at (not a test). There is no LiveKit server here, so the page
 * gets a scripted room (livekit-shots/scripted-livekit.ts) in place of livekit-client's, through the
 * Vite dev server; the services are the real ones of `make dev` (livekit-provider and live-service
 * run in mock mode, answering from their spec examples: no LiveKit server runs here).
 * With `VITE_BROADCAST_LIVEKIT=true USE_LIVEKIT_PROVIDER_MOCK=true USE_LIVE_SERVICE_MOCK=true make dev` running: `WEB_URL=<app url> node_modules/.bin/tsx web/e2e/livekit-shots.ts [out-dir]`.
 */
import { chromium, type Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility.js';

const base = process.env.WEB_URL ?? 'http://localhost:5173';
const out = process.argv[2] ?? '/tmp/ilenia-livekit-shots';
const demoEventId = '00000000-0000-4000-8000-0000000000e1';
const demoChannelId = '00000000-0000-4000-8000-0000000000c1';
const ui = {
  en: {
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    start: 'Start',
    listen: /Tap to listen/,
    captionsDone: 'Every dataset we publish should say where it came from.',
    spanishDone: 'Cada conjunto de datos que publicamos debería decir de dónde viene.',
    mute: 'Mute',
    unmute: 'Unmute',
  },
  es: {
    email: 'Correo electrónico',
    password: 'Contraseña',
    signIn: 'Entrar',
    start: 'Empezar',
    listen: /Toca para escuchar/,
    captionsDone: 'Every dataset we publish should say where it came from.',
    spanishDone: 'Cada conjunto de datos que publicamos debería decir de dónde viene.',
    mute: 'Silenciar',
    unmute: 'Activar micrófono',
  },
} as const;

async function signIn(page: Page, email: string, lang: 'en' | 'es') {
  await page.goto(`${base}/${lang}/login`);
  await page.getByLabel(ui[lang].email).fill(email);
  await page.getByLabel(ui[lang].password).fill('ilenia-demo-2026');
  await page.getByRole('button', { name: ui[lang].signIn }).click();
  await page.waitForURL(`${base}/${lang}/`);
}

/** Puts the scripted room where the views import livekit-client's. */
async function scriptRoom(page: Page) {
  await page.route(/\/src\/broadcast\/livekit\/browser-livekit\.ts/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "export { browserLiveKit } from '/e2e/livekit-shots/scripted-livekit.ts';" }),
  );
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
});
try {
  for (const lang of ['en', 'es'] as const) {
    for (const width of [390, 1280]) {
      const viewport = { width, height: width < 500 ? 844 : 800 };
      const speakerContext = await browser.newContext({ viewport, permissions: ['microphone'] });
      const speaker = await speakerContext.newPage();
      await scriptRoom(speaker);
      await signIn(speaker, 'speaker1@ilenia.dev', lang);
      await speaker.goto(`${base}/${lang}/speak/${demoEventId}/${demoChannelId}`);
      await speaker.getByRole('button', { name: ui[lang].start }).click();
      await speaker.getByText(ui[lang].captionsDone).waitFor();
      await speaker.getByTestId('session-status').waitFor();
      await checkAccessibility(speaker, `livekit speak (${lang}, ${width})`);
      await speaker.screenshot({ path: `${out}/livekit-speak-${lang}-${width}.png` });
      await speaker.getByRole('button', { name: ui[lang].mute }).click();
      await speaker.getByRole('button', { name: ui[lang].unmute }).waitFor();
      await speaker.screenshot({ path: `${out}/livekit-speak-muted-${lang}-${width}.png` });
      await speakerContext.close();

      const listenerContext = await browser.newContext({ viewport });
      const listener = await listenerContext.newPage();
      await scriptRoom(listener);
      await signIn(listener, 'listener1@ilenia.dev', lang);
      await listener.goto(`${base}/${lang}/listen/${demoEventId}?language=es`);
      await listener.getByText(ui[lang].spanishDone).waitFor();
      await checkAccessibility(listener, `livekit listen (${lang}, ${width})`);
      await listener.screenshot({ path: `${out}/livekit-listen-${lang}-${width}.png` });
      await listener.getByRole('button', { name: ui[lang].listen }).click();
      await listener.getByTestId('listen-audio').getByRole('status').waitFor();
      await listener.screenshot({ path: `${out}/livekit-listen-playing-${lang}-${width}.png` });
      // The source language: the speaker's own track and the English captions, on the same connection.
      await listener.getByTestId('language-picker').selectOption('en');
      await listener.getByText(ui[lang].captionsDone).waitFor();
      await listener.screenshot({ path: `${out}/livekit-listen-original-${lang}-${width}.png` });
      // Before the speaker arrives: the room is joined, nobody publishes yet.
      await listener.goto(`${base}/${lang}/listen/${demoEventId}?language=es&scene=before`);
      await listener.getByTestId('speaker-absent').waitFor();
      await checkAccessibility(listener, `livekit listen before the speaker (${lang}, ${width})`);
      await listener.screenshot({ path: `${out}/livekit-listen-before-speaker-${lang}-${width}.png` });
      await listenerContext.close();

      // The manager's sessions section in LiveKit mode (live-service's mock answers from its spec examples).
      const managerContext = await browser.newContext({ viewport });
      const manager = await managerContext.newPage();
      await signIn(manager, 'manager@ilenia.dev', lang);
      await manager.goto(`${base}/${lang}/manage/${demoEventId}`);
      const sessions = manager.getByRole('region', { name: lang === 'en' ? 'Sessions' : 'Sesiones' });
      await sessions.getByRole('article').first().waitFor();
      await sessions
        .getByRole('button', { name: lang === 'en' ? 'Details' : 'Detalles' })
        .first()
        .click();
      await sessions
        .getByText(lang === 'en' ? 'Transcripts' : 'Transcripciones')
        .first()
        .waitFor();
      await checkAccessibility(manager, `livekit manage sessions (${lang}, ${width})`);
      await sessions.screenshot({ path: `${out}/livekit-manage-sessions-${lang}-${width}.png` });
      await sessions
        .getByRole('button', { name: lang === 'en' ? 'Stop' : 'Detener' })
        .first()
        .click();
      await sessions.screenshot({ path: `${out}/livekit-manage-stop-confirm-${lang}-${width}.png` });
      await managerContext.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
