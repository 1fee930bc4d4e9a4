/**
 * Figures of the listener page (never pass/fail), run by `bench/web-listener.ts` (`make bench`):
 *   1. time from the page's first byte to the first caption shown, on a warm local stack: the
 *      production build (`vite build`, served by `vite preview` proxying to the services), signed in,
 *      a talk already given (the page shows it from the channel's history), median of `rounds` reloads;
 *   2. the JS heap of the listener page after 5,000 finals (a two-hour talk), fed through a fake socket
 *      in the page (the WebSocket routed in Chromium), after a forced garbage collection, and how many
 *      caption rows are in the DOM (the list is windowed).
 * Prints JSON lines for the launcher and a summary.
 *
 *   tsx web/e2e/figures/listener.ts [rounds, default 7]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { demoChannelId, demoEventId, signIn } from '../flows/session.js';
import { launchChromium } from '../support/browser.js';
import { repositoryRoot } from '../support/paths.js';
import { startStack } from '../support/stack.js';
import { demoTalk } from '../support/talk.js';

const rounds = Number(process.argv[2] ?? 7);
const finalsCount = 5_000;
const webRoot = path.join(repositoryRoot, 'web');
const vite = path.join(webRoot, 'node_modules', 'vite', 'bin', 'vite.js');

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const child = spawn(process.execPath, args, { cwd: webRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)))),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds from the navigation's first byte (responseStart) to the first final in the DOM. */
async function firstCaptionAfterFirstByte(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('[data-caption="final"]').first().waitFor();
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const shown = (window as unknown as { __firstCaptionAt?: number }).__firstCaptionAt!;
    return shown - navigation.responseStart;
  });
}

const stack = await startStack();
const outDir = mkdtempSync(path.join(tmpdir(), 'ilenia-web-build-'));
let preview: ReturnType<typeof spawn> | undefined;
const browser = await launchChromium();
try {
  const services = {
    AUTH_URL: stack.serviceUrls.auth,
    EVENTS_URL: stack.serviceUrls.events,
    LIVE_EVENT_URL: stack.serviceUrls['live-event'],
  };
  await run([vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  preview = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(stack.previewPort), '--strictPort'], {
    cwd: webRoot,
    env: { ...process.env, ...services },
    stdio: 'ignore',
  });
  const previewUrl = `http://localhost:${stack.previewPort}`;
  while (
    !(await fetch(previewUrl).then(
      (response) => response.ok,
      () => false,
    ))
  )
    await new Promise((resolve) => setTimeout(resolve, 250));

  // 1. First byte → first caption, warm: signed in, the talk in the channel's history, the app cached by an earlier load.
  await demoTalk('Good morning everybody. Welcome to the open science summit.', {
    authUrl: stack.serviceUrls.auth,
    liveEventUrl: stack.serviceUrls['live-event'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-caption="final"]')) {
        (window as unknown as { __firstCaptionAt?: number }).__firstCaptionAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await signIn(page, previewUrl, 'listener1@ilenia.dev');
  const listenUrl = `${previewUrl}/en/listen/${demoEventId}?language=en`;
  await firstCaptionAfterFirstByte(page, listenUrl); // warms the cache
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) times.push(await firstCaptionAfterFirstByte(page, listenUrl));
  await context.close();
  console.log(`first byte → first caption: ${times.map(Math.round).join(', ')} ms`);

  // 2. The heap after 5,000 finals through a fake socket.
  const heapContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const heapPage = await heapContext.newPage();
  heapPage.setDefaultTimeout(300_000);
  await signIn(heapPage, previewUrl, 'listener1@ilenia.dev');
  let feed: ((count: number) => void) | undefined;
  await heapPage.routeWebSocket(/\/v1\/ws\/listener/, (socket) => {
    socket.onMessage((data) => {
      const message = JSON.parse(String(data)) as { type: string; languages?: string[] };
      if (message.type !== 'subscribe') return;
      socket.send(
        JSON.stringify({
          type: 'subscribed',
          event_id: demoEventId,
          channel_id: demoChannelId,
          languages: ['en'],
          available_languages: [
            { language: 'en', is_source: true },
            { language: 'es', is_source: false },
          ],
          include_partials: true,
          session: { session_id: 's', state: 'live' },
          last_sequence: 0,
          replay: null,
        }),
      );
      feed = (count) => {
        for (let sequence = 1; sequence <= count; sequence += 1) {
          const startMs = sequence * 1_400;
          socket.send(
            JSON.stringify({
              type: 'subtitle_final',
              event_id: demoEventId,
              channel_id: demoChannelId,
              session_id: 's',
              segment_id: `seg-${sequence}`,
              sequence,
              language: 'en',
              is_source: true,
              text: `Sentence number ${sequence} of a long talk, about as long as a spoken sentence usually is.`,
              start_ms: startMs,
              end_ms: startMs + 1_300,
              timings: { recognition_ms: 300, translation_ms: 0, delivery_ms: 2 },
            }),
          );
        }
      };
    });
  });
  await heapPage.goto(listenUrl);
  await heapPage.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  const cdp = await heapContext.newCDPSession(heapPage);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapBefore = await heap();
  const fedAt = performance.now();
  feed!(finalsCount);
  await heapPage.locator(`[data-caption="final"][data-sequence="${finalsCount}"]`).waitFor();
  const takeMs = performance.now() - fedAt;
  const heapAfter = await heap();
  const rows = await heapPage.locator('[data-caption]').count();
  const domNodes = await heapPage.evaluate(() => document.getElementsByTagName('*').length);
  await heapContext.close();

  const figures = {
    date: new Date().toISOString().slice(0, 10),
    load: loadavg()[0]!.toFixed(1),
    firstCaptionMs: { median: Math.round(median(times)), min: Math.round(Math.min(...times)), max: Math.round(Math.max(...times)), rounds },
    heapAfter5000: {
      beforeMiB: +(heapBefore / 2 ** 20).toFixed(1),
      afterMiB: +(heapAfter / 2 ** 20).toFixed(1),
      rowsInDom: rows,
      domElements: domNodes,
      takeAllMs: Math.round(takeMs),
    },
  };
  console.log(JSON.stringify(figures));
  console.log(`listener page, production build, warm local stack (load ${figures.load}):`);
  console.log(
    `  first byte → first caption: ${figures.firstCaptionMs.median} ms median (min ${figures.firstCaptionMs.min}, max ${figures.firstCaptionMs.max}, ${rounds} reloads)`,
  );
  console.log(
    `  JS heap: ${figures.heapAfter5000.beforeMiB} MiB subscribed → ${figures.heapAfter5000.afterMiB} MiB after ${finalsCount} finals (after GC); ${rows} caption rows and ${domNodes} elements in the DOM; all ${finalsCount} shown in ${figures.heapAfter5000.takeAllMs} ms`,
  );
} finally {
  await browser.close();
  preview?.kill('SIGTERM');
  await stack.stop();
  rmSync(outDir, { recursive: true, force: true });
}
