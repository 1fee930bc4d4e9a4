/**
 * A session's transcripts, one row per language: read in place, or downloaded as JSON, WebVTT, SubRip
 * or text. The same rows in both modes; `source` says which service serves them.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { saveBlob } from '../../api/save-file.js';
import { languageName, useI18n } from '../../i18n/i18n.js';
import { formatDuration } from './format.js';
import { sessionTranscriptFormats, type SessionTranscriptFormat, type TranscriptSource } from './transcript-source.js';

export function SessionTranscripts({ sessionId, source }: { sessionId: string; source: TranscriptSource }) {
  const { t } = useI18n();
  const languages = useQuery({
    queryKey: [source.service, 'transcripts', sessionId],
    queryFn: () => source.languages(sessionId),
  });
  return (
    <section aria-label={t('manageSessions.transcripts')}>
      <h4 className="font-medium">{t('manageSessions.transcripts')}</h4>
      {languages.isError && (
        <p role="alert" className="text-red-800">
          {t('manageSessions.transcriptsFailed')}{' '}
          <button type="button" className="underline" onClick={() => void languages.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {languages.data?.length === 0 && <p className="text-sm text-slate-600">{t('manageSessions.noTranscripts')}</p>}
      <ul className="mt-1 flex flex-col gap-2">
        {languages.data?.map((entry) => (
          <li key={entry.language}>
            <TranscriptLanguage
              sessionId={sessionId}
              source={source}
              language={entry.language}
              isSource={entry.is_source}
              segments={entry.segment_count}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TranscriptLanguage({
  sessionId,
  source,
  language: transcriptLanguage,
  isSource,
  segments,
}: {
  sessionId: string;
  source: TranscriptSource;
  language: string;
  isSource: boolean;
  segments: number;
}) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const transcript = useQuery({
    queryKey: [source.service, 'transcript', sessionId, transcriptLanguage],
    queryFn: () => source.segments(sessionId, transcriptLanguage),
    enabled: open,
  });
  const download = async (format: SessionTranscriptFormat) => {
    setDownloadFailed(false);
    try {
      saveBlob(
        await source.file(sessionId, transcriptLanguage, format),
        `session-${sessionId.slice(0, 8)}-${transcriptLanguage}.${format}`,
      );
    } catch {
      setDownloadFailed(true);
    }
  };
  const textId = `transcript-${sessionId}-${transcriptLanguage}`;
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
          {sessionTranscriptFormats.map((format) => (
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
          {transcript.data?.length === 0 && <p className="text-slate-600">{t('manageSessions.emptyTranscript')}</p>}
          {transcript.data && (
            <ol className="flex flex-col gap-1">
              {transcript.data.map((segment) => (
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
