/**
 * The speaker's flows on the speaker view `/{lang}/speak/{event_id}/{channel_id}` (the browser's fake
 * microphone plays what is said: support/speech.ts).
 */
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility.js';
import { demoChannelId, demoEventId, signIn } from './session.js';

/** Signs the speaker in, opens the speaker view (English) and starts talking; resolves once connected. */
export async function startTalking(page: Page, baseUrl: string, options: { email?: string; eventId?: string; channelId?: string } = {}): Promise<void> {
  await signIn(page, baseUrl, options.email ?? 'speaker1@ilenia.dev');
  await checkAccessibility(page, 'home');
  await page.goto(`${baseUrl}/en/speak/${options.eventId ?? demoEventId}/${options.channelId ?? demoChannelId}`);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await checkAccessibility(page, 'speak');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

/** Ends the talk and waits for the page to say so. */
export async function endTalk(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End the talk' }).click();
  await page.getByText('Your talk has ended.').waitFor();
}
