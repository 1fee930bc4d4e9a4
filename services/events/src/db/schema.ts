import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps come back from `pg` as Dates and may be written as Dates or ISO strings. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Where an event is in its life cycle; the migration's check constraint holds the same list. */
export type EventStatus = 'draft' | 'ready' | 'live' | 'ended';
export type SessionMode = 'websocket' | 'livekit';

export interface EventTable {
  id: string;
  title: string;
  /** The title folded for case- and accent-insensitive search (see domain/search-text.ts). */
  title_search: string;
  description: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  timezone: string;
  organiser_id: string;
  status: ColumnType<EventStatus, EventStatus | undefined, EventStatus>;
  template_id: string | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface ChannelTable {
  id: string;
  event_id: string;
  name: string;
  /** Canonical BCP 47 tags (Intl.getCanonicalLocales), so that equality is plain string equality. */
  source_language: string;
  target_languages: string[];
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface ChannelSpeakerTable {
  channel_id: string;
  event_id: string;
  user_id: string;
  assigned_at: DefaultedTimestamp;
  assigned_by: string;
}

export interface EventListenerTable {
  event_id: string;
  user_id: string;
  assigned_at: DefaultedTimestamp;
  assigned_by: string;
}

/** One channel of a template, stored as JSON inside the template (it has no identity of its own). */
export interface TemplateChannelShape {
  name: string;
  source_language: string;
  target_languages: string[];
}

export interface TemplateTable {
  id: string;
  name: string;
  name_search: string;
  description: string | null;
  channels: ColumnType<TemplateChannelShape[], string, string>;
  created_by: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface TranscriptLinkShape {
  language: string;
  url: string;
}

export interface SessionRecordTable {
  id: string;
  event_id: string;
  channel_id: string;
  mode: SessionMode;
  started_at: Timestamp;
  ended_at: Timestamp;
  segment_count: number;
  listeners_peak: number;
  recording_url: string | null;
  transcripts: ColumnType<TranscriptLinkShape[], string, never>;
  written_by: string;
  created_at: DefaultedTimestamp;
}

/** The events service's database, as Kysely sees it (the migrations are its only source). */
export interface EventsDatabase {
  events: EventTable;
  channels: ChannelTable;
  channel_speakers: ChannelSpeakerTable;
  event_listeners: EventListenerTable;
  templates: TemplateTable;
  session_records: SessionRecordTable;
}

export type EventRow = Selectable<EventTable>;
export type NewEventRow = Insertable<EventTable>;
export type EventRowUpdate = Updateable<EventTable>;
export type ChannelRow = Selectable<ChannelTable>;
export type TemplateRow = Selectable<TemplateTable>;
export type SessionRecordRow = Selectable<SessionRecordTable>;
