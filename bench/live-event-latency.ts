/**
 * End of speech → listener latency of the live-event service with the local engines (pocketsphinx,
 * Apertium), on this machine, never pass/fail. flite sentences are streamed in real time (20 ms
 * frames every 20 ms) by a speaker over the WebSocket; a listener subscribed to English and Spanish
 * receives the finals. The baseline, measured in the same run on the same audio at the same moments
 * (so both see the same load), is the engines alone in process: a recogniser stream fed directly,
 * each final translated at once. The ratio is what the service adds (socket, session, storage, bus,
 * listener fan-out) on top of the engines.
 *
 *   tsx bench/live-event-latency.ts [sentences, default 6]
 */
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
import { wordErrorRate } from '@ilenia/speech-engines/testing';

const sentenceCount = Number(process.argv[2] ?? 6);
const sentences = benchSentences.slice(0, Math.max(1, sentenceCount));

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

const engineConfig = readEngineConfig(new ConfigReader({}));
const key = await createSigningKey('bench');
const upstreams = await startFakeUpstreams(key);
const database = await openDatabase<LiveEventDatabase>({ kind: 'pglite' }, liveEventMigrations);
const serviceEngines = createEngines(engineConfig);
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
const baselineFinals: { source: number; translated: number }[] = [];
baselineStream.on('result', (result) => {
  if (result.kind !== 'final' || result.text.trim() === '') return;
  const source = performance.now();
  void baselineEngines.translator
    .translate(result.text, 'en', 'es')
    .then(() => baselineFinals.push({ source, translated: performance.now() }));
});

const pieces: { pcm: Buffer; end?: boolean }[] = chunks(roomNoise(1000)).map((pcm) => ({ pcm }));
for (const [index, text] of sentences.entries()) {
  const speech = await englishSpeech(text);
  const endChunk = Math.ceil(speechEndMs(speech) / 20) - 1;
  chunks(speech).forEach((pcm, chunkIndex) => pieces.push({ pcm, end: chunkIndex === endChunk }));
  for (const pcm of chunks(roomNoise(1800, index + 2))) pieces.push({ pcm });
}
const speechEnds: number[] = [];
const started = performance.now();
for (const [index, piece] of pieces.entries()) {
  await sleep(started + index * 20 - performance.now());
  speaker.sendRaw(piece.pcm);
  baselineStream.write(piece.pcm);
  if (piece.end) speechEnds.push(performance.now());
}
speaker.send({ type: 'end_session' });
await speaker.closed;
await baselineStream.flush();
await sleep(500);

/** For each sentence, the first arrival after its end of speech (and before the next sentence's). */
function latencies(arrivals: readonly number[]): number[] {
  return speechEnds.flatMap((end, index) => {
    const next = speechEnds[index + 1] ?? Infinity;
    const arrival = arrivals.find((at) => at > end && at < next);
    return arrival === undefined ? [] : [arrival - end];
  });
}
const english = finalsAt.filter(({ final }) => final.language === 'en');
const spanish = finalsAt.filter(({ final }) => final.language === 'es');
const rows = [
  {
    label: 'engines in process: end of speech → English final (baseline)',
    samples: latencies(baselineFinals.map((entry) => entry.source)),
  },
  { label: 'engines in process: end of speech → Spanish translation', samples: latencies(baselineFinals.map((entry) => entry.translated)) },
  { label: 'service: end of speech → English subtitle_final at the listener', samples: latencies(english.map((entry) => entry.at)) },
  { label: 'service: end of speech → Spanish subtitle_final at the listener', samples: latencies(spanish.map((entry) => entry.at)) },
];
const baseline = percentile(rows[0]!.samples, 0.5);
console.log(
  `\nlive-event: end of speech → listener, ${sentences.length} flite sentences streamed in real time (20 ms frames), pocketsphinx + Apertium eng-spa`,
);
console.log('| case | n | p50 | p90 | max | p50 ratio |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const p50 = percentile(row.samples, 0.5);
  console.log(
    `| ${row.label} | ${row.samples.length} | ${p50.toFixed(0)} ms | ${percentile(row.samples, 0.9).toFixed(0)} ms | ${Math.max(...row.samples).toFixed(0)} ms | ${(p50 / baseline).toFixed(2)} |`,
  );
}
const median = (values: number[]) => percentile(values, 0.5);
console.log(
  `\nstage timings the Spanish finals carry (median): recognition ${median(spanish.map(({ final }) => final.timings.recognition_ms))} ms, translation ${median(spanish.map(({ final }) => final.timings.translation_ms ?? 0))} ms`,
);
const errors = sentences.reduce(
  (sum, text, index) => sum + wordErrorRate(text, english[index]?.final.text ?? '') * text.split(' ').length,
  0,
);
console.log(
  `English WER of the delivered finals: ${((100 * errors) / sentences.reduce((sum, text) => sum + text.split(' ').length, 0)).toFixed(1)}%`,
);

listener.close();
await baselineStream.close();
await live.stop();
await Promise.all([serviceEngines.close(), baselineEngines.close()]);
await database.close();
await upstreams.close();
process.exit(0);
