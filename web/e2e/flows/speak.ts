/**
 * The speaker's flows on the speaker view `/{lang}/speak/{event_id}/{channel_id}` (the browser's fake
 * microphone plays what is said: support/speech.ts).
 */
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility.js';
import { demoChannelId, demoEventId, signIn } from './session.js';

/** Signs the speaker in, opens the speaker view (English) and starts talking; resolves once connected. */
export async function startTalking(
  page: Page,
  baseUrl: string,
  options: { email?: string; eventId?: string; channelId?: string } = {},
): Promise<void> {
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

/**
 * Signs the speaker in, follows their home page's link to speak on `channelName` of the event titled
 * `eventTitle` (as a speaker the manager just assigned would), starts talking; resolves once connected,
 * with the channel's id from the address.
 */
export async function startTalkingFromHome(
  page: Page,
  baseUrl: string,
  options: { eventTitle: string; channelName: string; email?: string },
): Promise<{ eventId: string; channelId: string }> {
  await signIn(page, baseUrl, options.email ?? 'speaker1@ilenia.dev');
  const row = page.getByRole('listitem').filter({ hasText: options.eventTitle });
  await row.getByRole('link', { name: `Speak on ${options.channelName}` }).click();
  await page.waitForURL(/\/en\/speak\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  const [eventId, channelId] = new URL(page.url()).pathname.split('/').slice(-2) as [string, string];
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  return { eventId, channelId };
}
