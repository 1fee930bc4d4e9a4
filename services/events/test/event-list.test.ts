/** Listing events: visibility, filters, order and pages. */
import { describe, expect, it } from 'vitest';
import { bodyOf, databaseEngines, problemOf } from '@ilenia/kit/testing';
import { call, createEvent, createEventIn, fieldsOf, newUserId, useHarness, type Schemas } from './support/events-harness.js';

for (const engine of await databaseEngines('ilenia_events_list')) {
  describe.skipIf(!engine.available)(`the event list on ${engine.name}`, () => {
    const harness = useHarness(engine);

    describe('listEvents', () => {
      async function threeEvents() {
        const organiserId = newUserId();
        const token = await harness.user('manager', organiserId);
        const speakerId = newUserId();
        const listenerId = newUserId();
        const late = await createEvent(harness, token, {
          title: 'Résumé of the Summit',
          starts_at: '2026-12-10T10:00:00Z',
          ends_at: '2026-12-10T12:00:00Z',
        });
        const early = await createEventIn(harness, token, 'ready', {
          speakerId,
          overrides: { title: 'Opening keynote', starts_at: '2026-11-01T10:00:00Z', ends_at: '2026-11-01T11:00:00Z' },
        });
        const middle = await createEvent(harness, token, {
          title: '50% off: a workshop',
          starts_at: '2026-11-15T10:00:00Z',
          ends_at: '2026-11-15T11:00:00Z',
        });
        await call(harness, token).put(`/v1/events/${middle.id}/listeners/${listenerId}`);
        return { organiserId, token, speakerId, listenerId, late, early, middle };
      }

      it('lists the events one organises by starts_at, with channel counts and a total', async () => {
        const { token, late, early, middle } = await threeEvents();
        const response = await call(harness, token).get('/v1/events');
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ total: 3, limit: 50, offset: 0 });
        const items = bodyOf<Schemas['EventPage']>(response).items;
        expect(items.map((item) => item.id)).toEqual([early.id, middle.id, late.id]);
        expect(items[0]).toMatchObject({ status: 'ready', channel_count: 1 });
        expect(items[0]).not.toHaveProperty('channels');
      });

      it('pages with limit and offset, keeping the total', async () => {
        const { token, middle, late } = await threeEvents();
        const response = await call(harness, token).get('/v1/events?limit=2&offset=1');
        expect(response.body).toMatchObject({ total: 3, limit: 2, offset: 1 });
        expect(bodyOf<Schemas['EventPage']>(response).items.map((item) => item.id)).toEqual([middle.id, late.id]);
      });

      it('filters by status, dates, title (case- and accent-insensitively, wildcards literal) and organiser', async () => {
        const { token, organiserId, late, early, middle } = await threeEvents();
        const ids = async (query: string) =>
          bodyOf<Schemas['EventPage']>(await call(harness, token).get(`/v1/events?${query}`)).items.map((item) => item.id);
        expect(await ids('status=ready')).toEqual([early.id]);
        expect(await ids('status=draft&status=ready')).toEqual([early.id, middle.id, late.id]);
        expect(await ids('from=2026-11-10T00:00:00Z')).toEqual([middle.id, late.id]);
        expect(await ids('to=2026-11-15T10:00:00Z')).toEqual([early.id]);
        expect(await ids('from=2026-11-01T10:30:00%2B00:00&to=2026-11-20T00:00:00Z')).toEqual([early.id, middle.id]);
        expect(await ids('q=RESUME')).toEqual([late.id]);
        expect(await ids('q=50%25')).toEqual([middle.id]);
        expect(await ids('q=%25')).toEqual([middle.id]);
        expect(await ids(`organiser_id=${organiserId}`)).toEqual([early.id, middle.id, late.id]);
        expect(await ids(`organiser_id=${newUserId()}`)).toEqual([]);
      });

      it('shows speakers and listeners the events they are assigned to, and filters by role', async () => {
        const { speakerId, listenerId, early, middle } = await threeEvents();
        const speaker = await harness.user('speaker', speakerId);
        expect((await call(harness, speaker).get('/v1/events')).body).toMatchObject({ total: 1, items: [{ id: early.id }] });
        expect(bodyOf<Schemas['EventPage']>(await call(harness, speaker).get('/v1/events?role=speaker')).total).toBe(1);
        expect(bodyOf<Schemas['EventPage']>(await call(harness, speaker).get('/v1/events?role=listener')).total).toBe(0);
        const listener = await harness.user('listener', listenerId);
        expect((await call(harness, listener).get('/v1/events?role=listener')).body).toMatchObject({
          total: 1,
          items: [{ id: middle.id }],
        });
        const stranger = await harness.user('manager', newUserId());
        expect((await call(harness, stranger).get('/v1/events')).body).toMatchObject({ total: 0, items: [] });
      });

      it('shows admins and services every event; a service asking for its role gets nothing', async () => {
        const { organiserId } = await threeEvents();
        const admin = await harness.user('admin', newUserId());
        expect(bodyOf<Schemas['EventPage']>(await call(harness, admin).get(`/v1/events?organiser_id=${organiserId}`)).total).toBe(3);
        const service = await harness.service('live-service', ['events:read']);
        expect(bodyOf<Schemas['EventPage']>(await call(harness, service).get(`/v1/events?organiser_id=${organiserId}`)).total).toBe(3);
        expect(bodyOf<Schemas['EventPage']>(await call(harness, service).get('/v1/events?role=speaker')).total).toBe(0);
      });

      it('answers 400 naming the parameter for bad filters', async () => {
        const token = await harness.user('manager', newUserId());
        const cases: [string, string][] = [
          ['from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z', 'query/from'],
          ['status=paused', 'query/status'],
          ['status=draft,ready', 'query/status'],
          ['limit=0', 'query/limit'],
          ['limit=201', 'query/limit'],
          ['offset=-1', 'query/offset'],
          ['role=organiser', 'query/role'],
          ['from=yesterday', 'query/from'],
          ['colour=blue', 'query/colour'],
        ];
        for (const [query, field] of cases) {
          const response = await call(harness, token).get(`/v1/events?${query}`);
          expect(response.status, query).toBe(400);
          expect(
            fieldsOf(response).some((found) => found.startsWith(field)),
            `${query}: ${JSON.stringify(problemOf(response).errors)}`,
          ).toBe(true);
        }
      });
    });
  });
}
