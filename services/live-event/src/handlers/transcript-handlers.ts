import type { GetEventTranscriptResult, GetSessionTranscriptResult, LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import type { components } from '@ilenia/generated/openapi/live-event/types';
import { problems } from '@ilenia/kit';
import { eventLanguages } from '../domain/event-access.js';
import type { StoredSegment } from '../repositories/segment-repository.js';
import type { StoredSession } from '../repositories/session-repository.js';
import {
  chooseTranscriptFormat,
  mediaTypeOfFormat,
  renderPlainText,
  renderSubRip,
  renderWebVtt,
  type TranscriptFormat,
  type TranscriptPart,
} from '@ilenia/transcripts';
import { visibleEvent, visibleSession, withUpstream, type HandlerDependencies } from './dependencies.js';

type TranscriptSegment = components['schemas']['TranscriptSegment'];

function segmentBody(segment: StoredSegment, offsetMs = 0): TranscriptSegment {
  return {
    segment_id: segment.segmentId,
    session_id: segment.sessionId,
    sequence: segment.sequence,
    start_ms: segment.startMs + offsetMs,
    end_ms: segment.endMs + offsetMs,
    text: segment.text,
    speaker_id: segment.speakerId,
  };
}

/** The language tag as the session spells it, matched case-insensitively; undefined when it has none. */
function languageOf(languages: readonly string[], requested: string): string | undefined {
  return languages.find((language) => language.toLowerCase() === requested.toLowerCase());
}

function disposition(format: TranscriptFormat, name: string): string {
  return `${format === 'json' ? 'inline' : 'attachment'}; filename="${name}.${format}"`;
}

/** The same transcript as text, in one of the three text formats. */
function textResult(format: Exclude<TranscriptFormat, 'json'>, parts: TranscriptPart[], name: string) {
  const headers = { 'Content-Disposition': disposition(format, name), Vary: 'Accept' };
  if (format === 'vtt') return { status: 200 as const, contentType: mediaTypeOfFormat.vtt, headers, body: renderWebVtt(parts) };
  if (format === 'srt') return { status: 200 as const, contentType: mediaTypeOfFormat.srt, headers, body: renderSubRip(parts) };
  return { status: 200 as const, contentType: mediaTypeOfFormat.txt, headers, body: renderPlainText(parts) };
}

function acceptOf(headers: Record<string, unknown>): string | undefined {
  return typeof headers.accept === 'string' ? headers.accept : undefined;
}

/** The session's clock so far: its stored audio, or the live one while it runs here. */
function mediaMsOf(dependencies: HandlerDependencies, session: StoredSession): number {
  return dependencies.liveSessions.get(session.id)?.mediaOffsetMs ?? session.mediaOffsetMs;
}

/** Session transcript index and downloads, and the whole event's transcript. */
export function transcriptHandlers(
  dependencies: HandlerDependencies,
): Pick<LiveEventHandlers, 'listSessionTranscripts' | 'getSessionTranscript' | 'getEventTranscript'> {
  return {
    async listSessionTranscripts(input, context) {
      const { session } = await withUpstream(() => visibleSession(dependencies, input.path.session_id, context));
      const counts = await dependencies.segments.countsBySession(session.id);
      return {
        status: 200,
        body: {
          session_id: session.id,
          event_id: session.eventId,
          channel_id: session.channelId,
          source_language: session.sourceLanguage,
          complete: session.status === 'ended',
          languages: session.languages.map((language) => ({
            language,
            is_source: language === session.sourceLanguage,
            segment_count: counts.get(language) ?? 0,
          })),
        },
      };
    },

    async getSessionTranscript(input, context): Promise<GetSessionTranscriptResult> {
      const { session } = await withUpstream(() => visibleSession(dependencies, input.path.session_id, context));
      const language = languageOf(session.languages, input.path.language);
      if (!language)
        throw problems.notFound(`Session ${session.id} has transcripts in ${session.languages.join(', ')}, not in ${input.path.language}.`);
      const segments = await dependencies.segments.listBySession(session.id, language);
      const format = chooseTranscriptFormat(input.query.format, acceptOf(input.headers));
      const name = `session-${session.id}.${language}`;
      if (format !== 'json') return textResult(format, [{ cues: segments }], name);
      return {
        status: 200,
        contentType: 'application/json',
        headers: { 'Content-Disposition': disposition('json', name), Vary: 'Accept' },
        body: {
          session_id: session.id,
          event_id: session.eventId,
          channel_id: session.channelId,
          language,
          source_language: session.sourceLanguage,
          is_source: language === session.sourceLanguage,
          complete: session.status === 'ended',
          segments: segments.map((segment) => segmentBody(segment)),
        },
      };
    },

    async getEventTranscript(input, context): Promise<GetEventTranscriptResult> {
      const event = await withUpstream(() => visibleEvent(dependencies, input.path.event_id, context));
      const channelId = input.query.channel_id;
      const channels = channelId ? event.channels.filter((channel) => channel.id === channelId) : event.channels;
      if (channelId && channels.length === 0) throw problems.notFound(`Event ${event.id} has no channel ${channelId}.`);
      const language = languageOf(eventLanguages({ ...event, channels }), input.path.language);
      if (!language)
        throw problems.notFound(`Event ${event.id} does not offer ${input.path.language}${channelId ? ` in channel ${channelId}` : ''}.`);

      const sessions = (await dependencies.sessions.listAllByEvent(event.id, channelId)).filter((session) =>
        languageOf(session.languages, language),
      );
      let offsetMs = 0;
      const included: { session: StoredSession; offsetMs: number; segments: StoredSegment[] }[] = [];
      for (const session of sessions) {
        const segments = await dependencies.segments.listBySession(session.id, languageOf(session.languages, language)!);
        included.push({ session, offsetMs, segments });
        offsetMs += mediaMsOf(dependencies, session);
      }
      const format = chooseTranscriptFormat(input.query.format, acceptOf(input.headers));
      const name = `event-${event.id}.${language}`;
      if (format !== 'json') {
        const parts = included.map(({ session, offsetMs: offset, segments }) => ({
          note: `session ${session.id} started ${session.startedAt.toISOString()}`,
          cues: segments.map((segment) => ({ ...segment, startMs: segment.startMs + offset, endMs: segment.endMs + offset })),
        }));
        return textResult(format, parts, name);
      }
      return {
        status: 200,
        contentType: 'application/json',
        headers: { 'Content-Disposition': disposition('json', name), Vary: 'Accept' },
        body: {
          event_id: event.id,
          channel_id: channelId ?? null,
          language,
          complete: included.every(({ session }) => session.status === 'ended'),
          sessions: included.map(({ session, offsetMs: offset }) => ({
            session_id: session.id,
            channel_id: session.channelId,
            started_at: session.startedAt.toISOString(),
            offset_ms: offset,
            source_language: session.sourceLanguage,
            is_source: session.sourceLanguage.toLowerCase() === language.toLowerCase(),
          })),
          segments: included.flatMap(({ segments, offsetMs: offset }) => segments.map((segment) => segmentBody(segment, offset))),
        },
      };
    },
  };
}
