/**
 * The sessions of an event, current and past: each opens to its transcripts per language and its
 * recording, played in the page.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/clients.js';
import { unwrap, type LiveSession } from '../../api/sdk.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatDuration } from './format.js';
import { SessionDetails } from './SessionDetails.js';

export interface ManageSessionsPanelProps {
  eventId: string;
  /** A person's name from their user id, when the page knows it; the id is shown otherwise. */
  personName?: (userId: string) => string | undefined;
}

const pageSize = 200;

export function ManageSessionsPanel({ eventId, personName }: ManageSessionsPanelProps) {
  const { t } = useI18n();
  const api = useApi();
  const event = api.eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } });
  const sessions = useQuery({
    queryKey: ['live-event', 'sessions', eventId],
    queryFn: () => unwrap(api.liveEvent.listEventSessions({ params: { path: { event_id: eventId }, query: { limit: pageSize } } })),
  });
  const channelNames = new Map((event.data?.channels ?? []).map((channel) => [channel.id, channel.name]));
  // Newest first: the talk that just ended is the one a manager looks for.
  const items = [...(sessions.data?.items ?? [])].reverse();
  return (
    <section aria-labelledby="manage-sessions-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="manage-sessions-title" className="text-lg font-semibold">
          {t('manageSessions.title')}
        </h2>
        {sessions.data && sessions.data.total > 0 && (
          <p className="text-sm text-slate-600">{t('manageSessions.count', { count: sessions.data.total })}</p>
        )}
      </div>
      {sessions.isPending && <p className="text-slate-600">{t('manageSessions.loading')}</p>}
      {sessions.isError && (
        <p role="alert" className="text-red-800">
          {t('manageSessions.failed')}{' '}
          <button type="button" className="underline" onClick={() => void sessions.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {sessions.data && sessions.data.items.length === 0 && <p className="text-slate-600">{t('manageSessions.none')}</p>}
      {items.length > 0 && (
        <ul className="flex flex-col gap-2">
          {items.map((session) => (
            <li key={session.id}>
              <SessionItem session={session} channelName={channelNames.get(session.channel_id)} personName={personName} />
            </li>
          ))}
        </ul>
      )}
      {sessions.data && sessions.data.total > sessions.data.items.length && (
        <p className="text-sm text-slate-600">
          {t('manageSessions.more', { shown: sessions.data.items.length, total: sessions.data.total })}
        </p>
      )}
    </section>
  );
}

function SessionItem({
  session,
  channelName,
  personName,
}: {
  session: LiveSession;
  channelName: string | undefined;
  personName: ManageSessionsPanelProps['personName'];
}) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const badge = { active: 'bg-green-700 text-white', interrupted: 'bg-amber-200 text-amber-950', ended: 'bg-slate-200 text-slate-800' }[
    session.status
  ];
  const detailsId = `session-details-${session.id}`;
  return (
    <article className="rounded border border-slate-300 p-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <div className="w-full min-w-0 sm:w-auto sm:flex-1">
          <h3 className="font-medium">
            {channelName ?? session.channel_id.slice(0, 8)} · {when.format(new Date(session.started_at))}
          </h3>
          <p className="text-sm text-slate-600">
            {personName?.(session.speaker_id) ?? session.speaker_id.slice(0, 8)} ·{' '}
            {t('manageSessions.summary', {
              duration: formatDuration(session.duration_seconds),
              segments: t('manageSessions.segments', { count: session.segment_count }),
              listeners: t('manageSessions.listenersPeak', { count: session.listeners_peak }),
            })}
          </p>
        </div>
        <span className={`rounded px-2 py-0.5 text-sm ${badge}`}>{t(`manageSessions.status.${session.status}`)}</span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          className="rounded border border-slate-400 px-3 py-1 text-sm"
          onClick={() => setOpen(!open)}
        >
          {t('manageSessions.details')}
        </button>
      </div>
      {open && (
        <div id={detailsId}>
          <SessionDetails session={session} />
        </div>
      )}
    </article>
  );
}
