import type {
  GetLiveEventTranscriptResult,
  GetSessionTranscriptResult,
  LiveServiceHandlers,
} from '@ilenia/generated/openapi/live-service/server';
import type { EventsEvent } from '@ilenia/kit/upstream';
import { problems } from '@ilenia/kit';
import {
  chooseTranscriptFormat,
  mediaTypeOfFormat,
  renderPlainText,
  renderSubRip,
  renderWebVtt,
  type TranscriptFormat,
  type TranscriptPart,
} from '@ilenia/transcripts';
import type { StoredFinal } from '../repositories/final-repository.js';
import type { StoredSession } from '../repositories/session-repository.js';
import { withUpstreams } from '../upstream/upstream-failure.js';
import { callerOf, visibleEvent, visibleSession, type HandlerDependencies } from './dependencies.js';

function disposition(format: TranscriptFormat, name: string): string {
  return `${format === 'json' ? 'inline' : 'attachment'}; filename="${name}.${format}"`;
}

/** The language tag as `languages` spell it, matched case-insensitively; undefined when absent. */
function languageOf(languages: readonly string[], requested: string): string | undefined {
  return languages.find((language) => language.toLowerCase() === requested.toLowerCase());
}

/** Every language the event's channels speak or translate into. */
function eventLanguages(channels: EventsEvent['channels']): string[] {
  return [...new Set(channels.flatMap((channel) => [channel.source_language, ...channel.target_languages]))];
}

/** The same transcript as text, in one of the three text formats. */
function textResult(format: Exclude<TranscriptFormat, 'json'>, parts: TranscriptPart[], name: string) {
  const headers = { 'Content-Disposition': disposition(format, name), Vary: 'Accept' };
  if (format === 'vtt') return { status: 200 as const, contentType: mediaTypeOfFormat.vtt, headers, body: renderWebVtt(parts) };
  if (format === 'srt') return { status: 200 as const, contentType: mediaTypeOfFormat.srt, headers, body: renderSubRip(parts) };
  return { status: 200 as const, contentType: mediaTypeOfFormat.txt, headers, body: renderPlainText(parts) };
}

const isComplete = (session: StoredSession) => session.status === 'ended' || session.status === 'failed';

/** A session's transcript per language, in the formats of the WebSocket mode, and the whole event's. */
export function transcriptHandlers(
  dependencies: HandlerDependencies,
): Pick<LiveServiceHandlers, 'listSessionTranscripts' | 'getSessionTranscript' | 'getLiveEventTranscript'> {
  return {
    listSessionTranscripts: (input, context) =>
      withUpstreams(async () => {
        const { session } = await visibleSession(dependencies, input.path.session_id, callerOf(context));
        const counts = await dependencies.finals.countsBySession(session.id);
        return {
          status: 200,
          body: {
            session_id: session.id,
            event_id: session.eventId,
            channel_id: session.channelId,
            source_language: session.sourceLanguage,
            complete: session.status === 'ended' || session.status === 'failed',
            languages: [session.sourceLanguage, ...session.targetLanguages].map((language) => ({
              language,
              is_source: language === session.sourceLanguage,
              segment_count: counts.get(language) ?? 0,
            })),
          },
        };
      }),

    getSessionTranscript: (input, context) =>
      withUpstreams(async (): Promise<GetSessionTranscriptResult> => {
        const { session } = await visibleSession(dependencies, input.path.session_id, callerOf(context));
        const languages = [session.sourceLanguage, ...session.targetLanguages];
        const language = languageOf(languages, input.path.language);
        if (!language)
          throw problems.notFound(`Session ${session.id} has transcripts in ${languages.join(', ')}, not in ${input.path.language}.`);
        const finals = await dependencies.finals.listBySession(session.id, language);
        const format = chooseTranscriptFormat(
          input.query.format,
          typeof input.headers.accept === 'string' ? input.headers.accept : undefined,
        );
        const name = `session-${session.id}.${language}`;
        if (format !== 'json') return textResult(format, [{ cues: finals }], name);
        const complete = isComplete(session);
        return {
          status: 200,
          contentType: 'application/json',
          headers: { 'Content-Disposition': disposition(format, name), Vary: 'Accept' },
          body: {
            session_id: session.id,
            event_id: session.eventId,
            channel_id: session.channelId,
            language,
            source_language: session.sourceLanguage,
            is_source: language === session.sourceLanguage,
            complete,
            segments: finals.map((final) => ({ sequence: final.sequence, start_ms: final.startMs, end_ms: final.endMs, text: final.text })),
          },
        };
      }),

    getLiveEventTranscript: (input, context) =>
      withUpstreams(async (): Promise<GetLiveEventTranscriptResult> => {
        // Whoever the events service shows the event to (listeners included) may read its transcript.
        const event = await visibleEvent(dependencies, input.path.event_id, callerOf(context));
        const channelId = input.query.channel_id;
        const channels = channelId ? event.channels.filter((channel) => channel.id === channelId) : event.channels;
        if (channelId && channels.length === 0) throw problems.notFound(`Event ${event.id} has no channel ${channelId}.`);
        const offered = eventLanguages(channels);
        const language = languageOf(offered, input.path.language);
        if (!language)
          throw problems.notFound(
            `Event ${event.id}${channelId ? `'s channel ${channelId}` : ''} offers ${offered.join(', ')}, not ${input.path.language}.`,
          );

        const sessions = (await dependencies.sessions.listAllByEvent(event.id, channelId)).filter((session) =>
          languageOf([session.sourceLanguage, ...session.targetLanguages], language),
        );
        // One clock: each session's audio clock starts where the previous one's ended.
        let offsetMs = 0;
        const included: { session: StoredSession; offsetMs: number; finals: StoredFinal[] }[] = [];
        for (const session of sessions) {
          const spelled = languageOf([session.sourceLanguage, ...session.targetLanguages], language)!;
          const finals = await dependencies.finals.listBySession(session.id, spelled);
          included.push({ session, offsetMs, finals });
          offsetMs += Math.max(session.mediaMs, finals.at(-1)?.endMs ?? 0);
        }
        const format = chooseTranscriptFormat(
          input.query.format,
          typeof input.headers.accept === 'string' ? input.headers.accept : undefined,
        );
        const name = `event-${event.id}.${language}`;
        const shifted = (final: StoredFinal, offset: number) => ({
          ...final,
          startMs: final.startMs + offset,
          endMs: final.endMs + offset,
        });
        if (format !== 'json')
          return textResult(
            format,
            included.map(({ session, offsetMs: offset, finals }) => ({
              note: `session ${session.id} started ${session.startedAt.toISOString()}`,
              cues: finals.map((final) => shifted(final, offset)),
            })),
            name,
          );
        return {
          status: 200,
          contentType: 'application/json',
          headers: { 'Content-Disposition': disposition('json', name), Vary: 'Accept' },
          body: {
            event_id: event.id,
            channel_id: channelId ?? null,
            language,
            complete: included.every(({ session }) => isComplete(session)),
            sessions: included.map(({ session, offsetMs: offset }) => ({
              session_id: session.id,
              channel_id: session.channelId,
              started_at: session.startedAt.toISOString(),
              offset_ms: offset,
              source_language: session.sourceLanguage,
              is_source: session.sourceLanguage.toLowerCase() === language.toLowerCase(),
            })),
            segments: included.flatMap(({ session, offsetMs: offset, finals }) =>
              finals.map((final) => ({
                session_id: session.id,
                sequence: final.sequence,
                start_ms: final.startMs + offset,
                end_ms: final.endMs + offset,
                text: final.text,
              })),
            ),
          },
        };
      }),
  };
}
