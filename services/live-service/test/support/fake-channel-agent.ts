/**
 * A channel agent the tests drive: it records how it was started, joins when told, publishes finals
 * through the real FinalSink, and reports the room closing or a failure. The real agent (rtc-node) is
 * tested on its own; the lifecycle only sees this contract.
 */
import { EventEmitter } from 'node:events';
import type {
  AgentFinal,
  AgentStageState,
  ChannelAgent,
  ChannelAgentCounters,
  ChannelAgentEvent,
  ChannelAgentOptions,
  StartChannelAgent,
} from '../../src/agent/contract.js';

export class FakeChannelAgent implements ChannelAgent {
  stages: AgentStageState[];
  nextSequence: number;
  /** What the test says the agent counted; the clock starts where the session's stood. */
  counters: ChannelAgentCounters;
  stopped = false;
  stopCalls = 0;
  private readonly listeners = new Set<(event: ChannelAgentEvent) => void>();

  constructor(readonly options: ChannelAgentOptions) {
    this.nextSequence = options.firstSequence;
    this.counters = { audioMs: 0, mediaMs: options.firstMediaMs ?? 0, listenersPeak: 0 };
    const starting = { status: 'starting' as const, joinedAt: null, restarts: 0, lastError: null };
    this.stages = [
      { stage: 'asr', languages: [options.sourceLanguage], ...starting },
      { stage: 'mt', languages: [...options.targetLanguages], ...starting },
      ...options.targetLanguages.map((language) => ({ stage: 'tts' as const, languages: [language], ...starting })),
    ];
  }

  onEvent(listener: (event: ChannelAgentEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: ChannelAgentEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** Every stage joins the room. */
  join(): void {
    const joinedAt = new Date();
    this.stages = this.stages.map((state) => ({ ...state, status: 'joined', joinedAt }));
    for (const state of this.stages) this.emit({ type: 'stage', state });
  }

  /** Publishes one segment: the source final and its translations, stored through the sink. */
  async publish(texts: Record<string, string>, times: { startMs: number; endMs: number }): Promise<number> {
    const sequence = this.nextSequence;
    this.nextSequence += 1;
    for (const [language, text] of Object.entries(texts)) {
      const isSource = language === this.options.sourceLanguage;
      const final: AgentFinal = {
        sequence,
        language,
        isSource,
        text,
        ...times,
        recognitionMs: 120,
        translationMs: isSource ? null : 40,
        publishedAt: new Date(),
      };
      await this.options.finals.saveFinal(final);
    }
    return sequence;
  }

  /** Another connection took the agent's place in the room (LiveKit's duplicate identity). */
  replaced(): void {
    this.emit({ type: 'replaced' });
  }

  closeRoom(): void {
    this.emit({ type: 'room_closed' });
  }

  fail(reason: string): void {
    this.stages = this.stages.map((state) =>
      state.stage === 'asr'
        ? { ...state, status: 'failed', restarts: 3, lastError: { code: 'engine_unreachable', message: reason, at: new Date() } }
        : state,
    );
    this.emit({ type: 'failed', reason });
  }

  async stop(): Promise<void> {
    this.stopCalls += 1;
    // Leaving a room takes a moment; a second stop meanwhile must not leave again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.stopped = true;
    this.stages = this.stages.map((state) => (state.status === 'failed' ? state : { ...state, status: 'stopped' }));
  }
}

/** A StartChannelAgent whose agents the test can reach; `joinAtOnce` makes them join as they start. */
export function fakeAgentFactory(options: { joinAtOnce?: boolean } = {}) {
  const agents: FakeChannelAgent[] = [];
  const started = new EventEmitter();
  const factory = {
    /** Whether the next agents join as they start (false: they wait for the test's `join()`). */
    joinAtOnce: options.joinAtOnce ?? true,
    start: ((agentOptions) => {
      const agent = new FakeChannelAgent(agentOptions);
      agents.push(agent);
      started.emit('agent', agent);
      if (factory.joinAtOnce) queueMicrotask(() => agent.join());
      return Promise.resolve(agent);
    }) as StartChannelAgent,
    agents,
    /** Resolves with the next agent started for the session (the test's timeout is the hang guard). */
    nextAgentOf(sessionId: string): Promise<FakeChannelAgent> {
      return new Promise((resolve) => {
        const onAgent = (agent: FakeChannelAgent) => {
          if (agent.options.sessionId !== sessionId) return;
          started.off('agent', onAgent);
          resolve(agent);
        };
        started.on('agent', onAgent);
      });
    },
    /** Resolves with the first agent this factory started for the session, already or later. */
    async firstAgentOf(sessionId: string): Promise<FakeChannelAgent> {
      return agents.find((candidate) => candidate.options.sessionId === sessionId) ?? factory.nextAgentOf(sessionId);
    },
    /** The agent of a session (the latest one started for it). */
    of(sessionId: string): FakeChannelAgent {
      const agent = agents.filter((candidate) => candidate.options.sessionId === sessionId).at(-1);
      if (!agent) throw new Error(`no agent was started for session ${sessionId}`);
      return agent;
    },
  };
  return factory;
}
