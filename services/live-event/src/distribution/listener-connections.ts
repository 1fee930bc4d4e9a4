/**
 * The open listener connections of one instance, so that a shutdown can send them all away with 1001
 * (the kit's `onStopping`): clients then reconnect to another instance and resume from history.
 */
import type { WebSocket } from 'ws';
import { handleListenerConnection, type ListenerConnectionContext, type ListenerConnectionHandle } from './listener-connection.js';

export class ListenerConnections {
  private readonly open = new Set<ListenerConnectionHandle>();

  /** How many listener connections are open. */
  get size(): number {
    return this.open.size;
  }

  /** Runs the listener protocol on `socket` (see {@link handleListenerConnection}) and keeps track of it. */
  accept(socket: WebSocket, context: ListenerConnectionContext): ListenerConnectionHandle {
    const handle = handleListenerConnection(socket, context);
    this.open.add(handle);
    void handle.closed.then(() => this.open.delete(handle));
    return handle;
  }

  /** Closes every connection with 1001 and waits until they are closed, or `deadlineMs` at most. */
  async goAwayAll(deadlineMs = 5_000): Promise<void> {
    const handles = [...this.open];
    for (const handle of handles) handle.goAway();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(handles.map((handle) => handle.closed)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, deadlineMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
  }
}
