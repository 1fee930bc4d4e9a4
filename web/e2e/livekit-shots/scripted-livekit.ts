/**
 * Served by livekit-shots.ts in place of src/broadcast/livekit/browser-livekit.ts: the component tests'
 * fake room, playing a short scene once joined (there is no LiveKit server to join here). The
 * listener sees the speaker and the Spanish voice arrive and captions in both languages; the speaker
 * sees its own words (`?scene=before`: an empty room). The microphone is Chromium's fake device, so the level meter moves.
 */
import { captionAttributes, FakeRoom } from '../../src/broadcast/livekit/test-support.js';
import type { LiveKitClient, LiveKitRoom, MicrophoneTrack } from '../../src/broadcast/livekit/room.js';

const said: [string, string][] = [
  ['Good evening, and welcome to the Open Science Summit.', 'Buenas tardes y bienvenidos a la Open Science Summit.'],
  ['Tonight we talk about sharing data between laboratories.', 'Esta noche hablamos de compartir datos entre laboratorios.'],
  ['Every dataset we publish should say where it came from.', 'Cada conjunto de datos que publicamos debería decir de dónde viene.'],
];

class ScriptedRoom extends FakeRoom {
  override async connect(url: string, token: string, options?: { autoSubscribe?: boolean }): Promise<void> {
    await super.connect(url, token, options);
    void this.play(options?.autoSubscribe === false);
  }

  private async play(listener: boolean): Promise<void> {
    // `?scene=before` in the page's address: the room is empty, nobody has arrived yet.
    if (new URLSearchParams(location.search).get('scene') === 'before') return;
    if (listener) {
      this.publish('speaker-s1', 'original');
      this.publish('agent-tts-es', 'translation-es');
    }
    for (const [index, [english, spanish]] of said.entries()) {
      await this.sendText(captionAttributes('en', `g${index}`, true), english);
      await this.sendText(captionAttributes('es', `g${index}`, true), spanish);
    }
    await this.sendText(captionAttributes('en', 'g9', false), 'And the first question is');
    await this.sendText(captionAttributes('es', 'g9', false), 'Y la primera pregunta es');
  }
}

export const browserLiveKit: LiveKitClient = {
  createRoom: () => new ScriptedRoom() as unknown as LiveKitRoom,
  createMicrophoneTrack: async (deviceId) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: deviceId ? { deviceId: { exact: deviceId } } : true });
    const mediaStreamTrack = stream.getAudioTracks()[0]!;
    const track = {
      mediaStreamTrack,
      mute() {
        mediaStreamTrack.enabled = false;
        return Promise.resolve(track);
      },
      unmute() {
        mediaStreamTrack.enabled = true;
        return Promise.resolve(track);
      },
      stop: () => mediaStreamTrack.stop(),
    };
    return track as unknown as MicrophoneTrack;
  },
};
