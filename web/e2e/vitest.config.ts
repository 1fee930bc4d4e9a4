/**
 * The `web-e2e` project of `make test`: the web app in Debian's Chromium (playwright-core) against the
 * real services, which global-setup.ts starts on free ports with fresh data and stops afterwards.
 * The files run one after another (one speaker per channel at a time) and after the other projects,
 * so the stack does not compete with them for the machine.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const e2eRoot = path.dirname(fileURLToPath(import.meta.url));

export default defineProject({
  root: e2eRoot,
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['global-setup.ts'],
    fileParallelism: false,
    // Generous: every step waits for what the page shows, and ends as soon as it happens.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    sequence: { groupOrder: 1 },
    env: { NODE_ENV: 'test' },
  },
});
