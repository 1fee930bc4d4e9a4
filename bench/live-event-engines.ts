/**
 * What the offline speech engines of live-event cost, measured on this machine, never pass/fail:
 *
 * - recogniser (pocketsphinx through ps-stream): flite sentences streamed in real time in 20 ms
 *   chunks; end of speech → final hypothesis, and speech start → first partial, for
 *   `-vad_postspeech` 30 (ours) against 50 (pocketsphinx's default, the baseline), both streams fed
 *   at once so that they share the machine's load;
 * - translator (Apertium eng-spa): per-sentence latency through the kept-alive pipeline against
 *   spawning `apertium` per sentence (the baseline);
 * - synthesiser (espeak-ng + sox): per-sentence latency.
 *
 *   tsx bench/live-event-engines.ts [sentences per recogniser case, default 5]
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ApertiumTranslator } from '@ilenia/speech-engines/local/apertium-translator';
import { EspeakSynthesizer } from '@ilenia/speech-engines/local/espeak-synthesizer';
import { PocketsphinxRecognizer } from '@ilenia/speech-engines/local/pocketsphinx-recognizer';
import type { RecognitionResult } from '@ilenia/speech-engines/types';
import { chunks, englishSpeech, silence, speechEndMs } from '@ilenia/speech-engines/testing';
import { benchSentences } from './support/english-sentences.js';
import { wordErrorRate } from '@ilenia/speech-engines/testing';

const run = promisify(execFile);
const sentenceCount = Number(process.argv[2] ?? 5);
const sentences = benchSentences.slice(0, Math.max(1, sentenceCount));

interface Row {
  label: string;
  samples: number[];
  note?: string;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

interface RecogniserFigures {
  finals: number[];
  partials: number[];
  /** The helper's own lag: from the write that completed a final to the final. */
  processing: number[];
  wer: number;
}

/**
 * Streams every sentence in real time, the same audio at the same moment to one stream per
 * `-vad_postspeech` value (so that every case sees the same machine load), and measures end of
 * speech → final and speech start → first partial.
 */
async function recogniserLatency(postspeechValues: readonly number[]): Promise<RecogniserFigures[]> {
  const cases = postspeechValues.map((vadPostspeechFrames) => {
    const recognizer = new PocketsphinxRecognizer({ vadPostspeechFrames });
    const stream = recognizer.openStream({ language: 'en' });
    const results: { result: RecognitionResult; at: number }[] = [];
    stream.on('result', (result) => results.push({ result, at: performance.now() }));
    return { recognizer, stream, results };
  });
  await Promise.all(cases.map(({ recognizer }) => recognizer.probe()));
  const marks: { speechStart: number; speechEnd: number; text: string }[] = [];
  const pieces: { pcm: Buffer; mark?: 'start' | 'end'; text?: string }[] = [];
  for (const pcm of chunks(silence(1000))) pieces.push({ pcm });
  for (const text of sentences) {
    const speech = await englishSpeech(text);
    const endChunk = Math.ceil(speechEndMs(speech) / 20) - 1;
    chunks(speech).forEach((pcm, index) =>
      pieces.push({ pcm, mark: index === 0 ? 'start' : index === endChunk ? 'end' : undefined, text }),
    );
    for (const pcm of chunks(silence(1500))) pieces.push({ pcm });
  }
  const started = performance.now();
  for (const [index, piece] of pieces.entries()) {
    await sleep(started + index * 20 - performance.now());
    for (const { stream } of cases) stream.write(piece.pcm);
    if (piece.mark === 'start') marks.push({ speechStart: performance.now(), speechEnd: Number.NaN, text: piece.text! });
    if (piece.mark === 'end') marks.at(-1)!.speechEnd = performance.now();
  }
  const figures: RecogniserFigures[] = [];
  for (const { recognizer, stream, results } of cases) {
    await stream.flush();
    await stream.close();
    await recognizer.close();
    const finals: number[] = [];
    const partials: number[] = [];
    const processing: number[] = [];
    let errors = 0;
    for (const mark of marks) {
      const final = results.find(({ result, at }) => result.kind === 'final' && at > mark.speechEnd);
      const partial = results.find(({ result, at }) => result.kind === 'partial' && at > mark.speechStart);
      if (final) {
        finals.push(final.at - mark.speechEnd);
        processing.push(final.result.recognitionMs);
      }
      if (partial && partial.at < (final?.at ?? Infinity)) partials.push(partial.at - mark.speechStart);
      errors += wordErrorRate(mark.text, final?.result.text ?? '') * mark.text.split(' ').length;
    }
    figures.push({ finals, partials, processing, wer: errors / marks.reduce((sum, mark) => sum + mark.text.split(' ').length, 0) });
  }
  return figures;
}

async function translationLatency(): Promise<{ keptAlive: number[]; spawned: number[] }> {
  const translator = new ApertiumTranslator();
  await translator.translate('Warm-up.', 'en', 'es');
  const keptAlive: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const sentence of sentences) {
      const started = performance.now();
      await translator.translate(sentence, 'en', 'es');
      keptAlive.push(performance.now() - started);
    }
  }
  await translator.close();
  const spawned: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const sentence of sentences) {
      const started = performance.now();
      const child = run('sh', ['-c', 'cat | apertium -u eng-spa']);
      child.child.stdin!.end(sentence);
      await child;
      spawned.push(performance.now() - started);
    }
  }
  return { keptAlive, spawned };
}

async function synthesisLatency(): Promise<number[]> {
  const synthesizer = new EspeakSynthesizer();
  const spanish = [
    'Buenos días a todos.',
    'Gracias por venir a la conferencia esta mañana.',
    'El próximo ponente hablará de la historia de la ciudad.',
  ];
  await synthesizer.synthesize('Hola.', 'es');
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const text of spanish) {
      const started = performance.now();
      await synthesizer.synthesize(text, 'es');
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

const rows: Row[] = [];
const [baseline, tuned] = await recogniserLatency([50, 30]);
rows.push({
  label: 'ASR end of speech → final, vad_postspeech 50 (baseline)',
  samples: baseline!.finals,
  note: `WER ${(baseline!.wer * 100).toFixed(0)}%`,
});
rows.push({ label: 'ASR end of speech → final, vad_postspeech 30', samples: tuned!.finals, note: `WER ${(tuned!.wer * 100).toFixed(0)}%` });
rows.push({ label: 'ASR helper lag (last chunk → final), postspeech 30', samples: tuned!.processing });
rows.push({ label: 'ASR speech start → first partial, vad_postspeech 30', samples: tuned!.partials });
const translation = await translationLatency();
rows.push({ label: 'MT en→es, spawn apertium per sentence (baseline)', samples: translation.spawned });
rows.push({ label: 'MT en→es, kept-alive pipeline', samples: translation.keptAlive });
rows.push({ label: 'TTS es, espeak-ng + sox per sentence', samples: await synthesisLatency() });

const baselines: Record<string, number> = { ASR: percentile(baseline!.finals, 0.5), MT: percentile(translation.spawned, 0.5) };
console.log(`live-event engines, ${sentences.length} sentences per ASR case, ${new Date().toISOString()}`);
console.log('case'.padEnd(56), 'n'.padStart(4), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p50 ratio'.padStart(10), ' note');
for (const row of rows) {
  const p50 = percentile(row.samples, 0.5);
  const reference = baselines[row.label.slice(0, row.label.indexOf(' '))];
  const ratio = row.label.includes('→ final') || row.label.startsWith('MT') ? (p50 / reference!).toFixed(3) : '';
  console.log(
    row.label.padEnd(56),
    String(row.samples.length).padStart(4),
    p50.toFixed(1).padStart(8),
    percentile(row.samples, 0.95).toFixed(1).padStart(8),
    ratio.padStart(10),
    ` ${row.note ?? ''}`,
  );
}
