/** The speech engines of the live-event service: what the session pipeline and `main.ts` use. */
export { readEngineConfig, type EngineConfig } from './config.js';
export { checkChannelLanguages, createEngines, type CreateEnginesOptions, type Engines, type UnservedLanguage } from './create-engines.js';
export { primaryLanguage } from './languages.js';
export * from './types.js';
