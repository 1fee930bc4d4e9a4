import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';

/** How a service keeps its data: PostgreSQL (`USE_DATABASE=true`) or an embedded PGlite. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` undefined keeps the database in memory (tests); a folder keeps it across restarts. */
  | { kind: 'pglite'; dataDir?: string };

export interface Database<Schema> {
  db: Kysely<Schema>;
  kind: DatabaseTarget['kind'];
  /** A trivial query, for `/ready`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Where a service's configuration says its data lives (`USE_DATABASE`, `DATABASE_URL`, `PGLITE_DATA_DIR`). */
export function databaseTarget(config: { useDatabase: boolean; url?: string; pgliteDataDir?: string }): DatabaseTarget {
  return config.useDatabase ? { kind: 'postgres', url: config.url! } : { kind: 'pglite', dataDir: config.pgliteDataDir };
}

/**
 * Opens the database and applies the service's migrations before returning, so a service never
 * serves a request against an old schema. PGlite is wired through Kysely's stock PostgresDialect over
 * a one-connection pg.Pool (PGlite's own driver would run concurrent queries inside open transactions).
 */
export async function openDatabase<Schema>(target: DatabaseTarget, migrations: Record<string, Migration>): Promise<Database<Schema>> {
  let pool: pg.Pool;
  let closeEngine: () => Promise<void> = async () => {};
  if (target.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    if (target.dataDir) await fs.mkdir(path.resolve(target.dataDir), { recursive: true });
    const pglite = await PGlite.create(target.dataDir ? path.resolve(target.dataDir) : undefined);
    pool = new pg.Pool(createPgConfig(pglite));
    closeEngine = () => pglite.close();
  }
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // Nor may a checked-out one: the pool listens only to idle clients, and a server shutting down
  // (57P01) tells a client between two queries of a request, whose next query then fails (a 503).
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db, migrations);
  } catch (error) {
    await db.destroy();
    await closeEngine();
    throw error;
  }
  return {
    db,
    kind: target.kind,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
      await closeEngine();
    },
  };
}

/** Applies every pending migration in name order; fails with the migration's name and cause. */
// Migrations are frozen in time and see the database untyped, as Kysely recommends.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's migrations take Kysely<any> by design
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: error });
  }
  return (results ?? []).map((result) => result.migrationName);
}
