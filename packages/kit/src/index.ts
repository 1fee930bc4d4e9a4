/** The public entry of @ilenia/kit. */
export * from './app.js';
export * from './auth/authenticate.js';
export * from './auth/jwt-verifier.js';
export * from './auth/principal.js';
export * from './config.js';
export * from './health.js';
export * from './logger.js';
export * from './problem.js';
export * from './dependency-errors.js';
export * from './server.js';
export * from './service.js';
export * from './version.js';
export * from './dev-fixtures/index.js';
export * from './http/entity-tags.js';
export * from './auth/cross-site.js';
