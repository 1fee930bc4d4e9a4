/**
 * The open connections of one role on this instance, so that a shutdown can send them all away with
 * 1001 (clients reconnect elsewhere and resume), and so that they can be counted by event.
 */

/** What a role holds of each of its running connections (`OpenConnections`), whatever the role. */
export interface ConnectionHandle {
  /** The event the connection belongs to. */
  readonly eventId: string;
  /** Closes with 1001 (server going away), after whatever the role must finish first. */
  goAway(): void | Promise<void>;
  /** Resolves once the socket is closed and the connection released what it held. */
  readonly closed: Promise<void>;
}

export class OpenConnections<Handle extends ConnectionHandle = ConnectionHandle> {
  private readonly open = new Set<Handle>();
  private readonly byEvent = new Map<string, number>();

  /** How many connections are open. */
  get size(): number {
    return this.open.size;
  }

  /** Open connections of an event. */
  countOf(eventId: string): number {
    return this.byEvent.get(eventId) ?? 0;
  }

  /** Keeps track of `handle` until it is closed; answers the event's count with it. */
  add(handle: Handle): number {
    this.open.add(handle);
    const count = this.countOf(handle.eventId) + 1;
    this.byEvent.set(handle.eventId, count);
    void handle.closed.then(() => {
      this.open.delete(handle);
      const left = this.countOf(handle.eventId) - 1;
      if (left <= 0) this.byEvent.delete(handle.eventId);
      else this.byEvent.set(handle.eventId, left);
    });
    return count;
  }

  /** Sends every connection away and waits until each is closed, or `deadlineMs` at most for each. */
  async goAwayAll(deadlineMs = 5_000): Promise<void> {
    await Promise.all(
      [...this.open].map(async (handle) => {
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, deadlineMs);
          timer.unref();
        });
        await Promise.race([Promise.resolve(handle.goAway()).then(() => handle.closed), deadline]);
        clearTimeout(timer);
      }),
    );
  }
}
