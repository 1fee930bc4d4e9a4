/**
 * Vitest global setup of the `web-e2e` project: starts the real stack (support/stack.ts) once for every
 * end-to-end file and hands its URLs to the tests (`inject('stack')`); stops it afterwards.
 * With `WEB_URL` set (`make web-e2e`), the tests run against that running stack instead (a developer's
 * `make dev`; its services at the default ports moved by `ILENIA_PORT_OFFSET`, or `AUTH_URL`,
 * `EVENTS_URL`, `LIVE_EVENT_URL`), which is left running.
 */
import type { TestProject } from 'vitest/node';
import { startStack } from './support/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { webUrl: string; authUrl: string; liveEventUrl: string; eventsUrl: string };
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const running = process.env.WEB_URL;
  if (running) {
    const offset = Number(process.env.ILENIA_PORT_OFFSET ?? 0);
    const at = (port: number) => `http://localhost:${port + offset}`;
    project.provide('stack', { webUrl: running.replace(/\/$/, ''), authUrl: process.env.AUTH_URL ?? at(8081), liveEventUrl: process.env.LIVE_EVENT_URL ?? at(8082), eventsUrl: process.env.EVENTS_URL ?? at(8083) });
    console.log(`web-e2e: against the running stack at ${running}`);
    return undefined;
  }
  const stack = await startStack();
  project.provide('stack', { webUrl: stack.webUrl, authUrl: stack.serviceUrls.auth, liveEventUrl: stack.serviceUrls['live-event'], eventsUrl: stack.serviceUrls.events });
  console.log(`web-e2e: the stack runs at ${stack.webUrl} (ILENIA_PORT_OFFSET=${stack.offset})`);
  return () => stack.stop();
}
