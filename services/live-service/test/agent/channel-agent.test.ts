/**
 * The channel agent with the real offline engines (pocketsphinx, Apertium, espeak-ng) in a test room:
 * a speaker's flite sentences go in as real-time AudioFrames; what comes out is checked the way a
 * listener would meet it (captions per language with LiveKit's attributes, the Spanish voice track)
 * and the way the service stores it (finals through the sink).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigReader } from '@ilenia/kit';
import { createEngines, readEngineConfig, type Engines } from '@ilenia/speech-engines';
import {
  debianToolsAvailable,
  englishSpeech,
  roomNoise,
  skippedUnless,
  speechToolsAvailable,
  wordErrorRate,
} from '@ilenia/speech-engines/testing';
import { nextEvent, playedSamples, startAgentInTestRoom, watchedEngines } from './support.js';

const available =
  speechToolsAvailable() &&
  debianToolsAvailable(
    'apertium-wblank-mode',
    'espeak-ng',
    'sox',
    'gcc',
    'pkg-config',
    '/usr/share/apertium/modes/eng-spa.mode',
    '/usr/include/pocketsphinx/pocketsphinx.h',
    '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
  );

function rms(samples: Int16Array): number {
  return Math.sqrt(samples.reduce((sum, sample) => sum + sample * sample, 0) / Math.max(1, samples.length));
}

const first = 'Thank you all for coming to the conference this morning.';
const second = 'Please open the door for me.';

describe.skipIf(!available)(
  `the channel agent with the offline engines${skippedUnless(available, 'flite, pocketsphinx, apertium or espeak-ng')}`,
  () => {
    let engines: Engines;

    beforeAll(async () => {
      engines = createEngines(readEngineConfig(new ConfigReader({})));
      await engines.prepare();
    });

    afterAll(async () => {
      await engines?.close();
    });

    it('publishes English and Spanish captions of what was said, and voices the Spanish on translation-es in real time', async () => {
      const { agent, room, sink } = await startAgentInTestRoom(engines);
      const speaker = room.join();
      await speaker.say(Buffer.concat([await englishSpeech(first), roomNoise(1500)]));
      const spanish = await room.waitFor(() => room.captions('es')[0], 'a Spanish caption');
      const english = room.captions('en')[0]!;

      expect(wordErrorRate(first, english.text)).toBeLessThanOrEqual(0.3);
      expect(spanish.text).toBe((await engines.translator.translate(english.text, 'en', 'es')).trim());
      expect(spanish.text.toLowerCase()).toContain('conferencia');
      expect(english.topic).toBe('lk.transcription');
      expect(english.attributes).toMatchObject({
        'lk.transcription_final': 'true',
        'lk.transcribed_track_id': speaker.trackId,
        'lk.language': 'en',
        'ilenia.source': 'true',
        'ilenia.sequence': '0',
      });
      expect(spanish.attributes).toMatchObject({
        'lk.transcription_final': 'true',
        'lk.transcribed_track_id': speaker.trackId,
        'lk.language': 'es',
        'ilenia.source': 'false',
        'ilenia.sequence': '0',
      });
      expect(spanish.attributes['lk.segment_id']).not.toBe(english.attributes['lk.segment_id']);
      // Partials came first, under the final's segment id, while the speaker was talking.
      const partials = room
        .captions('en', { partials: true })
        .filter((caption) => caption.attributes['lk.transcription_final'] === 'false');
      expect(partials.length).toBeGreaterThan(0);
      expect(
        partials.every((partial) => partial.attributes['lk.segment_id'] === english.attributes['lk.segment_id'] && partial.at < english.at),
      ).toBe(true);

      // The voice: the synthesis of the Spanish caption (sox dithers, so its length, not its bytes), in 20 ms frames on a real-time schedule.
      const voice = await engines.synthesizer.synthesize(spanish.text, 'es');
      const expectedFrames = Math.ceil(voice.length / 2 / 320);
      const track = room.tracks.get('translation-es')!;
      await room.waitFor(() => (track.frames.length >= expectedFrames ? true : undefined), 'the Spanish voice');
      expect(track.frames).toHaveLength(expectedFrames);
      expect(track.frames.every((frame) => frame.samples.length === 320 && frame.sampleRate === 16_000)).toBe(true);
      const played = playedSamples(track.frames);
      expect(played.subarray(voice.length / 2).every((sample) => sample === 0)).toBe(true);
      expect(rms(played.subarray(0, voice.length / 2))).toBeGreaterThan(300);
      const span = track.frames.at(-1)!.at - track.frames[0]!.at;
      expect(span).toBeGreaterThanOrEqual((expectedFrames - 1) * 20 - 5);
      expect(track.frames[0]!.at).toBeGreaterThan(spanish.at - 1);

      await agent.stop();
      expect(sink.saved.map(({ sequence, language, isSource, text }) => ({ sequence, language, isSource, text }))).toEqual([
        { sequence: 0, language: 'en', isSource: true, text: english.text },
        { sequence: 0, language: 'es', isSource: false, text: spanish.text },
      ]);
      expect(sink.saved[1]!.translationMs).not.toBeNull();
      expect(sink.saved[0]!.endMs).toBeGreaterThan(sink.saved[0]!.startMs);
      expect(room.disconnected).toBe(true);
      expect(agent.stages.every((stage) => stage.status === 'stopped')).toBe(true);
    });

    it('keeps the session when the speaker leaves and rejoins: a new recognition stream, numbering goes on', async () => {
      const watched = watchedEngines(engines);
      const { agent, room, sink, events } = await startAgentInTestRoom(watched.engines, { firstSequence: 7 });
      const before = room.join();
      await before.say(Buffer.concat([await englishSpeech(first), roomNoise(1200)]));
      await room.waitFor(() => room.captions('es')[0], 'the first Spanish caption');
      room.leave(before);
      const after = room.join();
      await after.say(Buffer.concat([await englishSpeech(second), roomNoise(1200)]));
      const secondEnglish = await room.waitFor(() => room.captions('en')[1], 'the second English caption');
      await room.waitFor(() => room.captions('es')[1], 'the second Spanish caption');
      await agent.stop();

      expect(watched.streams).toHaveLength(2);
      expect(events.filter((event) => event.type === 'speaker').map((event) => event.present)).toEqual([true, false, true, false]);
      expect(secondEnglish.attributes['lk.transcribed_track_id']).toBe(after.trackId);
      expect(wordErrorRate(second, secondEnglish.text)).toBeLessThanOrEqual(0.3);
      expect(sink.saved.map(({ sequence, language }) => `${sequence}:${language}`)).toEqual(['7:en', '7:es', '8:en', '8:es']);
      expect(agent.nextSequence).toBe(9);
      // The second speaker's words come later in the session's audio than the first's.
      expect(sink.saved[2]!.startMs).toBeGreaterThan(sink.saved[0]!.endMs);
    });

    it('transcribes two speakers talking at once, each on its own track, numbering shared, and counts their audio and the listeners', async () => {
      const watched = watchedEngines(engines);
      // A picked-up session: its clock goes on from where it stood.
      const { agent, room, sink, events } = await startAgentInTestRoom(watched.engines, { firstSequence: 3, firstMediaMs: 60_000 });
      room.listenersNow(2);
      room.listenersNow(5);
      room.listenersNow(1);
      const host = room.join();
      const guest = room.join();
      const hostSpeech = Buffer.concat([await englishSpeech(first), roomNoise(1500)]);
      const guestSpeech = Buffer.concat([roomNoise(500), await englishSpeech(second), roomNoise(1500)]);
      await Promise.all([host.say(hostSpeech), guest.say(guestSpeech)]);
      const captions = await room.waitFor(
        () => (room.captions('en').length >= 2 ? room.captions('en') : undefined),
        'both English captions',
      );
      await room.waitFor(() => room.captions('es')[1], 'both Spanish captions');
      await agent.stop();

      expect(watched.streams).toHaveLength(2);
      const byTrack = new Map(captions.map((caption) => [caption.attributes['lk.transcribed_track_id'], caption.text]));
      expect(wordErrorRate(first, byTrack.get(host.trackId) ?? '')).toBeLessThanOrEqual(0.3);
      expect(wordErrorRate(second, byTrack.get(guest.trackId) ?? '')).toBeLessThanOrEqual(0.3);
      for (const spanish of room.captions('es')) {
        const source = captions.find((caption) => caption.attributes['ilenia.sequence'] === spanish.attributes['ilenia.sequence']);
        expect(spanish.attributes['lk.transcribed_track_id']).toBe(source?.attributes['lk.transcribed_track_id']);
      }
      expect(sink.saved.map(({ sequence, language }) => `${sequence}:${language}`).sort()).toEqual(['3:en', '3:es', '4:en', '4:es']);
      // Present while either speaks: one arrival and one departure, not one per track.
      expect(events.filter((event) => event.type === 'speaker').map((event) => event.present)).toEqual([true, false]);

      // Every sample fed is counted once per track; the clock ran once, with the longer track.
      const samplesMs = (pcm: Buffer) => pcm.length / 2 / 16;
      const fedMs = samplesMs(hostSpeech) + samplesMs(guestSpeech);
      expect(agent.counters.audioMs).toBeGreaterThanOrEqual(fedMs - 40);
      expect(agent.counters.audioMs).toBeLessThanOrEqual(fedMs + 40);
      const longest = Math.max(samplesMs(hostSpeech), samplesMs(guestSpeech));
      expect(agent.counters.mediaMs).toBeGreaterThanOrEqual(60_000 + longest - 40);
      expect(agent.counters.mediaMs).toBeLessThanOrEqual(60_000 + longest + 40);
      expect(sink.saved.every((final) => final.startMs >= 60_000 && final.endMs <= agent.counters.mediaMs)).toBe(true);
      expect(agent.counters.listenersPeak).toBe(5);
    });

    it('reports being replaced in the room by another connection, and does not rejoin', async () => {
      const { agent, room, events } = await startAgentInTestRoom(engines);
      const replaced = nextEvent(agent, (event) => event.type === 'replaced', 'the replacement');
      room.close('replaced');
      await replaced;
      await agent.stop();
      expect(room.connections).toHaveLength(1);
      expect(events.some((event) => event.type === 'room_closed' || event.type === 'failed')).toBe(false);
    });

    it('reports a recogniser crash as a restart and goes on captioning', async () => {
      const watched = watchedEngines(engines);
      const { agent, room, events } = await startAgentInTestRoom(watched.engines);
      const speaker = room.join();
      await speaker.say(Buffer.concat([await englishSpeech(second), roomNoise(1200)]));
      await room.waitFor(() => room.captions('es')[0], 'the first Spanish caption');
      const pid = (watched.streams[0] as { pid?: number }).pid;
      expect(pid).toBeTypeOf('number');
      const restarting = nextEvent(
        agent,
        (event) => event.type === 'stage' && event.state.stage === 'asr' && event.state.status === 'restarting',
        'the recogniser restarting',
      );
      process.kill(pid!, 'SIGKILL');
      await restarting;
      await speaker.say(Buffer.concat([roomNoise(300), await englishSpeech(first), roomNoise(1500)]));
      const caption = await room.waitFor(
        () => room.captions('es').find((text) => text.text.toLowerCase().includes('conferencia')),
        'a Spanish caption after the crash',
      );
      await agent.stop();

      const asr = events.flatMap((event) => (event.type === 'stage' && event.state.stage === 'asr' ? [event.state] : []));
      expect(asr.some((state) => state.status === 'restarting' && state.restarts === 1 && state.lastError !== null)).toBe(true);
      expect(asr.at(-1)).toMatchObject({ status: 'stopped', restarts: 1 });
      expect(
        asr.some((state, index) => state.status === 'joined' && index > asr.findIndex((earlier) => earlier.status === 'restarting')),
      ).toBe(true);
      expect(asr.find((state) => state.status === 'restarting')!.lastError!.message).toMatch(/exited|SIGKILL/);
      expect(caption.attributes['lk.transcribed_track_id']).toBe(speaker.trackId);
      expect(watched.streams).toHaveLength(1);
      expect(events.some((event) => event.type === 'failed')).toBe(false);
    });

    it('stop() turns the words still being said into finals, stores them, then leaves', async () => {
      const { agent, room, sink } = await startAgentInTestRoom(engines);
      const speaker = room.join();
      // No pause after the sentence: without the flush, the recogniser would still be waiting for one.
      await speaker.say(Buffer.concat([await englishSpeech(first), roomNoise(100)]));
      await agent.stop();

      expect(room.captions('en')).toHaveLength(1);
      expect(wordErrorRate(first, room.captions('en')[0]!.text)).toBeLessThanOrEqual(0.3);
      expect(room.captions('es')).toHaveLength(1);
      expect(sink.saved.map(({ sequence, language }) => `${sequence}:${language}`)).toEqual(['0:en', '0:es']);
      expect(room.disconnected).toBe(true);
    });

    it('retries finals the sink refuses, in order, losing none', async () => {
      const { agent, room, sink } = await startAgentInTestRoom(engines);
      sink.failNext = 5;
      const speaker = room.join();
      await speaker.say(Buffer.concat([await englishSpeech(second), roomNoise(1200), await englishSpeech(first), roomNoise(1200)]));
      await room.waitFor(() => room.captions('es')[1], 'two Spanish captions');
      await agent.stop();

      expect(sink.attempts).toBe(4 + 5);
      expect(sink.saved.map(({ sequence, language }) => `${sequence}:${language}`)).toEqual(['0:en', '0:es', '1:en', '1:es']);
      expect(sink.saved.map((final) => final.text)).toEqual([
        room.captions('en')[0]!.text,
        room.captions('es')[0]!.text,
        room.captions('en')[1]!.text,
        room.captions('es')[1]!.text,
      ]);
    });
  },
);
