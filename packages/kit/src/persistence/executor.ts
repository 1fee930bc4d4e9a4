import type { Kysely, Transaction } from 'kysely';

/**
 * What a repository function runs its queries on: the database, or a transaction a caller opened so
 * that several repositories' writes commit together.
 */
export type Executor<Schema> = Kysely<Schema> | Transaction<Schema>;
