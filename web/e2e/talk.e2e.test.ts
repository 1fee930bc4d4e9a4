/**
 * A talk end to end: the demo speaker's page speaks through Chromium's fake microphone and the demo
 * listener's page reads the Spanish captions and downloads the transcript; a dropped speaker
 * connection resumes the same session; a listener whose connection drops misses nothing.
 * Every step waits for what the pages show (or the sockets carry), never for a fixed time.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { expectContiguous, shownFinals, waitForFinalAfter } from './flows/captions.js';
import { chooseCaptionLanguage, countListenerSockets, openListenerView } from './flows/listen.js';
import { useListenerViewWithKeyboard } from './flows/listen-keyboard.js';
import { endTalk, startTalking } from './flows/speak.js';
import { checkAccessibility } from './support/accessibility.js';
import { screenshot } from './support/artefacts.js';
import { launchChromium, stepTimeoutMs } from './support/browser.js';
import { speechWav } from './support/speech.js';
import { demoTalk } from './support/talk.js';

const stack = inject('stack');
const missing = inject('e2eMissing');
const browsers: Browser[] = [];

const speechFolders: string[] = [];

afterEach(async () => {
  await Promise.all(browsers.splice(0).map((browser) => browser.close()));
  for (const folder of speechFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A WAV of the sentences for the fake microphone, deleted after the test. */
function speech(sentences: string[]): string {
  const wav = speechWav(sentences);
  speechFolders.push(path.dirname(wav));
  return wav;
}

async function browserWith(fakeAudio?: string): Promise<Browser> {
  const browser = await launchChromium(fakeAudio ? { fakeAudio } : {});
  browsers.push(browser);
  return browser;
}

async function newPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  return page;
}

/** The Spanish finals `scripts/demo-talk.ts`'s own listener printed, in order. */
function printedFinals(output: string): { sequence: number; text: string }[] {
  return [...output.matchAll(/^listener \[es #(\d+)\] (.*?) {3}\(recognition/gm)].map((match) => ({
    sequence: Number(match[1]),
    text: match[2]!,
  }));
}

describe.skipIf(missing.length > 0)(`a talk in the browser${missing.length > 0 ? ` (needs ${missing.join(', ')})` : ''}`, () => {
  it('the speaker speaks through the microphone; the listener reads Spanish captions and downloads them', async () => {
    const browser = await browserWith(speech(['Good morning everybody.', 'Welcome to the open science summit.']));
    const listener = await newPage(browser);
    const listenerSockets = countListenerSockets(listener);
    await openListenerView(listener, stack.webUrl, { email: 'listener1@ilenia.dev', lang: 'es' });
    await chooseCaptionLanguage(listener, 'es');
    const before = (await shownFinals(listener)).at(-1)?.sequence ?? 0;

    const speaker = await newPage(browser);
    await startTalking(speaker, stack.webUrl);
    const said = await waitForFinalAfter(speaker, 0);
    expect(said[0]!.text).toMatch(/good|morning|everybody/i);
    await screenshot(speaker, 'speak-live');

    const read = await waitForFinalAfter(listener, before);
    expect(read.at(-1)!.text.length).toBeGreaterThan(0);
    expect(listenerSockets()).toBe(1);
    await checkAccessibility(listener, 'listen (captions)');
    await screenshot(listener, 'listen-captions');

    await endTalk(speaker);
    await screenshot(speaker, 'speak-ended');

    // The transcript of the chosen language, as text.
    await listener.getByText('Descargar').click();
    const [download] = await Promise.all([
      listener.waitForEvent('download'),
      listener.getByRole('button', { name: 'Texto (.txt)' }).click(),
    ]);
    const transcript = readFileSync(await download.path(), 'utf8');
    expect(transcript).toContain(read.at(-1)!.text.trim());

    await listener.setViewportSize({ width: 390, height: 844 });
    await screenshot(listener, 'listen-captions');
  });

  it('a dropped speaker connection resumes the same session, with no final doubled or lost', async () => {
    const browser = await browserWith(
      speech([
        'Good morning everybody.',
        'Welcome to the open science summit.',
        'Thank you for coming today.',
        'We talk about open data.',
        'Enjoy the conference.',
      ]),
    );
    const speaker = await newPage(browser);
    const sessions: { session_id: string; resumed: boolean }[] = [];
    const routes: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
    await speaker.routeWebSocket(/\/v1\/ws\/speaker/, (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => {
        if (typeof message === 'string' && message.includes('"session_started"'))
          sessions.push(JSON.parse(message) as { session_id: string; resumed: boolean });
        socket.send(message);
      });
      routes.push({ page: socket, server });
    });
    await startTalking(speaker, stack.webUrl);
    const first = await waitForFinalAfter(speaker, 0);

    // The network drops: both ends lose the connection without a word (1006 for the page).
    const dropped = routes.at(-1)!;
    await dropped.server.close({ code: 1001 });
    await dropped.page.close({ code: 1006 });
    await speaker
      .getByRole('status')
      .filter({ hasText: /Connection lost|Connected/ })
      .waitFor();
    await speaker.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    expect(routes.length).toBe(2);
    const last = first.at(-1)!.sequence;
    const after = await waitForFinalAfter(speaker, last);
    await endTalk(speaker);

    expect(sessions.length).toBe(2);
    expect(sessions[1]).toMatchObject({ session_id: sessions[0]!.session_id, resumed: true });
    const finals = await shownFinals(speaker);
    expectContiguous(finals, 'speaker transcript after the resume');
    expect(new Set(finals.map((final) => final.text)).size).toBe(finals.length);
    expect(after.length).toBeGreaterThan(first.length);
  });

  it('a listener whose connection drops gets what was said meanwhile, once, after reconnecting (resume_from)', async () => {
    const browser = await browserWith();
    const listener = await newPage(browser);
    let hold: { release: () => Promise<void> } | undefined;
    const routes: WebSocketRoute[] = [];
    let holdNext = false;
    await listener.routeWebSocket(/\/v1\/ws\/listener/, (socket) => {
      routes.push(socket);
      if (holdNext) {
        // The network is still down: the socket opens but reaches nobody until released.
        holdNext = false;
        hold = { release: () => socket.close({ code: 1006 }) };
        return;
      }
      socket.connectToServer();
    });
    await openListenerView(listener, stack.webUrl, { email: 'listener2@ilenia.dev', lang: 'es' });
    await chooseCaptionLanguage(listener, 'es');
    const before = (await shownFinals(listener)).at(-1)?.sequence ?? 0;

    const firstTalk = printedFinals(await demoTalk('Good morning everybody.', stack));
    expect(firstTalk.length).toBeGreaterThan(0);
    await waitForFinalAfter(listener, firstTalk.at(-1)!.sequence - 1);

    // Drop the connection and keep the reconnection hanging while the second talk is given.
    holdNext = true;
    await routes.at(-1)!.close({ code: 1006 });
    await listener
      .getByRole('status')
      .filter({ hasText: /reconectando|Conectando/ })
      .waitFor();
    const secondTalk = printedFinals(await demoTalk('Welcome to the open science summit. Thank you for coming.', stack));
    expect(secondTalk.length).toBeGreaterThan(0);
    expect(hold, 'the reconnection was held').toBeDefined();
    await hold!.release();

    await listener.getByRole('status').filter({ hasText: 'Conectado' }).waitFor();
    await waitForFinalAfter(listener, secondTalk.at(-1)!.sequence - 1);
    const shown = (await shownFinals(listener)).filter((final) => final.sequence > before);
    expect(shown.map(({ sequence, text }) => ({ sequence, text: text.trim() }))).toEqual(
      [...firstTalk, ...secondTalk].map(({ sequence, text }) => ({ sequence, text: text.trim() })),
    );
    expectContiguous(shown, 'listener captions after the reconnection');
    await screenshot(listener, 'listen-after-reconnect');
  });

  it('the listener view works with the keyboard only: tab order, visible focus, language, text size, back to live, download', async () => {
    const browser = await browserWith();
    const listener = await newPage(browser, 390);
    await listener.setViewportSize({ width: 390, height: 600 });
    await openListenerView(listener, stack.webUrl, { email: 'listener1@ilenia.dev', lang: 'es' });
    await chooseCaptionLanguage(listener, 'es');
    await demoTalk('Good morning everybody. Welcome to the open science summit. Thank you for coming.', stack);
    await listener.locator('[data-caption="final"]').first().waitFor();
    const { download } = await useListenerViewWithKeyboard(listener);
    expect(readFileSync(await download.path(), 'utf8').length).toBeGreaterThan(0);
    await screenshot(listener, 'listen-keyboard');
  });
});
