import type { ValidationIssue } from '@ilenia/kit';
import type { TemplateChannelShape } from '../db/schema.js';
import { checkChannelLanguages } from '../domain/languages.js';
import { isKnownTimeZone } from '../domain/time-zones.js';

/** The checks on an event's times that the schema cannot express. */
export function scheduleIssues(schedule: { startsAt: Date; endsAt: Date; timezone: string }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isKnownTimeZone(schedule.timezone))
    issues.push({ location: 'body', path: '/timezone', message: `is not a known IANA time zone (${schedule.timezone})` });
  if (schedule.endsAt.getTime() <= schedule.startsAt.getTime()) {
    issues.push({ location: 'body', path: '/ends_at', message: `must be after starts_at (${schedule.startsAt.toISOString()})` });
  }
  return issues;
}

export interface ChannelInput {
  name: string;
  source_language: string;
  target_languages: string[];
  speakers?: string[];
}

/** A list of channels given in a body, checked and canonicalised; `what` names their owner in messages. */
export function checkChannelList<Channel extends ChannelInput>(
  channels: readonly Channel[],
  what: 'event' | 'template',
): { channels: (TemplateChannelShape & { speakers: string[] })[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const seenNames = new Set<string>();
  const checked = channels.map((channel, index) => {
    const pointer = `/channels/${index}`;
    const folded = channel.name.toLowerCase();
    if (seenNames.has(folded))
      issues.push({ location: 'body', path: `${pointer}/name`, message: `must be unique within the ${what} (${channel.name})` });
    seenNames.add(folded);
    const languages = checkChannelLanguages(channel.source_language, channel.target_languages, pointer);
    issues.push(...languages.issues);
    return {
      name: channel.name,
      source_language: languages.sourceLanguage,
      target_languages: languages.targetLanguages,
      speakers: [...new Set((channel.speakers ?? []).map((userId) => userId.toLowerCase()))],
    };
  });
  return { channels: checked, issues };
}

/** `limit` and `offset` as the validator left them (it applies the spec's defaults). */
export function pageOf(query: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return { limit: query.limit ?? 50, offset: query.offset ?? 0 };
}
