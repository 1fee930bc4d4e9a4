/**
 * What the live-service channel agent adds to the offline engines, measured on this machine, never
 * pass/fail. The same flite sentences are spoken in real time (20 ms frames) twice:
 *
 * - engines alone (the baseline): a pocketsphinx stream fed directly; end of speech → final → Apertium
 *   en→es done (the caption could go out) → espeak-ng done (the voice could start);
 * - the agent in the test room (no LiveKit server can run here; the room records when the agent
 *   published): end of speech → the Spanish caption's text stream, and → the first frame of that
 *   sentence's voice on `translation-es`.
 *
 *   tsx bench/livekit-agent.ts [sentences, default 5]
 */
import { pino } from 'pino';
import { ConfigReader } from '@ilenia/kit';
import { createEngines, readEngineConfig, type Engines, type RecognitionResult } from '@ilenia/speech-engines';
import { chunks, englishSpeech, roomNoise, speechEndMs } from '@ilenia/speech-engines/testing';
import { createStartChannelAgent } from '@ilenia/live-service/agent/channel-agent';
import type { AgentFinal } from '@ilenia/live-service/agent/contract';
import { TestRoom } from '@ilenia/live-service/test/agent/test-room';
import { benchSentences } from './support/english-sentences.js';

const sentenceCount = Number(process.argv[2] ?? 5);
const sentences = benchSentences.slice(0, Math.max(1, sentenceCount));
/** The pause after each sentence: long enough that one sentence's voice is not queued behind the previous one. */
const pauseMs = 3_500;
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

interface Utterance {
  speech: Buffer;
  /** Milliseconds from the start of `speech` to its last loud sample. */
  endMs: number;
}

async function utterances(): Promise<Utterance[]> {
  return Promise.all(
    sentences.map(async (text) => {
      const speech = await englishSpeech(text);
      return { speech, endMs: speechEndMs(speech) };
    }),
  );
}

/** Feeds `pcm` in 20 ms chunks on a real-time schedule to `write`; resolves with the hand-over time of each chunk. */
async function realTime(pcm: Buffer, write: (chunk: Buffer) => void): Promise<number[]> {
  const handedAt: number[] = [];
  const started = performance.now();
  for (const [index, chunk] of chunks(pcm).entries()) {
    await sleep(started + index * 20 - performance.now());
    write(chunk);
    handedAt.push(performance.now());
  }
  return handedAt;
}

async function enginesAlone(engines: Engines, spoken: Utterance[]): Promise<{ caption: number[]; voice: number[] }> {
  const stream = engines.recognizer.openStream({ language: 'en' });
  const done: Promise<{ finalAt: number; captionAt: number; voiceAt: number }>[] = [];
  stream.on('result', (result: RecognitionResult) => {
    if (result.kind !== 'final' || result.text.trim() === '') return;
    const finalAt = performance.now();
    done.push(
      (async () => {
        const spanish = await engines.translator.translate(result.text, 'en', 'es');
        const captionAt = performance.now();
        await engines.synthesizer.synthesize(spanish, 'es');
        return { finalAt, captionAt, voiceAt: performance.now() };
      })(),
    );
  });
  const speechEnds: number[] = [];
  await realTime(roomNoise(1_000), (chunk) => stream.write(chunk));
  for (const utterance of spoken) {
    const handedAt = await realTime(utterance.speech, (chunk) => stream.write(chunk));
    speechEnds.push(handedAt[Math.max(0, Math.ceil(utterance.endMs / 20) - 1)]!);
    await realTime(roomNoise(pauseMs), (chunk) => stream.write(chunk));
  }
  await stream.flush();
  const results = await Promise.all(done);
  await stream.close();
  const caption: number[] = [];
  const voice: number[] = [];
  // Each sentence's figures come from the first final after its end of speech (a sentence split in two counts once).
  for (const end of speechEnds) {
    const result = results.find(({ finalAt }) => finalAt > end);
    if (!result) continue;
    caption.push(result.captionAt - end);
    voice.push(result.voiceAt - end);
  }
  return { caption, voice };
}

async function agentInTestRoom(
  engines: Engines,
  spoken: Utterance[],
): Promise<{ caption: number[]; voice: number[]; source: number[]; queued: number; finals: AgentFinal[] }> {
  // The voice of each final, in order, to find where each sentence starts on the track.
  const voiceSamples: number[] = [];
  const synthesizer = engines.synthesizer;
  const watched: Engines = {
    ...engines,
    synthesizer: {
      name: synthesizer.name,
      languages: () => synthesizer.languages(),
      probe: () => synthesizer.probe(),
      close: () => synthesizer.close(),
      synthesize: async (text, language, options) => {
        const pcm = await synthesizer.synthesize(text, language, options);
        voiceSamples.push(pcm.length / 2);
        return pcm;
      },
    },
  };
  const room = new TestRoom();
  const finals: AgentFinal[] = [];
  const agent = await createStartChannelAgent({ connectRoom: room.connect })({
    sessionId: 'bench',
    eventId: 'bench',
    channelId: 'bench',
    roomName: 'event-bench-channel-bench',
    sourceLanguage: 'en',
    targetLanguages: ['es'],
    firstSequence: 0,
    livekitUrl: 'ws://127.0.0.1:7880',
    token: () => Promise.resolve('bench'),
    engines: watched,
    finals: { saveFinal: (final) => (finals.push(final), Promise.resolve()) },
    logger: pino({ level: 'silent' }),
  });
  const speaker = room.join();
  const speechEnds: number[] = [];
  await speaker.say(roomNoise(1_000));
  for (const utterance of spoken) {
    const handedAt = await speaker.say(utterance.speech);
    speechEnds.push(handedAt[Math.max(0, Math.ceil(utterance.endMs / 20) - 1)]!);
    await speaker.say(roomNoise(pauseMs));
  }
  await agent.stop();

  const captions = room.captions('es');
  const frames = room.tracks.get('translation-es')?.frames ?? [];
  // Where each voiced final starts on the track: the voices are played back to back in order.
  const starts: number[] = [];
  let queued = 0;
  let frameIndex = 0;
  for (const samples of voiceSamples) {
    const start = frames[frameIndex];
    if (!start) break;
    // A voice whose first frame follows the previous one's last frame at once waited in the queue.
    if (frameIndex > 0 && start.at - frames[frameIndex - 1]!.at < 25) queued += 1;
    starts.push(start.at);
    frameIndex += Math.ceil(samples / 320);
  }
  const caption: number[] = [];
  const voice: number[] = [];
  const source: number[] = [];
  for (const end of speechEnds) {
    const english = room.captions('en').find((text) => text.at > end);
    if (english) source.push(english.at - end);
    const published = captions.find((text) => text.at > end);
    if (published) caption.push(published.at - end);
    const start = starts.find((at) => at > end);
    if (start !== undefined) voice.push(start - end);
  }
  return { caption, voice, source, queued, finals };
}

const engines = createEngines(readEngineConfig(new ConfigReader({})));
const prepared = await engines.prepare();
for (const [engine, state] of Object.entries(prepared)) {
  if (state instanceof Error) throw new Error(`the ${engine} engine is not usable here: ${state.message}`);
}
const spoken = await utterances();
const alone = await enginesAlone(engines, spoken);
const agent = await agentInTestRoom(engines, spoken);
await engines.close();

const rows = [
  { label: 'engines alone: end of speech → es text ready (baseline)', samples: alone.caption, baseline: alone.caption },
  { label: 'agent: end of speech → en caption published', samples: agent.source, baseline: alone.caption },
  { label: 'agent: end of speech → es caption published', samples: agent.caption, baseline: alone.caption },
  { label: 'engines alone: end of speech → es voice synthesised (baseline)', samples: alone.voice, baseline: alone.voice },
  { label: 'agent: end of speech → first frame on translation-es', samples: agent.voice, baseline: alone.voice },
];
console.log(`livekit agent (test room, offline engines), ${sentences.length} sentences, ${pauseMs} ms pauses, ${new Date().toISOString()}`);
console.log('case'.padEnd(64), 'n'.padStart(3), 'p50 ms'.padStart(8), 'p90 ms'.padStart(8), 'p50 ratio'.padStart(10));
for (const row of rows) {
  const p50 = percentile(row.samples, 0.5);
  console.log(
    row.label.padEnd(64),
    String(row.samples.length).padStart(3),
    p50.toFixed(1).padStart(8),
    percentile(row.samples, 0.9).toFixed(1).padStart(8),
    (p50 / percentile(row.baseline, 0.5)).toFixed(3).padStart(10),
  );
}
console.log(`sentences whose voice waited behind the previous one: ${agent.queued}; finals stored: ${agent.finals.length}`);
