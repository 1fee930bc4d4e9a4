/**
 * happy-dom lays nothing out: this gives the caption viewport (role="log") and its rows the sizes a
 * browser would, and announces programmatic scrolls with a scroll event, so the windowed list behaves
 * as in a browser. Returns the undo.
 */
import { vi } from 'vitest';

export function stubLayout(viewportHeight = 600, rowHeight = 40): () => void {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.getAttribute('role') === 'log' ? viewportHeight : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return parseFloat(this.querySelector<HTMLElement>(':scope > div')?.style.height ?? '') || 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(rowHeight);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound on purpose: called below with .apply on each element
  const scrollTo = HTMLElement.prototype.scrollTo;
  vi.spyOn(HTMLElement.prototype, 'scrollTo').mockImplementation(function (this: HTMLElement, ...args: unknown[]) {
    (scrollTo as (...values: unknown[]) => void).apply(this, args);
    this.dispatchEvent(new Event('scroll'));
  });
  return () => vi.restoreAllMocks();
}
