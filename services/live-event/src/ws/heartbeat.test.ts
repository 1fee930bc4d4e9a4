import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { unwatchHeartbeat, watchHeartbeat } from './heartbeat.js';

/** Just what the heartbeat uses of a ws socket: its pings, its pongs and being cut. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  pings = 0;
  terminated = false;
  answers = true;

  ping(): void {
    this.pings += 1;
    if (this.answers) this.emit('pong');
  }

  terminate(): void {
    this.terminated = true;
  }
}

function watch(count: number, intervalMs: number): FakeSocket[] {
  const sockets = Array.from({ length: count }, () => new FakeSocket());
  for (const socket of sockets) watchHeartbeat(socket as unknown as WebSocket, intervalMs);
  return sockets;
}

describe('heartbeat', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings each socket once per interval, a slice of them at a time rather than all at once', () => {
    const sockets = watch(3000, 30_000);
    const pingsSoFar = () => sockets.reduce((total, socket) => total + socket.pings, 0);
    vi.advanceTimersByTime(1000);
    // One tick of 30: a thirtieth of the sockets, so the event loop is never held by all 3,000 pings.
    expect(pingsSoFar()).toBe(100);
    vi.advanceTimersByTime(29_000);
    expect(sockets.every((socket) => socket.pings === 1)).toBe(true);
    for (const socket of sockets) unwatchHeartbeat(socket as unknown as WebSocket);
  });

  it('cuts a socket that answered none of two pings, and only that one', () => {
    const [answering, silent] = watch(2, 30_000);
    silent!.answers = false;
    vi.advanceTimersByTime(60_000);
    expect(silent!.terminated).toBe(false);
    vi.advanceTimersByTime(30_000);
    expect(silent!.terminated).toBe(true);
    expect(answering!.terminated).toBe(false);
    unwatchHeartbeat(answering as unknown as WebSocket);
    unwatchHeartbeat(silent as unknown as WebSocket);
  });

  it('stops pinging a socket once it is no longer watched', () => {
    const [socket] = watch(1, 30_000);
    unwatchHeartbeat(socket as unknown as WebSocket);
    vi.advanceTimersByTime(90_000);
    expect(socket!.pings).toBe(0);
  });
});
