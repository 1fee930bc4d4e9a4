/**
 * Vitest global setup of the `web-e2e` project: starts the real stack (support/stack.ts) once for every
 * end-to-end file and hands its URLs to the tests (`inject('stack')`); stops it afterwards.
 * With `WEB_URL` set (`make web-e2e`), the tests run against that running stack instead (a developer's
 * `make dev`; its services at the default ports moved by `ILENIA_PORT_OFFSET`, or `AUTH_URL`,
 * `EVENTS_URL`, `LIVE_EVENT_URL`), which is left running.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './support/browser.js';
import { startStack } from './support/stack.js';

/** What the end-to-end tests need from the machine: Chromium, and the speech tools and engines of a talk. */
function missingPrerequisites(): string[] {
  const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  // As services/live-event/test/end-to-end.test.ts: the speech tools, and what live-event's engines build and load.
  const needed = [
    chromiumPath,
    'flite',
    'sox',
    'gcc',
    'pkg-config',
    'apertium-wblank-mode',
    '/usr/share/apertium/modes/eng-spa.mode',
    '/usr/include/pocketsphinx/pocketsphinx.h',
    '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
  ];
  return needed.filter((item) => (item.startsWith('/') ? !existsSync(item) : !onPath(item)));
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { webUrl: string; authUrl: string; liveEventUrl: string; eventsUrl: string };
    /** Why the end-to-end tests cannot run here (skipped, and named), empty when they can. */
    e2eMissing: string[];
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const missing = missingPrerequisites();
  project.provide('e2eMissing', missing);
  if (missing.length > 0) {
    // In CI they must run: the tests fail on the missing tools instead of skipping.
    if (process.env.CI === 'true') throw new Error(`The end-to-end tests need ${missing.join(', ')} (make apt-packages)`);
    project.provide('stack', { webUrl: '', authUrl: '', liveEventUrl: '', eventsUrl: '' });
    console.log(`web-e2e: skipped, missing ${missing.join(', ')} (make apt-packages installs them)`);
    return undefined;
  }
  const running = process.env.WEB_URL;
  if (running) {
    const offset = Number(process.env.ILENIA_PORT_OFFSET ?? 0);
    const at = (port: number) => `http://localhost:${port + offset}`;
    project.provide('stack', {
      webUrl: running.replace(/\/$/, ''),
      authUrl: process.env.AUTH_URL ?? at(8081),
      liveEventUrl: process.env.LIVE_EVENT_URL ?? at(8082),
      eventsUrl: process.env.EVENTS_URL ?? at(8083),
    });
    console.log(`web-e2e: against the running stack at ${running}`);
    return undefined;
  }
  const startedAt = Date.now();
  const stack = await startStack();
  project.provide('stack', {
    webUrl: stack.webUrl,
    authUrl: stack.serviceUrls.auth,
    liveEventUrl: stack.serviceUrls['live-event'],
    eventsUrl: stack.serviceUrls.events,
  });
  console.log(
    `web-e2e: the stack runs at ${stack.webUrl} (ILENIA_PORT_OFFSET=${stack.offset}), ready after ${Math.round((Date.now() - startedAt) / 1000)} s`,
  );
  return () => stack.stop();
}
