/**
 * The event being managed, shared by the page's sections: the server's version (TanStack Query), a
 * refresh after each change, and the stale-version notice when a change answers 412.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useState } from 'react';
import { useApi } from '../api/clients.js';
import { unwrap, type Event } from '../api/sdk.js';
import { describeChanges, type ChannelDraft, type Change, type EventField } from './conflict.js';

export interface StaleNotice {
  changes: Change[] | 'deleted';
}

export interface ManagedEvent {
  event: Event;
  /** Reads the event again (after a change of ours); resolves once the page shows the new version. */
  refresh: () => Promise<void>;
  /** After a 412: reads the server's version and shows what differs from what the person edited. */
  reportStale: (
    seen: Event,
    mine?: Partial<Record<EventField, string | null>>,
    mineChannel?: { id?: string; draft: ChannelDraft },
  ) => Promise<void>;
  stale: StaleNotice | undefined;
  /** Drops the notice and shows the server's version; `generation` grows so the forms reset. */
  reload: () => Promise<void>;
  generation: number;
}

export const ManagedEventContext = createContext<ManagedEvent | undefined>(undefined);

export function useManagedEvent(): ManagedEvent {
  const value = useContext(ManagedEventContext);
  if (!value) throw new Error('useManagedEvent needs the manage page');
  return value;
}

export function useManagedEventState(eventId: string) {
  const { events, eventsQuery } = useApi();
  const queryClient = useQueryClient();
  const options = { params: { path: { event_id: eventId } } };
  const query = eventsQuery.useQuery('get', '/v1/events/{event_id}', options, { retry: false });
  const [stale, setStale] = useState<StaleNotice | undefined>();
  const [generation, setGeneration] = useState(0);

  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({
      queryKey: eventsQuery.queryOptions('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } }).queryKey,
    });
    // The home page's lists show titles and statuses too.
    await queryClient.invalidateQueries({ queryKey: ['get', '/v1/events'] });
  }, [queryClient, eventsQuery, eventId]);

  const reportStale = useCallback<ManagedEvent['reportStale']>(
    async (seen, mine, mineChannel) => {
      let current: Event | undefined;
      try {
        current = await unwrap(events.getEvent({ params: { path: { event_id: eventId } } }));
      } catch {
        current = undefined;
      }
      setStale({ changes: describeChanges(seen, current, mine, mineChannel) });
    },
    [events, eventId],
  );

  const reload = useCallback(async () => {
    await refresh();
    setStale(undefined);
    setGeneration((value) => value + 1);
  }, [refresh]);

  return { query, refresh, reportStale, stale, reload, generation };
}
