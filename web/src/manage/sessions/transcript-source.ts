/**
 * Where a session's transcripts come from: live-event in WebSocket mode, live-service in LiveKit mode.
 * Both serve the same index (languages and segment counts), the same JSON segments and the same
 * downloads, so the panels show and download them with one component and differ only here.
 */
import type { ApiClients } from '../../api/clients.js';
import { unwrap } from '../../api/sdk.js';

export const sessionTranscriptFormats = ['json', 'vtt', 'srt', 'txt'] as const;
export type SessionTranscriptFormat = (typeof sessionTranscriptFormats)[number];

export interface TranscriptLanguageEntry {
  language: string;
  is_source: boolean;
  segment_count: number;
}

export interface TranscriptSegmentEntry {
  sequence: number;
  start_ms: number;
  text: string;
}

export interface TranscriptSource {
  /** The service, in query keys: the two services' sessions are different things. */
  service: 'live-event' | 'live-service';
  languages(sessionId: string): Promise<TranscriptLanguageEntry[]>;
  segments(sessionId: string, language: string): Promise<TranscriptSegmentEntry[]>;
  file(sessionId: string, language: string, format: SessionTranscriptFormat): Promise<Blob>;
}

// Two adapters rather than one over both clients: the clients are generated from two specs whose
// segments differ (live-event's carry segment, session and speaker ids), so the compiler accepts one
// for the other only through a cast, and a cast would stop it checking either call.
export function liveEventTranscripts(api: ApiClients): TranscriptSource {
  const client = api.liveEvent;
  return {
    service: 'live-event',
    languages: async (sessionId) =>
      (await unwrap(client.listSessionTranscripts({ params: { path: { session_id: sessionId } } }))).languages,
    segments: async (sessionId, language) => {
      const transcript = await unwrap(
        client.getSessionTranscript({ params: { path: { session_id: sessionId, language }, query: { format: 'json' } } }),
      );
      return jsonSegments(transcript);
    },
    file: async (sessionId, language, format) =>
      await unwrap(
        client.getSessionTranscript({ params: { path: { session_id: sessionId, language }, query: { format } }, parseAs: 'blob' }),
      ),
  };
}

export function liveServiceTranscripts(api: ApiClients): TranscriptSource {
  const client = api.liveService;
  return {
    service: 'live-service',
    languages: async (sessionId) =>
      (await unwrap(client.listSessionTranscripts({ params: { path: { session_id: sessionId } } }))).languages,
    segments: async (sessionId, language) => {
      const transcript = await unwrap(
        client.getSessionTranscript({ params: { path: { session_id: sessionId, language }, query: { format: 'json' } } }),
      );
      return jsonSegments(transcript);
    },
    file: async (sessionId, language, format) =>
      await unwrap(
        client.getSessionTranscript({ params: { path: { session_id: sessionId, language }, query: { format } }, parseAs: 'blob' }),
      ),
  };
}

/**
 * The segments of a `format=json` answer. The operation's 200 is JSON or text by content type, so the
 * generated type is their union; a text body here means the service ignored `format=json`.
 */
function jsonSegments(transcript: string | { segments: TranscriptSegmentEntry[] }): TranscriptSegmentEntry[] {
  if (typeof transcript !== 'object') throw new Error('The transcript did not come as JSON.');
  return transcript.segments;
}
