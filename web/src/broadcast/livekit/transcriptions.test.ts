import { describe, expect, it } from 'vitest';
import { CaptionStore } from '../../listen/captions.js';
import { transcriptionFeed, type TranscriptionReader } from './transcriptions.js';

/** A text stream reader yielding the given chunks, then ending (or failing, as when its sender leaves). */
function reader(attributes: Record<string, string>, chunks: string[], options: { failAfter?: boolean } = {}): TranscriptionReader {
  return {
    info: { id: 'TS_1', topic: 'lk.transcription', mimeType: 'text/plain', timestamp: 0, attributes, encryptionType: 0 },
    async *[Symbol.asyncIterator]() {
      // Each chunk arrives as a network read would: after the reader has waited for it.
      for (const chunk of chunks) yield await Promise.resolve(chunk);
      if (options.failAfter) throw new Error('sender left');
    },
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const attributes = (segment: string, final: boolean, language = 'es') => ({
  'lk.segment_id': segment,
  'lk.transcription_final': String(final),
  'lk.language': language,
});
const texts = (store: CaptionStore, language = 'es') => store.captions(language).map((caption) => `${caption.kind}:${caption.text}`);

describe('captions from lk.transcription text streams', () => {
  it('joins a stream’s chunks (deltas) into one caption, a partial until a final stream replaces it', async () => {
    const store = new CaptionStore();
    const feed = transcriptionFeed(store);
    feed(reader(attributes('g1', false), ['Hola', ' a']));
    await settled();
    expect(texts(store)).toEqual(['partial:Hola a']);
    feed(reader(attributes('g1', true), ['Hola ', 'a todos.']));
    await settled();
    expect(texts(store)).toEqual(['final:Hola a todos.']);
  });

  it('keeps finals in the order they complete, and a segment finalised twice once', async () => {
    const store = new CaptionStore();
    const feed = transcriptionFeed(store);
    feed(reader(attributes('g1', true), ['Uno.']));
    await settled();
    feed(reader(attributes('g2', true), ['Dos.']));
    await settled();
    feed(reader(attributes('g1', true), ['Uno otra vez.']));
    await settled();
    expect(texts(store)).toEqual(['final:Uno.', 'final:Dos.']);
  });

  it('sorts finals by the agent’s sequence when their streams complete out of order', async () => {
    const store = new CaptionStore();
    const feed = transcriptionFeed(store);
    feed(reader({ ...attributes('g2', true), 'ilenia.sequence': '1' }, ['Dos.']));
    await settled();
    feed(reader({ ...attributes('g1', true), 'ilenia.sequence': '0' }, ['Uno.']));
    await settled();
    expect(texts(store)).toEqual(['final:Uno.', 'final:Dos.']);
  });

  it('withdraws a partial whose segment ends with an empty final (noise), and adds no caption', async () => {
    const store = new CaptionStore();
    const feed = transcriptionFeed(store);
    feed(reader(attributes('g1', false), ['eh']));
    await settled();
    expect(texts(store)).toEqual(['partial:eh']);
    feed(reader(attributes('g1', true), ['']));
    await settled();
    expect(texts(store)).toEqual([]);
    feed(reader(attributes('g1', false), ['late partial']));
    await settled();
    expect(texts(store)).toEqual([]);
  });

  it('leaves what arrived as a partial when the sender leaves mid-stream', async () => {
    const store = new CaptionStore();
    transcriptionFeed(store)(reader(attributes('g1', true), ['Buenas'], { failAfter: true }));
    await settled();
    expect(texts(store)).toEqual(['partial:Buenas']);
  });

  it('keeps each language apart, and ignores a stream that names none', async () => {
    const store = new CaptionStore();
    const feed = transcriptionFeed(store);
    feed(reader(attributes('g1', true, 'en'), ['Hello.']));
    feed(reader(attributes('g1', true, 'es'), ['Hola.']));
    feed(reader({ 'lk.segment_id': 'g2', 'lk.transcription_final': 'true' }, ['Nobody knows.']));
    await settled();
    expect(texts(store, 'en')).toEqual(['final:Hello.']);
    expect(texts(store, 'es')).toEqual(['final:Hola.']);
  });
});
