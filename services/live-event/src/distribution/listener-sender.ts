/**
 * Writes to one listener socket without ever waiting for it. The socket's own buffer is the queue:
 * its size in bytes (`bufferedAmount`) and the count of messages not yet written are checked before
 * each send. Above the soft bounds partials are dropped; at the hard bounds the connection is given up
 * (4008), so neither the sender nor the memory of the process depends on how fast a listener reads.
 *
 * Live broadcasts come framed (one frame for every listener) and are written straight to the
 * upgraded stream under the socket when there is one and no extension was negotiated: ws then never
 * holds a message back (it queues only while compressing), so the frames of both writers go out
 * whole and in the order they were sent, and `bufferedAmount` counts both. Otherwise ws frames them.
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { LiveDelivery } from './channel-fanout.js';
import type { ListenerLimits } from './config.js';
import type { ListenerMetrics } from '../metrics.js';

/** ws's options for a text frame whose payload is given as bytes (one object for every send). */
const textFrame = { binary: false } as const;

export class ListenerSender {
  /**
   * Messages handed to ws while its buffer was not empty, whose write has not completed yet. A message
   * sent on an empty buffer goes straight to the kernel, so a listener that keeps up costs no write
   * callback at all (they are a large part of the fan-out's CPU otherwise).
   */
  private unwritten = 0;
  /**
   * One callback for every counted send, rather than a closure per message; made on the first, so a
   * listener that keeps up never holds one.
   */
  private onWritten: (() => void) | undefined;

  /** Where live frames are written as they are; undefined: through ws. */
  private readonly frameStream: Duplex | undefined;

  constructor(
    private readonly socket: WebSocket,
    /** The upgraded stream under `socket`, when the caller has it. */
    stream: Duplex | undefined,
    private readonly limits: ListenerLimits,
    private readonly metrics: ListenerMetrics,
    private readonly onSlowConsumer: () => void,
  ) {
    // permessage-deflate makes ws queue messages while it compresses: a frame written beside it could overtake them.
    this.frameStream = socket.extensions === '' ? stream : undefined;
  }

  /** Sends a live broadcast; partials (`droppable`) are dropped above the soft bounds. */
  sendLive(delivery: LiveDelivery, droppable: boolean): boolean {
    const buffered = this.roomFor(droppable);
    if (buffered < 0) return false;
    if (this.frameStream) this.writeFrame(this.frameStream, delivery.frame, buffered);
    // The fan-out's bytes, as they are: ws then neither copies nor encodes them per socket.
    else this.write(delivery.payload, buffered);
    const tally = this.metrics.byType(delivery.message.type);
    tally.delivered.count += 1;
    if (delivery.emittedAtMs !== null) tally.latency.observe(Math.max(0, Date.now() - delivery.emittedAtMs) / 1000);
    return true;
  }

  /** Sends a replayed message from history. */
  sendReplayed(text: string): boolean {
    const buffered = this.roomFor(false);
    if (buffered < 0) return false;
    this.write(text, buffered);
    this.metrics.byType('replayed').delivered.count += 1;
    return true;
  }

  /** Sends an answer to the client (`subscribed`, `pong`, `error`, ...). */
  sendReply(text: string): boolean {
    const buffered = this.roomFor(false);
    if (buffered < 0) return false;
    this.write(text, buffered);
    return true;
  }

  /**
   * The bytes the socket buffers when a message may be sent now (read once per send: it walks ws's
   * sender and the stream's state), -1 when it may not; at a hard bound, gives up the connection.
   */
  private roomFor(droppable: boolean): number {
    if (this.socket.readyState !== this.socket.OPEN) return -1;
    const buffered = this.socket.bufferedAmount;
    if (buffered >= this.limits.hardBufferBytes || this.unwritten >= this.limits.hardQueuedMessages) {
      this.onSlowConsumer();
      return -1;
    }
    if (droppable && (buffered >= this.limits.softBufferBytes || this.unwritten >= this.limits.softQueuedMessages)) {
      this.metrics.droppedPartials.inc();
      return -1;
    }
    return buffered;
  }

  private writeFrame(stream: Duplex, frame: Buffer, buffered: number): void {
    if (buffered === 0) {
      stream.write(frame);
      return;
    }
    this.unwritten += 1;
    stream.write(frame, this.writtenCallback());
  }

  private write(data: string | Buffer, buffered: number): void {
    if (buffered === 0) {
      this.socket.send(data, textFrame);
      return;
    }
    this.unwritten += 1;
    this.socket.send(data, textFrame, this.writtenCallback());
  }

  private writtenCallback(): () => void {
    return (this.onWritten ??= () => {
      this.unwritten -= 1;
    });
  }
}
