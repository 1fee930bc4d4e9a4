/** What the channel agent's tests share: options for an agent in a test room, a recording sink, event capture. */
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import type { Engines, RecognitionStream } from '@ilenia/speech-engines';
import { createStartChannelAgent, type ChannelAgentRuntime } from '../../src/agent/channel-agent.js';
import type { AgentFinal, ChannelAgent, ChannelAgentEvent, ChannelAgentOptions, FinalSink } from '../../src/agent/contract.js';
import { TestRoom } from './test-room.js';

/** A sink that keeps what it was given, and can be made to fail its next saves. */
class RecordingSink implements FinalSink {
  readonly saved: AgentFinal[] = [];
  attempts = 0;
  /** Saves still to fail (a database that is down). */
  failNext = 0;

  saveFinal(final: AgentFinal): Promise<void> {
    this.attempts += 1;
    if (this.failNext > 0) {
      this.failNext -= 1;
      return Promise.reject(new Error('database unavailable'));
    }
    this.saved.push(final);
    return Promise.resolve();
  }
}

/** The engines, with every recognition stream the agent opens kept (to kill its process). */
export function watchedEngines(engines: Engines): { engines: Engines; streams: RecognitionStream[] } {
  const streams: RecognitionStream[] = [];
  const recognizer = engines.recognizer;
  return {
    streams,
    engines: {
      ...engines,
      recognizer: {
        name: recognizer.name,
        languages: () => recognizer.languages(),
        probe: () => recognizer.probe(),
        close: () => recognizer.close(),
        openStream: (options) => {
          const stream = recognizer.openStream(options);
          streams.push(stream);
          return stream;
        },
      },
    },
  };
}

export interface AgentUnderTest {
  agent: ChannelAgent;
  room: TestRoom;
  sink: RecordingSink;
  events: ChannelAgentEvent[];
  options: ChannelAgentOptions;
}

/** Starts an agent for an English channel with Spanish captions and voice (unless told otherwise) in a new test room. */
export async function startAgentInTestRoom(
  engines: Engines,
  overrides: Partial<ChannelAgentOptions> = {},
  runtime: Partial<ChannelAgentRuntime> = {},
): Promise<AgentUnderTest> {
  const room = new TestRoom();
  const sink = new RecordingSink();
  const options: ChannelAgentOptions = {
    sessionId: randomUUID(),
    eventId: randomUUID(),
    channelId: randomUUID(),
    roomName: 'event-test-channel-test',
    sourceLanguage: 'en',
    targetLanguages: ['es'],
    firstSequence: 0,
    firstMediaMs: 0,
    livekitUrl: 'ws://127.0.0.1:7880',
    token: () => Promise.resolve('agent-token'),
    engines,
    finals: sink,
    logger: pino({ level: 'silent' }),
    ...overrides,
  };
  const agent = await createStartChannelAgent({
    connectRoom: room.connect,
    finalStore: { firstRetryDelayMs: 20, maxRetryDelayMs: 100 },
    ...runtime,
  })(options);
  const events: ChannelAgentEvent[] = [];
  agent.onEvent((event) => events.push(event));
  return { agent, room, sink, events, options };
}

/** The PCM a track played, its frames end to end. */
export function playedSamples(frames: readonly { samples: Int16Array }[]): Int16Array {
  const total = frames.reduce((sum, frame) => sum + frame.samples.length, 0);
  const all = new Int16Array(total);
  let offset = 0;
  for (const frame of frames) {
    all.set(frame.samples, offset);
    offset += frame.samples.length;
  }
  return all;
}

/** Resolves with the agent's first event (from now on) that `matches`; a generous bound only as a hang guard. */
export function nextEvent(
  agent: ChannelAgent,
  matches: (event: ChannelAgentEvent) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<ChannelAgentEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const stop = agent.onEvent((event) => {
      if (!matches(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}
