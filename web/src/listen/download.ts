/**
 * Downloads the event's transcript in one language (the whole talk so far): from live-event in
 * WebSocket mode, from live-service in LiveKit mode (`getLiveEventTranscript`, the same shape).
 */
import { saveBlob } from '../api/save-file.js';
import { unwrap, type LiveEventClient, type LiveServiceClient } from '../api/sdk.js';

/** The formats a listener downloads (JSON is the managers' and programs'). */
export const listenerTranscriptFormats = ['vtt', 'srt', 'txt'] as const;
export type TranscriptFormat = (typeof listenerTranscriptFormats)[number];

export interface EventTranscriptRequest {
  eventId: string;
  channelId: string;
  language: string;
  format: TranscriptFormat;
}

export async function downloadTranscript(client: LiveEventClient, request: EventTranscriptRequest): Promise<void> {
  const { eventId, channelId, language, format } = request;
  const blob = await unwrap(
    client.getEventTranscript({
      params: { path: { event_id: eventId, language }, query: { format, channel_id: channelId } },
      parseAs: 'blob',
    }),
  );
  saveBlob(blob, transcriptFileName(request));
}

export async function downloadLiveKitTranscript(client: LiveServiceClient, request: EventTranscriptRequest): Promise<void> {
  const { eventId, channelId, language, format } = request;
  const blob = await unwrap(
    client.getLiveEventTranscript({
      params: { path: { event_id: eventId, language }, query: { format, channel_id: channelId } },
      parseAs: 'blob',
    }),
  );
  saveBlob(blob, transcriptFileName(request));
}

function transcriptFileName({ eventId, language, format }: EventTranscriptRequest): string {
  return `transcript-${eventId.slice(0, 8)}-${language}.${format}`;
}
