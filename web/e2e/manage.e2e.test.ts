/**
 * The manager's flows (flows/manage.ts) in the suite: the demo manager creates an English → Spanish
 * event, assigns speaker1 and listener1 and makes it ready, speaker1 finds it on their home page; a
 * stale tab's save shows what changed (412) and reloads; and the manager views pass the axe check.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { manageAndSpeakerSees, signIn, staleEditFlow } from './flows/manage.js';
import { checkAccessibility } from './support/accessibility.js';
import { artefactsDir, screenshot } from './support/artefacts.js';
import { launchChromium, stepTimeoutMs } from './support/browser.js';

const stack = inject('stack');
const missing = inject('e2eMissing');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artefactsDir, { recursive: true });
  if (missing.length === 0) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(missing.length > 0)(`the manager${missing.length > 0 ? ` (needs ${missing.join(', ')})` : ''}`, () => {
  let eventId: string | undefined;

  it('creates an event with an English → Spanish channel, assigns people and makes it ready; the speaker finds it', async () => {
    const result = await manageAndSpeakerSees(browser, stack.webUrl, { shots: artefactsDir });
    eventId = result.eventId;
    expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the manager views have no serious or critical accessibility violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(stepTimeoutMs);
    await signIn(page, stack.webUrl, 'manager@ilenia.dev');
    await checkAccessibility(page, 'home (manager)');
    await page.goto(`${stack.webUrl}/en/manage/new`);
    await page.getByLabel('Title').waitFor();
    await checkAccessibility(page, 'manage (new)');
    if (eventId) {
      await page.goto(`${stack.webUrl}/en/manage/${eventId}`);
      await page.getByLabel('Title').waitFor();
      await checkAccessibility(page, 'manage (edit)');
      await screenshot(page, 'manage-edit');
    }
    await page.close();
  });

  it('a save from a stale tab shows what changed and reloads', async () => {
    expect(eventId, 'the event of the first test').toBeDefined();
    await staleEditFlow(browser, stack.webUrl, eventId!);
  });
});
