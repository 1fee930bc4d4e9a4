/**
 * The listener view with the keyboard only: tab order, a visible focus on every control, the language
 * switch, the text size, "Back to live" and the download, without the mouse. Runs on an open listener
 * view (openListenerView) in Spanish that already shows some captions.
 */
import type { Download, Page } from 'playwright-core';

/** What has the focus: a short description, and whether it is drawn visibly (outline or ring). */
async function focused(page: Page): Promise<{ name: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: 'body', visible: false };
    const style = getComputedStyle(element);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const name =
      element.getAttribute('data-testid') ?? element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName;
    return { name: `${element.tagName.toLowerCase()}:${name}`, visible };
  });
}

/** Presses Tab until the focus is on an element matching `wanted`; returns what was focused on the way. */
async function tabTo(page: Page, wanted: RegExp, limit = 30): Promise<{ name: string; visible: boolean }[]> {
  const seen: { name: string; visible: boolean }[] = [];
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now);
    if (wanted.test(now.name)) return seen;
  }
  throw new Error(`Tab never reached ${wanted}; focused on the way: ${seen.map((entry) => entry.name).join(' → ')}`);
}

const rowFontSize = (page: Page) =>
  page
    .locator('[data-caption="final"]')
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

export async function useListenerViewWithKeyboard(page: Page): Promise<{ order: string[]; download: Download }> {
  // From the top of the page, in document order.
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const order = await tabTo(page, /^div:caption-list$/);
  const invisible = order.filter((entry) => !entry.visible);
  if (invisible.length > 0) throw new Error(`No visible focus on: ${invisible.map((entry) => entry.name).join(', ')}`);
  const names = order.map((entry) => entry.name);
  const expected = [
    /^a:Saltar al contenido/,
    /^select:language-picker$/,
    /Texto más pequeño/,
    /Texto más grande/,
    /^select:/,
    /Descargar/,
    /Pantalla completa/,
    /^div:caption-list$/,
  ];
  let cursor = 0;
  for (const name of names) if (cursor < expected.length && expected[cursor]!.test(name)) cursor += 1;
  if (cursor < expected.length)
    throw new Error(`The tab order does not follow the page (missing ${expected[cursor]}): ${names.join(' → ')}`);

  // Language: arrow keys on the focused picker switch it on the open connection.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, /^select:language-picker$/);
  const before = await page.getByTestId('caption-list').getAttribute('lang');
  await page.keyboard.press(before === 'en' ? 'ArrowDown' : 'ArrowUp');
  await page.locator(`[data-testid="caption-list"]:not([lang="${before}"])`).waitFor();
  await page.keyboard.press(before === 'en' ? 'ArrowUp' : 'ArrowDown');
  await page.locator(`[data-testid="caption-list"][lang="${before}"]`).waitFor();
  await page.locator('[data-caption="final"]').first().waitFor();

  // Text size: Enter on "larger" until the captions overflow the view (so there is something to scroll).
  await tabTo(page, /Texto más grande/);
  const smallest = await rowFontSize(page);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (size) => parseFloat(getComputedStyle(document.querySelector('[data-caption="final"]')!).fontSize) > size,
    smallest,
  );
  for (let press = 0; press < 8; press += 1) {
    const overflowing = await page.getByTestId('caption-list').evaluate((element) => element.scrollHeight > element.clientHeight + 100);
    if (overflowing) break;
    const size = await rowFontSize(page);
    if (size >= 72) break; // the largest text size (preferences.ts)
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (before) => parseFloat(getComputedStyle(document.querySelector('[data-caption="final"]')!).fontSize) > before,
      size,
    );
  }

  // Back to live: scroll the focused caption list up with the keyboard, then Tab to the button and press it.
  // Larger text overflows the list, and the list still shows the live end (it follows).
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-testid="caption-list"]')!;
    return list.scrollHeight > list.clientHeight + 48 && list.scrollHeight - list.scrollTop - list.clientHeight <= 48;
  });
  await tabTo(page, /^div:caption-list$/);
  await page.keyboard.press('Home');
  try {
    await page.getByRole('button', { name: /Volver al directo/ }).waitFor();
  } catch (error) {
    const state = await page.evaluate(() => {
      const list = document.querySelector('[data-testid="caption-list"]')!;
      return {
        scrollTop: list.scrollTop,
        scrollHeight: list.scrollHeight,
        clientHeight: list.clientHeight,
        focused: document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
      };
    });
    throw new Error(`"Back to live" did not appear after Home on the caption list: ${JSON.stringify(state)}`, { cause: error });
  }
  await page.keyboard.press('Tab');
  const onButton = await focused(page);
  if (!/Volver al directo/.test(onButton.name) || !onButton.visible)
    throw new Error(`After the caption list the focus is on ${onButton.name} (visible: ${onButton.visible}), not on "Back to live"`);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Volver al directo/ }).waitFor({ state: 'detached' });
  try {
    await page.waitForFunction(
      () => {
        const list = document.querySelector('[data-testid="caption-list"]')!;
        return list.scrollHeight - list.scrollTop - list.clientHeight <= 48;
      },
      undefined,
      { timeout: 30_000 },
    );
  } catch (error) {
    const state = await page.evaluate(() => {
      const list = document.querySelector('[data-testid="caption-list"]')!;
      return {
        scrollTop: list.scrollTop,
        scrollHeight: list.scrollHeight,
        clientHeight: list.clientHeight,
        rows: list.querySelectorAll('[data-index]').length,
      };
    });
    throw new Error(`"Back to live" did not bring the caption list to its live end: ${JSON.stringify(state)}`, { cause: error });
  }

  // Download: open the menu with Enter, Tab to a format, Enter.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, /Descargar/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Texto \(\.txt\)/, 5);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { order: names, download };
}
