/**
 * `/{lang}/listen/{event_id}`: live captions of an event's channel in the language the reader picks,
 * with text size, themes, a full-screen caption mode for a projector, and transcript downloads.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../api/clients.js';
import { languageName, useI18n, type MessageKey } from '../i18n/i18n.js';
import { CaptionList } from './CaptionList.js';
import { downloadTranscript } from './download.js';
import { TranscriptDownloadMenu } from './TranscriptDownloadMenu.js';
import { stepFontSize, useCaptionPreferences, type CaptionTheme } from './preferences.js';
import { useListener, type UseListenerOptions } from './useListener.js';

const themeClasses: Record<CaptionTheme, string> = {
  light: 'bg-white text-slate-900',
  dark: 'bg-slate-900 text-slate-100',
  contrast: 'bg-black text-yellow-300',
};

export default function ListenPage({ openSocket }: { openSocket?: UseListenerOptions['openSocket'] }) {
  const { eventId = '' } = useParams();
  const { language: uiLanguage, t } = useI18n();
  const { eventsQuery, liveEvent } = useApi();
  const event = eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } }, { retry: false });
  const channels = event.data?.channels ?? [];
  const [channelId, setChannelId] = useState<string | undefined>();
  const channel = channels.find((candidate) => candidate.id === channelId) ?? channels[0];
  const offered = channel ? [channel.source_language, ...channel.target_languages] : [];
  // The caption language is in the address (`?language=es`), so a reload or a shared link keeps it.
  const [search, setSearch] = useSearchParams();
  const chosenLanguage = search.get('language') ?? undefined;
  const setChosenLanguage = (tag: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('language', tag);
        return next;
      },
      { replace: true },
    );
  const language =
    chosenLanguage && offered.includes(chosenLanguage)
      ? chosenLanguage
      : (offered.find((tag) => tag.split('-')[0] === uiLanguage) ?? offered[0]);
  const listener = useListener({ client: liveEvent, eventId, channelId: channel?.id, language, ...(openSocket ? { openSocket } : {}) });
  const [preferences, setPreferences] = useCaptionPreferences();
  const [captionMode, setCaptionMode] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onFullScreenChange = () => setCaptionMode(document.fullscreenElement === viewRef.current && viewRef.current !== null);
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullScreenChange);
  }, []);

  async function toggleCaptionMode() {
    if (captionMode) {
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      setCaptionMode(false);
      return;
    }
    setCaptionMode(true);
    await viewRef.current?.requestFullscreen?.().catch(() => undefined);
  }

  if (event.isPending)
    return (
      <p className="p-6" role="status">
        {t('app.loading')}
      </p>
    );
  if (event.isError) {
    return (
      <div className="flex flex-col gap-3 p-6">
        <p role="alert">{t(event.error && (event.error as { status?: number }).status === 404 ? 'error.unassigned' : 'home.failed')}</p>
        <Link className="self-start underline" to={`/${uiLanguage}/`}>
          {t('app.backHome')}
        </Link>
      </div>
    );
  }
  if (!channel || !language) return <p className="p-6">{t('listen.noChannels')}</p>;

  const captions = listener.store.captions(language);
  const sessionKey = listener.session ? (`listen.session.${listener.session}` as MessageKey) : undefined;
  return (
    <div
      ref={viewRef}
      data-theme={preferences.theme}
      className={`flex h-[calc(100dvh-3.25rem)] flex-col ${captionMode ? 'h-dvh' : ''} ${themeClasses[preferences.theme]}`}
    >
      {!captionMode && (
        <div className="flex flex-col gap-2 border-b border-current/20 px-4 py-2">
          <h1 className="truncate text-lg font-semibold">{event.data.title}</h1>
          <div className="flex flex-wrap items-end gap-x-3 gap-y-2 text-sm">
            {channels.length > 1 && (
              <label className="flex flex-col">
                <span>{t('listen.channel')}</span>
                <select
                  value={channel.id}
                  onChange={(e) => setChannelId(e.target.value)}
                  className="rounded border border-current/40 bg-transparent px-2 py-1"
                >
                  {channels.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="flex flex-col">
              <span>{t('listen.captionLanguage')}</span>
              <select
                value={language}
                onChange={(e) => setChosenLanguage(e.target.value)}
                className="rounded border border-current/40 bg-transparent px-2 py-1"
                data-testid="language-picker"
              >
                {offered.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag === channel.source_language
                      ? t('listen.sourceLanguage', { language: languageName(tag, uiLanguage) })
                      : languageName(tag, uiLanguage)}
                  </option>
                ))}
              </select>
            </label>
            <div className="flex flex-col" role="group" aria-label={t('listen.fontSize')}>
              <span aria-hidden="true">{t('listen.fontSize')}</span>
              <div className="flex gap-1">
                <button
                  type="button"
                  title={t('listen.smaller')}
                  onClick={() => setPreferences({ fontSizePx: stepFontSize(preferences.fontSizePx, -1) })}
                  className="min-w-9 rounded border border-current/40 px-2 py-1"
                >
                  <span aria-hidden="true">A−</span>
                  <span className="sr-only">{t('listen.smaller')}</span>
                </button>
                <button
                  type="button"
                  title={t('listen.larger')}
                  onClick={() => setPreferences({ fontSizePx: stepFontSize(preferences.fontSizePx, 1) })}
                  className="min-w-9 rounded border border-current/40 px-2 py-1"
                >
                  <span aria-hidden="true">A+</span>
                  <span className="sr-only">{t('listen.larger')}</span>
                </button>
              </div>
            </div>
            <label className="flex flex-col">
              <span>{t('listen.theme')}</span>
              <select
                value={preferences.theme}
                onChange={(e) => setPreferences({ theme: e.target.value as CaptionTheme })}
                className="rounded border border-current/40 bg-transparent px-2 py-1"
              >
                <option value="light">{t('listen.theme.light')}</option>
                <option value="dark">{t('listen.theme.dark')}</option>
                <option value="contrast">{t('listen.theme.contrast')}</option>
              </select>
            </label>
            <TranscriptDownloadMenu
              menuClassName={themeClasses[preferences.theme]}
              download={(format) => downloadTranscript(liveEvent, { eventId, channelId: channel.id, language, format })}
            />
            <button type="button" onClick={() => void toggleCaptionMode()} className="rounded border border-current/40 px-2 py-1">
              {t('listen.fullScreen')}
            </button>
          </div>
          <p className="flex flex-wrap gap-x-3 text-sm" data-testid="listener-status">
            <span role="status">{t(`listen.connection.${listener.status}`)}</span>
            {sessionKey && <span>· {t(sessionKey)}</span>}
          </p>
        </div>
      )}
      {captionMode && (
        <button
          type="button"
          onClick={() => void toggleCaptionMode()}
          className="absolute right-3 top-3 z-10 rounded border border-current/40 px-3 py-1 text-sm opacity-60 hover:opacity-100 focus:opacity-100"
        >
          {t('listen.exitFullScreen')}
        </button>
      )}
      {listener.notice && (
        <p role="alert" className="mx-4 mt-2 rounded border border-amber-600 bg-amber-50 p-2 text-amber-900" data-testid="listener-notice">
          {t(listener.notice)}
        </p>
      )}
      {listener.missing && <p className="mx-4 mt-2 text-sm italic">{t('listen.missing')}</p>}
      <CaptionList
        emptyText={listener.session === 'idle' ? t('listen.waiting') : t('listen.empty')}
        captions={captions}
        fontSizePx={captionMode ? Math.max(preferences.fontSizePx, 40) : preferences.fontSizePx}
        language={language}
      />
    </div>
  );
}
