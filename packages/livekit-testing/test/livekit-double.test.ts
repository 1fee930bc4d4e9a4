/** The double answers the way a LiveKit server does, as the server SDK sees it and on the wire. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessToken, RoomServiceClient, TwirpError } from 'livekit-server-sdk';
import { startLiveKitDouble, type LiveKitDouble } from '@ilenia/livekit-testing';

let livekit: LiveKitDouble;
let client: RoomServiceClient;
beforeAll(async () => {
  livekit = await startLiveKitDouble();
  client = new RoomServiceClient(livekit.wsUrl, livekit.apiKey, livekit.apiSecret, { failover: false });
});
afterAll(() => livekit.close());

async function apiToken(video: Record<string, unknown>, secret = livekit.apiSecret): Promise<string> {
  const token = new AccessToken(livekit.apiKey, secret, { ttl: 600 });
  token.addGrant(video);
  return token.toJwt();
}

function post(method: string, body: unknown, token: string) {
  return fetch(`${livekit.url}/twirp/livekit.RoomService/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe('the LiveKit double', () => {
  it('creates, lists and deletes rooms for the real SDK, with LiveKit’s snake_case answers', async () => {
    const created = await client.createRoom({ name: 'hall', metadata: '{"a":1}', emptyTimeout: 60 });
    expect(created).toMatchObject({ name: 'hall', metadata: '{"a":1}', emptyTimeout: 60, numParticipants: 0 });
    expect((await client.createRoom({ name: 'hall' })).sid).toBe(created.sid);
    livekit.rooms.addParticipant('hall', { identity: 'speaker-1', audioTracks: ['original'] });
    expect((await client.listRooms(['hall']))[0]).toMatchObject({ numParticipants: 1, numPublishers: 1 });
    expect((await client.listParticipants('hall')).map((participant) => participant.identity)).toStrictEqual(['speaker-1']);

    const raw = await post('ListRooms', { names: ['hall'] }, await apiToken({ roomList: true }));
    expect(raw.headers.get('content-type')).toBe('application/json');
    const body = (await raw.json()) as { rooms: Record<string, unknown>[] };
    expect(Object.keys(body.rooms[0]!)).toEqual(
      expect.arrayContaining(['sid', 'name', 'empty_timeout', 'creation_time', 'num_participants', 'active_recording']),
    );

    await client.deleteRoom('hall');
    expect(await client.listRooms()).toStrictEqual([]);
  });

  it('answers not_found as a Twirp error the SDK reads, with the exact content type', async () => {
    const error = await client.deleteRoom('nowhere').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TwirpError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    const raw = await post('DeleteRoom', { room: 'nowhere' }, await apiToken({ roomCreate: true }));
    expect(raw.headers.get('content-type')).toBe('application/json');
    expect(await raw.json()).toStrictEqual({ code: 'not_found', msg: 'requested room does not exist', meta: {} });
  });

  it('refuses a token signed with another secret in plain text, and a missing grant as unauthenticated', async () => {
    const forged = await post('ListRooms', {}, await apiToken({ roomList: true }, 'another-secret-of-thirty-two-chars'));
    expect(forged.status).toBe(401);
    expect(forged.headers.get('content-type')).toMatch(/^text\/plain/);
    const ungranted = await post('ListRooms', {}, await apiToken({ roomCreate: true }));
    expect(ungranted.status).toBe(401);
    expect(await ungranted.json()).toMatchObject({ code: 'unauthenticated' });
    const otherRoom = await post('ListParticipants', { room: 'a' }, await apiToken({ roomAdmin: true, room: 'b' }));
    expect(otherRoom.status).toBe(401);
  });

  it('parses requests strictly, so a misspelt field fails instead of being ignored', async () => {
    const answer = await post('CreateRoom', { name: 'x', emptyTimeOut: 5 }, await apiToken({ roomCreate: true }));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ code: 'malformed' });
  });

  it('injects faults: an error the SDK reports with its code, and a cut connection', async () => {
    livekit.fault({ kind: 'error', code: 'resource_exhausted', message: 'too many rooms' });
    await expect(client.createRoom({ name: 'y' })).rejects.toMatchObject({ status: 429, code: 'resource_exhausted' });
    livekit.fault({ kind: 'down' });
    await expect(client.listRooms()).rejects.toThrow(/fetch failed/);
    livekit.fault(undefined);
    expect(await client.listRooms()).toStrictEqual([]);
  });
});
