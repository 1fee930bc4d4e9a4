/**
 * After the WebSocket fuzzing: a fresh listener subscribes to the fuzzed channel with `resume_from: 0`
 * (so it is replayed every final still held), then the demo speaker says a sentence (flite English,
 * streamed in real time) and the listener must receive it as a live subtitle in a target language.
 */
import { englishSpeech, silence, speechToolsAvailable } from '@ilenia/speech-engines/testing';
import type { CaseContext } from './ws-cases.js';
import type { Role, ServerMessage, WebSocketProbe } from './ws-probe.js';

export interface LivenessResult {
  problems: string[];
  skipped?: string;
  /** Whether the replay covered every final still held (not truncated), so that a lost one would show. */
  replayChecked: boolean;
  /** Sequences of the source-language finals the fresh listener received (replayed or live). */
  sourceFinals: Set<number>;
  reproduce: string;
}

const sentence = 'Good morning everybody. Welcome to the open science summit.';
/** Only a recogniser that stopped working takes this long for one sentence, even on a loaded machine. */
const subtitleGuardMs = 180_000;

export async function speakAndFollow(options: {
  baseUrl: string;
  context: CaseContext;
  ticket: (role: Role, user: 'speaker1' | 'listener1') => Promise<{ ticket: string }>;
  open: (role: Role, ticket: string) => WebSocketProbe;
  /** Whether live-event was ready (its engines installed) before the fuzzing. */
  ready: boolean;
}): Promise<LivenessResult> {
  const { context } = options;
  const [source] = context.languages;
  const result: LivenessResult = {
    problems: [],
    replayChecked: false,
    sourceFinals: new Set(),
    reproduce: `a fresh listener1 ticket; subscribe {"channel_id":"${context.channelId}","languages":${JSON.stringify(context.languages)},"resume_from":0}; speaker1 says "${sentence}"`,
  };
  const listener = options.open('listener', (await options.ticket('listener', 'listener1')).ticket);
  try {
    if (!(await listener.opened)) {
      result.problems.push(`a fresh listener could not connect (${listener.closed?.code ?? 'handshake failed'})`);
      return result;
    }
    await listener.send({
      kind: 'text',
      text: JSON.stringify({
        type: 'subscribe',
        channel_id: context.channelId,
        languages: context.languages,
        include_partials: false,
        resume_from: 0,
      }),
    });
    const subscribed = await listener.next((message) => message.type === 'subscribed');
    if (subscribed?.type !== 'subscribed') {
      result.problems.push(
        `a fresh listener got no subscribed answer (${listener.closed ? `closed ${listener.closed.code}` : 'no answer'})`,
      );
      return result;
    }
    const replayed = () => listener.received.filter((message) => message.type === 'subtitle_final' && message.replayed === true);
    const expected = subscribed.replay?.count ?? 0;
    await listener.next(() => replayed().length >= expected);
    result.replayChecked = subscribed.replay?.truncated !== true && replayed().length >= expected;
    if (replayed().length < expected) result.problems.push(`subscribed announced ${expected} replayed finals; ${replayed().length} came`);

    if (!options.ready) {
      result.skipped =
        'live-event was not ready (engines missing?): no speech was sent to check that a fresh listener still gets a subtitle';
      if (process.env.CI === 'true') result.problems.push(result.skipped);
      return result;
    }
    if (!speechToolsAvailable()) {
      result.skipped = 'flite or sox is missing: no speech was sent to check that a fresh listener still gets a subtitle';
      if (process.env.CI === 'true') result.problems.push(result.skipped);
      return result;
    }
    const from = listener.received.length;
    const speaker = options.open('speaker', (await options.ticket('speaker', 'speaker1')).ticket);
    await speaker.opened;
    await speaker.send({
      kind: 'text',
      text: JSON.stringify({
        type: 'audio_config',
        format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 },
        frame_duration_ms: 20,
      }),
    });
    if (!speaker.received.some((message) => message.type === 'audio_accepted')) {
      result.problems.push(
        `speaker1 could not start a session after the fuzzing: ${JSON.stringify(speaker.received.at(-1) ?? speaker.closed ?? 'no answer')}`,
      );
      await speaker.close();
      return result;
    }
    // Real time, in 20 ms frames: faster is rate_limited by the spec.
    const pcm = Buffer.concat([await englishSpeech(sentence), silence(1_000)]);
    const started = performance.now();
    for (let offset = 0, frame = 0; offset < pcm.length && !speaker.closed; offset += 640, frame += 1) {
      speaker.sendWithoutBarrier(pcm.subarray(offset, offset + 640));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (frame + 1) * 20 - performance.now())));
    }
    // Any language: under load a translation can fail and become a `gap` (a declared outcome), while the
    // question here is whether the pipeline still delivers to a new listener at all.
    const live = (message: ServerMessage) => message.type === 'subtitle_final' && message.replayed !== true;
    const subtitle = await listener.next(live, subtitleGuardMs, from);
    if (!subtitle) result.problems.push('a fresh listener received no live subtitle of speech sent after the fuzzing');
    await speaker.send({ kind: 'text', text: JSON.stringify({ type: 'end_session' }) });
    await speaker.close();
    result.problems.push(...speaker.violations.map((violation) => `the liveness speaker: ${violation}`));
  } finally {
    await listener.close();
    result.problems.push(...listener.violations.map((violation) => `the liveness listener: ${violation}`));
    for (const message of listener.received)
      if (message.type === 'subtitle_final' && message.language === source) result.sourceFinals.add(message.sequence);
  }
  return result;
}
