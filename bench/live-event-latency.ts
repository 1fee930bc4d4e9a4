/**
 * End of speech → listener latency of the live-event service with the local engines (pocketsphinx,
 * Apertium), on this machine, never pass/fail. flite sentences (the bench's own and sentences no
 * setting was tuned on, `support/unseen-sentences.ts`) are streamed in real time (20 ms frames every
 * 20 ms) by a speaker over the WebSocket; a listener subscribed to English and Spanish receives the
 * finals. The baseline, measured in the same run on the same audio at the same moments (so both see
 * the same load), is the engines alone in process: a recogniser stream fed directly, each final
 * translated at once. What the service adds (socket, session, storage, bus, listener fan-out) is
 * printed per utterance: the service's Spanish final at the listener minus the engines' Spanish
 * translation of the same sentence.
 *
 *   tsx bench/live-event-latency.ts [sentences per set, default 6]
 *
 * The engines read the usual variables (POCKETSPHINX_END_SILENCE_MS=0 measures without the energy
 * end-of-utterance detector, for a before/after).
 */
import os from 'node:os';
import { ConfigReader } from '@ilenia/kit';
import { openDatabase } from '@ilenia/kit/persistence';
import { createSigningKey } from '@ilenia/kit/testing';
import { liveEventMigrations } from '@ilenia/live-event-service/db/migrations/index';
import type { LiveEventDatabase } from '@ilenia/live-event-service/db/schema';
import { createEngines, readEngineConfig } from '@ilenia/speech-engines';
import type { SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { makeEvent, startFakeUpstreams } from '@ilenia/kit/testing';
import { startLiveEvent } from '@ilenia/live-event-service/test/support/live-event-harness';
import { chunks, englishSpeech, roomNoise, speechEndMs } from '@ilenia/speech-engines/testing';
import { benchSentences } from './support/english-sentences.js';
import { unseenSentences } from './support/unseen-sentences.js';
import { wordErrorRate } from '@ilenia/speech-engines/testing';

const sentenceCount = Math.max(1, Number(process.argv[2] ?? 6));
const sentenceSets = { bench: benchSentences.slice(0, sentenceCount), unseen: unseenSentences.slice(0, sentenceCount) };
type SentenceSet = keyof typeof sentenceSets;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

const loadBefore = os.loadavg()[0]!;
const engineReader = new ConfigReader(process.env);
const engineConfig = readEngineConfig(engineReader);
engineReader.done();
const key = await createSigningKey('bench');
const upstreams = await startFakeUpstreams(key);
const database = await openDatabase<LiveEventDatabase>({ kind: 'pglite' }, liveEventMigrations);
const serviceEngines = createEngines(engineConfig);
/**
 * When the service's own recogniser gave each final (by its start on the audio clock): measured from
 * there, the service's path (session, storage, bus, listener) is seen apart from the lag of its
 * recogniser process, which on a loaded machine differs from the baseline's by more than the path.
 */
const serviceRecognised = new Map<number, number>();
const openServiceStream = serviceEngines.recognizer.openStream.bind(serviceEngines.recognizer);
serviceEngines.recognizer.openStream = (options) => {
  const stream = openServiceStream(options);
  stream.on('result', (result) => {
    if (result.kind === 'final') serviceRecognised.set(Math.round(result.startMs), performance.now());
  });
  return stream;
};
const live = await startLiveEvent({ db: database.db, key, upstreams, engines: serviceEngines });
const baselineEngines = createEngines(engineConfig);
await Promise.all([serviceEngines.prepare(), baselineEngines.prepare()]);

const speakerId = crypto.randomUUID();
const listenerId = crypto.randomUUID();
const event = makeEvent({ speakers: [speakerId], targets: ['es'] });
upstreams.state.events.set(event.id, event);
upstreams.state.listeners.add(`${event.id}:${listenerId}`);
const channel = event.channels[0]!;

const listenerTicket = await live.ticket('listener', { event_id: event.id }, await live.token(listenerId, ['live:listen']));
const listener = live.listener(String(listenerTicket.body.ticket));
await listener.opened;
listener.send({ type: 'subscribe', channel_id: channel.id, languages: ['en', 'es'], include_partials: true });
await listener.next('subscribed');
const finalsAt: { final: SubtitleFinal; at: number }[] = [];
listener.socket.on('message', () => {
  const last = listener.received.at(-1);
  if (last?.type === 'subtitle_final') finalsAt.push({ final: last, at: performance.now() });
});
const speakerTicket = await live.ticket(
  'speaker',
  { event_id: event.id, channel_id: channel.id },
  await live.token(speakerId, ['live:speak']),
);
const speaker = live.speaker(String(speakerTicket.body.ticket));
await speaker.opened;
speaker.send({ type: 'audio_config', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 }, frame_duration_ms: 20 });
await speaker.next('audio_accepted');

// The baseline: the same engines, in process, fed the same frames at the same moments.
const baselineStream = baselineEngines.recognizer.openStream({ language: 'en' });
const baselineFinals: { startMs: number; text: string; source: number; translated: number }[] = [];
baselineStream.on('result', (result) => {
  if (result.kind !== 'final' || result.text.trim() === '') return;
  const source = performance.now();
  void baselineEngines.translator
    .translate(result.text, 'en', 'es')
    .then(() => baselineFinals.push({ startMs: result.startMs, text: result.text, source, translated: performance.now() }));
});

/** Each sentence: where its audio starts on the session clock, and when its speech ended (performance.now()). */
const sentences: { set: SentenceSet; text: string; fromMs: number; speechEnd: number }[] = [];
const pieces: { pcm: Buffer; sentence?: number; end?: boolean }[] = chunks(roomNoise(1000)).map((pcm) => ({ pcm }));
for (const [set, texts] of Object.entries(sentenceSets) as [SentenceSet, readonly string[]][]) {
  for (const text of texts) {
    const speech = await englishSpeech(text);
    const endChunk = Math.ceil(speechEndMs(speech) / 20) - 1;
    sentences.push({ set, text, fromMs: pieces.length * 20, speechEnd: Number.NaN });
    chunks(speech).forEach((pcm, chunkIndex) => pieces.push({ pcm, sentence: sentences.length - 1, end: chunkIndex === endChunk }));
    for (const pcm of chunks(roomNoise(1800, sentences.length + 1))) pieces.push({ pcm });
  }
}
const started = performance.now();
for (const [index, piece] of pieces.entries()) {
  await sleep(started + index * 20 - performance.now());
  speaker.sendRaw(piece.pcm);
  baselineStream.write(piece.pcm);
  if (piece.end) sentences[piece.sentence!]!.speechEnd = performance.now();
}
speaker.send({ type: 'end_session' });
await speaker.closed;
await baselineStream.flush();
await sleep(500);
const loadAfter = os.loadavg()[0]!;

/** The finals whose audio begins inside sentence `index` (a sentence cut in two has two). */
function ofSentence<T>(index: number, finals: readonly T[], startMs: (final: T) => number): T[] {
  const from = sentences[index]!.fromMs - 200;
  const to = (sentences[index + 1]?.fromMs ?? Infinity) - 200;
  return finals.filter((final) => startMs(final) >= from && startMs(final) < to);
}

/** Per sentence: end of speech → the first of its finals that arrived after it (undefined: none). */
function latencies<T>(finals: readonly T[], startMs: (final: T) => number, at: (final: T) => number): (number | undefined)[] {
  return sentences.map((sentence, index) => {
    const arrival = ofSentence(index, finals, startMs)
      .map(at)
      .filter((time) => time > sentence.speechEnd)
      .sort((a, b) => a - b)[0];
    return arrival === undefined ? undefined : arrival - sentence.speechEnd;
  });
}

const english = finalsAt.filter(({ final }) => final.language === 'en');
const spanish = finalsAt.filter(({ final }) => final.language === 'es');
const byStart = ({ final }: { final: SubtitleFinal }) => final.start_ms;
const arrival = ({ at }: { at: number }) => at;
const perSentence = {
  enginesEnglish: latencies(
    baselineFinals,
    (final) => final.startMs,
    (final) => final.source,
  ),
  enginesSpanish: latencies(
    baselineFinals,
    (final) => final.startMs,
    (final) => final.translated,
  ),
  serviceEnglish: latencies(english, byStart, arrival),
  serviceSpanish: latencies(spanish, byStart, arrival),
};
const defined = (values: (number | undefined)[], set?: SentenceSet) =>
  values.filter((value, index): value is number => value !== undefined && (set === undefined || sentences[index]!.set === set));
/** What the service adds to the engines, per sentence that both delivered. */
const added = perSentence.serviceSpanish.flatMap((service, index) => {
  const engines = perSentence.enginesSpanish[index];
  return service === undefined || engines === undefined ? [] : [service - engines];
});

const wer = (set: SentenceSet, finals: readonly { start: number; text: string }[]) => {
  let errors = 0;
  let words = 0;
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.set !== set) continue;
    const heard = ofSentence(index, finals, (final) => final.start)
      .map((final) => final.text)
      .join(' ');
    errors += wordErrorRate(sentence.text, heard) * sentence.text.split(' ').length;
    words += sentence.text.split(' ').length;
  }
  return `${((100 * errors) / words).toFixed(1)}%`;
};

console.log(
  `\nlive-event: end of speech → listener, ${sentenceSets.bench.length} + ${sentenceSets.unseen.length} flite sentences (bench + unseen) streamed in real time (20 ms frames), pocketsphinx + Apertium eng-spa, energy end ${engineConfig.local.endSilenceMs} ms, ${new Date().toISOString()}, load average (1 min) before ${loadBefore.toFixed(2)}, after ${loadAfter.toFixed(2)}`,
);
console.log('| case | sentences | n | p50 | p90 | max | p50 ratio |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
const rows = [
  { label: 'engines in process: end of speech → English final (baseline)', values: perSentence.enginesEnglish },
  { label: 'engines in process: end of speech → Spanish translation', values: perSentence.enginesSpanish },
  { label: 'service: end of speech → English subtitle_final at the listener', values: perSentence.serviceEnglish },
  { label: 'service: end of speech → Spanish subtitle_final at the listener', values: perSentence.serviceSpanish },
];
for (const set of [...Object.keys(sentenceSets), 'all'] as (SentenceSet | 'all')[]) {
  const only = set === 'all' ? undefined : set;
  const baseline = percentile(defined(rows[0]!.values, only), 0.5);
  for (const row of rows) {
    const samples = defined(row.values, only);
    const p50 = percentile(samples, 0.5);
    console.log(
      `| ${row.label} | ${set} | ${samples.length} | ${p50.toFixed(0)} ms | ${percentile(samples, 0.9).toFixed(0)} ms | ${Math.max(...samples).toFixed(0)} ms | ${(p50 / baseline).toFixed(2)} |`,
    );
  }
}
console.log(
  `\nwhat the service adds, per utterance (Spanish at the listener − the engines' Spanish, same sentence), n ${added.length}: ` +
    `p50 ${percentile(added, 0.5).toFixed(1)} ms, p90 ${percentile(added, 0.9).toFixed(1)} ms, p99 ${percentile(added, 0.99).toFixed(1)} ms, ` +
    `min ${Math.min(...added).toFixed(1)} ms; each: ${added.map((value) => value.toFixed(0)).join(' ')}`,
);
/** From a recogniser's final to the Spanish at the listener (service) or the Spanish translation (engines alone). */
const afterFinal = {
  service: spanish.flatMap(({ final, at }) => {
    const recognised = serviceRecognised.get(final.start_ms);
    return recognised === undefined ? [] : [at - recognised];
  }),
  engines: baselineFinals.map((final) => final.translated - final.source),
};
const spread = (values: number[]) =>
  `n ${values.length}, p50 ${percentile(values, 0.5).toFixed(1)} ms, p90 ${percentile(values, 0.9).toFixed(1)} ms, p99 ${percentile(values, 0.99).toFixed(1)} ms`;
console.log(`from the recogniser's final: service → Spanish subtitle_final at the listener ${spread(afterFinal.service)}`);
console.log(`                             engines alone → Spanish translation ${spread(afterFinal.engines)}`);
const median = (values: number[]) => percentile(values, 0.5);
console.log(
  `stage timings the Spanish finals carry (median): recognition ${median(spanish.map(({ final }) => final.timings.recognition_ms))} ms, translation ${median(spanish.map(({ final }) => final.timings.translation_ms ?? 0))} ms`,
);
const serviceEnglishFinals = english.map(({ final }) => ({ start: final.start_ms, text: final.text }));
const engineEnglishFinals = baselineFinals.map((final) => ({ start: final.startMs, text: final.text }));
console.log(
  `English WER, service finals: bench ${wer('bench', serviceEnglishFinals)}, unseen ${wer('unseen', serviceEnglishFinals)}; ` +
    `engines alone: bench ${wer('bench', engineEnglishFinals)}, unseen ${wer('unseen', engineEnglishFinals)}`,
);

listener.close();
await baselineStream.close();
await live.stop();
await Promise.all([serviceEngines.close(), baselineEngines.close()]);
await database.close();
await upstreams.close();
process.exit(0);
