import { describe, expect, it } from 'vitest';
import { chooseTranscriptFormat, renderPlainText, renderSubRip, renderWebVtt } from './transcript-formats.js';

const parts = [
  { note: 'session a started 2026-11-28T17:00:03Z', cues: [{ sequence: 4, startMs: 1200, endMs: 4350, text: 'Hola a todos.' }] },
  {
    note: 'session b started 2026-11-28T18:05:00Z',
    cues: [{ sequence: 9, startMs: 3_414_600, endMs: 3_418_900, text: 'Pasemos\na las preguntas --> ya.' }],
  },
];

describe('transcript formats', () => {
  it('writes WebVTT with sequences as cue ids and a NOTE per session', () => {
    expect(renderWebVtt(parts)).toBe(
      'WEBVTT\n\nNOTE session a started 2026-11-28T17:00:03Z\n\n4\n00:00:01.200 --> 00:00:04.350\nHola a todos.\n\nNOTE session b started 2026-11-28T18:05:00Z\n\n9\n00:56:54.600 --> 00:56:58.900\nPasemos a las preguntas -> ya.\n',
    );
  });

  it('numbers SubRip cues 1, 2, 3 whatever the sequences', () => {
    expect(renderSubRip(parts)).toBe(
      '1\n00:00:01,200 --> 00:00:04,350\nHola a todos.\n\n2\n00:56:54,600 --> 00:56:58,900\nPasemos a las preguntas -> ya.\n',
    );
  });

  it('writes one line per segment in plain text', () => {
    expect(renderPlainText(parts)).toBe('Hola a todos.\nPasemos a las preguntas -> ya.\n');
  });

  it('lets format win, then Accept by q-value, then JSON', () => {
    expect(chooseTranscriptFormat('srt', 'text/vtt')).toBe('srt');
    expect(chooseTranscriptFormat(undefined, 'text/plain;q=0.5, text/vtt')).toBe('vtt');
    expect(chooseTranscriptFormat(undefined, 'application/x-subrip;q=0.9, text/plain;q=0.8')).toBe('srt');
    expect(chooseTranscriptFormat(undefined, 'text/*')).toBe('vtt');
    expect(chooseTranscriptFormat(undefined, '*/*')).toBe('json');
    expect(chooseTranscriptFormat(undefined, 'image/png')).toBe('json');
    expect(chooseTranscriptFormat(undefined, undefined)).toBe('json');
  });
});
