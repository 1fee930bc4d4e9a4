/**
 * Vitest's happy-dom environment, loading happy-dom from the web app's own dependencies: the tests
 * run under the repository root's Vitest, which cannot see web/node_modules until web/ is a workspace.
 */
import { GlobalWindow } from 'happy-dom';
import { populateGlobal, type Environment } from 'vitest/runtime';

const environment: Environment = {
  name: 'happy-dom',
  viteEnvironment: 'client',
  // Vitest hands the environment Node's global object, whose keys populateGlobal replaces and restores.
  setup(global: typeof globalThis & Record<string, unknown>) {
    const window = new GlobalWindow({ url: 'http://localhost:5173', console: global.console, settings: { disableErrorCapturing: true } });
    const { keys, originals } = populateGlobal(global, window, {
      bindFunctions: true,
      additionalKeys: [
        'Request',
        'Response',
        'MessagePort',
        'fetch',
        'Headers',
        'AbortController',
        'AbortSignal',
        'URL',
        'URLSearchParams',
        'FormData',
      ],
    });
    return {
      async teardown(target: Record<string | symbol, unknown>) {
        await window.happyDOM.abort();
        window.close();
        for (const key of keys) delete target[key];
        for (const [key, value] of originals) target[key] = value as unknown;
      },
    };
  },
};

export default environment;
