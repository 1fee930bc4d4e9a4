import { AudioFrame } from '@livekit/rtc-node';
import type { AudioOutput } from './agent-room.js';

/** Frame length on the translation tracks: 20 ms, what WebRTC's Opus packets carry. */
const playbackFrameMs = 20;

/**
 * Plays synthesised utterances on one `translation-{lang}` track, one after the other (never two at
 * once, never one dropped), each sent in 20 ms frames on a real-time schedule. The schedule is kept
 * against the clock from the utterance's start, so a slow event loop makes frames late, never makes
 * the audio drift longer; a listener hears the sentences in order with the pauses between them.
 */
export class SpeechPlayer {
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private closed = false;

  constructor(private output: AudioOutput) {}

  /** The track was published again (the agent rejoined the room): playing goes on there. */
  replaceOutput(output: AudioOutput): void {
    const previous = this.output;
    this.output = output;
    void previous.close().catch(() => undefined);
  }

  /** Utterances waiting or playing. */
  get pending(): number {
    return this.queued;
  }

  /** Queues PCM (s16le mono at the output's rate); resolves once it has been played. */
  play(pcm: Buffer): Promise<void> {
    this.queued += 1;
    const played = this.queue
      .then(() => this.playNow(pcm))
      .finally(() => {
        this.queued -= 1;
      });
    this.queue = played.catch(() => undefined);
    return played;
  }

  /** Resolves once everything queued so far has been played. */
  async drain(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.queue;
      await current;
    } while (current !== this.queue);
  }

  /** Stops after the frame in progress; what is still queued is not played. */
  async close(): Promise<void> {
    this.closed = true;
    await this.output.close();
  }

  private async playNow(pcm: Buffer): Promise<void> {
    const samplesPerFrame = (this.output.sampleRate * playbackFrameMs) / 1000;
    const samples = new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.length - (pcm.length % 2)));
    const started = performance.now();
    for (let index = 0; index * samplesPerFrame < samples.length; index++) {
      if (this.closed) return;
      const wait = started + index * playbackFrameMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const frame = new Int16Array(samplesPerFrame);
      frame.set(samples.subarray(index * samplesPerFrame, (index + 1) * samplesPerFrame));
      await this.output.captureFrame(new AudioFrame(frame, this.output.sampleRate, 1, samplesPerFrame));
    }
    // The last frame is heard for its 20 ms: the next utterance starts after it, not on top of it.
    const end = started + Math.ceil(samples.length / samplesPerFrame) * playbackFrameMs - performance.now();
    if (end > 0 && !this.closed) await new Promise((resolve) => setTimeout(resolve, end));
  }
}
