/**
 * The channel agent when things break, with deterministic engines (the scripted recogniser and prefix
 * translator of @ilenia/speech-engines/testing): an engine lost for good fails the session, a room deleted ends
 * it, a voice or a caption that cannot be made costs that and nothing else. And the translated partials.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EngineError, type EngineCapabilities, type Engines, type RecognitionStream, type SpeechRecognizer } from '@ilenia/speech-engines';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from '@ilenia/speech-engines/testing';
import { nextEvent, startAgentInTestRoom } from './support.js';
import { TestRoom } from './test-room.js';

function fakeEngines(parts: Partial<Pick<Engines, 'recognizer' | 'translator' | 'synthesizer'>> = {}): Engines {
  const recognizer = parts.recognizer ?? new ScriptedRecognizer(['hello everyone', 'welcome to the talk', 'let us begin']);
  const translator = parts.translator ?? new PrefixTranslator(['es', 'fr']);
  const synthesizer = parts.synthesizer ?? new SilentSynthesizer();
  return {
    recognizer,
    translator,
    synthesizer,
    readinessProbes: () => {
      throw new Error('not used by the agent');
    },
    prepare: async () => ({ stt: await recognizer.probe(), mt: await translator.probe(), tts: await synthesizer.probe() }),
    close: () => Promise.resolve(),
  };
}

/** A recogniser whose every stream fails as soon as it is fed (an engine that cannot run at all). */
class BrokenRecognizer implements SpeechRecognizer {
  readonly name = 'broken';
  opened = 0;

  languages(): readonly string[] {
    return ['en'];
  }

  openStream(): RecognitionStream {
    this.opened += 1;
    const stream = new EventEmitter() as EventEmitter & RecognitionStream;
    let failed = false;
    stream.write = () => {
      if (!failed) {
        failed = true;
        queueMicrotask(() => stream.emit('error', new EngineError('engine_failed', 'the recogniser crashed on start')));
      }
      return true;
    };
    stream.flush = () => Promise.resolve();
    stream.close = () => Promise.resolve();
    return stream;
  }

  probe(): Promise<EngineCapabilities> {
    return Promise.resolve({ engine: this.name });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

class FailingSynthesizer extends SilentSynthesizer {
  override synthesize(): Promise<Buffer> {
    return Promise.reject(new EngineError('engine_failed', 'espeak-ng exited with code 1'));
  }
}

/** Three utterances of the scripted recogniser: loud, then enough silence to end each. */
const threeUtterances = Buffer.concat([speech(300), silence(300), speech(300), silence(300), speech(300), silence(300)]);

describe('the channel agent when things break', () => {
  it('fails the session when speech recognition keeps failing after its restarts', async () => {
    const recognizer = new BrokenRecognizer();
    const { agent, room, events } = await startAgentInTestRoom(fakeEngines({ recognizer }), {}, { maxRecogniserRestarts: 2 });
    const failed = nextEvent(agent, (event) => event.type === 'failed', 'the failure');
    const speaker = room.join();
    void speaker.say(silence(2_000));
    expect(await failed).toMatchObject({ type: 'failed' });
    expect(((await failed) as { reason: string }).reason).toContain('speech recognition failed for good');
    expect(recognizer.opened).toBe(3);
    const asr = agent.stages.find((stage) => stage.stage === 'asr')!;
    expect(asr).toMatchObject({
      status: 'failed',
      restarts: 2,
      lastError: { code: 'engine_failed', message: 'the recogniser crashed on start' },
    });
    expect(events.filter((event) => event.type === 'failed')).toHaveLength(1);
    room.leave(speaker);
    await agent.stop();
  });

  it('fails the session at once when the recogniser cannot serve the spoken language', async () => {
    const recognizer = new BrokenRecognizer();
    recognizer.openStream = () => {
      throw new EngineError('unsupported_language', 'pocketsphinx recognises English only; "eu" was asked.');
    };
    const { agent, room } = await startAgentInTestRoom(fakeEngines({ recognizer }), { sourceLanguage: 'eu' });
    const failed = nextEvent(agent, (event) => event.type === 'failed', 'the failure');
    room.join();
    expect(await failed).toMatchObject({ type: 'failed' });
    expect(((await failed) as { reason: string }).reason).toContain('English only');
    expect(agent.stages.find((stage) => stage.stage === 'asr')).toMatchObject({
      status: 'failed',
      restarts: 0,
      lastError: { code: 'unsupported_language' },
    });
    await agent.stop();
  });

  it('keeps the source captions while translation fails, and fails the session once it stays down', async () => {
    const translator = new PrefixTranslator(['es']);
    translator.failing.add('es');
    const { agent, room, sink, events } = await startAgentInTestRoom(fakeEngines({ translator }), {}, { maxFailedTranslations: 3 });
    const failed = nextEvent(agent, (event) => event.type === 'failed', 'the failure');
    await room.join().say(threeUtterances);
    expect(await failed).toMatchObject({ type: 'failed' });
    expect(((await failed) as { reason: string }).reason).toContain('translation failed for good');
    await agent.stop();

    expect(room.captions('en').map((caption) => caption.text)).toEqual(['hello everyone', 'welcome to the talk', 'let us begin']);
    expect(room.captions('es')).toEqual([]);
    expect(sink.saved.map(({ sequence, language }) => `${sequence}:${language}`)).toEqual(['0:en', '1:en', '2:en']);
    const mt = events.flatMap((event) => (event.type === 'stage' && event.state.stage === 'mt' ? [event.state.status] : []));
    expect(mt).toContain('restarting');
    expect(mt).toContain('failed');
  });

  it('ends with room_closed when the room is deleted', async () => {
    const { agent, room } = await startAgentInTestRoom(fakeEngines());
    const closed = nextEvent(agent, (event) => event.type === 'room_closed', 'room_closed');
    room.close('room_deleted');
    await closed;
    await agent.stop();
    expect(room.disconnected).toBe(true);
  });

  it('publishes captions without voice when synthesis fails, and says so on the tts stage', async () => {
    const { agent, room, sink } = await startAgentInTestRoom(fakeEngines({ synthesizer: new FailingSynthesizer() }), {
      targetLanguages: ['es', 'fr'],
    });
    await room.join().say(threeUtterances);
    await room.waitFor(() => room.captions('fr')[2], 'three French captions');
    await agent.stop();

    expect(room.captions('es').map((caption) => caption.text)).toEqual([
      '[es] hello everyone',
      '[es] welcome to the talk',
      '[es] let us begin',
    ]);
    expect(room.tracks.get('translation-es')!.frames).toEqual([]);
    const tts = agent.stages.filter((stage) => stage.stage === 'tts');
    expect(tts.map((stage) => [stage.languages, stage.lastError?.code])).toEqual([
      [['es'], 'engine_failed'],
      [['fr'], 'engine_failed'],
    ]);
    expect(sink.saved).toHaveLength(9);
  });

  it('goes on after a caption that could not be sent; its final is still stored', async () => {
    const { agent, room, sink } = await startAgentInTestRoom(fakeEngines());
    let failed = 0;
    room.failTextWhen = (_text, attributes) =>
      attributes['lk.transcription_final'] === 'true' && attributes['lk.language'] === 'en' && failed++ === 0;
    await room.join().say(threeUtterances);
    await room.waitFor(() => room.captions('es')[2], 'the third Spanish caption');
    await agent.stop();

    expect(room.captions('en').map((caption) => caption.text)).toEqual(['welcome to the talk', 'let us begin']);
    expect(sink.saved.map(({ sequence, language }) => `${sequence}:${language}`)).toEqual(['0:en', '0:es', '1:en', '1:es', '2:en', '2:es']);
  });

  it('translates partials while the speaker talks, and publishes none after the final', async () => {
    const { agent, room } = await startAgentInTestRoom(fakeEngines());
    await room.join().say(Buffer.concat([speech(900), silence(300)]));
    const final = await room.waitFor(() => room.captions('es')[0], 'the Spanish final');
    await agent.stop();

    const spanish = room
      .captions('es', { partials: true })
      .filter((caption) => caption.attributes['lk.segment_id'] === final.attributes['lk.segment_id']);
    const partials = spanish.filter((caption) => caption.attributes['lk.transcription_final'] === 'false');
    expect(partials.length).toBeGreaterThan(0);
    expect(partials.every((partial) => partial.text.startsWith('[es] hello') && partial.attributes['ilenia.source'] === 'false')).toBe(
      true,
    );
    expect(spanish.at(-1)).toBe(final);
    expect(final.text).toBe('[es] hello everyone');
  });

  it('rejoins with a fresh token when the connection is lost for good, and goes on in the new room', async () => {
    const room = new TestRoom();
    const rejoined = new TestRoom();
    let tokens = 0;
    const { agent, sink } = await startAgentInTestRoom(
      fakeEngines(),
      { token: () => Promise.resolve(`agent-token-${++tokens}`) },
      {
        connectRoom: (url, token) => (tokens === 1 ? room.connect(url, token) : rejoined.connect(url, token)),
        rejoinDelayMs: 10,
      },
    );
    await room.join().say(Buffer.concat([speech(300), silence(300)]));
    await room.waitFor(() => room.captions('es')[0], 'a caption before the loss');
    const joinedAgain = nextEvent(
      agent,
      (event) => event.type === 'stage' && event.state.stage === 'asr' && event.state.status === 'joined',
      'the agent back in the room',
    );
    room.close('disconnected');
    await joinedAgain;
    await rejoined.join().say(Buffer.concat([speech(300), silence(300)]));
    await rejoined.waitFor(() => rejoined.captions('es')[0], 'a caption in the new room');
    await agent.stop();

    expect(rejoined.connections).toEqual([{ url: 'ws://127.0.0.1:7880', token: 'agent-token-2' }]);
    expect([...rejoined.tracks.keys()]).toEqual(['translation-es']);
    expect(rejoined.captions('en').map((caption) => [caption.text, caption.attributes['ilenia.sequence']])).toEqual([
      ['welcome to the talk', '1'],
    ]);
    expect(sink.saved.map(({ sequence, language }) => `${sequence}:${language}`)).toEqual(['0:en', '0:es', '1:en', '1:es']);
    expect(rejoined.tracks.get('translation-es')!.frames.length).toBeGreaterThan(0);
  });

  it('fails the session when the room cannot be joined again', async () => {
    const room = new TestRoom();
    const { agent } = await startAgentInTestRoom(
      fakeEngines(),
      {},
      {
        connectRoom: (url, token) =>
          room.connections.length === 0 ? room.connect(url, token) : Promise.reject(new Error('could not fetch region settings')),
        rejoinAttempts: 2,
        rejoinDelayMs: 10,
      },
    );
    const failed = nextEvent(agent, (event) => event.type === 'failed', 'the failure');
    room.close('disconnected');
    expect(await failed).toMatchObject({ type: 'failed' });
    expect(((await failed) as { reason: string }).reason).toContain('could not fetch region settings');
    await agent.stop();
  });
});
