/**
 * The sessions of an event, current and past: each opens to its transcripts per language and its
 * recording, played in the page.
 */
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/clients.js';
import { unwrap, type LiveSession } from '../../api/sdk.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatDuration } from './format.js';
import { SessionDetails } from './SessionDetails.js';
import { SessionCard, SessionsSection } from './SessionsSection.js';

export interface ManageSessionsPanelProps {
  eventId: string;
  /** A person's name from their user id, when the page knows it; the id is shown otherwise. */
  personName?: (userId: string) => string | undefined;
}

const pageSize = 200;

export function ManageSessionsPanel({ eventId, personName }: ManageSessionsPanelProps) {
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
    <SessionsSection
      sessions={sessions}
      items={items}
      keyOf={(session) => session.id}
      renderSession={(session) => (
        <SessionItem session={session} channelName={channelNames.get(session.channel_id)} personName={personName} />
      )}
    />
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
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const badge = { active: 'bg-green-700 text-white', interrupted: 'bg-amber-200 text-amber-950', ended: 'bg-slate-200 text-slate-800' }[
    session.status
  ];
  return (
    <SessionCard
      sessionId={session.id}
      title={`${channelName ?? session.channel_id.slice(0, 8)} · ${when.format(new Date(session.started_at))}`}
      summary={`${personName?.(session.speaker_id) ?? session.speaker_id.slice(0, 8)} · ${t('manageSessions.summary', {
        duration: formatDuration(session.duration_seconds),
        segments: t('manageSessions.segments', { count: session.segment_count }),
        listeners: t('manageSessions.listenersPeak', { count: session.listeners_peak }),
      })}`}
      status={{ label: t(`manageSessions.status.${session.status}`), className: badge }}
      details={() => <SessionDetails session={session} />}
    />
  );
}
