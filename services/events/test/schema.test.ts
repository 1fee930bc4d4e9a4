/**
 * The rules the API enforces hold in the database too, for any writer: the migrations' constraints
 * and triggers refuse what the handlers would refuse (SQLSTATE 23514 check_violation, 23505 unique).
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import { eventsMigrations } from '../src/db/migrations/index.js';
import type { EventsDatabase } from '../src/db/schema.js';
import { databaseEngines } from '@ilenia/kit/testing';
import { newUserId } from './support/events-harness.js';

async function sqlState(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

for (const engine of await databaseEngines('ilenia_events_schema')) {
  describe.skipIf(!engine.available)(`the events schema on ${engine.name}`, () => {
    let database: Database<EventsDatabase>;
    let drop: () => Promise<void>;
    let db: Kysely<EventsDatabase>;
    beforeAll(async () => {
      if (!engine.available) return;
      const opened = await engine.open();
      drop = opened.drop;
      database = await openDatabase<EventsDatabase>(opened.target, eventsMigrations);
      db = database.db;
    });
    afterAll(async () => {
      await database?.close();
      await drop?.();
    });

    async function event(status: 'draft' | 'ready' = 'draft', withSpeaker = status === 'ready') {
      const id = newUserId();
      const channelId = newUserId();
      await db.transaction().execute(async (transaction) => {
        await transaction
          .insertInto('events')
          .values({
            id,
            title: 'T',
            title_search: 't',
            starts_at: '2026-11-28T17:00:00Z',
            ends_at: '2026-11-28T18:00:00Z',
            timezone: 'UTC',
            organiser_id: newUserId(),
            status,
          })
          .execute();
        await transaction
          .insertInto('channels')
          .values({ id: channelId, event_id: id, name: 'Main', source_language: 'en', target_languages: ['es'] })
          .execute();
        if (withSpeaker)
          await transaction
            .insertInto('channel_speakers')
            .values({ channel_id: channelId, event_id: id, user_id: newUserId(), assigned_by: 'test' })
            .execute();
      });
      return { id, channelId };
    }
    const setStatus = (id: string, status: string) => sql`update events set status = ${status} where id = ${id}`.execute(db);

    it('allows only the life cycle’s moves', async () => {
      const { id } = await event('ready');
      expect(await sqlState(setStatus(id, 'ended'))).toBe('23514');
      expect(await sqlState(setStatus(id, 'paused'))).toBe('23514');
      expect(await sqlState(setStatus(id, 'live'))).toBeUndefined();
      expect(await sqlState(setStatus(id, 'draft'))).toBe('23514');
      expect(await sqlState(setStatus(id, 'ended'))).toBeUndefined();
      expect(await sqlState(setStatus(id, 'live'))).toBe('23514');
    });

    it('keeps ready and live events staffed, checked at commit', async () => {
      const bare = await event('draft');
      expect(await sqlState(setStatus(bare.id, 'ready'))).toBe('23514');
      const staffed = await event('ready');
      expect(await sqlState(db.deleteFrom('channel_speakers').where('event_id', '=', staffed.id).execute())).toBe('23514');
      expect(await sqlState(db.deleteFrom('channels').where('event_id', '=', staffed.id).execute())).toBe('23514');
      // Within one transaction the order does not matter, only the outcome.
      const swapped = await sqlState(
        db.transaction().execute(async (transaction) => {
          await transaction.deleteFrom('channel_speakers').where('event_id', '=', staffed.id).execute();
          await transaction
            .insertInto('channel_speakers')
            .values({ channel_id: staffed.channelId, event_id: staffed.id, user_id: newUserId(), assigned_by: 'test' })
            .execute();
        }),
      );
      expect(swapped).toBeUndefined();
    });

    it('deletes only draft and ended events, with everything attached', async () => {
      const ready = await event('ready');
      expect(await sqlState(db.deleteFrom('events').where('id', '=', ready.id).execute())).toBe('23514');
      await setStatus(ready.id, 'live');
      await setStatus(ready.id, 'ended');
      await db.insertInto('event_listeners').values({ event_id: ready.id, user_id: newUserId(), assigned_by: 'test' }).execute();
      await db
        .insertInto('session_records')
        .values({
          id: newUserId(),
          event_id: ready.id,
          channel_id: ready.channelId,
          mode: 'websocket',
          started_at: '2026-11-28T17:00:00Z',
          ended_at: '2026-11-28T17:30:00Z',
          segment_count: 1,
          listeners_peak: 1,
          written_by: 'test',
          transcripts: '[]',
          recording_url: null,
        })
        .execute();
      expect(await sqlState(db.deleteFrom('events').where('id', '=', ready.id).execute())).toBeUndefined();
      for (const table of ['channels', 'channel_speakers', 'event_listeners', 'session_records'] as const) {
        expect(await db.selectFrom(table).select('event_id').where('event_id', '=', ready.id).execute()).toEqual([]);
      }
    });

    it('freezes channels from live on, and speakers once ended', async () => {
      const { id, channelId } = await event('ready');
      await setStatus(id, 'live');
      expect(
        await sqlState(
          db
            .insertInto('channels')
            .values({ id: newUserId(), event_id: id, name: 'Late', source_language: 'en', target_languages: [] })
            .execute(),
        ),
      ).toBe('23514');
      expect(
        await sqlState(
          db
            .updateTable('channels')
            .set({ target_languages: ['de'] })
            .where('id', '=', channelId)
            .execute(),
        ),
      ).toBe('23514');
      expect(
        await sqlState(
          db
            .insertInto('channel_speakers')
            .values({ channel_id: channelId, event_id: id, user_id: newUserId(), assigned_by: 'test' })
            .execute(),
        ),
      ).toBeUndefined();
      await setStatus(id, 'ended');
      expect(
        await sqlState(
          db
            .insertInto('channel_speakers')
            .values({ channel_id: channelId, event_id: id, user_id: newUserId(), assigned_by: 'test' })
            .execute(),
        ),
      ).toBe('23514');
    });

    it('refuses repeated targets, a target equal to the source, and a name the event already has in any case', async () => {
      const { id } = await event('draft');
      const channel = (name: string, source: string, targets: string[]) =>
        db
          .insertInto('channels')
          .values({ id: newUserId(), event_id: id, name, source_language: source, target_languages: targets })
          .execute();
      expect(await sqlState(channel('A', 'en', ['es', 'es']))).toBe('23514');
      expect(await sqlState(channel('B', 'en', ['es', 'en']))).toBe('23514');
      expect(await sqlState(channel('MAIN', 'en', ['es']))).toBe('23505');
      expect(await sqlState(channel('Side', 'en', ['es', 'fr']))).toBeUndefined();
    });

    it('refuses an event ending before it starts, a record ending before it started, and a template name taken in any case', async () => {
      expect(
        await sqlState(
          db
            .insertInto('events')
            .values({
              id: newUserId(),
              title: 'T',
              title_search: 't',
              starts_at: '2026-11-28T18:00:00Z',
              ends_at: '2026-11-28T17:00:00Z',
              timezone: 'UTC',
              organiser_id: newUserId(),
            })
            .execute(),
        ),
      ).toBe('23514');
      const { id, channelId } = await event('ready');
      expect(
        await sqlState(
          db
            .insertInto('session_records')
            .values({
              id: newUserId(),
              event_id: id,
              channel_id: channelId,
              mode: 'livekit',
              started_at: '2026-11-28T18:00:00Z',
              ended_at: '2026-11-28T17:00:00Z',
              segment_count: 0,
              listeners_peak: 0,
              written_by: 'test',
              transcripts: '[]',
              recording_url: null,
            })
            .execute(),
        ),
      ).toBe('23514');
      const name = `Keynote ${newUserId()}`;
      const template = (templateName: string) =>
        db
          .insertInto('templates')
          .values({
            id: newUserId(),
            name: templateName,
            name_search: templateName.toLowerCase(),
            description: null,
            channels: '[]',
            created_by: 'test',
          })
          .execute();
      expect(await sqlState(template(name))).toBeUndefined();
      expect(await sqlState(template(name.toUpperCase()))).toBe('23505');
    });
  });
}
