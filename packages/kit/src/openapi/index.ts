/** The public entry of @ilenia/kit/openapi. */
export * from './mock-handlers.js';
export * from './operation.js';
export * from './router.js';
