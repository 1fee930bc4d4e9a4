/** A WebSocket the tests drive by hand: they see what the app sends and answer as the server would. */
import type { SocketLike } from './listener-connection.js';

export class FakeSocket implements SocketLike {
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  readonly sent: Record<string, unknown>[] = [];
  closedWith: number | undefined;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(code?: number): void {
    this.closedWith = code;
  }

  open(): void {
    this.onopen?.({});
  }

  receive(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  drop(code: number): void {
    this.onclose?.({ code });
  }
}

/** The server's answer to `subscribe`: a live English channel translated into Spanish. */
export function subscribedMessage(languages: string[], lastSequence: number | null = null) {
  return {
    type: 'subscribed',
    event_id: 'e',
    channel_id: 'c',
    languages,
    available_languages: [
      { language: 'en', is_source: true },
      { language: 'es', is_source: false },
    ],
    include_partials: true,
    session: { session_id: 's', state: 'live' },
    last_sequence: lastSequence,
    replay: null,
  };
}
