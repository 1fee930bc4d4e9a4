/** What `make build` ships: one bundle per service, and the files the bundles read at run time. */
export interface ServiceBuild {
  name: string;
  /** Repository-relative path of the service's `main.ts`. */
  entry: string;
}

export const serviceBuilds: readonly ServiceBuild[] = [
  { name: 'auth', entry: 'services/auth/src/main.ts' },
  { name: 'events', entry: 'services/events/src/main.ts' },
  { name: 'live-event', entry: 'services/live-event/src/main.ts' },
  { name: 'livekit-provider', entry: 'services/livekit-provider/src/main.ts' },
  { name: 'live-service', entry: 'services/live-service/src/main.ts' },
];

/**
 * Folders that code names by `new URL('…/', import.meta.url)` and the files under them it reads. A
 * file named by URL is copied on its own; a folder cannot be copied whole (it holds sources and tests),
 * so the build fails on a folder missing here.
 */
export const folderRuntimeFiles: Readonly<Record<string, readonly string[]>> = {
  // @ilenia/speech-engines compiles its pocketsphinx helper from this C source at start.
  'packages/speech-engines/': ['native/ps-stream.c'],
};

/** Bundle folder of a service, relative to the repository root. */
export function serviceOutputDir(name: string): string {
  return `dist/${name}`;
}
