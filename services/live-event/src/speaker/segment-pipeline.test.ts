import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Gap, SpeakerServerMessage, SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { InProcessSubtitleBus } from '../distribution/in-process-bus.js';
import type { ChannelBroadcast } from '../distribution/types.js';
import { createLiveEventMetrics } from '../metrics.js';
import type { SegmentRepository } from '../repositories/segment-repository.js';
import { SegmentPipeline, type FinalBufferLimits } from './segment-pipeline.js';

const channel = { eventId: '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d', channelId: 'a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a' };
const databaseDown = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** A pipeline on an in-process bus whose segment store fails while `down()` says so. */
async function pipelineWith(finalBuffer: FinalBufferLimits, down: () => boolean) {
  const bus = new InProcessSubtitleBus({ historyLimit: 500 });
  const published: ChannelBroadcast[] = [];
  await bus.subscribe(channel, (message) => published.push(message));
  const stored: { sequence: number; text: string }[] = [];
  const toSpeaker: SpeakerServerMessage[] = [];
  const segments = {
    insertAll(rows: { sequence: number; text: string; isSource: boolean }[]) {
      if (down()) return Promise.reject(databaseDown());
      for (const segment of rows) if (segment.isSource) stored.push({ sequence: segment.sequence, text: segment.text });
      return Promise.resolve();
    },
  } as unknown as SegmentRepository;
  const pipeline = new SegmentPipeline({
    ...channel,
    sessionId: '6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47',
    speakerId: '5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c',
    sourceLanguage: 'en',
    targetLanguages: [],
    clockOffsetMs: 0,
    bus,
    translator: { translate: (text: string) => Promise.resolve(text) } as never,
    segments,
    metrics: createLiveEventMetrics(),
    logger: pino({ level: 'silent' }),
    toSpeaker: (message) => toSpeaker.push(message),
    echoTranslations: () => false,
    finalBuffer,
  });
  const say = (text: string, startMs: number) =>
    pipeline.onResult({ kind: 'final', text, startMs, endMs: startMs + 900, recognitionMs: 100 }, performance.now());
  return { pipeline, published, stored, toSpeaker, say };
}

describe('a final that cannot be stored', () => {
  it('waits for the database and is stored then published in order once it is back, the speaker warned meanwhile', async () => {
    let down = true;
    const talk = await pipelineWith({ maxWaitMs: 60_000, maxFinals: 10 }, () => down);
    talk.say('first words', 0);
    talk.say('second words', 1000);
    // The warning is the event that says the first final met the outage.
    while (!talk.toSpeaker.some((message) => message.type === 'service_warning')) await new Promise((resolve) => setImmediate(resolve));
    expect(talk.published).toEqual([]);
    down = false;
    await talk.pipeline.drain();
    expect(talk.stored).toEqual([
      { sequence: 1, text: 'first words' },
      { sequence: 2, text: 'second words' },
    ]);
    expect(talk.published.map((message) => (message as SubtitleFinal).sequence)).toEqual([1, 2]);
    expect(
      talk.toSpeaker.filter((message) => message.type === 'service_warning').map((message) => (message as { state: string }).state),
    ).toEqual(['unavailable', 'recovered']);
  });

  it('becomes a gap naming the segment once it waited too long, and its number goes to the next final: no hole', async () => {
    let down = true;
    const talk = await pipelineWith({ maxWaitMs: 1, maxFinals: 10 }, () => down);
    talk.say('lost words', 0);
    await talk.pipeline.drain();
    down = false;
    talk.say('kept words', 2000);
    await talk.pipeline.drain();
    const gap = talk.published.find((message): message is Gap => message.type === 'gap');
    expect(gap).toMatchObject({ reason: 'storage_unavailable', language: null, after_sequence: null, from_ms: 0, to_ms: 900 });
    expect(gap?.message).toMatch(/^segment [0-9a-f-]{36} given up: the database stayed unavailable/);
    expect(talk.stored).toEqual([{ sequence: 1, text: 'kept words' }]);
    expect(talk.toSpeaker.filter((message) => message.type === 'gap')).toEqual([gap]);
  });

  it('gives up the newest final at once when the buffer is full, keeping those before it', async () => {
    let down = true;
    const talk = await pipelineWith({ maxWaitMs: 60_000, maxFinals: 1 }, () => down);
    talk.say('waiting words', 0);
    talk.say('one too many', 1000);
    while (!talk.toSpeaker.some((message) => message.type === 'service_warning')) await new Promise((resolve) => setImmediate(resolve));
    down = false;
    await talk.pipeline.drain();
    expect(talk.stored).toEqual([{ sequence: 1, text: 'waiting words' }]);
    // In order: the final that waited, then the gap of the one given up, placed after it.
    expect(talk.published.map((message) => [message.type, (message as SubtitleFinal).sequence ?? (message as Gap).after_sequence])).toEqual(
      [
        ['subtitle_final', 1],
        ['gap', 1],
      ],
    );
    expect((talk.published[1] as Gap).message).toMatch(/given up: 1 finals were already waiting/);
  });
});

describe('a final and its translations', () => {
  /** A pipeline translating into Spanish with `translate`, recording each storage round trip and each publication, in order. */
  async function translatingPipeline(translator: { answersAtOnce?: boolean; translate: (text: string) => Promise<string> }) {
    const bus = new InProcessSubtitleBus({ historyLimit: 500 });
    const log: string[] = [];
    await bus.subscribe(channel, (message) => {
      if (message.type === 'subtitle_final' || message.type === 'gap') log.push(`published ${message.type} ${message.language}`);
    });
    const segments = {
      insertAll(rows: { language: string }[]) {
        log.push(`stored ${rows.map((row) => row.language).join('+')}`);
        return Promise.resolve();
      },
    } as unknown as SegmentRepository;
    const pipeline = new SegmentPipeline({
      ...channel,
      sessionId: '6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47',
      speakerId: '5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c',
      sourceLanguage: 'en',
      targetLanguages: ['es'],
      clockOffsetMs: 0,
      bus,
      translator: translator as never,
      segments,
      metrics: createLiveEventMetrics(),
      logger: pino({ level: 'silent' }),
      toSpeaker: () => {},
      echoTranslations: () => false,
    });
    const say = (text: string) => pipeline.onResult({ kind: 'final', text, startMs: 0, endMs: 900, recognitionMs: 100 }, performance.now());
    return { pipeline, log, say };
  }

  it('are stored in one round trip before any is published, when the translator answers at once', async () => {
    const talk = await translatingPipeline({ answersAtOnce: true, translate: (text) => Promise.resolve(`es: ${text}`) });
    talk.say('hello');
    await talk.pipeline.drain();
    expect(talk.log).toEqual(['stored en+es', 'published subtitle_final en', 'published subtitle_final es']);
  });

  it('keep a failed translation out of the stored row set: that language gets a gap, the others their final', async () => {
    const talk = await translatingPipeline({
      answersAtOnce: true,
      translate: () => Promise.reject(new Error('apertium is down')),
    });
    talk.say('hello');
    await talk.pipeline.drain();
    expect(talk.log).toEqual(['stored en', 'published subtitle_final en', 'published gap es']);
  });

  it('do not hold the source back for a slow translator: the source is stored and published first', async () => {
    let answer!: (text: string) => void;
    const talk = await translatingPipeline({ translate: () => new Promise<string>((resolve) => (answer = resolve)) });
    talk.say('hello');
    // The translation was asked for at once, before the final was stored.
    expect(answer).toBeTypeOf('function');
    while (!talk.log.includes('published subtitle_final en')) await new Promise((resolve) => setImmediate(resolve));
    expect(talk.log).toEqual(['stored en', 'published subtitle_final en']);
    answer('hola');
    await talk.pipeline.drain();
    expect(talk.log).toEqual(['stored en', 'published subtitle_final en', 'stored es', 'published subtitle_final es']);
  });
});
