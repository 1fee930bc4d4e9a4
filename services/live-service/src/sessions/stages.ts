import type { AgentStageState } from '../agent/contract.js';
import type { StoredStage } from '../db/schema.js';

/** The stages a session starts with, in the spec's order: `asr`, `mt`, one `tts` per target. */
export function initialStages(source: string, targets: readonly string[]): StoredStage[] {
  const starting = { status: 'starting' as const, joined_at: null, restarts: 0, last_error: null };
  return [
    { stage: 'asr', languages: [source], ...starting },
    { stage: 'mt', languages: [...targets], ...starting },
    ...targets.map((target) => ({ stage: 'tts' as const, languages: [target], ...starting })),
  ];
}

/** The agent's view of its stages, as stored. */
export function storedStages(stages: readonly AgentStageState[]): StoredStage[] {
  return stages.map((state) => ({
    stage: state.stage,
    languages: [...state.languages],
    status: state.status,
    joined_at: state.joinedAt?.toISOString() ?? null,
    restarts: state.restarts,
    last_error: state.lastError
      ? { code: state.lastError.code, message: state.lastError.message, at: state.lastError.at.toISOString() }
      : null,
  }));
}

/** Every stage left the room on purpose (the session ended); failed ones stay failed. */
export function stoppedStages(stages: readonly StoredStage[]): StoredStage[] {
  return stages.map((stage) => (stage.status === 'failed' ? stage : { ...stage, status: 'stopped' }));
}

/** The session is `active` once the captions flow: its `asr` and `mt` stages joined. */
export function captionsJoined(stages: readonly StoredStage[]): boolean {
  return stages.filter((stage) => stage.stage !== 'tts').every((stage) => stage.status === 'joined');
}
