/** One session opened: its transcripts per language (read in place, downloaded) and its recording. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/clients.js';
import { unwrap, type LiveSession, type RecordingMetadata } from '../../api/sdk.js';
import { languageName, useI18n } from '../../i18n/i18n.js';
import { formatDuration, formatSize } from './format.js';
import { useRecordingUrl } from './useRecordingUrl.js';

/** Recordings up to this size load when the session is opened; larger ones on request. */
const autoLoadBytes = 25_000_000;
const downloadFormats = ['vtt', 'srt', 'txt'] as const;

export function SessionDetails({ session }: { session: LiveSession }) {
  const { t } = useI18n();
  const api = useApi();
  const transcripts = useQuery({
    queryKey: ['live-event', 'transcripts', session.id],
    queryFn: () => unwrap(api.liveEvent.listSessionTranscripts({ params: { path: { session_id: session.id } } })),
  });
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
      <section aria-label={t('manageSessions.transcripts')}>
        <h4 className="font-medium">{t('manageSessions.transcripts')}</h4>
        {transcripts.isError && (
          <p role="alert" className="text-red-800">
            {t('manageSessions.transcriptsFailed')}{' '}
            <button type="button" className="underline" onClick={() => void transcripts.refetch()}>
              {t('app.retry')}
            </button>
          </p>
        )}
        <ul className="mt-1 flex flex-col gap-2">
          {transcripts.data?.languages.map((entry) => (
            <li key={entry.language}>
              <TranscriptLanguage
                sessionId={session.id}
                language={entry.language}
                isSource={entry.is_source}
                segments={entry.segment_count}
              />
            </li>
          ))}
        </ul>
      </section>
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

function TranscriptLanguage({
  sessionId,
  language: transcriptLanguage,
  isSource,
  segments,
}: {
  sessionId: string;
  language: string;
  isSource: boolean;
  segments: number;
}) {
  const { t, language } = useI18n();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const transcript = useQuery({
    queryKey: ['live-event', 'transcript', sessionId, transcriptLanguage],
    queryFn: () =>
      unwrap(
        api.liveEvent.getSessionTranscript({
          params: { path: { session_id: sessionId, language: transcriptLanguage }, query: { format: 'json' } },
        }),
      ),
    enabled: open,
  });
  const download = async (format: (typeof downloadFormats)[number]) => {
    setDownloadFailed(false);
    try {
      const blob = await unwrap(
        api.liveEvent.getSessionTranscript({
          params: { path: { session_id: sessionId, language: transcriptLanguage }, query: { format } },
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(blob as unknown as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `session-${sessionId.slice(0, 8)}-${transcriptLanguage}.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setDownloadFailed(true);
    }
  };
  const textId = `transcript-${sessionId}-${transcriptLanguage}`;
  const data = typeof transcript.data === 'object' ? transcript.data : undefined;
  return (
    <div className="rounded border border-slate-200 p-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{languageName(transcriptLanguage, language)}</span>
        {isSource && <span className="rounded bg-slate-200 px-1.5 text-xs">{t('manageSessions.original')}</span>}
        <span className="text-sm text-slate-600">{t('manageSessions.segments', { count: segments })}</span>
        <span className="flex flex-wrap gap-1 sm:ml-auto">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={textId}
            className="rounded border border-slate-400 px-2 py-0.5 text-sm"
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'manageSessions.hide' : 'manageSessions.show')}
          </button>
          {downloadFormats.map((format) => (
            <button
              key={format}
              type="button"
              className="rounded border border-slate-400 px-2 py-0.5 text-sm"
              onClick={() => void download(format)}
            >
              {t('manageSessions.download', { format: format.toUpperCase() })}
            </button>
          ))}
        </span>
      </div>
      {downloadFailed && (
        <p role="alert" className="text-sm text-red-800">
          {t('manageSessions.downloadFailed')}
        </p>
      )}
      {open && (
        <div id={textId} className="mt-2 max-h-64 overflow-y-auto text-sm" lang={transcriptLanguage}>
          {transcript.isError && (
            <p role="alert" className="text-red-800">
              {t('manageSessions.transcriptsFailed')}
            </p>
          )}
          {data && data.segments.length === 0 && <p className="text-slate-600">{t('manageSessions.emptyTranscript')}</p>}
          {data && (
            <ol className="flex flex-col gap-1">
              {data.segments.map((segment) => (
                <li key={segment.sequence} className="flex gap-2">
                  <span className="shrink-0 text-slate-500 tabular-nums">{formatDuration(segment.start_ms / 1000)}</span>
                  <span>{segment.text}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
