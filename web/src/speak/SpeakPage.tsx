/**
 * `/{lang}/speak/{event_id}/{channel_id}`: pick a microphone, watch its level, start, pause, resume
 * and end the talk, and read one's own transcript (partials greyed, finals solid) with the session's
 * state. A dropped connection resumes the same session by itself.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/clients.js';
import { webSocketUrlFor } from '../api/gateway.js';
import { unwrap, type ServiceWarning, type SessionStateName } from '../api/sdk.js';
import { useI18n, type MessageKey } from '../i18n/i18n.js';
import { CaptionList } from '../listen/CaptionList.js';
import { CaptionStore } from '../listen/captions.js';
import { errorCodeMessage } from '../listen/close-reasons.js';
import type { ConnectionStatus } from '../broadcast/reconnecting-socket.js';
import { listMicrophones, MicrophoneError, startCapture, type AudioCapture } from './audio-capture.js';
import { SpeakerConnection, type SpeakerSocketLike } from './speaker-connection.js';

type Phase = 'ready' | 'starting' | 'speaking' | 'paused' | 'ended';

export default function SpeakPage({
  openSocket = (url: string) => new WebSocket(url) as unknown as SpeakerSocketLike,
}: {
  openSocket?: (url: string) => SpeakerSocketLike;
}) {
  const { eventId = '', channelId = '' } = useParams();
  const { t } = useI18n();
  const { eventsQuery, liveEvent } = useApi();
  const event = eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } }, { retry: false });
  const channel = event.data?.channels.find((candidate) => candidate.id === channelId);
  const [microphones, setMicrophones] = useState<MediaDeviceInfo[]>([]);
  const [microphone, setMicrophone] = useState<string>('');
  const [level, setLevel] = useState(0);
  const [phase, setPhase] = useState<Phase>('ready');
  const [status, setStatus] = useState<ConnectionStatus | undefined>();
  const [session, setSession] = useState<SessionStateName | undefined>();
  const [notice, setNotice] = useState<MessageKey | undefined>();
  /** Dependencies the server said are down (`service_warning`): finals wait for them. */
  const [dependenciesDown, setDependenciesDown] = useState<readonly ServiceWarning['dependency'][]>([]);
  const store = useMemo(() => new CaptionStore(), []);
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const connectionRef = useRef<SpeakerConnection | undefined>(undefined);
  const captureRef = useRef<AudioCapture | undefined>(undefined);
  const pausedRef = useRef(false);

  useEffect(() => {
    void listMicrophones()
      .then(setMicrophones)
      .catch(() => undefined);
    return () => {
      connectionRef.current?.stop();
      void captureRef.current?.stop();
    };
  }, []);

  function start() {
    setNotice(undefined);
    setPhase('starting');
    pausedRef.current = false;
    const connection = new SpeakerConnection({
      requestTicket: () => unwrap(liveEvent.createSpeakerTicket({ body: { event_id: eventId, channel_id: channelId } })),
      openSocket: (ticket) => openSocket(webSocketUrlFor(ticket.websocket_url, ticket.ticket)),
      onStatus: (next, outcome) => {
        setStatus(next);
        if (next === 'connected') {
          setNotice(undefined);
          // The microphone opens once the server accepted the audio, so the first words are not lost.
          if (!captureRef.current) void openMicrophone(connection);
        } else if (outcome?.message) setNotice(outcome.message);
        if (next === 'closed') void stopCapture('ended');
      },
      onMessage: (message) => {
        if (message.type === 'transcript_final') store.addFinal(message);
        else if (message.type === 'transcript_partial') store.setPartial(message);
        else if (message.type === 'session_state') setSession(message.state);
        else if (message.type === 'session_started') setSession('live');
        else if (message.type === 'service_warning')
          setDependenciesDown((down) => [
            ...down.filter((dependency) => dependency !== message.dependency),
            ...(message.state === 'unavailable' ? [message.dependency] : []),
          ]);
        else if (message.type === 'error' && message.code !== 'resume_failed') setNotice(errorCodeMessage(message.code));
      },
    });
    connectionRef.current = connection;
    connection.start();
  }

  async function openMicrophone(connection: SpeakerConnection) {
    try {
      captureRef.current = await startCapture(microphone || undefined, {
        onFrame: (pcm) => {
          if (!pausedRef.current) connection.sendFrame(pcm);
        },
        onLevel: setLevel,
      });
      setPhase('speaking');
      void listMicrophones()
        .then(setMicrophones)
        .catch(() => undefined);
    } catch (error) {
      setNotice(error instanceof MicrophoneError ? error.reason : 'speak.micFailed');
      connection.end();
      setPhase('ready');
    }
  }

  async function stopCapture(next: Phase) {
    await captureRef.current?.stop().catch(() => undefined);
    captureRef.current = undefined;
    setLevel(0);
    setPhase(next);
  }

  function pause() {
    pausedRef.current = true;
    connectionRef.current?.pause();
    setPhase('paused');
  }

  function resume() {
    pausedRef.current = false;
    connectionRef.current?.resumeSpeaking();
    setPhase('speaking');
  }

  function end() {
    connectionRef.current?.end();
    void stopCapture('ended');
  }

  const captions = channel ? store.captions(channel.source_language) : [];
  return (
    <div className="mx-auto flex h-[calc(100dvh-3.25rem)] w-full max-w-3xl flex-col gap-3 p-4">
      <h1 className="text-xl font-semibold">
        {t('speak.title')}
        {event.data ? ` · ${event.data.title}` : ''}
      </h1>
      {channel && <p className="text-sm">{t('speak.channel', { channel: channel.name })}</p>}
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          <span>{t('speak.microphone')}</span>
          <select
            value={microphone}
            onChange={(e) => setMicrophone(e.target.value)}
            disabled={phase !== 'ready'}
            className="rounded border border-slate-400 px-2 py-1"
          >
            <option value="">{t('speak.defaultMicrophone')}</option>
            {microphones
              .filter((device) => device.deviceId && device.label)
              .map((device) => (
                <option key={device.deviceId} value={device.deviceId}>
                  {device.label}
                </option>
              ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span>{t('speak.level')}</span>
          <meter min={0} max={0.5} low={0.02} high={0.35} optimum={0.15} value={Math.min(level, 0.5)} className="h-6 w-40" />
        </label>
        {(phase === 'ready' || phase === 'ended') && (
          <button
            type="button"
            onClick={start}
            disabled={!channel}
            className="rounded bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-50"
          >
            {t('speak.start')}
          </button>
        )}
        {phase === 'speaking' && (
          <button type="button" onClick={pause} className="rounded border border-slate-500 px-4 py-2">
            {t('speak.pause')}
          </button>
        )}
        {phase === 'paused' && (
          <button type="button" onClick={resume} className="rounded border border-slate-500 px-4 py-2">
            {t('speak.resume')}
          </button>
        )}
        {(phase === 'speaking' || phase === 'paused') && (
          <button type="button" onClick={end} className="rounded bg-red-700 px-4 py-2 font-medium text-white">
            {t('speak.end')}
          </button>
        )}
      </div>
      <p className="flex flex-wrap gap-x-3 text-sm">
        {status && <span role="status">{t(`listen.connection.${status}`)}</span>}
        {session && <span>· {t(`listen.session.${session}`)}</span>}
        {dependenciesDown.map((dependency) => (
          <span key={dependency} role="status" className="text-amber-800">
            · {t(`speak.dependencyDown.${dependency}`)}
          </span>
        ))}
      </p>
      {notice && (
        <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-2 text-amber-900">
          {t(notice)}
        </p>
      )}
      {phase === 'ended' && !notice && <p role="status">{t('speak.ended')}</p>}
      <h2 className="font-semibold">{t('speak.transcript')}</h2>
      <div className="flex min-h-40 flex-1 flex-col rounded border border-slate-300">
        <CaptionList captions={captions} fontSizePx={18} language={channel?.source_language ?? 'en'} emptyText={t('speak.empty')} />
      </div>
    </div>
  );
}
