import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what the test expects to appear; their timeout is a bound for a loaded
// two-core CI machine, not a measure of speed (the library's 1 s default failed under load).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
