/**
 * End to end, against the running platform (`make dev`): the demo speaker's page speaks through
 * Chromium's fake microphone (flite's slt voice, which pocketsphinx recognises best, made here at 16 kHz and padded with silence) and shows its own transcript.
 * Every step waits for what the page shows. Ends with "N passed, N failed".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.WEB_URL ?? 'http://localhost:5173';
const shots = process.env.SHOTS_DIR;
const demoEventId = '00000000-0000-4000-8000-0000000000e1';
const demoChannelId = '00000000-0000-4000-8000-0000000000c1';

const folder = mkdtempSync(path.join(tmpdir(), 'ilenia-speak-'));
const raw = path.join(folder, 'raw.wav');
const wav = path.join(folder, 'talk.wav');
execFileSync('flite', ['-voice', 'slt', '-t', 'Good morning everybody. Welcome to the open science summit.', '-o', raw]);
// %noloop repeats the last buffer after the end: silence there lets the recogniser close the utterance.
execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', wav, 'pad', '0', '3']);

let failed = 0;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}%noloop`],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(120_000);
  await page.goto(`${base}/en/speak/${demoEventId}/${demoChannelId}`);
  await page.getByLabel('Email').fill('speaker1@ilenia.dev');
  await page.getByLabel('Password').fill('ilenia-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  await page.locator('[data-caption="final"]').first().waitFor();
  const said = (await page.locator('[data-caption="final"]').first().textContent()) ?? '';
  if (!/good|morning|everybody/i.test(said)) throw new Error(`The speaker's transcript is not what was said: "${said}"`);
  if (shots) await page.screenshot({ path: `${shots}/speak-live-1280.png` });
  await page.getByRole('button', { name: 'End the talk' }).click();
  await page.getByText('Your talk has ended.').waitFor();
  console.log(`speaker read: "${said}"`);
} catch (error) {
  failed = 1;
  console.error(error);
} finally {
  await browser.close();
}
console.log(`${1 - failed} passed, ${failed} failed`);
process.exit(failed);
