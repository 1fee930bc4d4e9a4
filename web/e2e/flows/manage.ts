/**
 * The manager's flow, end to end on the running platform: the demo manager signs in, creates an
 * event with an English → Spanish channel, assigns speaker1 to the channel and listener1 to the
 * event, and makes it ready; then speaker1 finds it on their home page. Every step waits for what the
 * page shows, never for a fixed time. Called by the test suite (`manage.e2e.test.ts`).
 */
import type { Browser, Page } from 'playwright-core';

export const demoPassword = 'ilenia-demo-2026';

export interface ManageFlowResult {
  eventId: string;
  title: string;
}

export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/en/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/en/`);
}

/** Picks the option `option` of a searchable list after typing `text` into it (by keyboard only). */
async function pick(page: Page, box: string, text: string, option: RegExp): Promise<void> {
  const combobox = page.getByRole('combobox', { name: box, exact: true });
  await combobox.fill(text);
  await page.getByRole('option', { name: option }).first().waitFor();
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * The manager's part, in a page signed in as nobody yet. `shots` (a directory) keeps screenshots of
 * the create and edit views.
 */
export async function manageFlow(page: Page, baseUrl: string, options: { title?: string; shots?: string } = {}): Promise<ManageFlowResult> {
  const title = options.title ?? `E2E summit ${new Date().toISOString()}`;
  await signIn(page, baseUrl, 'manager@ilenia.dev');
  await page.getByRole('link', { name: 'New event' }).click();
  await page.waitForURL(`${baseUrl}/en/manage/new`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description (optional)').fill('Made by the manager end-to-end test.');
  await page.getByLabel('Starts').fill('2026-12-10T10:00');
  await page.getByLabel('Ends').fill('2026-12-10T12:00');
  await pick(page, 'Time zone', 'madrid', /^Europe\/Madrid/);
  if (options.shots) await page.screenshot({ path: `${options.shots}/manage-new-${page.viewportSize()?.width}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.waitForURL(/\/en\/manage\/[0-9a-f-]{36}$/);
  const eventId = page.url().split('/').pop()!;
  await page.getByRole('heading', { level: 1, name: title }).waitFor();

  await page.getByRole('button', { name: 'Add a channel' }).click();
  await page.getByLabel('Channel name').fill('Main stage');
  await pick(page, 'Spoken language', 'english', /^English en$/);
  await pick(page, 'Add a translation language', 'spanish', /^Spanish es$/);
  await page.getByRole('button', { name: 'Add channel' }).click();
  await page.getByRole('heading', { name: 'Main stage' }).waitFor();
  await page.getByText('English → Spanish').waitFor();

  await pick(page, 'Add a speaker to Main stage', 'speaker1', /speaker1@ilenia\.dev/);
  await page
    .getByRole('list', { name: 'Speakers of Main stage' })
    .getByText(/Speaker/)
    .waitFor();
  await pick(page, 'Add a listener', 'listener1', /listener1@ilenia\.dev/);
  await page
    .getByRole('list', { name: 'Listeners' })
    .getByText(/Listener/)
    .waitFor();

  await page.getByRole('button', { name: 'Make ready' }).click();
  await page.getByRole('button', { name: 'Go live' }).waitFor();
  const status = await page.locator('[data-status]').getAttribute('data-status');
  if (status !== 'ready') throw new Error(`The event is ${status}, not ready`);
  if (options.shots) await page.screenshot({ path: `${options.shots}/manage-edit-${page.viewportSize()?.width}.png`, fullPage: true });
  return { eventId, title };
}

/** The whole flow: the manager's part, then speaker1 sees the event on their home page with a link to speak. */
export async function manageAndSpeakerSees(browser: Browser, baseUrl: string, options: { shots?: string } = {}): Promise<ManageFlowResult> {
  const managerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let result: ManageFlowResult;
  try {
    const manager = await managerContext.newPage();
    manager.setDefaultTimeout(120_000);
    result = await manageFlow(manager, baseUrl, options);
  } finally {
    await managerContext.close();
  }
  const speakerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const speaker = await speakerContext.newPage();
    speaker.setDefaultTimeout(120_000);
    await signIn(speaker, baseUrl, 'speaker1@ilenia.dev');
    const row = speaker.getByRole('listitem').filter({ hasText: result.title });
    await row.getByRole('link', { name: 'Speak on Main stage' }).waitFor();
    const href = await row.getByRole('link', { name: 'Speak on Main stage' }).getAttribute('href');
    if (!href?.startsWith(`/en/speak/${result.eventId}/`)) throw new Error(`The speaker's link is ${href}`);
  } finally {
    await speakerContext.close();
  }
  return result;
}

/**
 * Two tabs of the manager edit the same event: the second save is refused (412) and the page shows
 * the title the other tab saved beside the one typed here, then reloads the server's version.
 */
export async function staleEditFlow(browser: Browser, baseUrl: string, eventId: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const first = await context.newPage();
    first.setDefaultTimeout(120_000);
    await signIn(first, baseUrl, 'manager@ilenia.dev');
    const second = await context.newPage();
    second.setDefaultTimeout(120_000);
    await Promise.all([first.goto(`${baseUrl}/en/manage/${eventId}`), second.goto(`${baseUrl}/en/manage/${eventId}`)]);
    await Promise.all([first.getByLabel('Title').waitFor(), second.getByLabel('Title').waitFor()]);
    const theirs = `Renamed in another tab ${Date.now()}`;
    await first.getByLabel('Title').fill(theirs);
    await first.getByRole('button', { name: 'Save details' }).click();
    await first.getByText('Saved.').waitFor();
    await second.getByLabel('Title').fill('Renamed here');
    await second.getByRole('button', { name: 'Save details' }).click();
    const row = second.getByRole('alert').getByRole('row').filter({ hasText: 'Title' });
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    if (cells.join('|') !== `Title|Renamed here|${theirs}`) throw new Error(`The stale notice shows ${JSON.stringify(cells)}`);
    await second.getByRole('button', { name: 'Reload the event' }).click();
    await second.getByRole('heading', { level: 1, name: theirs }).waitFor();
    if ((await second.getByLabel('Title').inputValue()) !== theirs) throw new Error('Reloading did not show the server’s title');
  } finally {
    await context.close();
  }
}
