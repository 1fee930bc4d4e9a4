import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
/** bigint comes back from pg as a string. */
type BigNumber = ColumnType<string, number | string, number | string>;

export type SessionStatus = 'starting' | 'active' | 'stopping' | 'ended' | 'failed';
export type SessionEndReason = 'stopped' | 'room_closed' | 'event_closed' | 'agent_failed';

/** A stage of the channel agent as stored (the contract's AgentStageState, dates as ISO strings). */
export interface StoredStage {
  stage: 'asr' | 'mt' | 'tts';
  languages: string[];
  status: 'starting' | 'joined' | 'restarting' | 'failed' | 'stopped';
  joined_at: string | null;
  restarts: number;
  last_error: { code: string; message: string; at: string } | null;
}

/** One run of a channel's agent, from start to end. */
export interface AgentSessionsTable {
  id: string;
  event_id: string;
  channel_id: string;
  room_name: string;
  status: SessionStatus;
  end_reason: SessionEndReason | null;
  started_at: Timestamp;
  ended_at: NullableTimestamp;
  started_by: string;
  stopped_by: string | null;
  source_language: string;
  target_languages: ColumnType<string[], string, string>;
  agent_identity: string;
  stages: ColumnType<StoredStage[], string, string>;
  /** The next sequence the agent would use: a picked-up session continues from here. */
  next_sequence: BigNumber;
  /** Audio fed to recognition, every speaker's track counted. */
  audio_ms: BigNumber;
  /** The session's clock: where its cues sit, and how long it lasts in an event's transcript. */
  media_ms: BigNumber;
  /** The most listeners seen in the room at once. */
  listeners_peak: ColumnType<number, number | undefined, number>;
  last_activity_at: NullableTimestamp;
  /** The process that runs it; null once it ended. */
  owner_instance: string | null;
  record_saved_at: NullableTimestamp;
}

/** One final the agent published, in one language. */
export interface AgentFinalsTable {
  session_id: string;
  language: string;
  sequence: BigNumber;
  is_source: boolean;
  start_ms: BigNumber;
  end_ms: BigNumber;
  text: string;
  published_at: Timestamp;
}

/** A running live-service process and how long its lease lasts (it renews it while alive). */
export interface LiveServiceInstancesTable {
  id: string;
  started_at: Timestamp;
  lease_expires_at: Timestamp;
}

export interface LiveServiceDatabase {
  agent_sessions: AgentSessionsTable;
  agent_finals: AgentFinalsTable;
  live_service_instances: LiveServiceInstancesTable;
}

export type AgentSessionRow = Selectable<AgentSessionsTable>;
