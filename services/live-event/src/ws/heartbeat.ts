/**
 * Protocol pings for every WebSocket (speakers and listeners): every interval each socket is pinged, and one that answered
 * none of the last two pings is cut (no close frame: the peer is gone). One timer per interval for
 * all sockets, and one pong handler for all of them (it finds its socket as `this`), rather than a
 * timer and a closure per socket, keep an idle connection cheap.
 */
import type { WebSocket } from 'ws';

interface HeartbeatGroup {
  intervalMs: number;
  timer: NodeJS.Timeout;
  /** Pings each socket left unanswered. */
  missed: Map<WebSocket, number>;
}

const groups = new Map<number, HeartbeatGroup>();
/** The group of each watched socket, so that the one pong handler finds its count. */
const groupOf = new WeakMap<WebSocket, HeartbeatGroup>();

function onPong(this: WebSocket): void {
  const group = groupOf.get(this);
  if (group?.missed.has(this)) group.missed.set(this, 0);
}

/** Starts pinging `socket` every `intervalMs`, until {@link unwatchHeartbeat}. */
export function watchHeartbeat(socket: WebSocket, intervalMs: number): void {
  let group = groups.get(intervalMs);
  if (!group) {
    const missed = new Map<WebSocket, number>();
    const timer = setInterval(() => {
      for (const [watched, count] of missed) {
        if (count >= 2) {
          watched.terminate();
          continue;
        }
        missed.set(watched, count + 1);
        if (watched.readyState === watched.OPEN) watched.ping();
      }
    }, intervalMs);
    timer.unref();
    group = { intervalMs, timer, missed };
    groups.set(intervalMs, group);
  }
  socket.on('pong', onPong);
  group.missed.set(socket, 0);
  groupOf.set(socket, group);
}

/** Stops pinging `socket`; the last socket of an interval stops its timer. */
export function unwatchHeartbeat(socket: WebSocket): void {
  const group = groupOf.get(socket);
  if (!group) return;
  socket.off('pong', onPong);
  group.missed.delete(socket);
  groupOf.delete(socket);
  if (group.missed.size === 0 && groups.get(group.intervalMs) === group) {
    clearInterval(group.timer);
    groups.delete(group.intervalMs);
  }
}
