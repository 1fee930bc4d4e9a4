import type { GetSessionTranscriptResult, LiveServiceHandlers } from '@ilenia/generated/openapi/live-service/server';
import { problems } from '@ilenia/kit';
import {
  chooseTranscriptFormat,
  mediaTypeOfFormat,
  renderPlainText,
  renderSubRip,
  renderWebVtt,
  type TranscriptFormat,
} from '@ilenia/transcripts';
import { withUpstreams } from '../upstream/upstream-failure.js';
import { callerOf, visibleSession, type HandlerDependencies } from './dependencies.js';

function disposition(format: TranscriptFormat, name: string): string {
  return `${format === 'json' ? 'inline' : 'attachment'}; filename="${name}.${format}"`;
}

/** A session's transcript per language, in the formats of the WebSocket mode. */
export function transcriptHandlers(
  dependencies: HandlerDependencies,
): Pick<LiveServiceHandlers, 'listSessionTranscripts' | 'getSessionTranscript'> {
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
        const language = languages.find((candidate) => candidate.toLowerCase() === input.path.language.toLowerCase());
        if (!language)
          throw problems.notFound(`Session ${session.id} has transcripts in ${languages.join(', ')}, not in ${input.path.language}.`);
        const finals = await dependencies.finals.listBySession(session.id, language);
        const format = chooseTranscriptFormat(
          input.query.format,
          typeof input.headers.accept === 'string' ? input.headers.accept : undefined,
        );
        const name = `session-${session.id}.${language}`;
        const headers = { 'Content-Disposition': disposition(format, name), Vary: 'Accept' };
        const parts = [{ cues: finals }];
        const complete = session.status === 'ended' || session.status === 'failed';
        if (format === 'vtt') return { status: 200, contentType: mediaTypeOfFormat.vtt, headers, body: renderWebVtt(parts) };
        if (format === 'srt') return { status: 200, contentType: mediaTypeOfFormat.srt, headers, body: renderSubRip(parts) };
        if (format === 'txt') return { status: 200, contentType: mediaTypeOfFormat.txt, headers, body: renderPlainText(parts) };
        return {
          status: 200,
          contentType: 'application/json',
          headers,
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
  };
}
