/**
 * What the offline speech engines of live-event cost, measured on this machine, never pass/fail:
 *
 * - recogniser (pocketsphinx through ps-stream): flite sentences streamed in real time in 20 ms
 *   chunks, the bench's sentences and sentences no setting was tuned on (`unseen-sentences.ts`);
 *   end of speech → final hypothesis, and speech start → first partial, for each endpointing case:
 *   `-vad_postspeech` 50 (pocketsphinx's default, the baseline), 30 alone (the voice detector only),
 *   and 30 with the energy end-of-utterance detector at several silences; every case's stream is
 *   fed the same audio at the same moment, so that all see the same machine load;
 * - translator (Apertium eng-spa): per-sentence latency through the kept-alive pipeline against
 *   spawning `apertium` per sentence (the baseline);
 * - synthesiser (espeak-ng + sox): per-sentence latency.
 *
 *   tsx bench/live-event-engines.ts [sentences per set, default 5] [end silences, default 150,200,250]
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { ApertiumTranslator } from '@ilenia/speech-engines/local/apertium-translator';
import { EspeakSynthesizer } from '@ilenia/speech-engines/local/espeak-synthesizer';
import { PocketsphinxRecognizer } from '@ilenia/speech-engines/local/pocketsphinx-recognizer';
import type { RecognitionResult } from '@ilenia/speech-engines/types';
import { chunks, englishSpeech, silence, speechEndMs } from '@ilenia/speech-engines/testing';
import { benchSentences } from './support/english-sentences.js';
import { unseenSentences } from './support/unseen-sentences.js';
import { wordErrorRate } from '@ilenia/speech-engines/testing';

const run = promisify(execFile);
const sentenceCount = Number(process.argv[2] ?? 5);
const sentenceSets = {
  bench: benchSentences.slice(0, Math.max(1, sentenceCount)),
  unseen: unseenSentences.slice(0, Math.max(1, sentenceCount)),
};
const endSilences = (process.argv[3] ?? '150,200,250').split(',').map(Number);

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

interface EndpointingCase {
  label: string;
  vadPostspeechFrames: number;
  endSilenceMs: number;
}

interface RecogniserFigures {
  /** Per sentence set: end of speech → final, and the word error rate of the finals. */
  sets: Record<keyof typeof sentenceSets, { finals: number[]; wer: number }>;
  partials: number[];
  /** The helper's own lag: from the write that completed a final to the final. */
  processing: number[];
}

/**
 * Streams every sentence in real time, the same audio at the same moment to one stream per case (so
 * that every case sees the same machine load), and measures end of speech → final and speech start
 * → first partial. A sentence's text is every final that begins inside it (a sentence cut in two by
 * endpointing counts its words once, and costs its WER).
 */
async function recogniserLatency(endpointing: readonly EndpointingCase[]): Promise<RecogniserFigures[]> {
  const cases = endpointing.map(({ vadPostspeechFrames, endSilenceMs }) => {
    const recognizer = new PocketsphinxRecognizer({ vadPostspeechFrames, endSilenceMs });
    const stream = recognizer.openStream({ language: 'en' });
    const results: { result: RecognitionResult; at: number }[] = [];
    stream.on('result', (result) => results.push({ result, at: performance.now() }));
    return { recognizer, stream, results };
  });
  await Promise.all(cases.map(({ recognizer }) => recognizer.probe()));
  const marks: { speechStart: number; speechEnd: number; text: string; set: keyof typeof sentenceSets; audioFromMs: number }[] = [];
  const pieces: { pcm: Buffer; mark?: 'start' | 'end'; text?: string }[] = [];
  const sentenceAudio: { text: string; set: keyof typeof sentenceSets; fromMs: number }[] = [];
  for (const pcm of chunks(silence(1000))) pieces.push({ pcm });
  for (const [set, texts] of Object.entries(sentenceSets) as [keyof typeof sentenceSets, readonly string[]][]) {
    for (const text of texts) {
      const speech = await englishSpeech(text);
      const endChunk = Math.ceil(speechEndMs(speech) / 20) - 1;
      sentenceAudio.push({ text, set, fromMs: pieces.length * 20 });
      chunks(speech).forEach((pcm, index) =>
        pieces.push({ pcm, mark: index === 0 ? 'start' : index === endChunk ? 'end' : undefined, text }),
      );
      for (const pcm of chunks(silence(1500))) pieces.push({ pcm });
    }
  }
  const started = performance.now();
  for (const [index, piece] of pieces.entries()) {
    await sleep(started + index * 20 - performance.now());
    for (const { stream } of cases) stream.write(piece.pcm);
    if (piece.mark === 'start') {
      const audio = sentenceAudio[marks.length]!;
      marks.push({ speechStart: performance.now(), speechEnd: Number.NaN, text: audio.text, set: audio.set, audioFromMs: audio.fromMs });
    }
    if (piece.mark === 'end') marks.at(-1)!.speechEnd = performance.now();
  }
  const figures: RecogniserFigures[] = [];
  for (const { recognizer, stream, results } of cases) {
    await stream.flush();
    await stream.close();
    await recognizer.close();
    const partials: number[] = [];
    const processing: number[] = [];
    const perSet = Object.fromEntries(Object.keys(sentenceSets).map((set) => [set, { finals: [] as number[], errors: 0, words: 0 }]));
    for (const [index, mark] of marks.entries()) {
      const nextFromMs = marks[index + 1]?.audioFromMs ?? Infinity;
      const finals = results.filter(
        ({ result }) => result.kind === 'final' && result.startMs >= mark.audioFromMs - 200 && result.startMs < nextFromMs - 200,
      );
      const final = results.find(({ result, at }) => result.kind === 'final' && at > mark.speechEnd);
      const partial = results.find(({ result, at }) => result.kind === 'partial' && at > mark.speechStart);
      const set = perSet[mark.set]!;
      if (final) {
        set.finals.push(final.at - mark.speechEnd);
        processing.push(final.result.recognitionMs);
      }
      if (partial && partial.at < (final?.at ?? Infinity)) partials.push(partial.at - mark.speechStart);
      const words = mark.text.split(' ').length;
      set.errors += wordErrorRate(mark.text, finals.map(({ result }) => result.text).join(' ')) * words;
      set.words += words;
    }
    const sets = Object.fromEntries(
      Object.entries(perSet).map(([name, set]) => [name, { finals: set.finals, wer: set.errors / set.words }]),
    ) as RecogniserFigures['sets'];
    figures.push({ sets, partials, processing });
  }
  return figures;
}

/**
 * Endpointing in audio time, which machine load does not change: every case's helper is fed the
 * same audio as fast as it takes it, and for each sentence the audio it had heard when it gave the
 * final is compared with where the speech ended (`heardUntilMs` − end of speech), with the WER.
 */
async function endpointingDelay(
  endpointing: readonly EndpointingCase[],
): Promise<Record<keyof typeof sentenceSets, { delays: number[]; wer: number }>[]> {
  const audio: Buffer[] = [silence(1000)];
  const spoken: { set: keyof typeof sentenceSets; text: string; fromMs: number; speechEndMs: number }[] = [];
  let clockMs = 1000;
  for (const [set, texts] of Object.entries(sentenceSets) as [keyof typeof sentenceSets, readonly string[]][]) {
    for (const text of texts) {
      const speech = await englishSpeech(text);
      spoken.push({ set, text, fromMs: clockMs, speechEndMs: clockMs + speechEndMs(speech) });
      audio.push(speech, silence(1500));
      clockMs += speech.length / 32 + 1500;
    }
  }
  // One case after the other: a helper starved of CPU by the others is killed by its watchdog.
  const figures: Record<keyof typeof sentenceSets, { delays: number[]; wer: number }>[] = [];
  for (const { vadPostspeechFrames, endSilenceMs } of endpointing) {
    figures.push(
      await (async () => {
        const recognizer = new PocketsphinxRecognizer({ vadPostspeechFrames, endSilenceMs });
        const stream = recognizer.openStream({ language: 'en' });
        const finals: RecognitionResult[] = [];
        let drained: (() => void) | undefined;
        stream.on('drain', () => drained?.());
        stream.on('result', (result) => {
          if (result.kind === 'final') finals.push(result);
        });
        for (const pcm of audio.flatMap((piece) => chunks(piece))) {
          if (!stream.write(pcm)) await new Promise<void>((resolve) => (drained = resolve));
        }
        await stream.flush();
        await stream.close();
        await recognizer.close();
        const perSet = Object.fromEntries(Object.keys(sentenceSets).map((set) => [set, { delays: [] as number[], errors: 0, words: 0 }]));
        for (const [index, sentence] of spoken.entries()) {
          const nextFromMs = spoken[index + 1]?.fromMs ?? Infinity;
          const own = finals.filter((final) => final.startMs >= sentence.fromMs - 200 && final.startMs < nextFromMs - 200);
          const closing = own.find((final) => (final.heardUntilMs ?? 0) >= sentence.speechEndMs);
          const set = perSet[sentence.set]!;
          if (closing?.heardUntilMs !== undefined) set.delays.push(closing.heardUntilMs - sentence.speechEndMs);
          const words = sentence.text.split(' ').length;
          set.errors += wordErrorRate(sentence.text, own.map((final) => final.text).join(' ')) * words;
          set.words += words;
        }
        return Object.fromEntries(
          Object.entries(perSet).map(([name, set]) => [name, { delays: set.delays, wer: set.errors / set.words }]),
        ) as Record<keyof typeof sentenceSets, { delays: number[]; wer: number }>;
      })(),
    );
  }
  return figures;
}

async function translationLatency(): Promise<{ keptAlive: number[]; spawned: number[] }> {
  // A loaded machine can take seconds to start the pipeline; the bench measures, it does not time out.
  const translator = new ApertiumTranslator({ timeoutMs: 60_000 });
  await translator.translate('Warm-up.', 'en', 'es');
  const keptAlive: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const sentence of sentenceSets.bench) {
      const started = performance.now();
      await translator.translate(sentence, 'en', 'es');
      keptAlive.push(performance.now() - started);
    }
  }
  await translator.close();
  const spawned: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const sentence of sentenceSets.bench) {
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

const loadAverage = os.loadavg();
const rows: Row[] = [];
const endpointing: EndpointingCase[] = [
  { label: 'vad_postspeech 50 (baseline)', vadPostspeechFrames: 50, endSilenceMs: 0 },
  { label: 'vad_postspeech 30, no energy detector', vadPostspeechFrames: 30, endSilenceMs: 0 },
  ...endSilences.map((endSilenceMs) => ({
    label: `vad_postspeech 30 + energy end ${endSilenceMs} ms`,
    vadPostspeechFrames: 30,
    endSilenceMs,
  })),
];
const offline = await endpointingDelay(endpointing);
console.log(
  `live-event engines: endpointing in audio time (helpers fed as fast as they take audio, so the load does not change it), ${sentenceSets.bench.length} + ${sentenceSets.unseen.length} sentences, ${new Date().toISOString()}`,
);
console.log('case'.padEnd(78), 'n'.padStart(4), 'p50 ms'.padStart(8), 'p90 ms'.padStart(8), 'max ms'.padStart(8), ' WER');
for (const set of Object.keys(sentenceSets) as (keyof typeof sentenceSets)[]) {
  for (const [index, { label }] of endpointing.entries()) {
    const { delays, wer } = offline[index]![set];
    console.log(
      `end of speech → final decided (${set}), ${label}`.padEnd(78),
      String(delays.length).padStart(4),
      percentile(delays, 0.5).toFixed(0).padStart(8),
      percentile(delays, 0.9).toFixed(0).padStart(8),
      Math.max(...delays)
        .toFixed(0)
        .padStart(8),
      ` ${(wer * 100).toFixed(1)}%`,
    );
  }
}
if (process.argv.includes('--offline-only')) process.exit(0);
const recogniser = await recogniserLatency(endpointing);
for (const set of Object.keys(sentenceSets) as (keyof typeof sentenceSets)[]) {
  for (const [index, { label }] of endpointing.entries()) {
    const figures = recogniser[index]!.sets[set];
    rows.push({
      label: `ASR end of speech → final (${set}), ${label}`,
      samples: figures.finals,
      note: `WER ${(figures.wer * 100).toFixed(1)}%`,
    });
  }
}
for (const [index, { label }] of endpointing.entries()) {
  if (index === 0) continue;
  rows.push({ label: `ASR helper lag (last chunk → final), ${label}`, samples: recogniser[index]!.processing });
}
rows.push({ label: 'ASR speech start → first partial, vad_postspeech 30', samples: recogniser[1]!.partials });
const asrBaseline = (set: string) => percentile(recogniser[0]!.sets[set as keyof typeof sentenceSets].finals, 0.5);
let mtBaseline = Number.NaN;
function printRows(printed: readonly Row[]): void {
  for (const row of printed) {
    const p50 = percentile(row.samples, 0.5);
    const set = /\((bench|unseen)\)/.exec(row.label)?.[1];
    const reference = row.label.startsWith('MT') ? mtBaseline : set ? asrBaseline(set) : undefined;
    const ratio =
      reference === undefined || !(row.label.includes('→ final') || row.label.startsWith('MT')) ? '' : (p50 / reference).toFixed(3);
    console.log(
      row.label.padEnd(78),
      String(row.samples.length).padStart(4),
      p50.toFixed(1).padStart(8),
      percentile(row.samples, 0.9).toFixed(1).padStart(8),
      ratio.padStart(10),
      ` ${row.note ?? ''}`,
    );
  }
}

console.log(
  `live-event engines, ${sentenceSets.bench.length} + ${sentenceSets.unseen.length} sentences (bench + unseen) per ASR case, ${new Date().toISOString()}, load average (1 min) before ${loadAverage[0]!.toFixed(2)}, after ${os.loadavg()[0]!.toFixed(2)}`,
);
console.log('case'.padEnd(78), 'n'.padStart(4), 'p50 ms'.padStart(8), 'p90 ms'.padStart(8), 'p50 ratio'.padStart(10), ' note');
printRows(rows);
const engineRows: Row[] = [];
const translation = await translationLatency();
engineRows.push({ label: 'MT en→es, spawn apertium per sentence (baseline)', samples: translation.spawned });
engineRows.push({ label: 'MT en→es, kept-alive pipeline', samples: translation.keptAlive });
engineRows.push({ label: 'TTS es, espeak-ng + sox per sentence', samples: await synthesisLatency() });

mtBaseline = percentile(translation.spawned, 0.5);
printRows(engineRows);
