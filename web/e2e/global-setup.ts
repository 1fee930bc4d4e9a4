/**
 * Vitest global setup of the `web-e2e` project: starts the real stack (support/stack.ts) once for every
 * end-to-end file and hands its URLs to the tests (`inject('stack')`); stops it afterwards.
 */
import type { TestProject } from 'vitest/node';
import { startStack } from './support/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { webUrl: string; authUrl: string; liveEventUrl: string; eventsUrl: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await startStack();
  project.provide('stack', { webUrl: stack.webUrl, authUrl: stack.serviceUrls.auth, liveEventUrl: stack.serviceUrls['live-event'], eventsUrl: stack.serviceUrls.events });
  console.log(`web-e2e: the stack runs at ${stack.webUrl} (ILENIA_PORT_OFFSET=${stack.offset})`);
  return () => stack.stop();
}
