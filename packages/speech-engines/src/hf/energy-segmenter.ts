const samplesPerMs = 16;
const frameSamples = 160;

export interface EnergySegmenterOptions {
  /** A 10 ms frame louder than this RMS is speech (300 ≈ -40 dBFS; a quiet room is ≈ -50 dBFS). */
  thresholdRms?: number;
  /** Silence that ends an utterance. */
  hangoverMs?: number;
  /** An utterance is cut at this length (the endpoint decodes a window, and subtitles must move on). */
  maxUtteranceMs?: number;
  /** Audio kept before the first loud frame, so a soft first syllable is not clipped. */
  preRollMs?: number;
  /** Loud stretches shorter than this in all (a click, a cough) are dropped, not sent. */
  minSpeechMs?: number;
}

/** A span of session audio judged to be one utterance. */
export interface Utterance {
  startSample: number;
  endSample: number;
  pcm: Buffer;
}

/**
 * A plain energy voice-activity detector that cuts a PCM stream (s16le, 16 kHz, mono) into
 * utterances, for recognisers that decode whole utterances (the HF endpoint is not streaming).
 */
export class EnergySegmenter {
  private readonly thresholdRms: number;
  private readonly hangoverFrames: number;
  private readonly maxUtteranceSamples: number;
  private readonly preRollFrames: number;
  private readonly minSpeechFrames: number;
  private remainder = Buffer.alloc(0);
  private samples = 0;
  private preRoll: Buffer[] = [];
  private current: { startSample: number; frames: Buffer[]; speechFrames: number; silentRun: number } | undefined;

  constructor(options: EnergySegmenterOptions = {}) {
    this.thresholdRms = options.thresholdRms ?? 300;
    this.hangoverFrames = Math.round((options.hangoverMs ?? 500) / 10);
    this.maxUtteranceSamples = (options.maxUtteranceMs ?? 15_000) * samplesPerMs;
    this.preRollFrames = Math.round((options.preRollMs ?? 200) / 10);
    this.minSpeechFrames = Math.round((options.minSpeechMs ?? 100) / 10);
  }

  /** Feeds audio; returns the utterances it completed. */
  push(pcm: Buffer): Utterance[] {
    const audio = this.remainder.length > 0 ? Buffer.concat([this.remainder, pcm]) : pcm;
    const completed: Utterance[] = [];
    let offset = 0;
    for (; offset + frameSamples * 2 <= audio.length; offset += frameSamples * 2) {
      const utterance = this.frame(audio.subarray(offset, offset + frameSamples * 2));
      if (utterance) completed.push(utterance);
    }
    this.remainder = Buffer.from(audio.subarray(offset));
    return completed;
  }

  /** The utterance in progress, if any: its start and audio so far. */
  inProgress(): { startSample: number; durationMs: number; pcm: Buffer } | undefined {
    if (!this.current) return undefined;
    const pcm = Buffer.concat(this.current.frames);
    return { startSample: this.current.startSample, durationMs: pcm.length / 2 / samplesPerMs, pcm };
  }

  /** Ends the utterance in progress now (a pause button, the end of the session). */
  flush(): Utterance | undefined {
    return this.finish((this.current?.silentRun ?? 0) - 10);
  }

  private frame(frame: Buffer): Utterance | undefined {
    const loud = rootMeanSquare(frame) >= this.thresholdRms;
    this.samples += frameSamples;
    if (!this.current) {
      if (!loud) {
        this.preRoll.push(frame);
        if (this.preRoll.length > this.preRollFrames) this.preRoll.shift();
        return undefined;
      }
      const frames = [...this.preRoll, frame];
      this.preRoll = [];
      this.current = { startSample: this.samples - frames.length * frameSamples, frames, speechFrames: 1, silentRun: 0 };
      return undefined;
    }
    this.current.frames.push(frame);
    if (loud) {
      this.current.speechFrames += 1;
      this.current.silentRun = 0;
    } else this.current.silentRun += 1;
    if (this.current.silentRun >= this.hangoverFrames) return this.finish(this.current.silentRun - 10);
    if (this.current.frames.length * frameSamples >= this.maxUtteranceSamples) return this.finish(0);
    return undefined;
  }

  /** Closes the current utterance, trimming all but 100 ms of its trailing silence. */
  private finish(trailingFramesToTrim: number): Utterance | undefined {
    const current = this.current;
    this.current = undefined;
    if (!current || current.speechFrames < this.minSpeechFrames) return undefined;
    const frames = current.frames.slice(0, current.frames.length - Math.max(0, trailingFramesToTrim));
    const pcm = Buffer.concat(frames);
    return { startSample: current.startSample, endSample: current.startSample + pcm.length / 2, pcm };
  }
}

function rootMeanSquare(frame: Buffer): number {
  let sum = 0;
  for (let offset = 0; offset < frame.length; offset += 2) sum += frame.readInt16LE(offset) ** 2;
  return Math.sqrt(sum / (frame.length / 2));
}
