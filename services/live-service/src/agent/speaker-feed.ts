import type { AudioFrame } from '@livekit/rtc-node';
import type { RecognitionStream } from '@ilenia/speech-engines';
import { speakerSampleRate } from './agent-room.js';

/** How long a saturated recogniser may hold the speaker's audio back before it is fed again anyway (as live-event does). */
const recogniserWaitMs = 2_000;

/** The frame as the recogniser takes it: s16le bytes over the same memory. */
function framePcm(frame: AudioFrame): Buffer {
  return Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength);
}

/**
 * Feeds a speaker's frames to whatever recognition stream `current()` names (it changes when an
 * engine is restarted) until the frames end or `stopped` resolves. Honours the recogniser's
 * back-pressure, bounded so that an engine that never drains cannot stall the track.
 */
export async function feedSpeaker(options: {
  frames: AsyncIterable<AudioFrame>;
  current: () => RecognitionStream | undefined;
  stopped: Promise<void>;
  /**
   * Told of every usable frame, with its length (the session's clock), and whether it reached a
   * recogniser (`fed`: false while none is open, between a failed stream and its replacement).
   */
  onAudio: (milliseconds: number, fed: boolean) => void;
  onUnusableFrame: (frame: AudioFrame) => void;
}): Promise<void> {
  const iterator = options.frames[Symbol.asyncIterator]();
  const stop = options.stopped.then(() => ({ done: true as const, value: undefined }));
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), stop]);
      if (next.done) return;
      const frame = next.value;
      if (frame.sampleRate !== speakerSampleRate || frame.channels !== 1) {
        options.onUnusableFrame(frame);
        continue;
      }
      const milliseconds = (frame.samplesPerChannel * 1000) / speakerSampleRate;
      const stream = options.current();
      options.onAudio(milliseconds, stream !== undefined);
      if (!stream || stream.write(framePcm(frame))) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, recogniserWaitMs);
        function done() {
          clearTimeout(timer);
          // Streams are EventEmitters in practice; the interface only promises `on`.
          (stream as Partial<{ removeListener(event: string, listener: () => void): unknown }>).removeListener?.('drain', done);
          resolve();
        }
        stream.on('drain', done);
      });
    }
  } finally {
    void iterator.return?.();
  }
}
