import { describe, expect, it } from 'vitest';
import { ProblemError, type WebSocketTicket } from '../api/sdk.js';
import type { CloseOutcome } from '../listen/close-reasons.js';
import { FakeSocket } from '../listen/test-support.js';
import { ReconnectingSocket, type ConnectionStatus } from './reconnecting-socket.js';

const ticket: WebSocketTicket = {
  ticket: 't',
  expires_at: '2026-01-01T00:00:00Z',
  expires_in: 30,
  websocket_url: 'ws://localhost/v1/ws/listener',
  role: 'listener',
  event_id: 'e',
  channel_id: null,
  languages: ['en'],
};

/** A reconnecting socket whose protocol says `hello` on opening and is established by `welcome`. */
function harness(options: { ticketErrors?: (ProblemError | Error)[]; maxAttempts?: number } = {}) {
  const sockets: FakeSocket[] = [];
  const statuses: [ConnectionStatus, CloseOutcome | undefined][] = [];
  const received: unknown[] = [];
  const closed: CloseOutcome[] = [];
  const waits: number[] = [];
  let tickets = 0;
  const ticketErrors = [...(options.ticketErrors ?? [])];
  let onSocket: ((socket: FakeSocket) => void) | undefined;
  const socket: ReconnectingSocket<{ type: string }, { type: string }> = new ReconnectingSocket({
    requestTicket: () => {
      tickets += 1;
      const error = ticketErrors.shift();
      return error ? Promise.reject(error) : Promise.resolve(ticket);
    },
    openSocket: () => {
      const fake = new FakeSocket('ws://x');
      sockets.push(fake);
      queueMicrotask(() => onSocket?.(fake));
      return fake;
    },
    onOpen: () => socket.send({ type: 'hello' }),
    onMessage: (message) => {
      received.push(message);
      if (message.type === 'welcome') socket.established();
    },
    onClosed: (outcome) => closed.push(outcome),
    onStatus: (status, outcome) => statuses.push([status, outcome]),
    wait: (attempt) => {
      waits.push(attempt);
      return Promise.resolve();
    },
    maxAttempts: options.maxAttempts ?? 3,
  });
  const nextSocket = () => new Promise<FakeSocket>((resolve) => (onSocket = resolve));
  const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { socket, sockets, statuses, received, closed, waits, nextSocket, settled, tickets: () => tickets };
}

describe('a reconnecting socket', () => {
  it('says its first words on opening and is connected once the protocol says so', async () => {
    const { socket, nextSocket, statuses } = harness();
    const opened = nextSocket();
    socket.start();
    const fake = await opened;
    fake.open();
    expect(fake.sent).toEqual([{ type: 'hello' }]);
    fake.receive({ type: 'welcome' });
    expect(statuses.map(([status]) => status)).toEqual(['connecting', 'connected']);
  });

  it('ignores binary and unparsable frames', async () => {
    const { socket, nextSocket, received } = harness();
    const opened = nextSocket();
    socket.start();
    const fake = await opened;
    fake.onmessage?.({ data: new ArrayBuffer(4) });
    fake.onmessage?.({ data: '{not json' });
    fake.receive({ type: 'welcome' });
    expect(received).toEqual([{ type: 'welcome' }]);
  });

  it('after a drop asks for a new ticket and opens a new socket, after a backoff', async () => {
    const { socket, nextSocket, statuses, closed, waits, tickets } = harness();
    let opened = nextSocket();
    socket.start();
    const first = await opened;
    first.open();
    first.receive({ type: 'welcome' });
    opened = nextSocket();
    first.drop(1006);
    const second = await opened;
    second.open();
    expect(second.sent).toEqual([{ type: 'hello' }]);
    expect(tickets()).toBe(2);
    expect(waits).toEqual([0]);
    expect(closed).toEqual([{ message: 'listen.connection.reconnecting', reconnect: true }]);
    expect(statuses.map(([status]) => status)).toEqual(['connecting', 'connected', 'reconnecting']);
  });

  it('gives up after maxAttempts in a row that never get established, and counts again once established', async () => {
    const { socket, nextSocket, statuses, waits, sockets, settled } = harness({ maxAttempts: 2 });
    let opened = nextSocket();
    socket.start();
    let fake = await opened;
    fake.receive({ type: 'welcome' });
    // Established once: the attempts start from zero after each welcome.
    for (let index = 0; index < 2; index += 1) {
      opened = nextSocket();
      fake.drop(1006);
      fake = await opened;
    }
    fake.drop(1006);
    await settled();
    expect(waits).toEqual([0, 1]);
    expect(statuses.at(-1)).toEqual(['closed', { message: 'listen.connection.reconnecting', reconnect: true }]);
    expect(sockets).toHaveLength(3);
  });

  it('does not reconnect after a close code that says not to', async () => {
    const { socket, nextSocket, statuses, sockets, settled } = harness();
    const opened = nextSocket();
    socket.start();
    const fake = await opened;
    fake.drop(4003);
    await settled();
    expect(statuses.at(-1)).toEqual(['closed', { message: 'error.forbidden', reconnect: false }]);
    expect(sockets).toHaveLength(1);
  });

  it('retries a ticket request that did not reach the service, and stops on a refusal', async () => {
    const refusal = new ProblemError(
      { type: 'https://ilenia.dev/problems/not-found', title: 'Not found', status: 404 },
      new Response(null, { status: 404 }),
    );
    const { socket, statuses, tickets, settled, sockets } = harness({ ticketErrors: [new TypeError('Failed to fetch'), refusal] });
    socket.start();
    for (let turn = 0; turn < 4; turn += 1) await settled();
    expect(tickets()).toBe(2);
    expect(sockets).toHaveLength(0);
    expect(statuses.map(([status]) => status)).toEqual(['connecting', 'reconnecting', 'closed']);
    expect(statuses.at(-1)?.[1]).toEqual({ message: 'error.unassigned', reconnect: false });
  });

  it('stop() closes with 1000 and nothing reconnects', async () => {
    const { socket, nextSocket, sockets, statuses, settled } = harness();
    const opened = nextSocket();
    socket.start();
    const fake = await opened;
    socket.stop();
    expect(fake.closedWith).toBe(1000);
    fake.drop(1000);
    await settled();
    expect(sockets).toHaveLength(1);
    expect(statuses.map(([status]) => status)).toEqual(['connecting']);
  });
});
