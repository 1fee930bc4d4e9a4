/**
 * Debian's Chromium through playwright-core, as every end-to-end test and script launches it. A fake
 * microphone plays `fakeAudio` (a WAV made at run time; one file per browser launch).
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(options: { fakeAudio?: string } = {}): Promise<Browser> {
  const args = ['--no-sandbox', '--headless=new'];
  // Through the test gateway (scripts/edge/web-e2e-through-gateway.ts): its certificate is self-signed, made for the run.
  if (process.env.E2E_IGNORE_CERTIFICATE_ERRORS === 'true') args.push('--ignore-certificate-errors');
  if (options.fakeAudio)
    args.push(
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${options.fakeAudio}%noloop`,
    );
  return chromium.launch({ executablePath: chromiumPath, args });
}

/** Bounds for a loaded two-core machine; every wait ends as soon as its event happens. */
export const stepTimeoutMs = 120_000;
