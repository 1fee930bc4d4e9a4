/** Events through the generated router: create, read, change and delete. */
import { describe, expect, it } from 'vitest';
import { bodyOf, databaseEngines, problemOf } from '@ilenia/kit/testing';
import { call, createEvent, createEventIn, eventBody, fieldsOf, newUserId, useHarness, type Schemas } from './support/events-harness.js';

for (const engine of await databaseEngines('ilenia_events_http')) {
  describe.skipIf(!engine.available)(`events on ${engine.name}`, () => {
    const harness = useHarness(engine);

    describe('createEvent', () => {
      it('creates a draft organised by the caller, with channels, Location and ETag', async () => {
        const managerId = newUserId();
        const speakerId = newUserId();
        const token = await harness.user('manager', managerId);
        const response = await call(harness, token)
          .post('/v1/events')
          .send(
            eventBody({
              description: 'Opening keynote',
              channels: [{ name: 'Main stage', source_language: 'EN', target_languages: ['es', 'pt-br'], speakers: [speakerId] }],
            }),
          );
        expect(response.status).toBe(201);
        const created = bodyOf<Schemas['Event']>(response);
        expect(response.headers.location).toBe(`/v1/events/${created.id}`);
        expect(response.headers.etag).toBe('"1"');
        expect(response.body).toMatchObject({
          title: 'Open Science Summit 2026 — Keynote',
          description: 'Opening keynote',
          starts_at: '2026-11-28T18:00:00+01:00',
          ends_at: '2026-11-28T19:30:00+01:00',
          timezone: 'Europe/Madrid',
          organiser_id: managerId,
          status: 'draft',
          template_id: null,
          version: 1,
        });
        expect(created.channels).toEqual([
          expect.objectContaining({
            name: 'Main stage',
            source_language: 'en',
            target_languages: ['es', 'pt-BR'],
            speakers: [speakerId],
            event_id: created.id,
          }),
        ]);
      });

      it('shows the times with the offset of the event’s time zone at each instant (summer and winter)', async () => {
        const token = await harness.user('manager', newUserId());
        const response = await call(harness, token)
          .post('/v1/events')
          .send(eventBody({ starts_at: '2026-10-24T10:00:00Z', ends_at: '2026-10-26T10:00:00Z', timezone: 'Europe/Madrid' }));
        expect(response.status).toBe(201);
        expect(bodyOf<Schemas['Event']>(response)).toMatchObject({
          starts_at: '2026-10-24T12:00:00+02:00',
          ends_at: '2026-10-26T11:00:00+01:00',
        });
      });

      const invalid: [string, Record<string, unknown>, string[]][] = [
        ['an empty title', { title: '' }, ['body/title']],
        ['an end before the start', { ends_at: '2026-11-28T17:00:00+01:00' }, ['body/ends_at']],
        ['an end equal to the start', { ends_at: '2026-11-28T18:00:00+01:00' }, ['body/ends_at']],
        ['an unknown time zone', { timezone: 'Europe/Madird' }, ['body/timezone']],
        ['a start that is not a date-time', { starts_at: 'tomorrow' }, ['body/starts_at']],
        ['an unknown field', { colour: 'blue' }, ['body']],
        [
          'a channel translating into its source',
          { channels: [{ name: 'A', source_language: 'en', target_languages: ['EN'] }] },
          ['body/channels/0/target_languages'],
        ],
        [
          'a channel repeating a target in another case',
          { channels: [{ name: 'A', source_language: 'en', target_languages: ['es', 'ES'] }] },
          ['body/channels/0/target_languages'],
        ],
        [
          'two channels with the same name',
          {
            channels: [
              { name: 'Main', source_language: 'en', target_languages: [] },
              { name: 'MAIN', source_language: 'es', target_languages: [] },
            ],
          },
          ['body/channels/1/name'],
        ],
        [
          'a language that is no BCP 47 tag',
          { channels: [{ name: 'A', source_language: 'english', target_languages: [] }] },
          ['body/channels/0/source_language'],
        ],
      ];
      for (const [name, overrides, fields] of invalid) {
        it(`answers 400 naming the field for ${name}`, async () => {
          const token = await harness.user('manager', newUserId());
          const response = await call(harness, token).post('/v1/events').send(eventBody(overrides));
          expect(response.status).toBe(400);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(problemOf(response).type).toBe('https://ilenia.dev/problems/validation');
          for (const field of fields) expect(fieldsOf(response).some((found) => found.startsWith(field))).toBe(true);
        });
      }

      it('reports every invalid field at once', async () => {
        const token = await harness.user('manager', newUserId());
        const response = await call(harness, token)
          .post('/v1/events')
          .send(eventBody({ timezone: 'Mars/Olympus', ends_at: '2026-11-28T17:00:00+01:00' }));
        expect(response.status).toBe(400);
        expect(fieldsOf(response)).toEqual(expect.arrayContaining(['body/timezone', 'body/ends_at']));
      });

      it('lets only holders of events:manage_all and services name another organiser', async () => {
        const colleague = newUserId();
        const manager = await harness.user('manager', newUserId());
        const refused = await call(harness, manager)
          .post('/v1/events')
          .send(eventBody({ organiser_id: colleague }));
        expect(refused.status).toBe(403);
        expect(problemOf(refused).missing_permissions).toEqual(['events:manage_all']);
        const admin = await harness.user('admin', newUserId());
        const byAdmin = await call(harness, admin)
          .post('/v1/events')
          .send(eventBody({ organiser_id: colleague }));
        expect(byAdmin.status).toBe(201);
        expect(bodyOf<Schemas['Event']>(byAdmin).organiser_id).toBe(colleague);
        const service = await harness.service('scheduler', ['events:write']);
        const byService = await call(harness, service)
          .post('/v1/events')
          .send(eventBody({ organiser_id: colleague }));
        expect(byService.status).toBe(201);
        expect(bodyOf<Schemas['Event']>(byService).organiser_id).toBe(colleague);
      });

      it('asks a service token, which has no user, to name the organiser', async () => {
        const service = await harness.service('scheduler', ['events:write']);
        const response = await call(harness, service).post('/v1/events').send(eventBody());
        expect(response.status).toBe(400);
        expect(fieldsOf(response)).toEqual(['body/organiser_id']);
      });

      it('answers 401 without a token and 403 to speakers and listeners', async () => {
        expect((await call(harness, 'x').post('/v1/events').set('Authorization', '').send(eventBody())).status).toBe(401);
        for (const role of ['speaker', 'listener'] as const) {
          const response = await call(harness, await harness.user(role, newUserId()))
            .post('/v1/events')
            .send(eventBody());
          expect(response.status).toBe(403);
          expect(problemOf(response).missing_permissions).toEqual(['events:write']);
        }
      });
    });

    describe('getEvent', () => {
      it('shows the event to its organiser, speakers, listeners, admins and services, with its ETag', async () => {
        const organiser = await harness.user('manager', newUserId());
        const speakerId = newUserId();
        const listenerId = newUserId();
        const event = await createEventIn(harness, organiser, 'ready', { speakerId });
        expect((await call(harness, organiser).put(`/v1/events/${event.id}/listeners/${listenerId}`)).status).toBe(204);
        const readers = [
          organiser,
          await harness.user('speaker', speakerId),
          await harness.user('listener', listenerId),
          await harness.user('admin', newUserId()),
          await harness.service('live-service', ['events:read', 'session_records:write']),
        ];
        for (const token of readers) {
          const response = await call(harness, token).get(`/v1/events/${event.id}`);
          expect(response.status).toBe(200);
          expect(response.headers.etag).toBe(`"${event.version}"`);
          expect(response.body).toMatchObject({ id: event.id, status: 'ready', version: event.version });
          expect(bodyOf<Schemas['Event']>(response).channels[0]?.speakers).toEqual([speakerId]);
        }
      });

      it('answers 404 to whoever may not see it, exactly as for an event that does not exist', async () => {
        const event = await createEvent(harness, await harness.user('manager', newUserId()));
        const stranger = await harness.user('manager', newUserId());
        const hidden = await call(harness, stranger).get(`/v1/events/${event.id}`);
        const missing = await call(harness, stranger).get(`/v1/events/${newUserId()}`);
        expect(hidden.status).toBe(404);
        expect(missing.status).toBe(404);
        expect(problemOf(hidden).title).toBe(problemOf(missing).title);
        expect(problemOf(hidden).type).toBe('https://ilenia.dev/problems/not-found');
      });

      it('answers 400 for an id that is not a UUID and 403 for a service without events:read', async () => {
        const manager = await harness.user('manager', newUserId());
        const malformed = await call(harness, manager).get('/v1/events/not-a-uuid');
        expect(malformed.status).toBe(400);
        expect(fieldsOf(malformed)).toEqual(['path/event_id']);
        const service = await harness.service('livekit-provider', ['rooms:read']);
        const forbidden = await call(harness, service).get(`/v1/events/${newUserId()}`);
        expect(forbidden.status).toBe(403);
        expect(problemOf(forbidden).missing_permissions).toEqual(['events:read']);
      });
    });

    describe('updateEvent', () => {
      it('merges the patch, bumps the version and answers the new ETag', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEvent(harness, token, { description: 'Old' });
        const response = await call(harness, token)
          .patch(`/v1/events/${event.id}`)
          .set('If-Match', '"1"')
          .send({ title: 'Renamed', description: null, starts_at: '2026-11-28T18:30:00+01:00', ends_at: '2026-11-28T20:00:00+01:00' });
        expect(response.status).toBe(200);
        expect(response.headers.etag).toBe('"2"');
        expect(response.body).toMatchObject({
          title: 'Renamed',
          description: null,
          starts_at: '2026-11-28T18:30:00+01:00',
          ends_at: '2026-11-28T20:00:00+01:00',
          version: 2,
        });
        const untouched = await call(harness, token)
          .patch(`/v1/events/${event.id}`)
          .set('If-Match', '"2"')
          .send({ timezone: 'America/Mexico_City' });
        expect(untouched.body).toMatchObject({
          title: 'Renamed',
          timezone: 'America/Mexico_City',
          starts_at: '2026-11-28T11:30:00-06:00',
          version: 3,
        });
      });

      it('checks the merged times: moving only the start past the stored end is a 400 naming ends_at', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEvent(harness, token);
        const response = await call(harness, token)
          .patch(`/v1/events/${event.id}`)
          .set('If-Match', '"1"')
          .send({ starts_at: '2026-11-28T21:00:00+01:00' });
        expect(response.status).toBe(400);
        expect(fieldsOf(response)).toEqual(['body/ends_at']);
      });

      it('answers 412 on a stale version or a weak tag, 428 without If-Match, 400 for a bare version and for an empty patch', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEvent(harness, token);
        expect((await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', '"1"').send({ title: 'First' })).status).toBe(
          200,
        );
        const stale = await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', '"1"').send({ title: 'Second' });
        expect(stale.status).toBe(412);
        expect(problemOf(stale).type).toBe('https://ilenia.dev/problems/precondition-failed');
        const weak = await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', 'W/"2"').send({ title: 'Second' });
        expect(weak.status).toBe(412);
        const missing = await call(harness, token).patch(`/v1/events/${event.id}`).send({ title: 'Third' });
        expect(missing.status).toBe(428);
        const bare = await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', '2').send({ title: 'Fourth' });
        expect(bare.status).toBe(400);
        expect(fieldsOf(bare)).toEqual(['header/if-match']);
        const empty = await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', '"2"').send({});
        expect(empty.status).toBe(400);
        expect((await call(harness, token).get(`/v1/events/${event.id}`)).body).toMatchObject({ title: 'First', version: 2 });
      });

      it('takes If-Match: * and a list of versions as RFC 9110 says: * matches the event as it is, a list when one member is current', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEvent(harness, token);
        const star = await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', '*').send({ title: 'Starred' });
        expect(star.status).toBe(200);
        expect(star.headers.etag).toBe('"2"');
        const listed = await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', '"1", "2"').send({ title: 'Listed' });
        expect(listed.status).toBe(200);
        expect(listed.headers.etag).toBe('"3"');
        expect(
          (await call(harness, token).patch(`/v1/events/${event.id}`).set('If-Match', '"1", "2"').send({ title: 'Late' })).status,
        ).toBe(412);
      });

      it('lets only the organiser and admins change it: 403 to an assigned colleague, 404 to a stranger', async () => {
        const organiser = await harness.user('manager', newUserId());
        const colleagueId = newUserId();
        const event = await createEvent(harness, organiser);
        await call(harness, organiser).put(`/v1/events/${event.id}/listeners/${colleagueId}`);
        const colleague = await call(harness, await harness.user('manager', colleagueId))
          .patch(`/v1/events/${event.id}`)
          .set('If-Match', '"1"')
          .send({ title: 'Mine now' });
        expect(colleague.status).toBe(403);
        expect(problemOf(colleague).type).toBe('https://ilenia.dev/problems/forbidden');
        const stranger = await call(harness, await harness.user('manager', newUserId()))
          .patch(`/v1/events/${event.id}`)
          .set('If-Match', '"1"')
          .send({ title: 'Mine now' });
        expect(stranger.status).toBe(404);
        const service = await call(harness, await harness.service('live-service', ['events:read', 'events:write']))
          .patch(`/v1/events/${event.id}`)
          .set('If-Match', '"1"')
          .send({ title: 'Mine now' });
        expect(service.status).toBe(403);
        const admin = await call(harness, await harness.user('admin', newUserId()))
          .patch(`/v1/events/${event.id}`)
          .set('If-Match', '"1"')
          .send({ title: 'Fixed by admin' });
        expect(admin.status).toBe(200);
      });
    });

    describe('deleteEvent', () => {
      it('deletes a draft with its channels and assignments, in one go', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'draft');
        await call(harness, token).put(`/v1/events/${event.id}/listeners/${newUserId()}`);
        const response = await call(harness, token).delete(`/v1/events/${event.id}`).set('If-Match', `"${event.version}"`);
        expect(response.status).toBe(204);
        expect((await call(harness, token).get(`/v1/events/${event.id}`)).status).toBe(404);
        for (const table of ['channels', 'channel_speakers', 'event_listeners'] as const) {
          expect(await harness.db.selectFrom(table).select('event_id').where('event_id', '=', event.id).execute()).toEqual([]);
        }
      });

      it('deletes an ended event with its session records', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'live');
        const service = await harness.service('live-service', ['events:read', 'session_records:write']);
        const record = {
          id: newUserId(),
          channel_id: event.channelId,
          mode: 'websocket',
          started_at: '2026-11-28T17:00:00Z',
          ended_at: '2026-11-28T18:00:00Z',
          segment_count: 3,
          listeners_peak: 1,
        };
        expect((await call(harness, service).post(`/v1/events/${event.id}/sessions`).send(record)).status).toBe(201);
        const ended = await call(harness, token)
          .put(`/v1/events/${event.id}/status`)
          .set('If-Match', `"${event.version}"`)
          .send({ status: 'ended' });
        expect((await call(harness, token).delete(`/v1/events/${event.id}`).set('If-Match', ended.headers.etag!)).status).toBe(204);
        expect(await harness.db.selectFrom('session_records').select('id').where('event_id', '=', event.id).execute()).toEqual([]);
      });

      for (const status of ['ready', 'live'] as const) {
        it(`refuses to delete a ${status} event with 409 allowed [draft, ended]`, async () => {
          const token = await harness.user('manager', newUserId());
          const event = await createEventIn(harness, token, status);
          const response = await call(harness, token).delete(`/v1/events/${event.id}`).set('If-Match', `"${event.version}"`);
          expect(response.status).toBe(409);
          expect(response.body).toMatchObject({ type: 'https://ilenia.dev/problems/event-not-deletable', allowed: ['draft', 'ended'] });
          expect((await call(harness, token).get(`/v1/events/${event.id}`)).status).toBe(200);
        });
      }

      it('answers 412 on a stale version, 428 without one, 403 to an assigned speaker holding events:write', async () => {
        const token = await harness.user('manager', newUserId());
        const speakerId = newUserId();
        const event = await createEventIn(harness, token, 'draft', { speakerId });
        expect((await call(harness, token).delete(`/v1/events/${event.id}`).set('If-Match', '"7"')).status).toBe(412);
        expect((await call(harness, token).delete(`/v1/events/${event.id}`)).status).toBe(428);
        const speakingManager = await harness.user('manager', speakerId);
        expect((await call(harness, speakingManager).delete(`/v1/events/${event.id}`).set('If-Match', `"${event.version}"`)).status).toBe(
          403,
        );
        expect((await call(harness, token).get(`/v1/events/${event.id}`)).status).toBe(200);
      });
    });
  });
}
