/**
 * Refusals a person must understand in words: a wrong password on the login page, and a listener who
 * is not assigned to the event they follow a link to.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoEventId, demoPassword, loginLabels, submitLogin } from './flows/session.js';
import { checkAccessibility } from './support/accessibility.js';
import { screenshot } from './support/artefacts.js';
import { launchChromium, stepTimeoutMs } from './support/browser.js';

const stack = inject('stack');
const missing = inject('e2eMissing');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(stepTimeoutMs);
  return page;
}

/** A new active user with the listener role, assigned to no event (created by the demo admin). */
async function createUnassignedListener(): Promise<string> {
  const login = await fetch(`${stack.authUrl}/v2/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@ilenia.dev', password: demoPassword }),
  });
  expect(login.status).toBe(200);
  const { access_token: token } = (await login.json()) as { access_token: string };
  const roles = (await (await fetch(`${stack.authUrl}/v2/roles`, { headers: { authorization: `Bearer ${token}` } })).json()) as
    { items?: { id: string; name: string }[] } | { id: string; name: string }[];
  const listenerRole = (Array.isArray(roles) ? roles : (roles.items ?? [])).find((role) => role.name === 'listener');
  expect(listenerRole, 'the listener role').toBeDefined();
  const email = `outsider-${randomUUID().slice(0, 8)}@ilenia.dev`;
  const created = await fetch(`${stack.authUrl}/v2/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ email, display_name: 'Olga Outsider', password: demoPassword, roles: [listenerRole!.id] }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  return email;
}

describe.skipIf(missing.length > 0)(`refusals in words${missing.length > 0 ? ` (needs ${missing.join(', ')})` : ''}`, () => {
  it('a wrong password keeps the person on the login page and says so', async () => {
    const page = await newPage();
    for (const lang of ['en', 'es'] as const) {
      await page.goto(`${stack.webUrl}/${lang}/login`);
      await submitLogin(page, lang, 'listener1@ilenia.dev', 'not-the-password');
      await page.getByRole('alert').filter({ hasText: loginLabels[lang].invalid }).waitFor();
      expect(page.url()).toContain(`/${lang}/login`);
      await checkAccessibility(page, 'login (wrong password)');
      await screenshot(page, `login-wrong-password-${lang}`);
    }
    await page.close();
  });

  it('a listener who is not assigned to the event is told so, with a way back, and nothing connects', async () => {
    const email = await createUnassignedListener();
    const page = await newPage();
    let listenerSockets = 0;
    page.on('websocket', (socket) => {
      if (socket.url().includes('/v1/ws/listener')) listenerSockets += 1;
    });
    await page.goto(`${stack.webUrl}/en/listen/${demoEventId}`);
    await page.waitForURL(/\/en\/login\?next=/);
    await submitLogin(page, 'en', email);
    await page.getByRole('alert').filter({ hasText: 'You are not assigned to this event, or it does not exist.' }).waitFor();
    await page.getByRole('link', { name: 'Back to my events' }).waitFor();
    expect(listenerSockets).toBe(0);
    await checkAccessibility(page, 'listen (unassigned)');
    await screenshot(page, 'listen-unassigned');
    await page.close();
  });
});
