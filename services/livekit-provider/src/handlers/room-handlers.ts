import type { LivekitProviderHandlers } from '@ilenia/generated/openapi/livekit-provider/server';
import type { EventsEvent } from '@ilenia/kit/upstream';
import { providerProblems, withUpstreams } from '../domain/problems.js';
import { managesEvent, organisedEvent } from '../domain/room-access.js';
import { parseRoomName } from '../livekit/room-names.js';
import { participantView, roomSummary } from '../livekit/room-views.js';
import { callerOf, type HandlerDependencies } from './dependencies.js';

/** What a manager needs: the open rooms of their events, who is in one, and closing one. */
export function roomHandlers(dependencies: HandlerDependencies): Pick<LivekitProviderHandlers, 'listRooms' | 'getRoom' | 'deleteRoom'> {
  const { directory, rooms } = dependencies;

  /** The room's event when the caller manages it; the same 404 as a room that is not open otherwise. */
  async function managedRoomEvent(roomName: string, caller: ReturnType<typeof callerOf>): Promise<EventsEvent> {
    const notOpen = `No open room named ${roomName}.`;
    const ids = parseRoomName(roomName);
    if (!ids) throw providerProblems.notFound(notOpen);
    return organisedEvent(directory, ids.eventId, caller, notOpen);
  }

  return {
    listRooms: (input, context) =>
      withUpstreams(async () => {
        const caller = callerOf(context);
        const limit = input.query.limit ?? 50;
        const offset = input.query.offset ?? 0;
        const eventId = input.query.event_id;
        if (eventId !== undefined) await organisedEvent(directory, eventId, caller, `No event with id ${eventId}.`);
        const summaries = (await rooms.listRooms())
          .flatMap((room) => roomSummary(room) ?? [])
          .filter((room) => eventId === undefined || room.event_id === eventId);
        // Whose rooms the caller sees is decided once per event: already checked when one was named, or
        // settled by events:manage_all, or asked of the events service (its organiser).
        const seesEveryRoom = eventId !== undefined || caller.principal.permissions.has('events:manage_all');
        const managed = new Map<string, boolean>();
        const visible = [];
        for (const room of summaries) {
          if (!seesEveryRoom && !managed.has(room.event_id)) {
            const event = await directory.getEvent(room.event_id);
            managed.set(room.event_id, event !== undefined && managesEvent(caller, event));
          }
          if (seesEveryRoom || managed.get(room.event_id)) visible.push(room);
        }
        visible.sort((a, b) => b.created_at.localeCompare(a.created_at) || a.room_name.localeCompare(b.room_name));
        return { status: 200, body: { items: visible.slice(offset, offset + limit), total: visible.length, limit, offset } };
      }),

    getRoom: (input, context) =>
      withUpstreams(async () => {
        const roomName = input.path.room_name;
        await managedRoomEvent(roomName, callerOf(context));
        const room = await rooms.findRoom(roomName);
        const participants = room ? await rooms.listParticipants(roomName) : undefined;
        const summary = room && roomSummary(room);
        if (!summary || !participants) throw providerProblems.notFound(`No open room named ${roomName}.`);
        const ordered = [...participants].sort((a, b) => Number(a.joinedAtMs - b.joinedAtMs) || Number(a.joinedAt - b.joinedAt));
        return {
          status: 200,
          body: {
            ...summary,
            // Counted from the participants read just now, so the numbers agree with the list.
            num_participants: ordered.length,
            num_publishers: ordered.filter((participant) => participant.tracks.length > 0).length,
            participants: ordered.map(participantView),
          },
        };
      }),

    deleteRoom: (input, context) =>
      withUpstreams(async () => {
        const roomName = input.path.room_name;
        await managedRoomEvent(roomName, callerOf(context));
        if (!(await rooms.deleteRoom(roomName))) throw providerProblems.notFound(`No open room named ${roomName}.`);
        return { status: 204 };
      }),
  };
}
