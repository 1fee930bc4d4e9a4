/**
 * The part of livekit-client the LiveKit views use (its browser implementation is browser-livekit.ts).
 * The views take a `LiveKitClient` (as the WebSocket views take `openSocket`), so component tests hand
 * them a fake room that emits the events a LiveKit server would cause.
 */
import { ConnectionState, type LocalAudioTrack, type Room } from 'livekit-client';
import type { ConnectionStatus } from '../reconnecting-socket.js';

/**
 * A livekit-client room. The whole Room, not the part our code calls: @livekit/components-react's
 * hooks and RoomAudioRenderer read more of it (participants' publications, playback state).
 */
export type LiveKitRoom = Room;

export type MicrophoneTrack = LocalAudioTrack;

export interface LiveKitClient {
  createRoom(): LiveKitRoom;
  /** The chosen microphone as a track to publish; rejects as getUserMedia does (NotAllowedError, …). */
  createMicrophoneTrack(deviceId: string | undefined): Promise<MicrophoneTrack>;
}

/** The name the speaker's microphone track is published under (livekit-provider's `track_name`). */
export const originalTrackName = 'original';

/** The track that carries a language: the speaker's own for the source language, an agent's voice otherwise. */
export function trackNameFor(language: string, sourceLanguage: string): string {
  return language === sourceLanguage ? originalTrackName : `translation-${language}`;
}

/** LiveKit's connection states in the words the WebSocket views already use. */
export function connectionStatusOf(state: ConnectionState): ConnectionStatus {
  switch (state) {
    case ConnectionState.Connected:
      return 'connected';
    case ConnectionState.Connecting:
      return 'connecting';
    case ConnectionState.Reconnecting:
    case ConnectionState.SignalReconnecting:
      return 'reconnecting';
    case ConnectionState.Disconnected:
    default:
      return 'closed';
  }
}
