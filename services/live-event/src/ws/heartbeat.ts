/**
 * Protocol pings for every WebSocket (speakers and listeners): every interval each socket is pinged, and one that answered
 * none of the last two pings is cut (no close frame: the peer is gone). One timer per interval for
 * all sockets, rather than one per socket, keeps an idle connection cheap.
 */
import type { WebSocket } from 'ws';

interface Watched {
  missed: number;
  onPong: () => void;
}

const groups = new Map<number, { timer: NodeJS.Timeout; sockets: Map<WebSocket, Watched> }>();

/** Starts pinging `socket` every `intervalMs`; returns the function that stops it. */
export function watchHeartbeat(socket: WebSocket, intervalMs: number): () => void {
  let group = groups.get(intervalMs);
  if (!group) {
    const sockets = new Map<WebSocket, Watched>();
    const timer = setInterval(() => {
      for (const [watchedSocket, watched] of sockets) {
        if (watched.missed >= 2) {
          watchedSocket.terminate();
          continue;
        }
        watched.missed += 1;
        if (watchedSocket.readyState === watchedSocket.OPEN) watchedSocket.ping();
      }
    }, intervalMs);
    timer.unref();
    group = { timer, sockets };
    groups.set(intervalMs, group);
  }
  const watched: Watched = { missed: 0, onPong: () => (watched.missed = 0) };
  socket.on('pong', watched.onPong);
  group.sockets.set(socket, watched);
  const owner = group;
  return () => {
    socket.off('pong', watched.onPong);
    owner.sockets.delete(socket);
    if (owner.sockets.size === 0 && groups.get(intervalMs) === owner) {
      clearInterval(owner.timer);
      groups.delete(intervalMs);
    }
  };
}
