/** The public entry of @ilenia/kit/persistence. */
export * from './database.js';
export * from './database-errors.js';
