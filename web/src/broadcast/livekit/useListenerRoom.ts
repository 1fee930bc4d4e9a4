/**
 * The listener's room for one channel: joins it with a subscribe-only token (livekit-provider), feeds
 * the captions of every language into a caption store, and keeps subscribed exactly the audio track
 * of the chosen language while the person listens (`autoSubscribe: false`: nothing else is received).
 * The view plays what is subscribed with components-react's RoomAudioRenderer.
 */
import { useAudioPlayback } from '@livekit/components-react';
import { DisconnectReason, RoomEvent, Track } from 'livekit-client';
import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { unwrap, type LivekitProviderClient } from '../../api/sdk.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { CaptionStore } from '../../listen/captions.js';
import type { ConnectionStatus } from '../reconnecting-socket.js';
import { roomRefusal } from './problems.js';
import { originalTrackName, trackNameFor, type LiveKitClient, type LiveKitRoom } from './room.js';
import { transcriptionFeed, transcriptionTopic } from './transcriptions.js';
import { usePerKey } from '../usePerKey.js';
import { useRoomEvents } from './useRoomEvents.js';

export interface ListenerRoomOptions {
  livekit: LiveKitClient;
  client: LivekitProviderClient;
  eventId: string;
  channelId: string | undefined;
  sourceLanguage: string | undefined;
  language: string | undefined;
  /** The person asked to hear the audio (a click: browsers play sound only after a gesture). */
  listening: boolean;
}

export interface ListenerRoom {
  room: LiveKitRoom;
  status: ConnectionStatus;
  notice: MessageKey | undefined;
  store: CaptionStore;
  /** Someone publishes the `original` track. */
  speakerPresent: boolean;
  /** The chosen language's track is published (the speaker's, or its agent's voice). */
  languageTrackPresent: boolean;
  /** The browser lets the page play sound (after `startAudio()` in a gesture). */
  canPlayAudio: boolean;
  startAudio(): Promise<void>;
  /** Joins again with a new token, after LiveKit gave up reconnecting. */
  rejoin(): void;
}

/** Why this room's connection ended or never started; a new room starts without one. */
interface RoomProblem {
  room: LiveKitRoom;
  notice: MessageKey;
}

export function useListenerRoom({
  livekit,
  client,
  eventId,
  channelId,
  sourceLanguage,
  language,
  listening,
}: ListenerRoomOptions): ListenerRoom {
  const store = usePerKey(channelId ?? '', () => new CaptionStore());
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const [attempt, setAttempt] = useState(0);
  // A new room for each channel and each rejoin (a Room's text stream handlers are per topic, once).
  const room = usePerKey(`${channelId ?? ''}#${attempt}`, () => livekit.createRoom());
  const [problem, setProblem] = useState<RoomProblem | undefined>();
  const notice = problem?.room === room ? problem.notice : undefined;
  const { status, participants } = useRoomEvents(room);
  const { canPlayAudio, startAudio } = useAudioPlayback(room);
  // The join asks for the language chosen then; switching later only changes the subscription.
  const joinLanguage = useEffectEvent(() => language);

  useEffect(() => {
    if (!channelId) return;
    let cancelled = false;
    room.registerTextStreamHandler(transcriptionTopic, transcriptionFeed(store));
    const onDisconnected = (reason?: DisconnectReason) => {
      if (cancelled) return;
      const lost: MessageKey =
        reason === DisconnectReason.ROOM_DELETED
          ? 'error.session_ended'
          : reason === DisconnectReason.DUPLICATE_IDENTITY
            ? 'error.replaced'
            : 'livekit.disconnected';
      setProblem({ room, notice: lost });
    };
    const onReconnected = () => setProblem(undefined);
    room.on(RoomEvent.Disconnected, onDisconnected);
    room.on(RoomEvent.Reconnected, onReconnected);
    void (async () => {
      const wanted = joinLanguage();
      const access = await unwrap(
        client.joinRoom({ body: { event_id: eventId, channel_id: channelId, ...(wanted ? { languages: [wanted] } : {}) } }),
      );
      if (cancelled) return;
      await room.connect(access.livekit_url, access.livekit_token, { autoSubscribe: false });
    })().catch((error: unknown) => {
      if (!cancelled) setProblem({ room, notice: roomRefusal(error, 'listener') });
    });
    return () => {
      cancelled = true;
      room.off(RoomEvent.Disconnected, onDisconnected);
      room.off(RoomEvent.Reconnected, onReconnected);
      room.unregisterTextStreamHandler(transcriptionTopic);
      void room.disconnect();
    };
  }, [room, client, eventId, channelId, store]);

  const wantedTrack = language && sourceLanguage ? trackNameFor(language, sourceLanguage) : undefined;
  const publications = participants.flatMap((participant) => [...participant.trackPublications.values()]);
  const speakerPresent = publications.some((publication) => publication.trackName === originalTrackName);
  const languageTrackPresent = publications.some((publication) => publication.trackName === wantedTrack);

  // Subscribes to the one wanted audio track while listening, and lets go of every other.
  useEffect(() => {
    for (const publication of publications) {
      if (publication.kind !== Track.Kind.Audio) continue;
      const subscribe = listening && publication.trackName === wantedTrack;
      if (publication.isSubscribed !== subscribe) publication.setSubscribed(subscribe);
    }
  }, [publications, listening, wantedTrack]);

  return {
    room,
    // Refused, or lost for good: there is no connection to wait for.
    status: notice && status === 'connecting' ? 'closed' : status,
    notice,
    store,
    speakerPresent,
    languageTrackPresent,
    canPlayAudio,
    startAudio,
    rejoin: () => setAttempt((current) => current + 1),
  };
}
