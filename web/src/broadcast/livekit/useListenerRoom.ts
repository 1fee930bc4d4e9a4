/**
 * The listener's room for one channel: joins it with a subscribe-only token (livekit-provider), feeds
 * the captions of every language into a caption store, and keeps subscribed exactly the audio track
 * of the chosen language while the person listens (`autoSubscribe: false`: nothing else is received).
 */
import { DisconnectReason, RoomEvent, Track, type RemoteTrack } from 'livekit-client';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { unwrap, type LivekitProviderClient } from '../../api/sdk.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { CaptionStore } from '../../listen/captions.js';
import type { ConnectionStatus } from '../reconnecting-socket.js';
import { roomRefusal } from './problems.js';
import { originalTrackName, trackNameFor, type LiveKitClient, type LiveKitRoom } from './room.js';
import { transcriptionFeed, transcriptionTopic } from './transcriptions.js';
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
  /** Where the subscribed track's audio element lives. */
  audioContainer: RefObject<HTMLDivElement | null>;
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
  const store = useMemo(() => new CaptionStore(), [channelId]);
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const [room, setRoom] = useState<LiveKitRoom | undefined>();
  const [notice, setNotice] = useState<MessageKey | undefined>();
  const [attempt, setAttempt] = useState(0);
  /** livekit-provider refused the join (or could not be reached): there is no connection to wait for. */
  const [refused, setRefused] = useState(false);
  const { status, roomVersion } = useRoomEvents(room);
  const audioContainer = useRef<HTMLDivElement>(null);
  // The join asks for the language chosen then; switching later only changes the subscription.
  const languageRef = useRef(language);
  languageRef.current = language;

  useEffect(() => {
    if (!channelId) return;
    let cancelled = false;
    const joined = livekit.createRoom();
    joined.registerTextStreamHandler(transcriptionTopic, transcriptionFeed(store));
    const onSubscribed = (track: RemoteTrack) => {
      if (track.kind === Track.Kind.Audio) audioContainer.current?.append(track.attach());
    };
    const onUnsubscribed = (track: RemoteTrack) => {
      for (const element of track.detach()) element.remove();
    };
    const onDisconnected = (reason?: DisconnectReason) => {
      if (cancelled) return;
      setNotice(
        reason === DisconnectReason.ROOM_DELETED
          ? 'error.session_ended'
          : reason === DisconnectReason.DUPLICATE_IDENTITY
            ? 'error.replaced'
            : 'livekit.disconnected',
      );
    };
    const onReconnected = () => setNotice(undefined);
    joined.on(RoomEvent.TrackSubscribed, onSubscribed);
    joined.on(RoomEvent.TrackUnsubscribed, onUnsubscribed);
    joined.on(RoomEvent.Disconnected, onDisconnected);
    joined.on(RoomEvent.Reconnected, onReconnected);
    setRoom(joined);
    setNotice(undefined);
    setRefused(false);
    void (async () => {
      const wanted = languageRef.current;
      const access = await unwrap(
        client.joinRoom({ body: { event_id: eventId, channel_id: channelId, ...(wanted ? { languages: [wanted] } : {}) } }),
      );
      if (cancelled) return;
      await joined.connect(access.livekit_url, access.livekit_token, { autoSubscribe: false });
    })().catch((error: unknown) => {
      if (cancelled) return;
      setNotice(roomRefusal(error, 'listener'));
      setRefused(true);
    });
    return () => {
      cancelled = true;
      joined.off(RoomEvent.TrackSubscribed, onSubscribed);
      joined.off(RoomEvent.TrackUnsubscribed, onUnsubscribed);
      joined.off(RoomEvent.Disconnected, onDisconnected);
      joined.off(RoomEvent.Reconnected, onReconnected);
      joined.unregisterTextStreamHandler(transcriptionTopic);
      void joined.disconnect();
      // The handlers are off, so no TrackUnsubscribed will remove the elements of this room's tracks.
      audioContainer.current?.replaceChildren();
    };
  }, [livekit, client, eventId, channelId, store, attempt]);

  const wantedTrack = language && sourceLanguage ? trackNameFor(language, sourceLanguage) : undefined;
  const publications = publicationsOf(room);
  const speakerPresent = publications.some((publication) => publication.trackName === originalTrackName);
  const languageTrackPresent = publications.some((publication) => publication.trackName === wantedTrack);

  // Subscribes to the one wanted audio track while listening, and lets go of every other.
  useEffect(() => {
    for (const publication of publicationsOf(room)) {
      if (publication.kind !== Track.Kind.Audio) continue;
      const subscribe = listening && publication.trackName === wantedTrack;
      if (publication.isSubscribed !== subscribe) publication.setSubscribed(subscribe);
    }
  }, [room, roomVersion, listening, wantedTrack]);

  return {
    status: refused ? 'closed' : status,
    notice,
    store,
    speakerPresent,
    languageTrackPresent,
    canPlayAudio: room?.canPlaybackAudio ?? false,
    startAudio: async () => {
      await room?.startAudio();
    },
    rejoin: () => setAttempt((current) => current + 1),
    audioContainer,
  };
}

function publicationsOf(room: LiveKitRoom | undefined) {
  return room ? [...room.remoteParticipants.values()].flatMap((participant) => [...participant.trackPublications.values()]) : [];
}
