import type { AgentStage, AgentStageState, AgentStageStatus } from './contract.js';

/** Errors shown per stage are cut to this: they come from engines and may be long. */
const maxErrorLength = 500;

/**
 * The agent's pipeline stages as the session reports them (`asr`, `mt`, one `tts` per target), with
 * their restarts and last error; every change is told to `onChange`.
 */
export class StageStates {
  private readonly states: AgentStageState[];

  constructor(
    sourceLanguage: string,
    targetLanguages: readonly string[],
    private readonly onChange: (state: AgentStageState) => void,
  ) {
    const stage = (name: AgentStage, languages: string[]): AgentStageState => ({
      stage: name,
      languages,
      status: 'starting',
      joinedAt: null,
      restarts: 0,
      lastError: null,
    });
    // The spec's order, `mt` included even for a channel without targets (it then has nothing to do).
    this.states = [
      stage('asr', [sourceLanguage]),
      stage('mt', [...targetLanguages]),
      ...targetLanguages.map((language) => stage('tts', [language])),
    ];
  }

  /** Snapshots, so a caller cannot change the agent's own state. */
  get all(): AgentStageState[] {
    return this.states.map((state) => ({
      ...state,
      languages: [...state.languages],
      lastError: state.lastError && { ...state.lastError },
    }));
  }

  get(stage: AgentStage, language?: string): AgentStageState | undefined {
    return this.states.find((state) => state.stage === stage && (language === undefined || state.languages.includes(language)));
  }

  /** Every stage that is not failed or stopped takes `status` (the room joined, or the agent stopped). */
  setAll(status: AgentStageStatus): void {
    for (const state of this.states) {
      if (state.status !== 'failed' && state.status !== 'stopped') this.update(state, status);
    }
  }

  /** The stage works (again); a no-op when it already did. */
  working(stage: AgentStage, language?: string): void {
    const state = this.get(stage, language);
    if (state && (state.status === 'restarting' || state.status === 'starting')) this.update(state, 'joined');
  }

  /** The stage lost its engine and is being restarted: one more restart, and why. */
  restarting(stage: AgentStage, code: string, message: string, language?: string): void {
    const state = this.get(stage, language);
    if (!state || state.status === 'failed' || state.status === 'stopped') return;
    state.restarts += 1;
    state.lastError = { code, message: message.slice(0, maxErrorLength), at: new Date() };
    this.update(state, 'restarting');
  }

  /** The stage lost some work (a request failed) but nothing was restarted: shown until it works again. */
  troubled(stage: AgentStage, code: string, message: string, language?: string): void {
    const state = this.get(stage, language);
    if (!state || state.status === 'failed' || state.status === 'stopped') return;
    state.lastError = { code, message: message.slice(0, maxErrorLength), at: new Date() };
    this.update(state, 'restarting');
  }

  failed(stage: AgentStage, code: string, message: string, language?: string): void {
    const state = this.get(stage, language);
    if (!state || state.status === 'failed') return;
    state.lastError = { code, message: message.slice(0, maxErrorLength), at: new Date() };
    this.update(state, 'failed');
  }

  private update(state: AgentStageState, status: AgentStageStatus): void {
    state.status = status;
    if (status === 'joined' && state.joinedAt === null) state.joinedAt = new Date();
    this.onChange({ ...state, languages: [...state.languages], lastError: state.lastError && { ...state.lastError } });
  }
}
