/** The life cycle of events through the generated router: every allowed and forbidden move. */
import { describe, expect, it } from 'vitest';
import { bodyOf, databaseEngines, problemOf } from '@ilenia/kit/testing';
import { call, createEvent, createEventIn, fieldsOf, newUserId, useHarness, type Schemas } from './support/events-harness.js';

for (const engine of await databaseEngines('ilenia_events_status')) {
  describe.skipIf(!engine.available)(`event status on ${engine.name}`, () => {
    const harness = useHarness(engine);

    describe('setEventStatus', () => {
      const forbiddenMoves: ['draft' | 'ready' | 'live' | 'ended', string, string[]][] = [
        ['draft', 'draft', ['ready']],
        ['draft', 'live', ['ready']],
        ['draft', 'ended', ['ready']],
        ['ready', 'ready', ['draft', 'live']],
        ['ready', 'ended', ['draft', 'live']],
        ['live', 'draft', ['ended']],
        ['live', 'ready', ['ended']],
        ['live', 'live', ['ended']],
        ['ended', 'draft', []],
        ['ended', 'ready', []],
        ['ended', 'live', []],
        ['ended', 'ended', []],
      ];
      for (const [from, to, allowed] of forbiddenMoves) {
        it(`refuses ${from} → ${to} with 409 listing the allowed moves`, async () => {
          const token = await harness.user('manager', newUserId());
          const event = await createEventIn(harness, token, from);
          const response = await call(harness, token)
            .put(`/v1/events/${event.id}/status`)
            .set('If-Match', `"${event.version}"`)
            .send({ status: to });
          expect(response.status).toBe(409);
          expect(response.body).toMatchObject({ type: 'https://ilenia.dev/problems/invalid-status-transition', allowed });
          expect(problemOf(response).detail).toContain(`The event is ${from}`);
          expect((await call(harness, token).get(`/v1/events/${event.id}`)).body).toMatchObject({ status: from, version: event.version });
        });
      }

      it('walks draft → ready → draft → ready → live → ended, one version per move', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'draft');
        let version = event.version;
        for (const status of ['ready', 'draft', 'ready', 'live', 'ended']) {
          const response = await call(harness, token).put(`/v1/events/${event.id}/status`).set('If-Match', `"${version}"`).send({ status });
          expect(response.status).toBe(200);
          expect(bodyOf<Schemas['Event']>(response).status).toBe(status);
          expect(response.headers.etag).toBe(`"${version + 1}"`);
          version += 1;
        }
      });

      it('refuses ready without a channel, or without a speaker, naming what is missing', async () => {
        const token = await harness.user('manager', newUserId());
        const bare = await createEvent(harness, token);
        const noChannel = await call(harness, token).put(`/v1/events/${bare.id}/status`).set('If-Match', '"1"').send({ status: 'ready' });
        expect(noChannel.status).toBe(409);
        expect(problemOf(noChannel).type).toBe('https://ilenia.dev/problems/event-not-prepared');
        expect(problemOf(noChannel).detail).toContain('no channel');
        const unstaffed = await createEvent(harness, token, {
          channels: [{ name: 'Q&A floor', source_language: 'es', target_languages: ['en'] }],
        });
        const noSpeaker = await call(harness, token)
          .put(`/v1/events/${unstaffed.id}/status`)
          .set('If-Match', '"1"')
          .send({ status: 'ready' });
        expect(noSpeaker.status).toBe(409);
        expect(problemOf(noSpeaker).detail).toContain('Q&A floor');
        expect((await call(harness, token).get(`/v1/events/${unstaffed.id}`)).body).toMatchObject({ status: 'draft', version: 1 });
      });

      it('answers 412 on a stale version and 428 without one', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'ready');
        expect(
          (
            await call(harness, token)
              .put(`/v1/events/${event.id}/status`)
              .set('If-Match', `"${event.version - 1}"`)
              .send({ status: 'live' })
          ).status,
        ).toBe(412);
        expect((await call(harness, token).put(`/v1/events/${event.id}/status`).send({ status: 'live' })).status).toBe(428);
      });

      it('lets a service granted events:manage_all move any event, and refuses one without it', async () => {
        const event = await createEventIn(harness, await harness.user('manager', newUserId()), 'ready');
        const plain = await harness.service('live-service', ['events:read', 'events:write']);
        expect(
          (await call(harness, plain).put(`/v1/events/${event.id}/status`).set('If-Match', `"${event.version}"`).send({ status: 'live' }))
            .status,
        ).toBe(403);
        const granted = await harness.service('live-service', ['events:read', 'events:write', 'events:manage_all']);
        expect(
          (await call(harness, granted).put(`/v1/events/${event.id}/status`).set('If-Match', `"${event.version}"`).send({ status: 'live' }))
            .status,
        ).toBe(200);
      });

      it('answers 400 naming the field for a status that does not exist', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEvent(harness, token);
        const response = await call(harness, token).put(`/v1/events/${event.id}/status`).set('If-Match', '"1"').send({ status: 'paused' });
        expect(response.status).toBe(400);
        expect(fieldsOf(response)).toEqual(['body/status']);
      });
    });
  });
}
