/** Channels of events and their speakers, through the generated router. */
import { describe, expect, it } from 'vitest';
import { bodyOf, databaseEngines, problemOf } from '@ilenia/kit/testing';
import { call, createEvent, createEventIn, fieldsOf, newUserId, useHarness, type Schemas } from './support/events-harness.js';

const qaFloor = { name: 'Q&A floor', source_language: 'es', target_languages: ['en'] };

for (const engine of await databaseEngines('ilenia_events_channels')) {
  describe.skipIf(!engine.available)(`channels on ${engine.name}`, () => {
    const harness = useHarness(engine);

    describe('createChannel, getChannel, listChannels', () => {
      it('adds a channel with the event’s If-Match, bumps the event’s version, and lists channels in creation order', async () => {
        const token = await harness.user('manager', newUserId());
        const speakerId = newUserId();
        const event = await createEventIn(harness, token, 'draft');
        const created = await call(harness, token)
          .post(`/v1/events/${event.id}/channels`)
          .set('If-Match', `"${event.version}"`)
          .send({ ...qaFloor, speakers: [speakerId] });
        expect(created.status).toBe(201);
        expect(created.headers.etag).toBe(`"${event.version + 1}"`);
        const channelId = bodyOf<Schemas['Channel']>(created).id;
        expect(created.headers.location).toBe(`/v1/events/${event.id}/channels/${channelId}`);
        expect(created.body).toMatchObject({ ...qaFloor, event_id: event.id, speakers: [speakerId] });
        const read = await call(harness, token).get(`/v1/events/${event.id}/channels/${channelId}`);
        expect(read.status).toBe(200);
        expect(read.headers.etag).toBe(`"${event.version + 1}"`);
        const list = await call(harness, token).get(`/v1/events/${event.id}/channels`);
        expect(list.body).toMatchObject({ total: 2, limit: 50, offset: 0 });
        expect(bodyOf<Schemas['ChannelPage']>(list).items.map((channel) => channel.name)).toEqual(['Main stage', 'Q&A floor']);
        expect(
          bodyOf<Schemas['ChannelPage']>(await call(harness, token).get(`/v1/events/${event.id}/channels?limit=1&offset=1`)).items.map(
            (channel) => channel.name,
          ),
        ).toEqual(['Q&A floor']);
      });

      it('keeps the order of the request body for channels and speakers created in one request', async () => {
        const token = await harness.user('manager', newUserId());
        const names = ['Zeta hall', 'Alpha room', 'Main stage', 'Balcony', 'Foyer', 'Crypt'];
        const speakers = Array.from({ length: 6 }, () => newUserId());
        const event = await createEvent(harness, token, {
          channels: names.map((name) => ({
            name,
            source_language: 'en',
            target_languages: [],
            speakers: name === 'Main stage' ? speakers : [],
          })),
        });
        const list = await call(harness, token).get(`/v1/events/${event.id}/channels`);
        const channels = bodyOf<Schemas['ChannelPage']>(list).items;
        expect(channels.map((channel) => channel.name)).toEqual(names);
        const main = channels.find((channel) => channel.name === 'Main stage')!;
        expect(main.speakers).toEqual(speakers);
        const page = await call(harness, token).get(`/v1/events/${event.id}/channels/${main.id}/speakers`);
        expect(bodyOf<Schemas['SpeakerAssignmentPage']>(page).items.map((item) => item.user_id)).toEqual(speakers);
      });

      it('refuses a name another channel of the event has, in any case, with 409', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'draft');
        const response = await call(harness, token)
          .post(`/v1/events/${event.id}/channels`)
          .set('If-Match', `"${event.version}"`)
          .send({ ...qaFloor, name: 'MAIN STAGE' });
        expect(response.status).toBe(409);
        expect(problemOf(response).type).toBe('https://ilenia.dev/problems/duplicate-name');
        expect(bodyOf<Schemas['Event']>(await call(harness, token).get(`/v1/events/${event.id}`)).version).toBe(event.version);
      });

      const invalid: [string, Record<string, unknown>, string][] = [
        ['a target equal to the source', { target_languages: ['en', 'ES'] }, 'body/target_languages'],
        ['a repeated target', { target_languages: ['en', 'EN'] }, 'body/target_languages'],
        ['a malformed tag', { source_language: 'español' }, 'body/source_language'],
        ['a well-formed tag of no known language', { target_languages: ['en', 'xx'] }, 'body/target_languages/1'],
        ['an empty name', { name: '' }, 'body/name'],
        ['a missing target list', { target_languages: undefined }, 'body/target_languages'],
      ];
      for (const [name, overrides, field] of invalid) {
        it(`answers 400 naming the field for ${name}`, async () => {
          const token = await harness.user('manager', newUserId());
          const event = await createEventIn(harness, token, 'draft');
          const response = await call(harness, token)
            .post(`/v1/events/${event.id}/channels`)
            .set('If-Match', `"${event.version}"`)
            .send({ ...qaFloor, ...overrides });
          expect(response.status).toBe(400);
          expect(
            fieldsOf(response).some((found) => found.startsWith(field)),
            JSON.stringify(problemOf(response).errors),
          ).toBe(true);
        });
      }

      for (const status of ['live', 'ended'] as const) {
        it(`refuses new channels while the event is ${status}, with 409 allowed [draft, ready]`, async () => {
          const token = await harness.user('manager', newUserId());
          const event = await createEventIn(harness, token, status);
          const response = await call(harness, token)
            .post(`/v1/events/${event.id}/channels`)
            .set('If-Match', `"${event.version}"`)
            .send(qaFloor);
          expect(response.status).toBe(409);
          expect(response.body).toMatchObject({ type: 'https://ilenia.dev/problems/event-frozen', allowed: ['draft', 'ready'] });
        });
      }

      it('answers 412 on a stale event version, 428 without one, 404 for a channel of another event', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'draft');
        const other = await createEventIn(harness, token, 'draft');
        expect(
          (
            await call(harness, token)
              .post(`/v1/events/${event.id}/channels`)
              .set('If-Match', `"${event.version + 1}"`)
              .send(qaFloor)
          ).status,
        ).toBe(412);
        expect((await call(harness, token).post(`/v1/events/${event.id}/channels`).send(qaFloor)).status).toBe(428);
        expect((await call(harness, token).get(`/v1/events/${event.id}/channels/${other.channelId}`)).status).toBe(404);
      });

      it('shows channels to assigned listeners but lets only the organiser add them', async () => {
        const token = await harness.user('manager', newUserId());
        const listenerId = newUserId();
        const event = await createEventIn(harness, token, 'draft');
        await call(harness, token).put(`/v1/events/${event.id}/listeners/${listenerId}`);
        const listener = await harness.user('listener', listenerId);
        expect((await call(harness, listener).get(`/v1/events/${event.id}/channels`)).status).toBe(200);
        const refused = await call(harness, listener)
          .post(`/v1/events/${event.id}/channels`)
          .set('If-Match', `"${event.version}"`)
          .send(qaFloor);
        expect(refused.status).toBe(403);
        expect(problemOf(refused).missing_permissions).toEqual(['events:write']);
        const listeningManager = await harness.user('manager', listenerId);
        expect(
          (
            await call(harness, listeningManager)
              .post(`/v1/events/${event.id}/channels`)
              .set('If-Match', `"${event.version}"`)
              .send(qaFloor)
          ).status,
        ).toBe(403);
        expect((await call(harness, await harness.user('manager', newUserId())).get(`/v1/events/${event.id}/channels`)).status).toBe(404);
      });
    });

    describe('updateChannel', () => {
      it('merges the patch, checks the merged languages, and bumps the event’s version', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'ready');
        const path = `/v1/events/${event.id}/channels/${event.channelId}`;
        const renamed = await call(harness, token)
          .patch(path)
          .set('If-Match', `"${event.version}"`)
          .send({ name: 'Auditorium', target_languages: ['es', 'fr', 'de'] });
        expect(renamed.status).toBe(200);
        expect(renamed.headers.etag).toBe(`"${event.version + 1}"`);
        expect(renamed.body).toMatchObject({ name: 'Auditorium', source_language: 'en', target_languages: ['es', 'fr', 'de'] });
        const clash = await call(harness, token)
          .patch(path)
          .set('If-Match', `"${event.version + 1}"`)
          .send({ source_language: 'fr' });
        expect(clash.status).toBe(400);
        expect(fieldsOf(clash)).toEqual(['body/target_languages']);
        expect(problemOf(clash).errors?.[0]?.message).toContain('source language (fr)');
      });

      it('refuses a name taken by another channel (409), and any change while live (409)', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'ready');
        const second = await call(harness, token)
          .post(`/v1/events/${event.id}/channels`)
          .set('If-Match', `"${event.version}"`)
          .send(qaFloor);
        const taken = await call(harness, token)
          .patch(`/v1/events/${event.id}/channels/${bodyOf<Schemas['Channel']>(second).id}`)
          .set('If-Match', second.headers.etag!)
          .send({ name: 'main stage' });
        expect(taken.status).toBe(409);
        expect(problemOf(taken).type).toBe('https://ilenia.dev/problems/duplicate-name');
        const live = await call(harness, token)
          .put(`/v1/events/${event.id}/status`)
          .set('If-Match', second.headers.etag!)
          .send({ status: 'live' });
        const frozen = await call(harness, token)
          .patch(`/v1/events/${event.id}/channels/${event.channelId}`)
          .set('If-Match', live.headers.etag!)
          .send({ target_languages: ['de'] });
        expect(frozen.status).toBe(409);
        expect(frozen.body).toMatchObject({ type: 'https://ilenia.dev/problems/event-frozen', allowed: ['draft', 'ready'] });
      });
    });

    describe('deleteChannel', () => {
      it('deletes a channel and its speakers, bumping the event’s version', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'draft');
        const response = await call(harness, token)
          .delete(`/v1/events/${event.id}/channels/${event.channelId}`)
          .set('If-Match', `"${event.version}"`);
        expect(response.status).toBe(204);
        expect(response.headers.etag).toBe(`"${event.version + 1}"`);
        expect(bodyOf<Schemas['Event']>(await call(harness, token).get(`/v1/events/${event.id}`)).channels).toEqual([]);
        expect(
          await harness.db.selectFrom('channel_speakers').select('user_id').where('channel_id', '=', event.channelId).execute(),
        ).toEqual([]);
      });

      it('refuses to delete the only staffed channel of a ready event, and any channel of a live one', async () => {
        const token = await harness.user('manager', newUserId());
        const ready = await createEventIn(harness, token, 'ready');
        const lastStaffed = await call(harness, token)
          .delete(`/v1/events/${ready.id}/channels/${ready.channelId}`)
          .set('If-Match', `"${ready.version}"`);
        expect(lastStaffed.status).toBe(409);
        expect(problemOf(lastStaffed).type).toBe('https://ilenia.dev/problems/event-not-prepared');
        expect(problemOf(lastStaffed).detail).toContain('Main stage');
        const added = await call(harness, token)
          .post(`/v1/events/${ready.id}/channels`)
          .set('If-Match', `"${ready.version}"`)
          .send({ ...qaFloor, speakers: [newUserId()] });
        expect(
          (await call(harness, token).delete(`/v1/events/${ready.id}/channels/${ready.channelId}`).set('If-Match', added.headers.etag!))
            .status,
        ).toBe(204);
        const live = await createEventIn(harness, token, 'live');
        const frozen = await call(harness, token)
          .delete(`/v1/events/${live.id}/channels/${live.channelId}`)
          .set('If-Match', `"${live.version}"`);
        expect(frozen.status).toBe(409);
        expect(problemOf(frozen).allowed).toEqual(['draft', 'ready']);
      });
    });

    describe('speakers', () => {
      it('assigns idempotently: a new speaker bumps the version, the same one again changes nothing', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'ready');
        const newcomer = newUserId();
        const path = `/v1/events/${event.id}/channels/${event.channelId}/speakers/${newcomer}`;
        const first = await call(harness, token).put(path);
        expect(first.status).toBe(204);
        expect(first.headers.etag).toBe(`"${event.version + 1}"`);
        const again = await call(harness, token).put(path);
        expect(again.status).toBe(204);
        expect(again.headers.etag).toBe(`"${event.version + 1}"`);
        const check = await call(harness, token).get(path);
        expect(check.status).toBe(200);
        expect(check.body).toMatchObject({ user_id: newcomer, event_id: event.id, channel_id: event.channelId });
        const list = await call(harness, token).get(`/v1/events/${event.id}/channels/${event.channelId}/speakers`);
        expect(bodyOf<Schemas['SpeakerAssignmentPage']>(list).total).toBe(2);
        expect(bodyOf<Schemas['SpeakerAssignmentPage']>(list).items[1]?.user_id).toBe(newcomer);
        expect((await call(harness, await harness.user('speaker', newcomer)).get(`/v1/events/${event.id}`)).status).toBe(200);
      });

      it('lets a substitute join a live event, but freezes speakers once it has ended', async () => {
        const token = await harness.user('manager', newUserId());
        const live = await createEventIn(harness, token, 'live');
        expect((await call(harness, token).put(`/v1/events/${live.id}/channels/${live.channelId}/speakers/${newUserId()}`)).status).toBe(
          204,
        );
        const ended = await createEventIn(harness, token, 'ended');
        const refused = await call(harness, token).put(`/v1/events/${ended.id}/channels/${ended.channelId}/speakers/${newUserId()}`);
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ type: 'https://ilenia.dev/problems/event-frozen', allowed: ['draft', 'ready', 'live'] });
        const removal = await call(harness, token).delete(`/v1/events/${ended.id}/channels/${ended.channelId}/speakers/${newUserId()}`);
        expect(removal.status).toBe(409);
      });

      it('refuses to remove the last speaker of a ready event, and removes idempotently otherwise', async () => {
        const token = await harness.user('manager', newUserId());
        const speakerId = newUserId();
        const event = await createEventIn(harness, token, 'ready', { speakerId });
        const path = `/v1/events/${event.id}/channels/${event.channelId}/speakers/${speakerId}`;
        const last = await call(harness, token).delete(path);
        expect(last.status).toBe(409);
        expect(problemOf(last).type).toBe('https://ilenia.dev/problems/event-not-prepared');
        const notSpeaker = await call(harness, token).delete(`/v1/events/${event.id}/channels/${event.channelId}/speakers/${newUserId()}`);
        expect(notSpeaker.status).toBe(204);
        expect(notSpeaker.headers.etag).toBe(`"${event.version}"`);
        await call(harness, token).put(`/v1/events/${event.id}/channels/${event.channelId}/speakers/${newUserId()}`);
        const removed = await call(harness, token).delete(path);
        expect(removed.status).toBe(204);
        expect(removed.headers.etag).toBe(`"${event.version + 2}"`);
        expect((await call(harness, token).get(path)).status).toBe(404);
        expect((await call(harness, await harness.user('speaker', speakerId)).get(`/v1/events/${event.id}`)).status).toBe(404);
      });

      it('answers 404 for a channel of another event, 403 to speakers managing speakers, 400 for a bad user id', async () => {
        const token = await harness.user('manager', newUserId());
        const speakerId = newUserId();
        const event = await createEventIn(harness, token, 'draft', { speakerId });
        const other = await createEventIn(harness, token, 'draft');
        expect((await call(harness, token).put(`/v1/events/${event.id}/channels/${other.channelId}/speakers/${newUserId()}`)).status).toBe(
          404,
        );
        const speaker = await harness.user('speaker', speakerId);
        expect(
          (await call(harness, speaker).put(`/v1/events/${event.id}/channels/${event.channelId}/speakers/${newUserId()}`)).status,
        ).toBe(403);
        expect((await call(harness, speaker).get(`/v1/events/${event.id}/channels/${event.channelId}/speakers`)).status).toBe(200);
        const malformed = await call(harness, token).put(`/v1/events/${event.id}/channels/${event.channelId}/speakers/nobody`);
        expect(malformed.status).toBe(400);
        expect(fieldsOf(malformed)).toEqual(['path/user_id']);
      });
    });

    describe('listeners', () => {
      it('assigns and removes idempotently, without touching the event’s version', async () => {
        const token = await harness.user('manager', newUserId());
        const event = await createEventIn(harness, token, 'ended');
        const listenerId = newUserId();
        const path = `/v1/events/${event.id}/listeners/${listenerId}`;
        expect((await call(harness, token).put(path)).status).toBe(204);
        expect((await call(harness, token).put(path)).status).toBe(204);
        expect((await call(harness, token).get(path)).body).toMatchObject({ user_id: listenerId, event_id: event.id });
        const list = await call(harness, token).get(`/v1/events/${event.id}/listeners`);
        expect(list.body).toMatchObject({ total: 1, items: [{ user_id: listenerId }] });
        expect(bodyOf<Schemas['Event']>(await call(harness, token).get(`/v1/events/${event.id}`)).version).toBe(event.version);
        expect((await call(harness, token).delete(path)).status).toBe(204);
        expect((await call(harness, token).delete(path)).status).toBe(204);
        expect((await call(harness, token).get(path)).status).toBe(404);
      });

      it('hides the audience from speakers and listeners (403), but lets a listener check their own assignment', async () => {
        const token = await harness.user('manager', newUserId());
        const speakerId = newUserId();
        const listenerId = newUserId();
        const event = await createEventIn(harness, token, 'ready', { speakerId });
        await call(harness, token).put(`/v1/events/${event.id}/listeners/${listenerId}`);
        const listener = await harness.user('listener', listenerId);
        const speaker = await harness.user('speaker', speakerId);
        expect((await call(harness, listener).get(`/v1/events/${event.id}/listeners`)).status).toBe(403);
        expect((await call(harness, speaker).get(`/v1/events/${event.id}/listeners`)).status).toBe(403);
        expect((await call(harness, listener).get(`/v1/events/${event.id}/listeners/${listenerId}`)).status).toBe(200);
        expect((await call(harness, speaker).get(`/v1/events/${event.id}/listeners/${listenerId}`)).status).toBe(403);
        const service = await harness.service('livekit-provider', ['events:read']);
        expect((await call(harness, service).get(`/v1/events/${event.id}/listeners/${listenerId}`)).status).toBe(200);
        expect(bodyOf<Schemas['ListenerAssignmentPage']>(await call(harness, service).get(`/v1/events/${event.id}/listeners`)).total).toBe(
          1,
        );
        expect((await call(harness, listener).put(`/v1/events/${event.id}/listeners/${newUserId()}`)).status).toBe(403);
        expect((await call(harness, await harness.user('manager', newUserId())).get(`/v1/events/${event.id}/listeners`)).status).toBe(404);
      });
    });
  });
}
