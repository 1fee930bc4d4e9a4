/**
 * Writers racing on the same event: optimistic concurrency is decided by the database (one
 * conditional UPDATE), so of N writers holding the same version exactly one wins and the others get
 * 412, however their requests interleave. On PostgreSQL the requests really run in parallel (a pool
 * of several connections); on PGlite they interleave on one connection.
 */
import { describe, expect, it } from 'vitest';
import { EventRepository } from '../src/repositories/event-repository.js';
import { bodyOf, databaseEngines } from '@ilenia/kit/testing';
import { call, createEvent, createEventIn, newUserId, useHarness, type Schemas } from './support/events-harness.js';

const racers = 8;

function statuses(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

for (const engine of await databaseEngines('ilenia_events_races')) {
  describe.skipIf(!engine.available)(`concurrent writers on ${engine.name}`, () => {
    const harness = useHarness(engine);

    it('two conditional updates with the same version: exactly one gets the row', async () => {
      const event = await createEvent(harness, await harness.user('manager', newUserId()));
      const [left, right] = await Promise.all([
        new EventRepository(harness.db).updateIfVersion(event.id, 1, { title: 'Left' }),
        new EventRepository(harness.db).updateIfVersion(event.id, 1, { title: 'Right' }),
      ]);
      expect([left, right].filter(Boolean)).toHaveLength(1);
      const stored = await new EventRepository(harness.db).find(event.id);
      expect(stored).toMatchObject({ version: 2, title: (left ?? right)!.title });
    });

    it('locks an event only inside a transaction: outside one, FOR UPDATE would end with its statement', async () => {
      const event = await createEvent(harness, await harness.user('manager', newUserId()));
      await expect(new EventRepository(harness.db).lock(event.id)).rejects.toThrow('made on a transaction');
      const locked = await harness.db.transaction().execute((transaction) => new EventRepository(transaction).lock(event.id));
      expect(locked).toMatchObject({ id: event.id, version: event.version });
    });

    it(`${racers} managers renaming with the same If-Match: one 200, the rest 412, and the winner's title stays`, async () => {
      const token = await harness.user('manager', newUserId());
      const event = await createEvent(harness, token);
      const responses = await Promise.all(
        Array.from({ length: racers }, (_, index) =>
          call(harness, token)
            .patch(`/v1/events/${event.id}`)
            .set('If-Match', '"1"')
            .send({ title: `Title ${index}` }),
        ),
      );
      expect(statuses(responses)).toEqual({ 200: 1, 412: racers - 1 });
      const winner = responses.find((response) => response.status === 200)!;
      expect((await call(harness, token).get(`/v1/events/${event.id}`)).body).toMatchObject({
        title: bodyOf<Schemas['Event']>(winner).title,
        version: 2,
      });
    });

    it(`${racers} status changes with the same If-Match: exactly one moves the event`, async () => {
      const token = await harness.user('manager', newUserId());
      const event = await createEventIn(harness, token, 'ready');
      const responses = await Promise.all(
        Array.from({ length: racers }, (_, index) =>
          call(harness, token)
            .put(`/v1/events/${event.id}/status`)
            .set('If-Match', `"${event.version}"`)
            .send({ status: index % 2 === 0 ? 'live' : 'draft' }),
        ),
      );
      expect(statuses(responses)[200]).toBe(1);
      expect((statuses(responses)[412] ?? 0) + (statuses(responses)[409] ?? 0)).toBe(racers - 1);
      const winner = responses.find((response) => response.status === 200)!;
      expect((await call(harness, token).get(`/v1/events/${event.id}`)).body).toMatchObject({
        status: bodyOf<Schemas['Event']>(winner).status,
        version: event.version + 1,
      });
    });

    it(`${racers} channels added with the same If-Match: one is created, the event's version moves once`, async () => {
      const token = await harness.user('manager', newUserId());
      const event = await createEventIn(harness, token, 'draft');
      const responses = await Promise.all(
        Array.from({ length: racers }, (_, index) =>
          call(harness, token)
            .post(`/v1/events/${event.id}/channels`)
            .set('If-Match', `"${event.version}"`)
            .send({ name: `Room ${index}`, source_language: 'es', target_languages: ['en'] }),
        ),
      );
      expect(statuses(responses)).toEqual({ 201: 1, 412: racers - 1 });
      const read = bodyOf<Schemas['Event']>(await call(harness, token).get(`/v1/events/${event.id}`));
      expect(read.version).toBe(event.version + 1);
      expect(read.channels).toHaveLength(2);
    });

    it(`${racers} speakers assigned at once: all kept, one version per new speaker`, async () => {
      const token = await harness.user('manager', newUserId());
      const event = await createEventIn(harness, token, 'ready');
      const speakers = Array.from({ length: racers }, () => newUserId());
      const responses = await Promise.all(
        speakers.map((userId) => call(harness, token).put(`/v1/events/${event.id}/channels/${event.channelId}/speakers/${userId}`)),
      );
      expect(statuses(responses)).toEqual({ 204: racers });
      const read = bodyOf<Schemas['Event']>(await call(harness, token).get(`/v1/events/${event.id}`));
      expect(read.version).toBe(event.version + racers);
      expect(read.channels[0]?.speakers).toHaveLength(racers + 1);
      expect(new Set(responses.map((response) => response.headers.etag)).size).toBe(racers);
    });

    it('the two last speakers of a ready event removed at once: one goes, one stays (409)', async () => {
      const token = await harness.user('manager', newUserId());
      const first = newUserId();
      const second = newUserId();
      const event = await createEventIn(harness, token, 'ready', { speakerId: first });
      await call(harness, token).put(`/v1/events/${event.id}/channels/${event.channelId}/speakers/${second}`);
      const responses = await Promise.all(
        [first, second].map((userId) =>
          call(harness, token).delete(`/v1/events/${event.id}/channels/${event.channelId}/speakers/${userId}`),
        ),
      );
      expect(statuses(responses)).toEqual({ 204: 1, 409: 1 });
      expect(bodyOf<Schemas['Event']>(await call(harness, token).get(`/v1/events/${event.id}`)).channels[0]?.speakers).toHaveLength(1);
    });

    it('going ready while the only speaker is removed: the event never ends up ready without a speaker', async () => {
      const token = await harness.user('manager', newUserId());
      const speakerId = newUserId();
      const event = await createEventIn(harness, token, 'draft', { speakerId });
      const [ready, removal] = await Promise.all([
        call(harness, token).put(`/v1/events/${event.id}/status`).set('If-Match', `"${event.version}"`).send({ status: 'ready' }),
        call(harness, token).delete(`/v1/events/${event.id}/channels/${event.channelId}/speakers/${speakerId}`),
      ]);
      // Either the event went ready first (then the last speaker stays: 409), or the speaker left
      // first (then the version moved: 412); never both.
      expect([
        [200, 409],
        [412, 204],
      ]).toContainEqual([ready.status, removal.status]);
      const read = bodyOf<Schemas['Event']>(await call(harness, token).get(`/v1/events/${event.id}`));
      const expected = ready.status === 200 ? { status: 'ready', speakers: [speakerId] } : { status: 'draft', speakers: [] };
      expect({ status: read.status, speakers: read.channels[0]?.speakers }).toEqual(expected);
    });
  });
}
