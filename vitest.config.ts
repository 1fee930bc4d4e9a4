import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/__transpiled/**', '.tmp/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Tests run on the development defaults; a test that needs production says NODE_ENV=production.
    env: { NODE_ENV: 'test' },
    reporters: ['default'],
    projects: [
      // Services and tooling run in Node with the options above.
      { extends: true, test: { name: 'services', include: ['packages/**/*.test.ts', 'services/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      // The web app's component tests run in happy-dom with its own React (web/vitest.config.ts).
      'web/vitest.config.ts',
      // The web app end to end in Chromium against the real stack it starts (web/e2e/vitest.config.ts), after the others.
      'web/e2e/vitest.config.ts',
    ],
  },
});
