/**
 * LiveKit mode's sessions of an event (live-service): each one's status and its channel agent's stages
 * (asr, mt, tts per language, with their errors), a stop with confirmation for a running one, and its
 * transcripts per language, read in place or downloaded. Running sessions are read again every few
 * seconds, so a stage that fails or a session that ends shows without reloading the page.
 */
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/clients.js';
import { unwrap, type AgentSession } from '../../api/sdk.js';
import { AgentsStatus } from '../../broadcast/livekit/AgentsStatus.js';
import { languageName, useI18n } from '../../i18n/i18n.js';
import { formatDuration } from './format.js';
import { SessionTranscripts } from './SessionTranscripts.js';
import { SessionCard, SessionsSection } from './SessionsSection.js';
import { StopSession } from './StopSession.js';
import { liveServiceTranscripts } from './transcript-source.js';

export interface LiveKitSessionsPanelProps {
  eventId: string;
  /** A person's name from their user id, when the page knows it; the id is shown otherwise. */
  personName?: (userId: string) => string | undefined;
  /** How often the list is read again while a session runs. */
  refreshMs?: number;
}

const pageSize = 200;
const running: ReadonlySet<AgentSession['status']> = new Set(['starting', 'active', 'stopping']);

export function LiveKitSessionsPanel({ eventId, personName, refreshMs = 5000 }: LiveKitSessionsPanelProps) {
  const api = useApi();
  const event = api.eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } });
  const sessions = useQuery({
    queryKey: ['live-service', 'sessions', eventId],
    queryFn: () => unwrap(api.liveService.listEventSessions({ params: { path: { event_id: eventId }, query: { limit: pageSize } } })),
    refetchInterval: (query) => (query.state.data?.items.some((session) => running.has(session.status)) ? refreshMs : false),
  });
  const channelNames = new Map((event.data?.channels ?? []).map((channel) => [channel.id, channel.name]));
  return (
    <SessionsSection
      sessions={sessions}
      // live-service lists them newest first already.
      items={sessions.data?.items ?? []}
      keyOf={(session) => session.session_id}
      renderSession={(session) => (
        <LiveKitSessionItem
          session={session}
          channelName={channelNames.get(session.channel_id)}
          personName={personName}
          readAt={sessions.dataUpdatedAt}
          onStopped={() => void sessions.refetch()}
        />
      )}
    />
  );
}

const badges: Record<AgentSession['status'], string> = {
  starting: 'bg-green-100 text-green-900',
  active: 'bg-green-700 text-white',
  stopping: 'bg-amber-200 text-amber-950',
  ended: 'bg-slate-200 text-slate-800',
  failed: 'bg-red-700 text-white',
};

function LiveKitSessionItem({
  session,
  channelName,
  personName,
  readAt,
  onStopped,
}: {
  session: AgentSession;
  channelName: string | undefined;
  personName: LiveKitSessionsPanelProps['personName'];
  /** When the list was read: a running session's duration is counted up to then. */
  readAt: number;
  onStopped: () => void;
}) {
  const { t, language } = useI18n();
  const api = useApi();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const name = (userId: string) => personName?.(userId) ?? userId.slice(0, 8);
  const endedAt = session.ended_at ? Date.parse(session.ended_at) : readAt;
  const languages = t('manageSessions.languages', {
    source: languageName(session.source_language, language),
    targets: session.target_languages.map((tag) => languageName(tag, language)).join(', '),
  });
  const isRunning = running.has(session.status);
  return (
    <SessionCard
      sessionId={session.session_id}
      title={`${channelName ?? session.channel_id.slice(0, 8)} · ${when.format(new Date(session.started_at))}`}
      summary={[
        name(session.started_by),
        formatDuration((endedAt - Date.parse(session.started_at)) / 1000),
        t('manageSessions.segments', { count: session.counters.segments_transcribed }),
        languages,
      ].join(' · ')}
      status={{ label: t(`manageSessions.status.${session.status}`), className: badges[session.status] }}
      actions={isRunning && session.status !== 'stopping' ? <StopSession session={session} onStopped={onStopped} /> : undefined}
      notice={isRunning ? <AgentsLine session={session} /> : undefined}
      details={() => (
        <div className="mt-3 flex flex-col gap-3 border-t border-slate-200 pt-3">
          {!isRunning && <AgentsLine session={session} />}
          {session.end_reason && (
            <p className="text-sm">
              {session.end_reason === 'stopped'
                ? session.stopped_by
                  ? t('manageSessions.endReason.stopped', { person: name(session.stopped_by) })
                  : t('manageSessions.endReason.stoppedBySomeone')
                : t(`manageSessions.endReason.${session.end_reason}`)}
            </p>
          )}
          {!isRunning && session.record_saved_at === null && <p className="text-sm text-amber-900">{t('manageSessions.recordPending')}</p>}
          <SessionTranscripts sessionId={session.session_id} source={liveServiceTranscripts(api)} />
        </div>
      )}
    />
  );
}

function AgentsLine({ session }: { session: AgentSession }) {
  return (
    <div className="mt-2">
      <AgentsStatus session={session} headingLevel={4} detailed />
    </div>
  );
}
