/**
 * Follows one channel in one language: owns the caption store and the connection, switches the
 * language on the open connection, and exposes what the page shows.
 */
import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react';
import { webSocketUrlFor } from '../api/gateway.js';
import { unwrap, type ChannelLanguage, type LiveEventClient, type SessionStateName } from '../api/sdk.js';
import type { MessageKey } from '../i18n/i18n.js';
import { usePerKey } from '../broadcast/usePerKey.js';
import { CaptionStore } from './captions.js';
import { errorCodeMessage, type CloseOutcome } from './close-reasons.js';
import { ListenerConnection, type ConnectionStatus, type SocketLike } from './listener-connection.js';

export interface ListenerState {
  status: ConnectionStatus;
  session: SessionStateName | undefined;
  availableLanguages: ChannelLanguage[];
  /** A sentence about the connection or a refusal, in the interface language. */
  notice: MessageKey | undefined;
  /** Part of the talk asked for is no longer held by the server. */
  missing: boolean;
  store: CaptionStore;
  version: number;
}

export interface UseListenerOptions {
  client: LiveEventClient;
  eventId: string;
  channelId: string | undefined;
  language: string | undefined;
  openSocket?: (url: string) => SocketLike;
}

const browserSocket = (url: string): SocketLike => new WebSocket(url) as unknown as SocketLike;

export function useListener({ client, eventId, channelId, language, openSocket = browserSocket }: UseListenerOptions): ListenerState {
  const store = usePerKey(channelId ?? '', () => new CaptionStore());
  const version = useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [session, setSession] = useState<SessionStateName | undefined>();
  const [availableLanguages, setAvailableLanguages] = useState<ChannelLanguage[]>([]);
  const [notice, setNotice] = useState<MessageKey | undefined>();
  const [missing, setMissing] = useState(false);
  // The connection outlives language switches: it asks for the language chosen at the time.
  const currentLanguage = useEffectEvent(() => language!);
  const connectionRef = useRef<ListenerConnection | undefined>(undefined);
  const connectable = channelId !== undefined && language !== undefined;

  useEffect(() => {
    if (!channelId || !connectable) return;
    const connection = new ListenerConnection({
      channelId,
      languages: () => [currentLanguage()],
      resumeFrom: () => store.lastSequence(currentLanguage()) ?? 0,
      requestTicket: () => unwrap(client.createListenerTicket({ body: { event_id: eventId } })),
      openSocket: (ticket) => openSocket(webSocketUrlFor(ticket.websocket_url, ticket.ticket)),
      onStatus: (next: ConnectionStatus, outcome?: CloseOutcome) => {
        setStatus(next);
        if (next === 'connected') setNotice(undefined);
        else if (outcome) setNotice(outcome.message);
      },
      onMessage: (message) => {
        switch (message.type) {
          case 'subscribed':
            setAvailableLanguages(message.available_languages);
            setSession(message.session.state);
            if (message.replay?.truncated) setMissing(true);
            break;
          case 'subtitle_final':
            store.addFinal(message);
            break;
          case 'subtitle_partial':
            store.setPartial(message);
            break;
          case 'gap':
            store.addGap(message, currentLanguage());
            break;
          case 'session_state':
            setSession(message.state);
            if (message.state !== 'live') store.clearPartials();
            break;
          case 'error':
            if (!message.fatal) setNotice(errorCodeMessage(message.code));
            break;
          default:
            break;
        }
      },
    });
    connectionRef.current = connection;
    connection.start();
    return () => {
      connection.stop();
      connectionRef.current = undefined;
    };
    // The connection lives as long as the channel; a language change goes over it (set_languages).
  }, [client, eventId, channelId, connectable, store, openSocket]);

  useEffect(() => {
    if (language) connectionRef.current?.setLanguages([language]);
  }, [language]);

  return { status, session, availableLanguages, notice, missing, store, version };
}
