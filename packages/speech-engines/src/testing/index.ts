/** The public entry of @ilenia/speech-engines/testing. */
export * from './engine-availability.js';
export * from './fake-engines.js';
export * from './speech-fixtures.js';
export * from './wer.js';
