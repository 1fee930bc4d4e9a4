/** The persistence kit on both engines: embedded PGlite and the real PostgreSQL server. */
import { sql, type Generated, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseTarget } from '../src/persistence/database.js';
import { isForeignKeyViolation, isUniqueViolation } from '../src/persistence/database-errors.js';
import { databaseEngines } from '../src/testing/test-databases.js';

interface NoteTable {
  id: Generated<number>;
  title: string;
}
interface NoteLinkTable {
  note_id: number;
}
interface Schema {
  note: NoteTable;
  note_link: NoteLinkTable;
}

// Migrations are frozen in time: they see the database untyped.
const migrations: Record<string, Migration> = {
  '2026-11-28T10:00:00_create_note': {
    async up(db) {
      await db.schema
        .createTable('note')
        .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('title', 'text', (column) =>
          column
            .notNull()
            .unique()
            .check(sql`length(title) > 0`),
        )
        .execute();
    },
  },
  '2026-11-28T11:00:00_seed_note': {
    async up(db) {
      await db.insertInto('note').values({ title: 'first' }).execute();
    },
  },
  '2026-11-28T11:30:00_create_note_link': {
    async up(db) {
      await db.schema
        .createTable('note_link')
        .addColumn('note_id', 'integer', (column) => column.notNull().references('note.id'))
        .execute();
    },
  },
};

const broken: Record<string, Migration> = {
  ...migrations,
  '2026-11-28T12:00:00_broken': {
    async up(db) {
      await sql`alter table missing add column x int`.execute(db);
    },
  },
};

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

for (const engine of await databaseEngines('ilenia_kit')) {
  const makeTarget = async (): Promise<DatabaseTarget> => {
    const opened = await engine.open();
    cleanups.push(opened.drop);
    return opened.target;
  };
  describe.skipIf(!engine.available)(`persistence on ${engine.name}`, () => {
    it('applies the migrations on open, once, and enforces constraints with SQLSTATE codes', async () => {
      const target = await makeTarget();
      const database: Database<Schema> = await openDatabase<Schema>(target, migrations);
      try {
        await database.ping();
        expect(await database.db.selectFrom('note').select('title').execute()).toEqual([{ title: 'first' }]);
        const duplicate = await database.db
          .insertInto('note')
          .values({ title: 'first' })
          .execute()
          .catch((error: unknown) => error);
        expect((duplicate as { code?: string }).code).toBe('23505');
        expect(isUniqueViolation(duplicate)).toBe(true);
        expect(isUniqueViolation(duplicate, 'note_title_key')).toBe(true);
        expect(isUniqueViolation(duplicate, 'note_pkey')).toBe(false);
        const dangling = await database.db
          .insertInto('note_link')
          .values({ note_id: 999 })
          .execute()
          .catch((error: unknown) => error);
        expect(isForeignKeyViolation(dangling)).toBe(true);
        expect(isUniqueViolation(dangling)).toBe(false);
        const empty = await database.db
          .insertInto('note')
          .values({ title: '' })
          .execute()
          .catch((error: unknown) => error);
        expect((empty as { code?: string }).code).toBe('23514');
      } finally {
        await database.close();
      }
      if (target.kind === 'postgres') {
        // Reopening applies nothing twice: the seed row is still alone.
        const again = await openDatabase<Schema>(target, migrations);
        expect(
          await again.db
            .selectFrom('note')
            .select(({ fn }) => fn.countAll<string>().as('count'))
            .executeTakeFirst(),
        ).toEqual({ count: '1' });
        await again.close();
      }
    });

    it('isolates a transaction from concurrent queries and rolls it back whole', async () => {
      const database = await openDatabase<Schema>(await makeTarget(), migrations);
      try {
        const failing = database.db.transaction().execute(async (transaction) => {
          await transaction.insertInto('note').values({ title: 'inside' }).execute();
          throw new Error('abort');
        });
        const outside = database.db.insertInto('note').values({ title: 'outside' }).execute();
        await expect(failing).rejects.toThrow('abort');
        await outside;
        const titles = (await database.db.selectFrom('note').select('title').orderBy('id').execute()).map((row) => row.title);
        expect(titles).toEqual(['first', 'outside']);
      } finally {
        await database.close();
      }
    });

    it('refuses to start on a failing migration, naming it', async () => {
      await expect(openDatabase<Schema>(await makeTarget(), broken)).rejects.toThrow(/Migration 2026-11-28T12:00:00_broken failed/);
    });
  });
}
