/**
 * What a manager watches while the event is live: per channel, the session (state, speaker), who
 * listens in which language, and how long the latest finals took per stage. Refreshed every few
 * seconds while the tab is visible (TanStack Query pauses interval refetches of hidden tabs).
 * When a channel's session starts, changes state or ends, the sessions list (ManageSessionsPanel's
 * query) is read again, so a talk that just ended shows there without reloading the page.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/clients.js';
import { ProblemError, unwrap, type Channel, type ChannelLiveStatus } from '../../api/sdk.js';
import { languageName, useI18n } from '../../i18n/i18n.js';
import { LatencyTable } from './LatencyTable.js';

export interface ManageLivePanelProps {
  eventId: string;
  /** A person's name from their user id, when the page knows it; the id is shown otherwise. */
  personName?: (userId: string) => string | undefined;
  /** How often the status is asked for again (ms). */
  refreshMs?: number;
}

export function ManageLivePanel({ eventId, personName, refreshMs = 3_000 }: ManageLivePanelProps) {
  const { t, language } = useI18n();
  const api = useApi();
  const hidden = usePageHidden();
  const event = api.eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } });
  const status = useQuery({
    queryKey: ['live-event', 'live-status', eventId],
    queryFn: () => unwrap(api.liveEvent.getEventLiveStatus({ params: { path: { event_id: eventId }, query: { finals: 10 } } })),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: false,
  });
  useSessionsFollowLiveStatus(eventId, status.data?.channels);
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const channels = new Map((event.data?.channels ?? []).map((channel) => [channel.id, channel]));

  return (
    <section aria-labelledby="manage-live-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="manage-live-title" className="text-lg font-semibold">
          {t('manageLive.title')}
        </h2>
        {status.data && (
          <p className="text-sm text-slate-600">{t('manageLive.updated', { time: time.format(new Date(status.data.observed_at)) })}</p>
        )}
      </div>
      {hidden && <p className="text-sm text-slate-600">{t('manageLive.paused')}</p>}
      {status.isPending && <p className="text-slate-600">{t('manageLive.loading')}</p>}
      {status.isError && (
        <p role="alert" className="text-red-800">
          {status.error instanceof ProblemError && status.error.status === 404 ? t('manageLive.notFound') : t('manageLive.failed')}{' '}
          <button type="button" className="underline" onClick={() => void status.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {status.data && (
        <>
          <p>{t('manageLive.listenersTotal', { count: status.data.listeners })}</p>
          <ul className="flex flex-col gap-3">
            {status.data.channels.map((channel) => (
              <li key={channel.channel_id}>
                <ChannelCard status={channel} channel={channels.get(channel.channel_id)} personName={personName} />
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">{t('manageLive.stagesHelp')}</p>
        </>
      )}
    </section>
  );
}

function ChannelCard({
  status,
  channel,
  personName,
}: {
  status: ChannelLiveStatus;
  channel: Channel | undefined;
  personName: ManageLivePanelProps['personName'];
}) {
  const { t, language } = useI18n();
  const session = status.session;
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const badge = session
    ? { live: 'bg-green-700 text-white', paused: 'bg-amber-200 text-amber-950', interrupted: 'bg-red-700 text-white' }[session.state]
    : 'bg-slate-200 text-slate-800';
  const headingId = `live-channel-${status.channel_id}`;
  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-300 p-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-medium">
          {channel?.name ?? status.channel_id}
        </h3>
        <span className={`rounded px-2 py-0.5 text-sm ${badge}`}>
          {t(session ? `manageLive.state.${session.state}` : 'manageLive.state.none')}
        </span>
        <span className="ml-auto text-sm">{t('manageLive.channelListeners', { count: status.listeners })}</span>
      </div>
      {session && (
        <p className="text-sm text-slate-700">
          {t('manageLive.speaker', {
            name: personName?.(session.speaker_id) ?? session.speaker_id.slice(0, 8),
            time: time.format(new Date(session.started_at)),
          })}
        </p>
      )}
      <h4 className="mt-2 text-sm font-medium">{t('manageLive.languages')}</h4>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label={t('manageLive.languages')}>
        {status.languages.map((entry) => (
          <li key={entry.language} className="rounded border border-slate-300 px-2 py-0.5 text-sm">
            {languageName(entry.language, language)} <strong className="tabular-nums">{entry.listeners}</strong>
          </li>
        ))}
      </ul>
      <LatencyTable finals={status.finals} languages={status.languages.map((entry) => entry.language)} />
    </article>
  );
}

/**
 * Reads the event's sessions list again whenever the channels' sessions (which one, in which state)
 * differ from the last live status: a talk starting or ending shows in the sessions panel.
 */
function useSessionsFollowLiveStatus(eventId: string, channels: ChannelLiveStatus[] | undefined): void {
  const queryClient = useQueryClient();
  const sessions = channels?.map((channel) => (channel.session ? `${channel.session.id}:${channel.session.state}` : '-')).join(',');
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (sessions === undefined || sessions === seen.current) return;
    seen.current = sessions;
    // The first status too: a talk may have started between the sessions list's read and this one.
    void queryClient.invalidateQueries({ queryKey: ['live-event', 'sessions', eventId] });
  }, [eventId, queryClient, sessions]);
}

/** Whether the page is hidden (another tab in front, window minimised). */
function usePageHidden(): boolean {
  const [hidden, setHidden] = useState(() => typeof document !== 'undefined' && document.visibilityState === 'hidden');
  useEffect(() => {
    const update = () => setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return hidden;
}
