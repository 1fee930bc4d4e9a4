/**
 * The server's own answers on the listener channel (`subscribed`, `unsubscribed`, `pong`; `error` is the connection base's),
 * typed by the generated models and serialised by the generated validator, so a reply that breaks
 * the contract throws here instead of reaching a client.
 */
import type { ChannelLanguage, ListenerServerMessage, Subscribed } from '@ilenia/generated/asyncapi/live-event/messages';
import { serializeListenerServerMessage } from '@ilenia/generated/asyncapi/live-event/validators';
import type { ChannelStatus } from './types.js';

/** The JSON text of a listener reply. */
export function serializeReply(message: ListenerServerMessage): string {
  return serializeListenerServerMessage(message);
}

/** A channel's languages as `subscribed.available_languages`: the source first, then its targets. */
export function availableLanguages(channel: { sourceLanguage: string; targetLanguages: readonly string[] }): ChannelLanguage[] {
  const languages: ChannelLanguage[] = [{ language: channel.sourceLanguage, is_source: true }];
  for (const language of channel.targetLanguages) {
    if (!languages.some((entry) => entry.language === language)) languages.push({ language, is_source: false });
  }
  return languages;
}

/** The `subscribed` answering `subscribe` or `set_languages`. */
export function subscribedReply(options: {
  requestId: string | undefined;
  eventId: string;
  channel: { channelId: string; sourceLanguage: string; targetLanguages: readonly string[] };
  languages: Iterable<string>;
  includePartials: boolean;
  status: ChannelStatus;
  replay: Subscribed['replay'];
}): string {
  const subscribed: Subscribed = {
    type: 'subscribed',
    event_id: options.eventId,
    channel_id: options.channel.channelId,
    languages: [...options.languages],
    available_languages: availableLanguages(options.channel),
    include_partials: options.includePartials,
    session: options.status.session,
    last_sequence: options.status.latestSequence > 0 ? options.status.latestSequence : null,
    replay: options.replay,
  };
  if (options.requestId !== undefined) subscribed.request_id = options.requestId;
  return serializeReply(subscribed);
}
