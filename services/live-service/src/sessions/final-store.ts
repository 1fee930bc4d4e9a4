import type { AgentFinal, FinalSink } from '../agent/contract.js';
import type { FinalRepository } from '../repositories/final-repository.js';
import type { SessionRepository } from '../repositories/session-repository.js';

/**
 * The FinalSink of one session: each final is stored per segment and language, and the session's
 * counters (last activity, audio heard, next sequence) move with it, so that a process restart
 * continues the numbering. A database failure rejects, and the agent retries (its contract).
 */
export function sessionFinalStore(sessionId: string, repositories: { sessions: SessionRepository; finals: FinalRepository }): FinalSink {
  return {
    async saveFinal(final: AgentFinal) {
      await repositories.finals.insert({
        sessionId,
        language: final.language,
        sequence: final.sequence,
        isSource: final.isSource,
        startMs: final.startMs,
        endMs: final.endMs,
        text: final.text,
        publishedAt: final.publishedAt,
      });
      await repositories.sessions.noteFinal(sessionId, { endMs: final.endMs, sequence: final.sequence, at: final.publishedAt });
    },
  };
}
