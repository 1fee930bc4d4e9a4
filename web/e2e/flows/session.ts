/**
 * Signing in through the login page, in the interface language of the address. The demo users and
 * event are what auth and events seed in development (`@ilenia/kit`'s dev fixtures).
 */
import type { Page } from 'playwright-core';

export const demoPassword = 'ilenia-demo-2026';
export const demoEventId = '00000000-0000-4000-8000-0000000000e1';
export const demoChannelId = '00000000-0000-4000-8000-0000000000c1';

export const loginLabels = {
  en: { email: 'Email', password: 'Password', submit: 'Sign in', invalid: 'The email or password is incorrect.' },
  es: { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar', invalid: 'El correo o la contraseña no son correctos.' },
} as const;

/** Fills the login form the page shows (after a deep link, or at /{lang}/login) and submits it. */
export async function submitLogin(page: Page, lang: keyof typeof loginLabels, email: string, password = demoPassword): Promise<void> {
  const labels = loginLabels[lang];
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}

/** Opens /{lang}/login, signs in and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, email: string, lang: keyof typeof loginLabels = 'en'): Promise<void> {
  await page.goto(`${baseUrl}/${lang}/login`);
  await submitLogin(page, lang, email);
  await page.waitForURL(`${baseUrl}/${lang}/`);
}
