/**
 * Who may do what, operation by operation: the permissions the spec declares (403 from the router,
 * naming what is missing), the event's own rules (403 to those who see the event but may not change
 * it), and 404 to those who may not see it at all. Every refused request leaves the event as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, databaseEngines, problemOf } from '@ilenia/kit/testing';
import { call, createEventIn, newUserId, useHarness, type Harness, type Schemas } from './support/events-harness.js';

interface Fixture {
  eventId: string;
  channelId: string;
  speakerId: string;
  listenerId: string;
  version: number;
  templateId: string;
}

interface Operation {
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: (fixture: Fixture) => string;
  body?: (fixture: Fixture) => object;
  ifMatch?: boolean;
}

const operations: Operation[] = [
  { name: 'getEvent', method: 'get', path: (f) => `/v1/events/${f.eventId}` },
  { name: 'updateEvent', method: 'patch', path: (f) => `/v1/events/${f.eventId}`, body: () => ({ title: 'Taken over' }), ifMatch: true },
  { name: 'deleteEvent', method: 'delete', path: (f) => `/v1/events/${f.eventId}`, ifMatch: true },
  {
    name: 'setEventStatus',
    method: 'put',
    path: (f) => `/v1/events/${f.eventId}/status`,
    body: () => ({ status: 'draft' }),
    ifMatch: true,
  },
  { name: 'listChannels', method: 'get', path: (f) => `/v1/events/${f.eventId}/channels` },
  {
    name: 'createChannel',
    method: 'post',
    path: (f) => `/v1/events/${f.eventId}/channels`,
    body: () => ({ name: 'Side room', source_language: 'es', target_languages: ['en'] }),
    ifMatch: true,
  },
  { name: 'getChannel', method: 'get', path: (f) => `/v1/events/${f.eventId}/channels/${f.channelId}` },
  {
    name: 'updateChannel',
    method: 'patch',
    path: (f) => `/v1/events/${f.eventId}/channels/${f.channelId}`,
    body: () => ({ name: 'Renamed' }),
    ifMatch: true,
  },
  { name: 'deleteChannel', method: 'delete', path: (f) => `/v1/events/${f.eventId}/channels/${f.channelId}`, ifMatch: true },
  { name: 'listChannelSpeakers', method: 'get', path: (f) => `/v1/events/${f.eventId}/channels/${f.channelId}/speakers` },
  { name: 'getChannelSpeaker', method: 'get', path: (f) => `/v1/events/${f.eventId}/channels/${f.channelId}/speakers/${f.speakerId}` },
  { name: 'assignChannelSpeaker', method: 'put', path: (f) => `/v1/events/${f.eventId}/channels/${f.channelId}/speakers/${newUserId()}` },
  {
    name: 'removeChannelSpeaker',
    method: 'delete',
    path: (f) => `/v1/events/${f.eventId}/channels/${f.channelId}/speakers/${f.speakerId}`,
  },
  { name: 'listEventListeners', method: 'get', path: (f) => `/v1/events/${f.eventId}/listeners` },
  { name: 'getEventListener', method: 'get', path: (f) => `/v1/events/${f.eventId}/listeners/${f.listenerId}` },
  { name: 'assignEventListener', method: 'put', path: (f) => `/v1/events/${f.eventId}/listeners/${newUserId()}` },
  { name: 'removeEventListener', method: 'delete', path: (f) => `/v1/events/${f.eventId}/listeners/${f.listenerId}` },
  { name: 'listSessionRecords', method: 'get', path: (f) => `/v1/events/${f.eventId}/sessions` },
  { name: 'getSessionRecord', method: 'get', path: (f) => `/v1/events/${f.eventId}/sessions/${newUserId()}` },
  {
    name: 'createSessionRecord',
    method: 'post',
    path: (f) => `/v1/events/${f.eventId}/sessions`,
    body: (f) => ({
      id: newUserId(),
      channel_id: f.channelId,
      mode: 'websocket',
      started_at: '2026-11-28T17:00:00Z',
      ended_at: '2026-11-28T18:00:00Z',
      segment_count: 1,
      listeners_peak: 1,
    }),
  },
  { name: 'listTemplates', method: 'get', path: () => '/v1/templates' },
  { name: 'createTemplate', method: 'post', path: () => '/v1/templates', body: () => ({ name: `Refused ${newUserId()}`, channels: [] }) },
  { name: 'getTemplate', method: 'get', path: (f) => `/v1/templates/${f.templateId}` },
  {
    name: 'updateTemplate',
    method: 'patch',
    path: (f) => `/v1/templates/${f.templateId}`,
    body: () => ({ name: `Refused ${newUserId()}` }),
    ifMatch: true,
  },
  { name: 'deleteTemplate', method: 'delete', path: (f) => `/v1/templates/${f.templateId}`, ifMatch: true },
  {
    name: 'createEventFromTemplate',
    method: 'post',
    path: (f) => `/v1/templates/${f.templateId}/events`,
    body: () => ({ title: 'Refused', starts_at: '2026-11-28T18:00:00Z', ends_at: '2026-11-28T19:00:00Z', timezone: 'UTC' }),
  },
];

/** Who is refused what, and how: `router` = 403 naming a missing permission, `rules` = 403 from the event's rules. */
type Refusal = 'router' | 'rules' | 404;
type Caller =
  | 'assigned speaker'
  | 'assigned listener'
  | 'colleague assigned as listener'
  | 'stranger manager'
  | 'reading service'
  | 'manager'
  | 'admin';

const eventWrites = [
  'updateEvent',
  'deleteEvent',
  'setEventStatus',
  'createChannel',
  'updateChannel',
  'deleteChannel',
  'assignChannelSpeaker',
  'removeChannelSpeaker',
  'assignEventListener',
  'removeEventListener',
];
const eventReads = ['getEvent', 'listChannels', 'getChannel', 'listChannelSpeakers', 'getChannelSpeaker'];
const recordReads = ['listSessionRecords', 'getSessionRecord'];
const templateOperations = ['listTemplates', 'createTemplate', 'getTemplate', 'updateTemplate', 'deleteTemplate'];

function expectedRefusal(caller: Caller, operation: string): Refusal | undefined {
  switch (caller) {
    case 'assigned speaker':
    case 'assigned listener':
      if (eventReads.includes(operation)) return undefined;
      if (operation === 'getEventListener') return caller === 'assigned speaker' ? 'rules' : undefined;
      if (operation === 'listEventListeners') return 'rules';
      return 'router';
    case 'colleague assigned as listener':
      // Checking their own listener assignment is theirs to do; the rest of the audience is not.
      if (eventWrites.includes(operation) || operation === 'listEventListeners') return 'rules';
      if (recordReads.includes(operation)) return 404;
      if (operation === 'createSessionRecord') return 'router';
      return undefined;
    case 'stranger manager':
      if (templateOperations.includes(operation) || operation === 'createEventFromTemplate') return undefined;
      if (operation === 'createSessionRecord') return 'router';
      return 404;
    case 'reading service':
      if (eventReads.includes(operation) || operation === 'listEventListeners' || operation === 'getEventListener') return undefined;
      return 'router';
    case 'manager':
    case 'admin':
      return operation === 'createSessionRecord' ? 'router' : undefined;
  }
}

async function tokenOf(harness: Harness, caller: Caller, fixture: Fixture): Promise<string> {
  switch (caller) {
    case 'assigned speaker':
      return harness.user('speaker', fixture.speakerId);
    case 'assigned listener':
      return harness.user('listener', fixture.listenerId);
    case 'colleague assigned as listener':
      return harness.user('manager', fixture.listenerId);
    case 'stranger manager':
      return harness.user('manager', newUserId());
    case 'reading service':
      return harness.service('livekit-provider', ['events:read']);
    case 'manager':
      return harness.user('manager', newUserId());
    case 'admin':
      return harness.user('admin', newUserId());
  }
}

const refusedCallers: Caller[] = [
  'assigned speaker',
  'assigned listener',
  'colleague assigned as listener',
  'stranger manager',
  'reading service',
  'manager',
  'admin',
];

for (const engine of await databaseEngines('ilenia_events_access')) {
  describe.skipIf(!engine.available)(`who may do what on ${engine.name}`, () => {
    const harness = useHarness(engine);
    let fixture: Fixture;
    let organiser: string;

    beforeAll(async () => {
      if (!engine.available) return;
      organiser = await harness.user('manager', newUserId());
      const speakerId = newUserId();
      const listenerId = newUserId();
      const event = await createEventIn(harness, organiser, 'ready', { speakerId });
      await call(harness, organiser).put(`/v1/events/${event.id}/listeners/${listenerId}`);
      const template = await call(harness, organiser)
        .post('/v1/templates')
        .send({ name: `Access ${newUserId()}`, channels: [] });
      fixture = {
        eventId: event.id,
        channelId: event.channelId,
        speakerId,
        listenerId,
        version: event.version,
        templateId: bodyOf<Schemas['Template']>(template).id,
      };
    });

    for (const caller of refusedCallers) {
      for (const operation of operations) {
        const refusal = expectedRefusal(caller, operation.name);
        if (refusal === undefined) continue;
        const outcome = refusal === 404 ? '404' : refusal === 'router' ? '403 naming the missing permission' : '403 from the event’s rules';
        it(`${operation.name} by a ${caller}: ${outcome}`, async () => {
          const token = await tokenOf(harness, caller, fixture);
          let test = call(harness, token)[operation.method](operation.path(fixture));
          if (operation.ifMatch) test = test.set('If-Match', operation.name.endsWith('Template') ? '"1"' : `"${fixture.version}"`);
          const response = operation.body ? await test.send(operation.body(fixture)) : await test;
          expect(response.status).toBe(refusal === 404 ? 404 : 403);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          if (refusal === 'router') expect(problemOf(response).missing_permissions).toEqual(expect.arrayContaining([expect.any(String)]));
          if (refusal === 'rules') expect(problemOf(response).missing_permissions).toBeUndefined();
        });
      }
    }

    it('left the event, its assignments and the template as they were', async () => {
      const event = await call(harness, organiser).get(`/v1/events/${fixture.eventId}`);
      expect(event.body).toMatchObject({
        version: fixture.version,
        status: 'ready',
        channels: [{ name: 'Main stage', speakers: [fixture.speakerId] }],
      });
      expect(
        bodyOf<Schemas['ListenerAssignmentPage']>(await call(harness, organiser).get(`/v1/events/${fixture.eventId}/listeners`)).items.map(
          (item) => item.user_id,
        ),
      ).toEqual([fixture.listenerId]);
      expect(bodyOf<Schemas['Template']>(await call(harness, organiser).get(`/v1/templates/${fixture.templateId}`)).version).toBe(1);
    });
  });
}
