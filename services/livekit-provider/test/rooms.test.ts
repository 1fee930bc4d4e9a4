/** A manager sees the open rooms of their events with who is in them, and closes them; nobody else does. */
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bodyOf } from '@ilenia/kit/testing';
import type { RoomAccess, Schemas } from './support/answer-types.js';
import { arrangeEvent, serviceToken, useProvider, userToken } from './support/provider-harness.js';

const context = useProvider();

/** An event whose channel room is open with its speaker, its agent and a listener in it. */
async function liveRoom() {
  const arranged = arrangeEvent(context);
  const { event, channel, speakerId, listenerId } = arranged;
  const opened = await request(context.app)
    .post('/v2/agents/token')
    .set('Authorization', `Bearer ${await serviceToken(context)}`)
    .send({ event_id: event.id, channel_id: channel.id });
  const roomName: string = bodyOf<RoomAccess>(opened).room_name;
  const t0 = Date.now() - 60_000;
  context.livekit.rooms.addParticipant(roomName, { identity: `speaker-${speakerId}`, audioTracks: ['original'], joinedAt: new Date(t0) });
  context.livekit.rooms.addParticipant(roomName, {
    identity: 'agent-translator',
    audioTracks: ['translation-es', 'translation-fr'],
    joinedAt: new Date(t0 + 1_000),
  });
  context.livekit.rooms.addParticipant(roomName, { identity: `listener-${listenerId}`, joinedAt: new Date(t0 + 2_000) });
  return { ...arranged, roomName };
}

describe('the rooms of an event', () => {
  it('lists the open rooms of the events the manager organises, and only those (every room for an administrator)', async () => {
    const mine = await liveRoom();
    const theirs = await liveRoom();
    const token = await userToken(context, mine.organiserId, 'manager');
    const all = await request(context.app).get('/v2/rooms').set('Authorization', `Bearer ${token}`);
    expect(all.status, all.text).toBe(200);
    expect(all.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(bodyOf<Schemas['RoomList']>(all).items[0]).toMatchObject({
      room_name: mine.roomName,
      event_id: mine.event.id,
      channel_id: mine.channel.id,
      num_participants: 3,
      num_publishers: 2,
      recording_active: false,
    });

    const one = await request(context.app).get('/v2/rooms').query({ event_id: mine.event.id }).set('Authorization', `Bearer ${token}`);
    expect(bodyOf<Schemas['RoomList']>(one).items.map((room: { room_name: string }) => room.room_name)).toStrictEqual([mine.roomName]);
    expect(
      (await request(context.app).get('/v2/rooms').query({ event_id: theirs.event.id }).set('Authorization', `Bearer ${token}`)).status,
    ).toBe(404);

    const admin = await request(context.app)
      .get('/v2/rooms')
      .query({ limit: 1 })
      .set('Authorization', `Bearer ${await userToken(context, randomUUID(), 'admin')}`);
    expect(admin.body).toMatchObject({ total: 2, limit: 1 });
    expect(bodyOf<Schemas['RoomList']>(admin).items).toHaveLength(1);
  });

  it('shows everyone in a room in order of arrival, the agent and its voiced tracks included', async () => {
    const { roomName, organiserId, speakerId, listenerId } = await liveRoom();
    const answer = await request(context.app)
      .get(`/v2/rooms/${roomName}`)
      .set('Authorization', `Bearer ${await userToken(context, organiserId, 'manager')}`);
    expect(answer.status, answer.text).toBe(200);
    expect(
      bodyOf<Schemas['RoomDetail']>(answer).participants.map(
        (participant: { identity: string; kind: string; user_id: string | null; agent_type: string | null }) => [
          participant.identity,
          participant.kind,
          participant.user_id,
          participant.agent_type,
        ],
      ),
    ).toStrictEqual([
      [`speaker-${speakerId}`, 'speaker', speakerId, null],
      ['agent-translator', 'agent', null, 'translator'],
      [`listener-${listenerId}`, 'listener', listenerId, null],
    ]);
    expect(
      bodyOf<Schemas['RoomDetail']>(answer).participants[1]!.tracks.map(
        (track: { name: string; type: string; source: string; muted: boolean }) => [track.name, track.type, track.source, track.muted],
      ),
    ).toStrictEqual([
      ['translation-es', 'audio', 'microphone', false],
      ['translation-fr', 'audio', 'microphone', false],
    ]);
  });

  it('closes a room for its organiser, after which it is not found', async () => {
    const { roomName, organiserId } = await liveRoom();
    const token = await userToken(context, organiserId, 'manager');
    expect((await request(context.app).delete(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${token}`)).status).toBe(204);
    expect(context.livekit.rooms.list([roomName])).toHaveLength(0);
    expect((await request(context.app).delete(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${token}`)).status).toBe(404);
    expect((await request(context.app).get(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${token}`)).status).toBe(404);
  });

  it('answers 404 to a manager of another event, and lets an administrator in', async () => {
    const { roomName } = await liveRoom();
    const stranger = await userToken(context, randomUUID(), 'manager');
    expect((await request(context.app).get(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${stranger}`)).status).toBe(404);
    expect((await request(context.app).delete(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${stranger}`)).status).toBe(404);
    expect(context.livekit.rooms.list([roomName])).toHaveLength(1);
    const admin = await userToken(context, randomUUID(), 'admin');
    expect((await request(context.app).get(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${admin}`)).status).toBe(200);
  });

  it('refuses listeners with 403 and a room name off the convention with 400', async () => {
    const { roomName, listenerId, organiserId } = await liveRoom();
    expect(
      (
        await request(context.app)
          .get(`/v2/rooms/${roomName}`)
          .set('Authorization', `Bearer ${await userToken(context, listenerId, 'listener')}`)
      ).status,
    ).toBe(403);
    expect(
      (
        await request(context.app)
          .get('/v2/rooms/lobby')
          .set('Authorization', `Bearer ${await userToken(context, organiserId, 'manager')}`)
      ).status,
    ).toBe(400);
  });
});
