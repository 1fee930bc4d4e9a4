/** Downloads the event's transcript in one language from the live-event service (the whole talk so far). */
import { unwrap, type LiveEventClient } from '../api/sdk.js';

export type TranscriptFormat = 'vtt' | 'srt' | 'txt';

export async function downloadTranscript(
  client: LiveEventClient,
  eventId: string,
  channelId: string,
  language: string,
  format: TranscriptFormat,
): Promise<void> {
  const blob = await unwrap(
    client.getEventTranscript({
      params: { path: { event_id: eventId, language }, query: { format, channel_id: channelId } },
      parseAs: 'blob',
    }),
  );
  const url = URL.createObjectURL(blob as unknown as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `transcript-${eventId.slice(0, 8)}-${language}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
