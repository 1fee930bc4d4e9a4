/** Templates, events made from them, and session records, through the generated router. */
import { describe, expect, it } from 'vitest';
import { bodyOf, databaseEngines, problemOf } from '@ilenia/kit/testing';
import { call, createEventIn, fieldsOf, newUserId, useHarness, type Schemas } from './support/events-harness.js';

function keynoteTemplate(name = `Keynote ${newUserId()}`) {
  return {
    name,
    description: 'A single-stage talk in English, subtitled live in Spanish and French.',
    channels: [
      { name: 'Main stage', source_language: 'en', target_languages: ['es', 'fr'] },
      { name: 'Workshop room', source_language: 'es', target_languages: ['en'] },
    ],
  };
}

function sessionRecord(channelId: string, overrides: Record<string, unknown> = {}) {
  return {
    id: newUserId(),
    channel_id: channelId,
    mode: 'livekit',
    started_at: '2026-11-28T18:02:11+01:00',
    ended_at: '2026-11-28T19:27:45+01:00',
    segment_count: 412,
    listeners_peak: 183,
    recording_url: 'https://ilenia.example.org/api/live/v1/sessions/c7e2/recording',
    transcripts: [
      { language: 'en', url: 'https://ilenia.example.org/api/live/v1/sessions/c7e2/transcripts/en' },
      { language: 'es', url: 'https://ilenia.example.org/api/live/v1/sessions/c7e2/transcripts/es' },
    ],
    ...overrides,
  };
}

for (const engine of await databaseEngines('ilenia_events_templates')) {
  describe.skipIf(!engine.available)(`templates and session records on ${engine.name}`, () => {
    const harness = useHarness(engine);

    describe('templates', () => {
      it('creates, reads, lists, updates and deletes a template with its versions', async () => {
        const managerId = newUserId();
        const token = await harness.user('manager', managerId);
        const body = keynoteTemplate();
        const created = await call(harness, token).post('/v1/templates').send(body);
        expect(created.status).toBe(201);
        const templateId = bodyOf<Schemas['Template']>(created).id;
        expect(created.headers.location).toBe(`/v1/templates/${templateId}`);
        expect(created.headers.etag).toBe('"1"');
        expect(created.body).toMatchObject({ ...body, created_by: managerId, version: 1 });
        const path = `/v1/templates/${templateId}`;
        expect((await call(harness, token).get(path)).headers.etag).toBe('"1"');
        const updated = await call(harness, token)
          .patch(path)
          .set('If-Match', '"1"')
          .send({ description: null, channels: [{ name: 'Main stage', source_language: 'en', target_languages: ['de'] }] });
        expect(updated.status).toBe(200);
        expect(updated.body).toMatchObject({
          name: body.name,
          description: null,
          version: 2,
          channels: [{ name: 'Main stage', target_languages: ['de'] }],
        });
        expect((await call(harness, token).patch(path).set('If-Match', '"1"').send({ name: 'Late' })).status).toBe(412);
        expect((await call(harness, token).delete(path)).status).toBe(428);
        expect((await call(harness, token).delete(path).set('If-Match', '"1"')).status).toBe(412);
        expect((await call(harness, token).delete(path).set('If-Match', '"2"')).status).toBe(204);
        expect((await call(harness, token).get(path)).status).toBe(404);
      });

      it('lists templates by name, case-insensitively, filtered accent-insensitively', async () => {
        const token = await harness.user('manager', newUserId());
        const tag = newUserId().slice(0, 8);
        for (const name of [`zeta ${tag}`, `Alpha ${tag}`, `beta ${tag}`, `Ópera ${tag}`])
          await call(harness, token)
            .post('/v1/templates')
            .send({ ...keynoteTemplate(name) });
        const list = await call(harness, token).get(`/v1/templates?q=${tag}`);
        const page = bodyOf<Schemas['TemplatePage']>(list);
        expect(page.total).toBe(4);
        // Case-insensitive order (accented names are left out: where they sort depends on the collation).
        expect(page.items.map((template) => template.name).filter((name) => !name.startsWith('Ó'))).toEqual([
          `Alpha ${tag}`,
          `beta ${tag}`,
          `zeta ${tag}`,
        ]);
        expect(
          bodyOf<Schemas['TemplatePage']>(await call(harness, token).get(`/v1/templates?q=OPERA ${tag}`)).items.map(
            (template) => template.name,
          ),
        ).toEqual([`Ópera ${tag}`]);
        expect((await call(harness, token).get(`/v1/templates?q=${tag}&limit=1&offset=2`)).body).toMatchObject({
          total: 4,
          limit: 1,
          offset: 2,
        });
      });

      it('refuses a name another template has, in any case (409), and bad channels (400 naming them)', async () => {
        const token = await harness.user('manager', newUserId());
        const body = keynoteTemplate();
        expect((await call(harness, token).post('/v1/templates').send(body)).status).toBe(201);
        const taken = await call(harness, token)
          .post('/v1/templates')
          .send({ ...body, name: body.name.toUpperCase() });
        expect(taken.status).toBe(409);
        expect(problemOf(taken).type).toBe('https://ilenia.dev/problems/duplicate-name');
        const repeated = await call(harness, token)
          .post('/v1/templates')
          .send({ ...keynoteTemplate(), channels: [body.channels[0], { ...body.channels[1], name: 'main STAGE' }] });
        expect(repeated.status).toBe(400);
        expect(fieldsOf(repeated)).toEqual(['body/channels/1/name']);
        const intoSource = await call(harness, token)
          .post('/v1/templates')
          .send({ ...keynoteTemplate(), channels: [{ name: 'A', source_language: 'en', target_languages: ['es', 'en'] }] });
        expect(intoSource.status).toBe(400);
        expect(fieldsOf(intoSource)).toEqual(['body/channels/0/target_languages']);
        const other = bodyOf<Schemas['Template']>(await call(harness, token).post('/v1/templates').send(keynoteTemplate()));
        const renameClash = await call(harness, token).patch(`/v1/templates/${other.id}`).set('If-Match', '"1"').send({ name: body.name });
        expect(renameClash.status).toBe(409);
      });

      it('answers 403 to speakers and listeners, who hold no templates permission', async () => {
        for (const role of ['speaker', 'listener'] as const) {
          const token = await harness.user(role, newUserId());
          expect((await call(harness, token).get('/v1/templates')).status).toBe(403);
          const refused = await call(harness, token).post('/v1/templates').send(keynoteTemplate());
          expect(refused.status).toBe(403);
          expect(problemOf(refused).missing_permissions).toEqual(['templates:write']);
        }
      });

      it('creates a draft event from a template: its channels without speakers, its description unless given', async () => {
        const managerId = newUserId();
        const token = await harness.user('manager', managerId);
        const template = bodyOf<Schemas['Template']>(await call(harness, token).post('/v1/templates').send(keynoteTemplate()));
        const schedule = {
          title: 'Summit keynote',
          starts_at: '2026-11-28T18:00:00+01:00',
          ends_at: '2026-11-28T19:30:00+01:00',
          timezone: 'Europe/Madrid',
        };
        const created = await call(harness, token).post(`/v1/templates/${template.id}/events`).send(schedule);
        expect(created.status).toBe(201);
        const event = bodyOf<Schemas['Event']>(created);
        expect(created.headers.location).toBe(`/v1/events/${event.id}`);
        expect(created.body).toMatchObject({
          ...schedule,
          status: 'draft',
          organiser_id: managerId,
          template_id: template.id,
          description: template.description,
          version: 1,
        });
        expect(event.channels.map((channel) => [channel.name, channel.speakers])).toEqual([
          ['Main stage', []],
          ['Workshop room', []],
        ]);
        const withoutDescription = await call(harness, token)
          .post(`/v1/templates/${template.id}/events`)
          .send({ ...schedule, description: null });
        expect(bodyOf<Schemas['Event']>(withoutDescription).description).toBeNull();
        const badTimes = await call(harness, token)
          .post(`/v1/templates/${template.id}/events`)
          .send({ ...schedule, timezone: 'Nowhere/City' });
        expect(badTimes.status).toBe(400);
        expect(fieldsOf(badTimes)).toEqual(['body/timezone']);
        expect((await call(harness, token).post(`/v1/templates/${newUserId()}/events`).send(schedule)).status).toBe(404);
        const eventsOnly = await harness.user('listener', newUserId(), ['events:write']);
        const refused = await call(harness, eventsOnly).post(`/v1/templates/${template.id}/events`).send(schedule);
        expect(refused.status).toBe(403);
        expect(problemOf(refused).missing_permissions).toEqual(['templates:write']);
      });
    });

    describe('session records', () => {
      it('lets a live service write a record once: the same again is a 200, a different one a 409', async () => {
        const organiser = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, organiser, 'live');
        const service = await harness.service('live-service', ['events:read', 'session_records:write']);
        const record = sessionRecord(event.channelId);
        const created = await call(harness, service).post(`/v1/events/${event.id}/sessions`).send(record);
        expect(created.status).toBe(201);
        expect(created.headers.location).toBe(`/v1/events/${event.id}/sessions/${record.id}`);
        expect(created.body).toMatchObject({
          id: record.id,
          event_id: event.id,
          written_by: 'live-service',
          started_at: '2026-11-28T17:02:11Z',
          segment_count: 412,
        });
        const retry = await call(harness, service).post(`/v1/events/${event.id}/sessions`).send(record);
        expect(retry.status).toBe(200);
        expect(retry.body).toEqual(created.body);
        const sameInstant = await call(harness, service)
          .post(`/v1/events/${event.id}/sessions`)
          .send({ ...record, started_at: '2026-11-28T17:02:11Z' });
        expect(sameInstant.status).toBe(200);
        const different = await call(harness, service)
          .post(`/v1/events/${event.id}/sessions`)
          .send({ ...record, segment_count: 413 });
        expect(different.status).toBe(409);
        expect(problemOf(different).type).toBe('https://ilenia.dev/problems/session-record-exists');
        expect((await call(harness, organiser).get(`/v1/events/${event.id}`)).body).toMatchObject({
          status: 'live',
          version: event.version,
        });
      });

      it('lists and reads records for the organiser, by channel, and hides them from others', async () => {
        const organiser = await harness.user('manager', newUserId());
        const speakerId = newUserId();
        const event = await createEventIn(harness, organiser, 'live', { speakerId });
        const service = await harness.service('live-event-service', ['events:read', 'session_records:write', 'session_records:read']);
        const second = sessionRecord(event.channelId, {
          started_at: '2026-11-28T16:00:00Z',
          ended_at: '2026-11-28T16:30:00Z',
          mode: 'websocket',
          recording_url: null,
          transcripts: [],
        });
        const first = sessionRecord(event.channelId);
        for (const record of [first, second])
          expect((await call(harness, service).post(`/v1/events/${event.id}/sessions`).send(record)).status).toBe(201);
        const list = await call(harness, organiser).get(`/v1/events/${event.id}/sessions`);
        expect(list.body).toMatchObject({ total: 2, limit: 50, offset: 0 });
        expect(bodyOf<Schemas['SessionRecordPage']>(list).items.map((record) => record.id)).toEqual([second.id, first.id]);
        expect(
          bodyOf<Schemas['SessionRecordPage']>(
            await call(harness, organiser).get(`/v1/events/${event.id}/sessions?channel_id=${newUserId()}`),
          ).total,
        ).toBe(0);
        expect((await call(harness, service).get(`/v1/events/${event.id}/sessions/${first.id}`)).body).toMatchObject({
          id: first.id,
          mode: 'livekit',
        });
        const elsewhere = await createEventIn(harness, organiser, 'live');
        expect((await call(harness, organiser).get(`/v1/events/${elsewhere.id}/sessions/${first.id}`)).status).toBe(404);
        const speaker = await harness.user('speaker', speakerId);
        expect((await call(harness, speaker).get(`/v1/events/${event.id}/sessions`)).status).toBe(403);
        const speakingManager = await harness.user('manager', speakerId);
        expect((await call(harness, speakingManager).get(`/v1/events/${event.id}/sessions`)).status).toBe(404);
        const admin = await harness.user('admin', newUserId());
        expect(bodyOf<Schemas['SessionRecordPage']>(await call(harness, admin).get(`/v1/events/${event.id}/sessions`)).total).toBe(2);
      });

      it('refuses records for drafts (409), of other channels or inverted times (400); takes them for ready events', async () => {
        const organiser = await harness.user('manager', newUserId());
        const service = await harness.service('live-service', ['events:read', 'session_records:write']);
        const draft = await createEventIn(harness, organiser, 'draft');
        const notLive = await call(harness, service).post(`/v1/events/${draft.id}/sessions`).send(sessionRecord(draft.channelId));
        expect(notLive.status).toBe(409);
        expect(notLive.body).toMatchObject({ type: 'https://ilenia.dev/problems/event-not-live', allowed: ['ready', 'live', 'ended'] });
        const ready = await createEventIn(harness, organiser, 'ready');
        expect((await call(harness, service).post(`/v1/events/${ready.id}/sessions`).send(sessionRecord(ready.channelId))).status).toBe(
          201,
        );
        const ended = await createEventIn(harness, organiser, 'ended');
        expect((await call(harness, service).post(`/v1/events/${ended.id}/sessions`).send(sessionRecord(ended.channelId))).status).toBe(
          201,
        );
        const wrongChannel = await call(harness, service).post(`/v1/events/${ended.id}/sessions`).send(sessionRecord(ready.channelId));
        expect(wrongChannel.status).toBe(400);
        expect(fieldsOf(wrongChannel)).toEqual(['body/channel_id']);
        const inverted = await call(harness, service)
          .post(`/v1/events/${ended.id}/sessions`)
          .send(sessionRecord(ended.channelId, { ended_at: '2026-11-28T18:00:00+01:00' }));
        expect(inverted.status).toBe(400);
        expect(fieldsOf(inverted)).toEqual(['body/ended_at']);
        const negative = await call(harness, service)
          .post(`/v1/events/${ended.id}/sessions`)
          .send(sessionRecord(ended.channelId, { listeners_peak: -1, mode: 'carrier-pigeon' }));
        expect(negative.status).toBe(400);
        expect(fieldsOf(negative)).toEqual(expect.arrayContaining(['body/listeners_peak', 'body/mode']));
        expect((await call(harness, service).post(`/v1/events/${newUserId()}/sessions`).send(sessionRecord(ended.channelId))).status).toBe(
          404,
        );
      });

      it('answers 403 to managers writing records (session_records:write is for services)', async () => {
        const organiser = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, organiser, 'live');
        const refused = await call(harness, organiser).post(`/v1/events/${event.id}/sessions`).send(sessionRecord(event.channelId));
        expect(refused.status).toBe(403);
        expect(problemOf(refused).missing_permissions).toEqual(['session_records:write']);
      });
    });
  });
}
