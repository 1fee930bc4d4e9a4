// One lint for the code base: type-aware typescript-eslint over services, packages, scripts, templates,
// benches and the web app. Formatting is Prettier's job (eslint-config-prettier turns off what overlaps).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What plain JavaScript run by Node (the dev runner's preload, the generator template) may use unimported. */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'generated/**',
      'dist/**',
      'coverage/**',
      '.tmp/**',
      '.data/**',
      '**/node_modules/**',
      '**/__transpiled/**',
      '**/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The web app's build and browser-test files belong to its node project, which the project service does not find by itself.
    files: ['web/e2e/**/*.ts', 'web/vite.config.ts', 'web/vitest.config.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './web/tsconfig.node.json' } },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'templates/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: nodeGlobals },
  },
  prettier,
);
