/** Channel broadcasts for the tests, typed by the generated models. */
import { randomUUID } from 'node:crypto';
import type { Gap, SessionState, SubtitleFinal, SubtitlePartial } from '@ilenia/generated/asyncapi/live-event/messages';
import type { ChannelKey } from '../../src/distribution/types.js';

/** A segment id (a UUID) derived from the segment's number, so tests can tell segments apart. */
function segmentId(segment: number): string {
  return `00000000-0000-4000-8000-${String(segment).padStart(12, '0')}`;
}

/** A channel with its own ids, so tests never see each other's messages. */
export function testChannel(): ChannelKey & { sessionId: string } {
  return { eventId: randomUUID(), channelId: randomUUID(), sessionId: randomUUID() };
}

export function finalOf(
  channel: ChannelKey & { sessionId: string },
  sequence: number,
  language: string,
  options: { text?: string; isSource?: boolean } = {},
): SubtitleFinal {
  return {
    type: 'subtitle_final',
    event_id: channel.eventId,
    channel_id: channel.channelId,
    session_id: channel.sessionId,
    segment_id: segmentId(sequence),
    sequence,
    language,
    is_source: options.isSource ?? language === 'en',
    start_ms: sequence * 1000,
    end_ms: sequence * 1000 + 900,
    text: options.text ?? `${language} ${sequence}`,
    timings: { recognition_ms: 100, translation_ms: language === 'en' ? null : 20, emitted_at: new Date().toISOString() },
    replayed: false,
  };
}

export function partialOf(
  channel: ChannelKey & { sessionId: string },
  segment: number,
  revision: number,
  language: string,
): SubtitlePartial {
  return {
    type: 'subtitle_partial',
    event_id: channel.eventId,
    channel_id: channel.channelId,
    session_id: channel.sessionId,
    segment_id: segmentId(segment),
    revision,
    language,
    is_source: language === 'en',
    start_ms: segment * 1000,
    end_ms: segment * 1000 + revision * 100,
    text: `${language} ${segment} r${revision}`,
    timings: { recognition_ms: 50, translation_ms: language === 'en' ? null : 10, emitted_at: new Date().toISOString() },
  };
}

export function gapOf(channel: ChannelKey & { sessionId: string }, afterSequence: number | null, language: string | null): Gap {
  return {
    type: 'gap',
    event_id: channel.eventId,
    channel_id: channel.channelId,
    session_id: channel.sessionId,
    language,
    from_ms: 0,
    to_ms: 500,
    after_sequence: afterSequence,
    reason: language === null ? 'asr_failed' : 'mt_failed',
  };
}

export function sessionStateOf(
  channel: ChannelKey & { sessionId: string },
  state: SessionState['state'],
  change: SessionState['change'],
  endReason?: SessionState['end_reason'],
): SessionState {
  return {
    type: 'session_state',
    event_id: channel.eventId,
    channel_id: channel.channelId,
    session_id: channel.sessionId,
    state,
    change,
    ...(endReason ? { end_reason: endReason } : {}),
    at: new Date().toISOString(),
  };
}
