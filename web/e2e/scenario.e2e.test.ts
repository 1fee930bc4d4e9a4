/**
 * The whole platform in one scenario, on an event made for it (not the demo event): the manager
 * creates an English → Spanish event, assigns speaker1 and listener1, makes it ready and takes it
 * live; speaker1 follows their home page's link and speaks through Chromium's fake microphone (a
 * flite WAV made here, padded with silence); listener1 reads the Spanish captions and downloads the
 * transcript; meanwhile the manager's page shows the live panel with the speaker's session and one
 * Spanish listener; after the talk ends, its sessions panel lists the session, its transcript and the
 * recording, without a reload. Every step waits for what the pages show, never for a fixed time.
 * Screenshots of the manager's live and sessions panels (1280 and 390 px) stay in the artefacts.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { shownFinals, waitForFinalAfter } from './flows/captions.js';
import { chooseCaptionLanguage, openListenerView } from './flows/listen.js';
import { manageFlow, signIn } from './flows/manage.js';
import { endTalk, startTalkingFromHome } from './flows/speak.js';
import { checkAccessibility } from './support/accessibility.js';
import { artefactsDir } from './support/artefacts.js';
import { launchChromium, stepTimeoutMs } from './support/browser.js';
import { speechWav } from './support/speech.js';

const stack = inject('stack');
const missing = inject('e2eMissing');
let browser: Browser | undefined;
let speechFolder: string | undefined;

afterAll(async () => {
  await browser?.close();
  if (speechFolder) rmSync(speechFolder, { recursive: true, force: true });
});

async function newPage(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: { width, height: width < 500 ? 844 : 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  return { context, page };
}

/** A screenshot of one panel of the page (the whole section, however tall), kept in the artefacts. */
async function shoot(panel: Locator, name: string, width: number): Promise<void> {
  mkdirSync(artefactsDir, { recursive: true });
  await panel.screenshot({ path: path.join(artefactsDir, `${name}-${width}.png`) });
}

const livePanel = (page: Page) => page.getByRole('region', { name: 'Live now' });
const sessionsPanel = (page: Page) => page.getByRole('region', { name: 'Sessions' });

/** Waits until the manager's live panel shows Sam Speaker live on Main stage with one Spanish listener. */
async function waitForLiveTalk(manager: Page): Promise<Locator> {
  const channel = livePanel(manager).getByRole('article', { name: 'Main stage' });
  await channel.getByText('Live', { exact: true }).waitFor();
  await channel.getByText(/^Speaker: Sam Speaker, since /).waitFor();
  await channel
    .getByRole('list', { name: 'Listeners per language' })
    .getByRole('listitem')
    .filter({ hasText: /^Spanish\s*1$/ })
    .waitFor();
  await channel.getByText('1 listening').waitFor();
  await livePanel(manager).getByText('1 listener connected to the event').waitFor();
  // The latency of the finals said so far (the status is read every few seconds).
  await channel.getByRole('table', { name: 'Latency of the latest finals (ms)' }).waitFor();
  return channel;
}

/** Waits until the sessions panel shows the ended session, opens it and waits for its recording's player. */
async function openEndedSession(manager: Page): Promise<Locator> {
  const session = sessionsPanel(manager).getByRole('listitem').filter({ hasText: 'Main stage ·' });
  await session.getByText('Ended', { exact: true }).waitFor();
  await sessionsPanel(manager).getByText('1 session', { exact: true }).waitFor();
  await session.getByRole('button', { name: 'Details' }).click();
  await session.locator('audio[aria-label="Recording"]').waitFor();
  return session;
}

describe.skipIf(missing.length > 0)(`the whole scenario${missing.length > 0 ? ` (needs ${missing.join(', ')})` : ''}`, () => {
  it('a manager makes an event, its speaker talks, its listener reads Spanish captions, the manager follows it live and finds the session afterwards', async () => {
    const wav = speechWav(['Good morning everybody.', 'Welcome to the open science summit.']);
    speechFolder = path.dirname(wav);
    browser = await launchChromium({ fakeAudio: wav });

    // The manager makes the event ready, then takes it live through the page.
    const { page: manager } = await newPage(1280);
    const { eventId, title } = await manageFlow(manager, stack.webUrl);
    await manager.getByRole('button', { name: 'Go live' }).click();
    await manager.locator('[data-status="live"]').waitFor();
    await livePanel(manager).getByRole('article', { name: 'Main stage' }).getByText('Nobody speaking').waitFor();
    await sessionsPanel(manager).getByText('No session yet: sessions appear here once a speaker starts talking.').waitFor();

    // listener1 follows the event in Spanish.
    const { page: listener } = await newPage(1280);
    await openListenerView(listener, stack.webUrl, { email: 'listener1@ilenia.dev', lang: 'es', eventId });
    await chooseCaptionLanguage(listener, 'es');
    expect(await shownFinals(listener)).toEqual([]);

    // speaker1 finds the event on their home page and talks into its channel.
    const { page: speaker } = await newPage(1280);
    const talk = await startTalkingFromHome(speaker, stack.webUrl, { eventTitle: title, channelName: 'Main stage' });
    expect(talk.eventId).toBe(eventId);
    const said = await waitForFinalAfter(speaker, 0);
    expect(said[0]!.text).toMatch(/good|morning|everybody/i);

    // The listener reads the Spanish of what was said: the same sequence, other words.
    const read = await waitForFinalAfter(listener, 0);
    const first = read.find((final) => final.sequence === said[0]!.sequence);
    expect(first, `listener shows #${said[0]!.sequence}: ${JSON.stringify(read)}`).toBeDefined();
    expect(first!.text.trim().length).toBeGreaterThan(0);
    expect(first!.text.trim().toLowerCase()).not.toBe(said[0]!.text.trim().toLowerCase());
    await listener.locator('[data-testid="caption-list"][lang="es"]').waitFor();

    // Meanwhile the manager's page shows the talk live, with the session in progress.
    await waitForLiveTalk(manager);
    await sessionsPanel(manager)
      .getByRole('listitem')
      .filter({ hasText: 'Main stage ·' })
      .getByText('In progress', { exact: true })
      .waitFor();
    await checkAccessibility(manager, 'manage (live)');
    await shoot(livePanel(manager), 'scenario-manage-live', 1280);
    const { context: narrowContext, page: narrow } = await newPage(390);
    await signIn(narrow, stack.webUrl, 'manager@ilenia.dev');
    await narrow.goto(`${stack.webUrl}/en/manage/${eventId}`);
    await waitForLiveTalk(narrow);
    await shoot(livePanel(narrow), 'scenario-manage-live', 390);

    // The talk ends; the listener downloads the Spanish transcript.
    const lastSaid = (await shownFinals(speaker)).at(-1)!.sequence;
    await waitForFinalAfter(listener, lastSaid - 1);
    await endTalk(speaker);
    const heard = await shownFinals(listener);
    await listener.getByText('Descargar').click();
    const [download] = await Promise.all([
      listener.waitForEvent('download'),
      listener.getByRole('button', { name: 'Texto (.txt)' }).click(),
    ]);
    const transcript = readFileSync(await download.path(), 'utf8');
    for (const final of heard) expect(transcript).toContain(final.text.trim());

    // The manager's page, never reloaded, lists the ended session with its recording and transcript.
    const session = await openEndedSession(manager);
    const spanish = session.getByRole('listitem').filter({ hasText: /^Spanish/ });
    await spanish.getByRole('button', { name: 'Show text' }).click();
    const text = session.locator('[lang="es"] ol');
    await text.getByRole('listitem').first().waitFor();
    const shownTranscript = await text.textContent();
    for (const final of heard) expect(shownTranscript).toContain(final.text.trim());
    await expect.poll(() => session.locator('audio').evaluate((audio: HTMLAudioElement) => audio.src)).toMatch(/^blob:/);
    await checkAccessibility(manager, 'manage (sessions)');
    await shoot(sessionsPanel(manager), 'scenario-manage-sessions', 1280);

    const narrowSession = await openEndedSession(narrow);
    await narrowSession
      .getByRole('listitem')
      .filter({ hasText: /^Spanish/ })
      .getByRole('button', { name: 'Show text' })
      .click();
    await narrowSession.locator('[lang="es"] ol li').first().waitFor();
    await shoot(sessionsPanel(narrow), 'scenario-manage-sessions', 390);
    await narrowContext.close();
  });
});
