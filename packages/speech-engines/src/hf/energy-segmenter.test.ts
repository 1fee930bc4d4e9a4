import { describe, expect, it } from 'vitest';
import { EnergySegmenter } from './energy-segmenter.js';

const loud = (milliseconds: number) => {
  const pcm = Buffer.alloc(milliseconds * 32);
  for (let i = 0; i < milliseconds * 16; i++) pcm.writeInt16LE(i % 2 === 0 ? 3000 : -3000, i * 2);
  return pcm;
};
const quiet = (milliseconds: number) => Buffer.alloc(milliseconds * 32);

describe('EnergySegmenter', () => {
  it('ends an utterance after 500 ms of silence, with 200 ms before and 100 ms after it', () => {
    const segmenter = new EnergySegmenter();
    expect(segmenter.push(Buffer.concat([quiet(1000), loud(800), quiet(400)]))).toEqual([]);
    expect(segmenter.inProgress()).toMatchObject({ startSample: 800 * 16 });
    const [utterance] = segmenter.push(quiet(200));
    expect(utterance).toMatchObject({ startSample: 800 * 16, endSample: 1900 * 16 });
    expect(utterance!.pcm.length).toBe(1100 * 32);
    expect(segmenter.inProgress()).toBeUndefined();
  });

  it('works the same whatever the chunk sizes, odd ones included', () => {
    const audio = Buffer.concat([quiet(300), loud(500), quiet(700), loud(300), quiet(700)]);
    const whole = new EnergySegmenter().push(audio).map(({ startSample, endSample }) => [startSample, endSample]);
    const segmenter = new EnergySegmenter();
    const pieces: number[][] = [];
    for (let offset = 0; offset < audio.length; offset += 333) {
      pieces.push(...segmenter.push(audio.subarray(offset, offset + 333)).map(({ startSample, endSample }) => [startSample, endSample]));
    }
    expect(whole).toHaveLength(2);
    expect(pieces).toEqual(whole);
  });

  it('cuts utterances at their maximum length and drops clicks', () => {
    const segmenter = new EnergySegmenter({ maxUtteranceMs: 1000 });
    const utterances = segmenter.push(Buffer.concat([loud(2500), quiet(700), loud(30), quiet(700)]));
    expect(utterances.map((utterance) => (utterance.endSample - utterance.startSample) / 16)).toEqual([1000, 1000, 600]);
  });

  it('flush() ends the utterance in progress', () => {
    const segmenter = new EnergySegmenter();
    segmenter.push(loud(400));
    expect(segmenter.flush()).toMatchObject({ startSample: 0, endSample: 400 * 16 });
    expect(segmenter.flush()).toBeUndefined();
  });
});
