/** The public entry of @ilenia/kit/testing. */
export * from './test-databases.js';
export * from './test-tokens.js';
export * from './fake-upstreams.js';
export * from './response-bodies.js';
