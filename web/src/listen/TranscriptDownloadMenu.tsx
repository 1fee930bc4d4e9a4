/**
 * The listener's "Download" menu (WebVTT, SubRip, text) and what it says when a download fails; the
 * WebSocket and LiveKit listen views differ only in which service they download from.
 */
import { useState } from 'react';
import { useT } from '../i18n/i18n.js';
import { listenerTranscriptFormats, type TranscriptFormat } from './download.js';

export interface TranscriptDownloadMenuProps {
  download: (format: TranscriptFormat) => Promise<void>;
  /** The menu's colours, the caption theme's (it opens over the captions). */
  menuClassName: string;
}

export function TranscriptDownloadMenu({ download, menuClassName }: TranscriptDownloadMenuProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const start = async (format: TranscriptFormat) => {
    setFailed(false);
    await download(format).catch(() => setFailed(true));
  };
  return (
    <>
      <details className="relative">
        <summary className="cursor-pointer rounded border border-current/40 px-2 py-1">{t('listen.download')}</summary>
        <div className={`absolute z-10 mt-1 flex flex-col rounded border border-current/40 p-1 shadow ${menuClassName}`}>
          {listenerTranscriptFormats.map((format) => (
            <button
              key={format}
              type="button"
              onClick={() => void start(format)}
              className="whitespace-nowrap px-3 py-1 text-left hover:underline"
            >
              {t(`listen.download.${format}`)}
            </button>
          ))}
        </div>
      </details>
      {failed && (
        <p role="alert" className="w-full rounded border border-red-600 bg-red-50 p-2 text-red-900">
          {t('error.network')}
        </p>
      )}
    </>
  );
}
