import { readFileSync } from 'node:fs';

/** The platform's version, from the root package.json (every service ships with the same one). */
export const platformVersion: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
