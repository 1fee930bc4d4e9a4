/**
 * `/{lang}/speak/{event_id}/{channel_id}` in LiveKit mode: join the channel's room (livekit-provider),
 * publish the chosen microphone as the track `original`, then start the channel's agents
 * (live-service); show the input level, mute, the agents' state (polled) and one's own captions from
 * the agents' text streams. Ending stops the agents and leaves the room.
 */
import { DisconnectReason, RoomEvent, Track } from 'livekit-client';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../../api/clients.js';
import { unwrap, type AgentSession } from '../../api/sdk.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { CaptionList } from '../../listen/CaptionList.js';
import { CaptionStore } from '../../listen/captions.js';
import { listMicrophones, MicrophoneError, microphoneErrorReason } from '../../speak/audio-capture.js';
import { AgentsStatus } from './AgentsStatus.js';
import { followMicrophoneLevel } from './mic-level.js';
import { roomRefusal } from './problems.js';
import { browserLiveKit } from './browser-livekit.js';
import { originalTrackName, type LiveKitClient, type LiveKitRoom, type MicrophoneTrack } from './room.js';
import { transcriptionFeed, transcriptionTopic } from './transcriptions.js';
import { RoomConnectionStatus } from './RoomConnectionStatus.js';

type Phase = 'ready' | 'joining' | 'speaking' | 'ending' | 'ended';

export interface LiveKitSpeakPageProps {
  livekit?: LiveKitClient;
  /** How often the session's agents are read while it runs. */
  sessionPollMs?: number;
}

export default function LiveKitSpeakPage({ livekit = browserLiveKit, sessionPollMs = 3_000 }: LiveKitSpeakPageProps) {
  const { eventId = '', channelId = '' } = useParams();
  const { t } = useI18n();
  const { eventsQuery, livekitProvider, liveService } = useApi();
  const event = eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } }, { retry: false });
  const channel = event.data?.channels.find((candidate) => candidate.id === channelId);
  const [microphones, setMicrophones] = useState<MediaDeviceInfo[]>([]);
  const [microphone, setMicrophone] = useState('');
  const [level, setLevel] = useState(0);
  const [muted, setMuted] = useState(false);
  const [phase, setPhase] = useState<Phase>('ready');
  const [notice, setNotice] = useState<MessageKey | undefined>();
  const [session, setSession] = useState<AgentSession | undefined>();
  const [room, setRoom] = useState<LiveKitRoom | undefined>();
  const store = useMemo(() => new CaptionStore(), []);
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const roomRef = useRef<LiveKitRoom | undefined>(undefined);
  const trackRef = useRef<MicrophoneTrack | undefined>(undefined);
  const stopLevelRef = useRef<() => void>(() => undefined);
  const leavingRef = useRef(false);

  useEffect(() => {
    void listMicrophones()
      .then(setMicrophones)
      .catch(() => undefined);
    // Leaving the page leaves the room; the agents keep running until the speaker ends the talk.
    return () => void leave();
  }, []);

  useEffect(() => {
    if (!room) return;
    // LiveKit ended the connection (another tab took over, the room was closed, the network is gone for good).
    const onDisconnected = (reason?: DisconnectReason) => {
      if (leavingRef.current) return;
      setNotice(
        reason === DisconnectReason.DUPLICATE_IDENTITY
          ? 'error.replaced'
          : reason === DisconnectReason.ROOM_DELETED
            ? 'error.session_ended'
            : 'livekit.disconnected',
      );
      void leave('ready');
    };
    room.on(RoomEvent.Disconnected, onDisconnected);
    return () => void room.off(RoomEvent.Disconnected, onDisconnected);
  }, [room]);

  const sessionId = session?.session_id;
  const running = session !== undefined && isRunning(session);
  useEffect(() => {
    if (!sessionId || !running) return;
    const timer = setInterval(() => {
      void unwrap(liveService.getSession({ params: { path: { session_id: sessionId } } }))
        // A read still in flight when the speaker ended must not bring the stopped session back to life.
        .then((read) => setSession((current) => (current && isRunning(current) ? read : current)))
        .catch(() => undefined);
    }, sessionPollMs);
    return () => clearInterval(timer);
  }, [sessionId, running, liveService, sessionPollMs]);

  async function start() {
    setNotice(undefined);
    setSession(undefined);
    setPhase('joining');
    leavingRef.current = false;
    try {
      const access = await unwrap(livekitProvider.createOrJoinRoom({ body: { event_id: eventId, channel_id: channelId } }));
      const joined = livekit.createRoom();
      joined.registerTextStreamHandler(transcriptionTopic, transcriptionFeed(store));
      roomRef.current = joined;
      setRoom(joined);
      await joined.connect(access.livekit_url, access.livekit_token);
      const track = await livekit.createMicrophoneTrack(microphone || undefined).catch((error: unknown) => {
        throw new MicrophoneError(microphoneErrorReason(error), error);
      });
      trackRef.current = track;
      await joined.localParticipant.publishTrack(track, { name: access.track_name ?? originalTrackName, source: Track.Source.Microphone });
      stopLevelRef.current = followMicrophoneLevel(track.mediaStreamTrack, setLevel);
      setMuted(false);
      setPhase('speaking');
      void listMicrophones()
        .then(setMicrophones)
        .catch(() => undefined);
      setSession(await unwrap(liveService.startSession({ body: { event_id: eventId, channel_id: channelId } })));
    } catch (error) {
      setNotice(error instanceof MicrophoneError ? error.reason : roomRefusal(error, 'speaker'));
      await leave('ready');
    }
  }

  async function leave(next?: Phase) {
    leavingRef.current = true;
    stopLevelRef.current();
    stopLevelRef.current = () => undefined;
    trackRef.current?.stop();
    trackRef.current = undefined;
    const joined = roomRef.current;
    roomRef.current = undefined;
    await joined?.disconnect().catch(() => undefined);
    if (next) {
      setRoom(undefined);
      setPhase(next);
    }
  }

  async function end() {
    setPhase('ending');
    if (session) {
      await unwrap(liveService.stopSession({ body: { event_id: eventId, session_id: session.session_id } }))
        .then(setSession)
        .catch((error: unknown) => setNotice(roomRefusal(error, 'speaker')));
    }
    await leave('ended');
  }

  async function toggleMute() {
    const track = trackRef.current;
    if (!track) return;
    if (muted) await track.unmute();
    else await track.mute();
    setMuted(!muted);
  }

  const captions = channel ? store.captions(channel.source_language) : [];
  const live = phase === 'speaking';
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
            disabled={phase !== 'ready' && phase !== 'ended'}
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
          <meter min={0} max={0.5} low={0.02} high={0.35} optimum={0.15} value={muted ? 0 : Math.min(level, 0.5)} className="h-6 w-40" />
        </label>
        {(phase === 'ready' || phase === 'ended') && (
          <button
            type="button"
            onClick={() => void start()}
            disabled={!channel}
            className="rounded bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-50"
          >
            {t('speak.start')}
          </button>
        )}
        {phase === 'joining' && <span role="status">{t('livekit.joining')}</span>}
        {live && (
          <button
            type="button"
            onClick={() => void toggleMute()}
            aria-pressed={muted}
            className="rounded border border-slate-500 px-4 py-2"
          >
            {muted ? t('livekit.unmute') : t('livekit.mute')}
          </button>
        )}
        {live && (
          <button type="button" onClick={() => void end()} className="rounded bg-red-700 px-4 py-2 font-medium text-white">
            {t('speak.end')}
          </button>
        )}
      </div>
      <p className="flex flex-wrap gap-x-3 text-sm">
        {room && <RoomConnectionStatus room={room} />}
        {muted && (
          <span role="status" className="font-medium text-amber-800">
            {t('livekit.muted')}
          </span>
        )}
      </p>
      {notice && (
        <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-2 text-amber-900">
          {t(notice)}
        </p>
      )}
      {phase === 'ended' && !notice && <p role="status">{t('speak.ended')}</p>}
      {session && <AgentsStatus session={session} />}
      <h2 className="font-semibold">{t('speak.transcript')}</h2>
      <div className="flex min-h-40 flex-1 flex-col rounded border border-slate-300">
        <CaptionList captions={captions} fontSizePx={18} language={channel?.source_language ?? 'en'} emptyText={t('speak.empty')} />
      </div>
    </div>
  );
}

function isRunning(session: AgentSession): boolean {
  return session.status === 'starting' || session.status === 'active';
}
