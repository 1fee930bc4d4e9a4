/** Component tests of the web app: happy-dom, React, run from the repository root (`make test`). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

export default defineProject({
  root: webRoot,
  plugins: [react()],
  test: {
    name: 'web',
    environment: './src/test/happy-dom-environment.ts',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // As the services' tests: a bound for a loaded two-core machine, never a measure of speed.
    testTimeout: 30_000,
  },
});
