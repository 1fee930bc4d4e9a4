/**
 * The LiveKit client the views use in the browser: livekit-client's Room and microphone track. A module
 * of its own so that the screenshot script (web/e2e/livekit-shots.ts) can serve a scripted room in its
 * place, there being no LiveKit server to join here.
 */
import { createLocalAudioTrack, Room } from 'livekit-client';
import type { LiveKitClient } from './room.js';

export const browserLiveKit: LiveKitClient = {
  // Adaptive stream and dynacast only matter for video; an audio-only room keeps the defaults.
  createRoom: () => new Room(),
  // The same capture as the WebSocket speaker: the speech engines want the voice unprocessed.
  createMicrophoneTrack: (deviceId) =>
    createLocalAudioTrack({
      ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
      channelCount: 1,
      echoCancellation: false,
      noiseSuppression: false,
      autoGainControl: false,
    }),
};
