/**
 * End to end with the real local engines (pocketsphinx, Apertium): English speech made with flite is
 * streamed in real time (20 ms frames every 20 ms) by a test speaker; a test listener subscribed to
 * Spanish receives partial then final subtitles that match Apertium's translation of the reference
 * sentences within a stated word error rate; the transcript downloads equal what was delivered.
 * Then the recogniser's process is killed mid-sentence: the session carries on and reports the gap.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { SubtitleFinal, SubtitlePartial } from '@ilenia/generated/asyncapi/live-event/messages';
import { ConfigReader } from '@ilenia/kit';
import { createEngines, readEngineConfig, type Engines } from '@ilenia/speech-engines';
import { debianToolsAvailable, skippedUnless } from '@ilenia/speech-engines/testing';
import { streamAudio } from './support/audio-streaming.js';
import { englishSpeech, roomNoise } from '@ilenia/speech-engines/testing';
import { ListenerLog, auditTalk } from './support/talk-audit.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, useLiveEvent } from './support/test-context.js';
import { wordErrorRate } from '@ilenia/speech-engines/testing';

const available = debianToolsAvailable(
  'flite',
  'sox',
  'gcc',
  'pkg-config',
  'apertium-wblank-mode',
  '/usr/share/apertium/modes/eng-spa.mode',
  '/usr/include/pocketsphinx/pocketsphinx.h',
  '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
);
/** pocketsphinx makes ≈ 8% WER on flite's slt voice; Apertium turns a wrong English word into one or two wrong Spanish ones. */
const maxSpanishWordErrorRate = 0.35;
const sentences = ['the weather is nice today', 'we are going to the market this afternoon'];

let engines: Engines | undefined;
const context = useLiveEvent(() => {
  engines = createEngines(readEngineConfig(new ConfigReader({})));
  return engines;
});

/** The pids of this test process's children whose command line mentions `name` (only our own processes). */
async function childProcesses(name: string): Promise<number[]> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)]);
  return stdout
    .split('\n')
    .filter((line) => line.includes(name))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe.skipIf(!available)(`a talk with the local engines${skippedUnless(available, 'flite, sox, pocketsphinx or apertium')}`, () => {
  it('delivers Spanish partials then finals close to the translation of what was said, and the downloads match', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context, { targets: ['es'] });
    const listener = await openListener(context, event.id, channel.id, listenerId, ['es']);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    const audio = Buffer.concat([
      roomNoise(500),
      await englishSpeech(sentences[0]!),
      roomNoise(1500, 2),
      await englishSpeech(sentences[1]!),
      roomNoise(1500, 3),
    ]);
    await streamAudio(speaker, audio, { frameMs: 20, speed: 1 });
    const finals: SubtitleFinal[] = [];
    while (finals.length < 2) finals.push(await listener.next('subtitle_final', 20_000));
    speaker.send({ type: 'end_session' });
    await speaker.closed;

    const references = await Promise.all(sentences.map((sentence) => engines!.translator.translate(sentence, 'en', 'es')));
    finals.forEach((final, index) => {
      expect(final).toMatchObject({ language: 'es', is_source: false, sequence: index + 1, session_id: started!.session_id });
      expect(wordErrorRate(references[index]!, final.text), `"${final.text}" vs "${references[index]}"`).toBeLessThanOrEqual(
        maxSpanishWordErrorRate,
      );
      expect(final.timings.recognition_ms).toBeGreaterThanOrEqual(0);
      expect(final.timings.translation_ms).toBeGreaterThanOrEqual(0);
    });
    const subtitles = listener.received.filter(
      (message): message is SubtitlePartial | SubtitleFinal => message.type === 'subtitle_partial' || message.type === 'subtitle_final',
    );
    // A partial whose translation ends after its segment's final is dropped (it would replace the final
    // on screen), so a recogniser running behind on a loaded machine may leave one sentence without any;
    // over the talk, partials come, and each before its own segment's final.
    const partialSegments = finals.filter((final) =>
      subtitles.some((message) => message.type === 'subtitle_partial' && message.segment_id === final.segment_id),
    );
    expect(partialSegments.length).toBeGreaterThanOrEqual(1);
    for (const final of finals) {
      const lastPartial = subtitles.findLastIndex(
        (message) => message.type === 'subtitle_partial' && message.segment_id === final.segment_id,
      );
      expect(lastPartial).toBeLessThan(subtitles.indexOf(final));
    }

    const token = await context.live.token(listenerId, ['transcripts:read']);
    const json = (await (
      await fetch(`${context.live.baseUrl}/v1/sessions/${started!.session_id}/transcripts/es`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { segments: { sequence: number; segment_id: string; text: string; start_ms: number; end_ms: number }[] };
    expect(json.segments).toEqual(
      finals.map((final) => ({
        segment_id: final.segment_id,
        session_id: final.session_id,
        sequence: final.sequence,
        start_ms: final.start_ms,
        end_ms: final.end_ms,
        text: final.text,
        speaker_id: speakerId,
      })),
    );
    const text = await (
      await fetch(`${context.live.baseUrl}/v1/sessions/${started!.session_id}/transcripts/es?format=txt`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).text();
    expect(text).toBe(finals.map((final) => `${final.text}\n`).join(''));
    listener.close();
  });

  it('survives the recogniser process being killed mid-sentence: a gap is reported and the talk goes on', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context, { targets: ['es'] });
    const listener = await openListener(context, event.id, channel.id, listenerId, ['es']);
    const log = new ListenerLog();
    log.follow(listener);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    const first = await englishSpeech(sentences[0]!);
    const second = await englishSpeech(sentences[1]!);
    const half = Math.floor(first.length / 2) & ~1;
    await streamAudio(speaker, Buffer.concat([roomNoise(500), first.subarray(0, half)]), { speed: 1 });
    const helpers = await childProcesses('pocketsphinx');
    expect(helpers.length).toBeGreaterThan(0);
    for (const pid of helpers) process.kill(pid, 'SIGKILL');
    await streamAudio(speaker, first.subarray(half), { speed: 1 });
    const firstSpokenAt = performance.now();
    await streamAudio(speaker, Buffer.concat([roomNoise(1500, 4), second]), { speed: 1 });
    const secondSpokenAt = performance.now();
    await streamAudio(speaker, roomNoise(1500, 5), { speed: 1 });
    const gap = await listener.next('gap', 20_000);
    expect(gap).toMatchObject({ reason: 'asr_failed', language: null });
    expect(gap.to_ms).toBeGreaterThan(gap.from_ms);
    expect(await speaker.next('error')).toMatchObject({ code: 'engine_unavailable', fatal: false });
    speaker.send({ type: 'end_session' });
    await speaker.closed;
    await listener.next((message) => message.type === 'session_state' && message.change === 'ended', 20_000);
    // What follows the gap is recognised again: the second sentence arrives whole.
    const after = listener.all('subtitle_final').filter((final) => final.start_ms >= gap.to_ms);
    const reference = await engines!.translator.translate(sentences[1]!, 'en', 'es');
    const best = Math.min(...after.map((final) => wordErrorRate(reference, final.text)));
    expect(best, `${after.map((final) => `"${final.text}"`).join(', ')} vs "${reference}"`).toBeLessThanOrEqual(maxSpanishWordErrorRate);

    // Every utterance has a final (delivered and stored) or the gap; no duplicate, no hole.
    const firstMs = first.length / 32;
    const utterances = [
      { text: sentences[0]!, sessionId: started!.session_id, fromMs: 500, toMs: 500 + firstMs, spokenAt: firstSpokenAt },
      {
        text: sentences[1]!,
        sessionId: started!.session_id,
        fromMs: 500 + firstMs + 1500,
        toMs: 500 + firstMs + 1500 + second.length / 32,
        spokenAt: secondSpokenAt,
      },
    ];
    const token = await context.live.token(listenerId, ['transcripts:read']);
    const stored = (await (
      await fetch(`${context.live.baseUrl}/v1/sessions/${started!.session_id}/transcripts/es`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { segments: { segment_id: string; sequence: number; text: string }[] };
    auditTalk({
      fault: 'recogniser process killed',
      language: 'es',
      utterances,
      log,
      stored: stored.segments,
      produced: await context.live.service.segments.latestSequenceOfChannel(channel.id),
    });
    listener.close();
  });
});
