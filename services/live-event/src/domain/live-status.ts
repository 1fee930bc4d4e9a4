/**
 * How the live status of an event is put together from what the instances share: presence summed
 * over instances, a session's state from the database and the bus, and each final's stages (the
 * slowest instance's delivery per language).
 */
import type { SessionSummary } from '@ilenia/generated/asyncapi/live-event/messages';
import type { components } from '@ilenia/generated/openapi/live-event/types';
import type { FinalTimings, PresenceSnapshot } from '../live-status/types.js';
import type { StoredSession } from '../repositories/session-repository.js';

export type ChannelLiveStatus = components['schemas']['ChannelLiveStatus'];
type ChannelLiveSession = components['schemas']['ChannelLiveSession'];
type FinalLatency = components['schemas']['FinalLatency'];

/** A channel as the events service describes it, as far as the live status needs. */
export interface ChannelLanguages {
  id: string;
  source_language: string;
  target_languages: readonly string[];
}

/** Listener connections of the event on every instance. */
export function eventListeners(presence: readonly PresenceSnapshot[]): number {
  return presence.reduce((sum, snapshot) => sum + snapshot.connections, 0);
}

/**
 * The channel's unfinished session: its state is the bus's (live or paused, shared by instances)
 * when the bus speaks of that session, otherwise what the database says.
 */
export function liveSession(session: StoredSession | undefined, busSession: SessionSummary | undefined): ChannelLiveSession | null {
  if (!session || session.status === 'ended') return null;
  const busState = busSession?.session_id === session.id ? busSession.state : undefined;
  const state: ChannelLiveSession['state'] =
    busState === 'live' || busState === 'paused' || busState === 'interrupted'
      ? busState
      : session.status === 'interrupted'
        ? 'interrupted'
        : 'live';
  return { id: session.id, state, speaker_id: session.speakerId, started_at: session.startedAt.toISOString() };
}

/** The finals that have a published language, newest first, languages in the channel's order. */
export function finalLatencies(finals: readonly FinalTimings[], channelLanguages: readonly string[]): FinalLatency[] {
  const order = (language: string) => {
    const index = channelLanguages.indexOf(language);
    return index === -1 ? channelLanguages.length : index;
  };
  const latencies: FinalLatency[] = [];
  for (const final of [...finals].sort((a, b) => b.sequence - a.sequence)) {
    const published = Object.entries(final.languages);
    const source = published.find(([, timings]) => timings.isSource) ?? published[0];
    if (!source) continue;
    const [, first] = source;
    latencies.push({
      session_id: first.sessionId,
      sequence: final.sequence,
      emitted_at: first.emittedAt,
      recognition_ms: first.recognitionMs,
      languages: published
        .sort(
          ([a, timingsA], [b, timingsB]) =>
            Number(timingsB.isSource) - Number(timingsA.isSource) || order(a) - order(b) || a.localeCompare(b),
        )
        .map(([language, timings]) => {
          const deliveries = final.deliveries[language] ?? [];
          return {
            language,
            is_source: timings.isSource,
            translation_ms: timings.isSource ? null : timings.translationMs,
            delivery_ms: deliveries.length > 0 ? Math.max(...deliveries) : null,
          };
        }),
    });
  }
  return latencies;
}

/** One channel's live status. */
export function channelLiveStatus(input: {
  channel: ChannelLanguages;
  session: StoredSession | undefined;
  busSession: SessionSummary | undefined;
  presence: readonly PresenceSnapshot[];
  finals: readonly FinalTimings[];
}): ChannelLiveStatus {
  const { channel, presence } = input;
  const languages = [channel.source_language, ...channel.target_languages.filter((language) => language !== channel.source_language)];
  const counts = presence.map((snapshot) => snapshot.channels[channel.id]).filter((entry) => entry !== undefined);
  return {
    channel_id: channel.id,
    session: liveSession(input.session, input.busSession),
    listeners: counts.reduce((sum, entry) => sum + entry.listeners, 0),
    languages: languages.map((language) => ({
      language,
      listeners: counts.reduce((sum, entry) => sum + (entry.languages[language] ?? 0), 0),
    })),
    finals: finalLatencies(input.finals, languages),
  };
}
