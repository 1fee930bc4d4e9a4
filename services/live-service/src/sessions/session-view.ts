import type { components } from '@ilenia/generated/openapi/live-service/types';
import type { StoredStage } from '../db/schema.js';
import type { StoredSession } from '../repositories/session-repository.js';

type LiveSession = components['schemas']['LiveSession'];
type SessionAgent = components['schemas']['SessionAgent'];
type AgentErrorCode = NonNullable<SessionAgent['last_error']>['code'];

const agentErrorCodes: readonly AgentErrorCode[] = [
  'engine_unreachable',
  'engine_error',
  'livekit_disconnected',
  'token_refused',
  'no_speaker_track',
  'internal',
];

/** The agent's `joined` is the spec's `running`; a code the spec does not know is reported as `internal`. */
function stageBody(stage: StoredStage, identity: string): SessionAgent {
  const code =
    stage.last_error && (agentErrorCodes as readonly string[]).includes(stage.last_error.code)
      ? (stage.last_error.code as AgentErrorCode)
      : 'internal';
  return {
    agent_type: stage.stage,
    identity,
    languages: stage.languages,
    status: stage.status === 'joined' ? 'running' : stage.status,
    joined_at: stage.joined_at,
    restarts: stage.restarts,
    last_error: stage.last_error ? { code, message: stage.last_error.message, occurred_at: stage.last_error.at } : null,
  };
}

/** A session as the API shows it; `translated` is the finals stored per target language. */
export function sessionBody(session: StoredSession, finalCounts: ReadonlyMap<string, number>): LiveSession {
  return {
    session_id: session.id,
    event_id: session.eventId,
    channel_id: session.channelId,
    room_name: session.roomName,
    status: session.status,
    started_at: session.startedAt.toISOString(),
    ended_at: session.endedAt?.toISOString() ?? null,
    end_reason: session.endReason,
    started_by: session.startedBy,
    stopped_by: session.stoppedBy,
    source_language: session.sourceLanguage,
    target_languages: session.targetLanguages,
    agents: session.stages.map((stage) => stageBody(stage, session.agentIdentity)),
    counters: {
      audio_seconds: session.audioMs / 1000,
      segments_transcribed: finalCounts.get(session.sourceLanguage) ?? 0,
      segments_translated: Object.fromEntries(session.targetLanguages.map((language) => [language, finalCounts.get(language) ?? 0])),
      last_activity_at: session.lastActivityAt?.toISOString() ?? null,
    },
    record_saved_at: session.recordSavedAt?.toISOString() ?? null,
  };
}
