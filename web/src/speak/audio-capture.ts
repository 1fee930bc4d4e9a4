/**
 * The microphone as 16 kHz pcm_s16le mono 20 ms frames: getUserMedia with echo cancellation, noise
 * suppression and auto gain off → an AudioContext at 16 kHz (the browser resamples) → an AudioWorklet
 * node with one explicit input channel (the downmix) and no outputs (see pcm-capture.worklet.js).
 */
import type { MessageKey } from '../i18n/i18n.js';

export interface AudioCapture {
  stop(): Promise<void>;
}

export interface CaptureCallbacks {
  onFrame: (pcm: ArrayBuffer) => void;
  onLevel: (rms: number) => void;
}

/** Why the microphone could not be used, as a sentence key. */
export class MicrophoneError extends Error {
  constructor(
    readonly reason: MessageKey,
    cause: unknown,
  ) {
    super(reason, { cause });
  }
}

export async function startCapture(deviceId: string | undefined, callbacks: CaptureCallbacks): Promise<AudioCapture> {
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: {
        ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
        channelCount: 1,
        echoCancellation: false,
        noiseSuppression: false,
        autoGainControl: false,
      },
    });
  } catch (error) {
    throw new MicrophoneError(microphoneErrorReason(error), error);
  }
  const context = new AudioContext({ sampleRate: 16_000 });
  await context.audioWorklet.addModule(new URL('./pcm-capture.worklet.js', import.meta.url));
  const source = context.createMediaStreamSource(stream);
  const node = new AudioWorkletNode(context, 'pcm-capture', {
    numberOfInputs: 1,
    numberOfOutputs: 0,
    channelCount: 1,
    channelCountMode: 'explicit',
    channelInterpretation: 'speakers',
  });
  node.port.onmessage = (event: MessageEvent<{ pcm: ArrayBuffer; level: number }>) => {
    callbacks.onFrame(event.data.pcm);
    callbacks.onLevel(event.data.level);
  };
  source.connect(node);
  return {
    async stop() {
      node.port.onmessage = null;
      source.disconnect();
      for (const track of stream.getTracks()) track.stop();
      await context.close();
    },
  };
}

/** Why getUserMedia refused, as a sentence key (shared with the LiveKit speaker, which opens the microphone through livekit-client). */
export function microphoneErrorReason(error: unknown): MessageKey {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'speak.micDenied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'speak.micMissing';
  return 'speak.micFailed';
}

/** The microphones the browser offers (labels appear once the person has allowed one). */
export async function listMicrophones(): Promise<MediaDeviceInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  return (await navigator.mediaDevices.enumerateDevices()).filter((device) => device.kind === 'audioinput');
}
