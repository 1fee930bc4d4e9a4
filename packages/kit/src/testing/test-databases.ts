import pg from 'pg';

/** The PostgreSQL server the integration tests use (the machine's, trust auth). */
export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

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
    if (process.env.CI === 'true') throw new Error(`CI needs PostgreSQL at ${testPostgresUrl}: ${(error as Error).message}`);
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
