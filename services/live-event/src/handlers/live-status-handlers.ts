import type { LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import { problems } from '@ilenia/kit';
import { channelLiveStatus, eventListeners } from '../domain/live-status.js';
import { overseenEvent, withUpstream, type HandlerDependencies } from './dependencies.js';

/** The live status of an event (who listens, the sessions, the latest finals' stages), for those who oversee it. */
export function liveStatusHandlers(dependencies: HandlerDependencies): Pick<LiveEventHandlers, 'getEventLiveStatus'> {
  return {
    async getEventLiveStatus(input, context) {
      const eventId = input.path.event_id;
      const event = await withUpstream(async () => {
        await overseenEvent(dependencies, eventId, context);
        return dependencies.directory.getEvent(eventId);
      });
      if (!event) throw problems.notFound(`No event with id ${eventId}.`);
      const limit = input.query.finals ?? 10;
      const { liveStatus, bus } = dependencies;
      const presence = await liveStatus.readPresence(eventId);
      const channels = await Promise.all(
        event.channels.map(async (channel) => {
          const key = { eventId, channelId: channel.id };
          const [session, status, finals] = await Promise.all([
            dependencies.sessions.unfinishedOfChannel(channel.id),
            bus.status?.(key),
            liveStatus.latestFinals(key, limit),
          ]);
          return channelLiveStatus({
            channel,
            session: session?.eventId === eventId ? session : undefined,
            busSession: status?.session,
            presence,
            finals,
          });
        }),
      );
      return {
        status: 200,
        headers: { 'Cache-Control': 'no-store' },
        body: { event_id: eventId, observed_at: new Date().toISOString(), listeners: eventListeners(presence), channels },
      };
    },
  };
}
