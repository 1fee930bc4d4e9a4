/** Reading the captions a page shows (the listener's and the speaker's views share the list). */
import type { Page } from 'playwright-core';

export interface ShownFinal {
  sequence: number;
  text: string;
}

/** The finals in the DOM, in order (the list is windowed: the rows near the live end). */
export async function shownFinals(page: Page): Promise<ShownFinal[]> {
  return page
    .locator('[data-caption="final"]')
    .evaluateAll((elements) =>
      elements.map((element) => ({ sequence: Number(element.getAttribute('data-sequence')), text: element.textContent ?? '' })),
    );
}

/** Waits until the page shows a final with a sequence above `after` and returns the finals. */
export async function waitForFinalAfter(page: Page, after: number): Promise<ShownFinal[]> {
  await page.waitForFunction(
    (last) =>
      [...document.querySelectorAll('[data-caption="final"]')].some((element) => Number(element.getAttribute('data-sequence')) > last),
    after,
  );
  return shownFinals(page);
}

/** Throws unless the sequences go up one by one, none doubled and none missing. */
export function expectContiguous(finals: ShownFinal[], what: string): void {
  for (let index = 1; index < finals.length; index += 1) {
    if (finals[index]!.sequence !== finals[index - 1]!.sequence + 1)
      throw new Error(
        `${what}: final #${finals[index]!.sequence} follows #${finals[index - 1]!.sequence} (doubled or lost): ${JSON.stringify(finals)}`,
      );
  }
}
