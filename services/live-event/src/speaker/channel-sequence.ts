import type { SessionServices } from './live-session.js';

/** The channel's latest sequence: the bus's, or the stored one when the bus forgot (restarted in process). */
export async function latestSequence(services: SessionServices, channel: { eventId: string; channelId: string }): Promise<number> {
  const [stored, history] = await Promise.all([
    services.segments.latestSequenceOfChannel(channel.channelId),
    services.bus
      .history({ eventId: channel.eventId, channelId: channel.channelId }, { afterSequence: Number.MAX_SAFE_INTEGER, languages: [] })
      .catch(() => ({ latestSequence: 0 })),
  ]);
  return Math.max(stored, history.latestSequence);
}
