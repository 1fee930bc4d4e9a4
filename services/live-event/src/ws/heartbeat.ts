/**
 * Protocol pings for every WebSocket (speakers and listeners): every interval each socket is pinged, and one that answered
 * none of the last two pings is cut (no close frame: the peer is gone). One timer per interval for
 * all sockets, and one pong handler for all of them (it finds its socket as `this`), rather than a
 * timer and a closure per socket, keep an idle connection cheap.
 *
 * The sockets of an interval are spread over slices, one slice pinged per tick (up to
 * `maxSlices` ticks of at least `minSliceMs` per interval): pinging 10,000 listeners at once holds the
 * event loop about as long as a whole subtitle fan-out, and their 10,000 pongs come back together,
 * so a final published then would wait behind both.
 */
import type { WebSocket } from 'ws';

/** Ticks per interval at most: a slice is then about 1/30 of the sockets. */
const maxSlices = 30;
/** A tick at most this often, so short intervals (tests) keep one sweep per interval. */
const minSliceMs = 1000;

interface HeartbeatSlice {
  group: HeartbeatGroup;
  /** Pings each socket of the slice left unanswered. */
  missed: Map<WebSocket, number>;
}

interface HeartbeatGroup {
  intervalMs: number;
  timer: NodeJS.Timeout;
  slices: HeartbeatSlice[];
  /** Sockets watched in all its slices: the last one out stops the timer. */
  sockets: number;
}

const groups = new Map<number, HeartbeatGroup>();
/** The slice of each watched socket, so that the one pong handler finds its count. */
const sliceOf = new WeakMap<WebSocket, HeartbeatSlice>();

function onPong(this: WebSocket): void {
  const slice = sliceOf.get(this);
  if (slice?.missed.has(this)) slice.missed.set(this, 0);
}

function pingSlice(slice: HeartbeatSlice): void {
  for (const [watched, count] of slice.missed) {
    if (count >= 2) {
      watched.terminate();
      continue;
    }
    slice.missed.set(watched, count + 1);
    if (watched.readyState === watched.OPEN) watched.ping();
  }
}

function startGroup(intervalMs: number): HeartbeatGroup {
  const sliceCount = Math.max(1, Math.min(maxSlices, Math.floor(intervalMs / minSliceMs)));
  const slices: HeartbeatSlice[] = [];
  let nextSlice = 0;
  const timer = setInterval(() => {
    const slice = slices[nextSlice]!;
    nextSlice = (nextSlice + 1) % slices.length;
    pingSlice(slice);
  }, intervalMs / sliceCount);
  timer.unref();
  const group: HeartbeatGroup = { intervalMs, timer, slices, sockets: 0 };
  for (let index = 0; index < sliceCount; index += 1) slices.push({ group, missed: new Map() });
  return group;
}

/** Starts pinging `socket` every `intervalMs`, until {@link unwatchHeartbeat}. */
export function watchHeartbeat(socket: WebSocket, intervalMs: number): void {
  let group = groups.get(intervalMs);
  if (!group) {
    group = startGroup(intervalMs);
    groups.set(intervalMs, group);
  }
  // The smallest slice, so that each tick pings about as many sockets however they came and went.
  let slice = group.slices[0]!;
  for (const candidate of group.slices) if (candidate.missed.size < slice.missed.size) slice = candidate;
  socket.on('pong', onPong);
  slice.missed.set(socket, 0);
  sliceOf.set(socket, slice);
  group.sockets += 1;
}

/** Stops pinging `socket`; the last socket of an interval stops its timer. */
export function unwatchHeartbeat(socket: WebSocket): void {
  const slice = sliceOf.get(socket);
  if (!slice) return;
  const group = slice.group;
  socket.off('pong', onPong);
  slice.missed.delete(socket);
  sliceOf.delete(socket);
  group.sockets -= 1;
  if (group.sockets === 0 && groups.get(group.intervalMs) === group) {
    clearInterval(group.timer);
    groups.delete(group.intervalMs);
  }
}
