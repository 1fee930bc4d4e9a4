import { describe, expect, it } from 'vitest';
import { ProblemError, type ListenerServerMessage, type WebSocketTicket } from '../api/sdk.js';
import type { CloseOutcome } from './close-reasons.js';
import { ListenerConnection, type ConnectionStatus } from './listener-connection.js';
import { FakeSocket, subscribedMessage } from './test-support.js';

const ticket: WebSocketTicket = {
  ticket: 't',
  expires_at: '2026-01-01T00:00:00Z',
  expires_in: 30,
  websocket_url: 'ws://localhost/v1/ws/listener',
  role: 'listener',
  event_id: 'e',
  channel_id: null,
  languages: ['en', 'es'],
};

function harness(options: { ticketError?: ProblemError } = {}) {
  const sockets: FakeSocket[] = [];
  const statuses: [ConnectionStatus, CloseOutcome | undefined][] = [];
  const received: ListenerServerMessage[] = [];
  let highest = 0;
  let socketOpened: (() => void) | undefined;
  const statusWaiters: [ConnectionStatus, () => void][] = [];
  const connection = new ListenerConnection({
    channelId: 'c',
    languages: () => ['es'],
    resumeFrom: () => highest,
    requestTicket: () => (options.ticketError ? Promise.reject(options.ticketError) : Promise.resolve(ticket)),
    openSocket: () => {
      const socket = new FakeSocket('ws://x');
      sockets.push(socket);
      socketOpened?.();
      return socket;
    },
    onMessage: (message) => {
      received.push(message);
      if (message.type === 'subtitle_final') highest = Math.max(highest, message.sequence);
    },
    onStatus: (status, outcome) => {
      statuses.push([status, outcome]);
      for (const [wanted, resolve] of statusWaiters) if (wanted === status) resolve();
    },
    wait: () => Promise.resolve(),
  });
  const nextSocket = () =>
    new Promise<FakeSocket>((resolve) => {
      const count = sockets.length;
      socketOpened = () => queueMicrotask(() => resolve(sockets[count]!));
    });
  const whenStatus = (status: ConnectionStatus) => new Promise<void>((resolve) => statusWaiters.push([status, resolve]));
  return { connection, sockets, statuses, received, nextSocket, whenStatus };
}

describe('a listener connection', () => {
  it('subscribes to the chosen language and asks for everything still held on the first connection', async () => {
    const { connection, nextSocket } = harness();
    const opened = nextSocket();
    connection.start();
    const socket = await opened;
    socket.open();
    expect(socket.sent).toEqual([{ type: 'subscribe', channel_id: 'c', languages: ['es'], include_partials: true, resume_from: 0 }]);
  });

  it('after a dropped connection reconnects with a new ticket and resumes after the last final received', async () => {
    const { connection, nextSocket, statuses } = harness();
    let opened = nextSocket();
    connection.start();
    const first = await opened;
    first.open();
    first.receive(subscribedMessage(['es']));
    first.receive({ type: 'subtitle_final', sequence: 7, language: 'es', segment_id: 's7', text: 'siete' });
    opened = nextSocket();
    first.drop(1006);
    const second = await opened;
    second.open();
    expect(second.sent[0]).toMatchObject({ type: 'subscribe', resume_from: 7 });
    expect(statuses.map(([status]) => status)).toEqual(['connecting', 'connected', 'reconnecting']);
  });

  it('changes languages on the open connection with set_languages', async () => {
    const { connection, nextSocket } = harness();
    const opened = nextSocket();
    connection.start();
    const socket = await opened;
    socket.open();
    socket.receive(subscribedMessage(['es']));
    connection.setLanguages(['en']);
    expect(socket.sent[1]).toEqual({ type: 'set_languages', languages: ['en'] });
  });

  it.each([
    [4003, 'error.forbidden'],
    [4004, 'error.event_not_found'],
    [4009, 'error.event_not_live'],
    [4011, 'error.session_ended'],
    [1008, 'error.policy_violation'],
  ])('stops after close code %i and says why (%s)', async (code, message) => {
    const { connection, nextSocket, statuses, sockets } = harness();
    const opened = nextSocket();
    connection.start();
    const socket = await opened;
    socket.open();
    socket.drop(code);
    expect(statuses.at(-1)).toEqual(['closed', { message, reconnect: false }]);
    expect(sockets).toHaveLength(1);
  });

  it('tells an unassigned listener so, without retrying', async () => {
    const refusal = new ProblemError(
      { type: 'https://ilenia.dev/problems/not-found', title: 'Not found', status: 404 },
      new Response(null, { status: 404 }),
    );
    const { connection, statuses, whenStatus } = harness({ ticketError: refusal });
    const closed = whenStatus('closed');
    connection.start();
    await closed;
    expect(statuses.at(-1)).toEqual(['closed', { message: 'error.unassigned', reconnect: false }]);
  });
});
