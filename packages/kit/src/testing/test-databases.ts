import pg from 'pg';
import type { DatabaseTarget } from '../persistence/database.js';

/** The PostgreSQL server the integration tests use (the machine's, trust auth). */
const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Whether PostgreSQL tests can run. In CI a missing server is a failure, not a skip, so this throws
 * there; elsewhere the tests that need it are skipped and say so in their name.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(`CI needs PostgreSQL at ${testPostgresUrl}: ${(error as Error).message}`, { cause: error });
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates an empty database for one test file and returns its URL and a function that drops it. */
export async function createScratchDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const cleaner = new pg.Client({ connectionString: testPostgresUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists "${name}" with (force)`);
      await cleaner.end();
    },
  };
}

/** One database engine a test file runs on; an unavailable one is still listed, so the skip shows in the report. */
export interface DatabaseEngine {
  /** `PGlite`, `PostgreSQL`, or `PostgreSQL (skipped: no PostgreSQL)`. */
  name: string;
  available: boolean;
  /** A fresh, empty database for one test file, and how to drop it afterwards. */
  open(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }>;
}

/**
 * The engines every service's database tests run on: PGlite always, PostgreSQL when the server is
 * reachable (in CI `postgresAvailable` throws instead of skipping). Use it as
 * `for (const engine of await databaseEngines('ilenia_x')) describe.skipIf(!engine.available)(...)`.
 */
export async function databaseEngines(prefix: string): Promise<DatabaseEngine[]> {
  const postgres = await postgresAvailable();
  return [
    { name: 'PGlite', available: true, open: () => Promise.resolve({ target: { kind: 'pglite' }, drop: async () => {} }) },
    {
      name: postgres ? 'PostgreSQL' : 'PostgreSQL (skipped: no PostgreSQL)',
      available: postgres,
      open: async () => {
        const scratch = await createScratchDatabase(prefix);
        return { target: { kind: 'postgres', url: scratch.url, poolSize: 5 }, drop: scratch.drop };
      },
    },
  ];
}
