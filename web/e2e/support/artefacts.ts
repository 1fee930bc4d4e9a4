/**
 * Screenshots of each view from the end-to-end run, kept as test artefacts (never committed):
 * `E2E_ARTEFACTS_DIR`, or `SHOTS_DIR` (the scripts' variable), or `.tmp/e2e-artefacts` at the root.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repositoryRoot } from './paths.js';

export const artefactsDir = process.env.E2E_ARTEFACTS_DIR ?? process.env.SHOTS_DIR ?? path.join(repositoryRoot, '.tmp', 'e2e-artefacts');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artefactsDir, { recursive: true });
  const file = path.join(artefactsDir, `${name}-${page.viewportSize()?.width ?? 0}.png`);
  await page.screenshot({ path: file });
  return file;
}
