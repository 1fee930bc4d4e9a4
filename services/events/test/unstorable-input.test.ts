/**
 * Issue 13's two classes of input that passed validation and failed in PostgreSQL (a 500): text the
 * database cannot store, and numbers no column or pagination holds. Both are refused with a 400 Problem
 * before any handler runs, on the real database.
 */
import { describe, expect, it } from 'vitest';
import { bodyOf, databaseEngines, problemOf } from '@ilenia/kit/testing';
import { call, newUserId, useHarness, type Schemas } from './support/events-harness.js';

const event = (title: string) => ({ title, starts_at: '2026-12-10T10:00:00Z', ends_at: '2026-12-10T12:00:00Z', timezone: 'Europe/Madrid' });

for (const engine of await databaseEngines('ilenia_events_unstorable')) {
  describe.skipIf(!engine.available)(`input PostgreSQL cannot hold, on ${engine.name}`, () => {
    const harness = useHarness(engine);

    it.each([
      ['a NUL character', 'Keynote\u0000'],
      ['a lone high surrogate', 'Keynote \ud83d'],
      ['a lone low surrogate', '\ude00 Keynote'],
    ])('refuses a title with %s as a validation Problem naming the field', async (_name, title) => {
      const token = await harness.user('manager', newUserId());
      const response = await call(harness, token).post('/v1/events').send(event(title));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        type: 'https://ilenia.dev/problems/validation',
        status: 400,
        errors: [{ location: 'body', path: '/title' }],
      });
    });

    it('refuses NUL in a property name, in the query and in a path parameter', async () => {
      const token = await harness.user('manager', newUserId());
      const key = await call(harness, token)
        .post('/v1/events')
        .send({ ...event('Keynote'), 'x\u0000': 1 });
      expect(key.status).toBe(400);
      const query = await call(harness, token).get('/v1/events?q=a%00b');
      expect(query.status).toBe(400);
      expect(problemOf(query).errors).toEqual([expect.objectContaining({ location: 'query', path: '/q' })]);
      const path = await call(harness, token).get('/v1/templates/%00');
      expect(path.status).toBe(400);
    });

    it('still stores every other character, astral ones included', async () => {
      const token = await harness.user('manager', newUserId());
      const title = 'Ünïcode 🎙️ 字幕 \u2028 tab\t';
      const response = await call(harness, token).post('/v1/events').send(event(title));
      expect(response.status).toBe(201);
      expect(bodyOf<Schemas['Event']>(response).title).toBe(title);
    });

    it('refuses an offset beyond a database integer, and answers the largest one', async () => {
      const token = await harness.user('manager', newUserId());
      for (const offset of ['2147483648', '9223372036854775808', '1e300']) {
        const response = await call(harness, token).get(`/v1/events?offset=${offset}`);
        expect(response.status, offset).toBe(400);
        expect(problemOf(response).errors?.[0], offset).toMatchObject({ location: 'query', path: '/offset' });
      }
      const largest = await call(harness, token).get('/v1/events?offset=2147483647');
      expect(largest.status).toBe(200);
      expect(largest.body).toMatchObject({ items: [], offset: 2147483647 });
    });
  });
}
