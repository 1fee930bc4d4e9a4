/** One session opened: its transcripts per language (read in place, downloaded) and its recording. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/clients.js';
import { unwrap, type LiveSession, type RecordingMetadata } from '../../api/sdk.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatDuration, formatSize } from './format.js';
import { SessionTranscripts } from './SessionTranscripts.js';
import { liveEventTranscripts } from './transcript-source.js';
import { useRecordingUrl } from './useRecordingUrl.js';

/** Recordings up to this size load when the session is opened; larger ones on request. */
const autoLoadBytes = 25_000_000;

export function SessionDetails({ session }: { session: LiveSession }) {
  const { t } = useI18n();
  const api = useApi();
  return (
    <div className="mt-3 flex flex-col gap-4 border-t border-slate-200 pt-3">
      <section aria-label={t('manageSessions.recording')}>
        <h4 className="font-medium">{t('manageSessions.recording')}</h4>
        {session.recording_available ? (
          <Recording sessionId={session.id} />
        ) : (
          <p className="text-sm text-slate-600">
            {t(session.status === 'ended' ? 'manageSessions.recordingUnavailable' : 'manageSessions.recordingPending')}
          </p>
        )}
      </section>
      <SessionTranscripts sessionId={session.id} source={liveEventTranscripts(api)} />
    </div>
  );
}

function Recording({ sessionId }: { sessionId: string }) {
  const { t, language } = useI18n();
  const api = useApi();
  const metadata = useQuery({
    queryKey: ['live-event', 'recording-metadata', sessionId],
    queryFn: () => unwrap(api.liveEvent.getSessionRecordingMetadata({ params: { path: { session_id: sessionId } } })),
  });
  const [requested, setRequested] = useState(false);
  const load = metadata.data !== undefined && (requested || metadata.data.size_bytes <= autoLoadBytes);
  const recording = useRecordingUrl(sessionId, load);
  if (metadata.isError)
    return (
      <p role="alert" className="text-red-800">
        {t('manageSessions.recordingFailed')}
      </p>
    );
  if (!metadata.data) return <p className="text-sm text-slate-600">{t('manageSessions.recordingLoading')}</p>;
  const info: RecordingMetadata = metadata.data;
  const size = formatSize(info.size_bytes, language);
  return (
    <div className="flex flex-col gap-1">
      <p className="text-sm text-slate-700">
        {t('manageSessions.recordingInfo', { duration: formatDuration(info.duration_seconds), size })}
      </p>
      {!load && (
        <button type="button" className="self-start rounded border border-slate-400 px-3 py-1 text-sm" onClick={() => setRequested(true)}>
          {t('manageSessions.loadRecording', { size })}
        </button>
      )}
      {recording.state === 'loading' && <p className="text-sm text-slate-600">{t('manageSessions.recordingLoading')}</p>}
      {recording.state === 'failed' && (
        <p role="alert" className="text-red-800">
          {t('manageSessions.recordingFailed')}
        </p>
      )}
      {recording.state === 'ready' && (
        <audio controls preload="metadata" src={recording.url} className="w-full max-w-md" aria-label={t('manageSessions.recording')} />
      )}
    </div>
  );
}
