/**
 * The listener's flows on the listener view `/{lang}/listen/{event_id}`.
 */
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility.js';
import { demoEventId, submitLogin } from './session.js';

const connected = { en: 'Connected', es: 'Conectado' } as const;

/**
 * Follows a deep link to the listener view while signed out: login, back to the view, connected.
 * Checks the login and listener views' accessibility on the way.
 */
export async function openListenerView(
  page: Page,
  baseUrl: string,
  options: { email: string; lang?: 'en' | 'es'; eventId?: string },
): Promise<void> {
  const lang = options.lang ?? 'es';
  const eventId = options.eventId ?? demoEventId;
  await page.goto(`${baseUrl}/${lang}/listen/${eventId}`);
  await page.waitForURL(new RegExp(`/${lang}/login\\?next=`));
  await checkAccessibility(page, 'login');
  await submitLogin(page, lang, options.email);
  await page.waitForURL(new RegExp(`/${lang}/listen/${eventId}`));
  await page.getByRole('status').filter({ hasText: connected[lang] }).waitFor();
  await checkAccessibility(page, 'listen');
}

/** Switches the caption language with the picker and waits for the list in that language. */
export async function chooseCaptionLanguage(page: Page, tag: string): Promise<void> {
  await page.getByTestId('language-picker').selectOption(tag);
  await page.locator(`[data-testid="caption-list"][lang="${tag}"]`).waitFor();
}

/** Counts the page's listener WebSockets (a language switch must not open another). */
export function countListenerSockets(page: Page): () => number {
  let sockets = 0;
  page.on('websocket', (socket) => {
    if (socket.url().includes('/v1/ws/listener')) sockets += 1;
  });
  return () => sockets;
}
