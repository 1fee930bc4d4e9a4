import type { components } from '@ilenia/generated/openapi/events/types';
import type { EventRow, SessionRecordRow, TemplateRow } from '../db/schema.js';
import { formatInTimeZone, formatUtc } from '../domain/time-zones.js';
import type { ChannelWithSpeakers, SpeakerAssignmentRow } from '../repositories/channel-repository.js';
import type { EventSummaryRow } from '../repositories/event-repository.js';
import type { ListenerAssignmentRow } from '../repositories/listener-repository.js';

type Schemas = components['schemas'];

/** Rows as the API shows them. Event times are given in the event's own time zone, the rest in UTC. */
export function channelBody(channel: ChannelWithSpeakers): Schemas['Channel'] {
  return {
    id: channel.id,
    event_id: channel.event_id,
    name: channel.name,
    source_language: channel.source_language,
    target_languages: channel.target_languages,
    speakers: channel.speakers,
    created_at: formatUtc(channel.created_at),
    updated_at: formatUtc(channel.updated_at),
  };
}

function eventFields(event: EventRow) {
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    starts_at: formatInTimeZone(event.starts_at, event.timezone),
    ends_at: formatInTimeZone(event.ends_at, event.timezone),
    timezone: event.timezone,
    organiser_id: event.organiser_id,
    status: event.status,
    template_id: event.template_id,
    version: event.version,
    created_at: formatUtc(event.created_at),
    updated_at: formatUtc(event.updated_at),
  };
}

export function eventBody(event: EventRow, channels: readonly ChannelWithSpeakers[]): Schemas['Event'] {
  return { ...eventFields(event), channels: channels.map(channelBody) };
}

export function eventSummaryBody(event: EventSummaryRow): Schemas['EventSummary'] {
  return { ...eventFields(event), channel_count: event.channel_count };
}

export function speakerBody(assignment: SpeakerAssignmentRow): Schemas['SpeakerAssignment'] {
  return {
    user_id: assignment.user_id,
    event_id: assignment.event_id,
    channel_id: assignment.channel_id,
    assigned_at: formatUtc(assignment.assigned_at),
    assigned_by: assignment.assigned_by,
  };
}

export function listenerBody(assignment: ListenerAssignmentRow): Schemas['ListenerAssignment'] {
  return {
    user_id: assignment.user_id,
    event_id: assignment.event_id,
    assigned_at: formatUtc(assignment.assigned_at),
    assigned_by: assignment.assigned_by,
  };
}

export function templateBody(template: TemplateRow): Schemas['Template'] {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    channels: template.channels.map((channel) => ({
      name: channel.name,
      source_language: channel.source_language,
      target_languages: channel.target_languages,
    })),
    created_by: template.created_by,
    version: template.version,
    created_at: formatUtc(template.created_at),
    updated_at: formatUtc(template.updated_at),
  };
}

export function sessionRecordBody(record: SessionRecordRow): Schemas['SessionRecord'] {
  return {
    id: record.id,
    event_id: record.event_id,
    channel_id: record.channel_id,
    mode: record.mode,
    started_at: formatUtc(record.started_at),
    ended_at: formatUtc(record.ended_at),
    segment_count: record.segment_count,
    listeners_peak: record.listeners_peak,
    recording_url: record.recording_url,
    transcripts: record.transcripts.map((link) => ({ language: link.language, url: link.url })),
    written_by: record.written_by,
    created_at: formatUtc(record.created_at),
  };
}

/** The `{items, total, limit, offset}` page every list answers. */
export function pageBody<Item>(items: Item[], total: number, page: { limit: number; offset: number }) {
  return { items, total, limit: page.limit, offset: page.offset };
}
