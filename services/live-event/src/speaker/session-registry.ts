import type { LiveSession } from './live-session.js';

/** Something that holds a speaker's live connection, so a newer one can replace it (4010). */
export interface ReplaceableConnection {
  replace(): void;
}

/**
 * The sessions this instance runs, by id and by channel (one session per channel: live, paused or
 * interrupted), and the live speaker connection of each (channel, speaker).
 */
export class SessionRegistry {
  private readonly byId = new Map<string, LiveSession>();
  private readonly byChannel = new Map<string, LiveSession>();
  private readonly connections = new Map<string, ReplaceableConnection>();

  get(sessionId: string): LiveSession | undefined {
    return this.byId.get(sessionId);
  }

  /** The channel's session that has not ended, if any. */
  ofChannel(channelId: string): LiveSession | undefined {
    return this.byChannel.get(channelId);
  }

  add(session: LiveSession): void {
    this.byId.set(session.id, session);
    this.byChannel.set(session.parameters.channelId, session);
  }

  remove(session: LiveSession): void {
    this.byId.delete(session.id);
    if (this.byChannel.get(session.parameters.channelId) === session) this.byChannel.delete(session.parameters.channelId);
  }

  all(): LiveSession[] {
    return [...this.byId.values()];
  }

  /** Registers the speaker's newest connection to a channel, replacing (4010) an older one. */
  claimConnection(channelId: string, speakerId: string, connection: ReplaceableConnection): void {
    const key = `${channelId}:${speakerId}`;
    const previous = this.connections.get(key);
    this.connections.set(key, connection);
    if (previous && previous !== connection) previous.replace();
  }

  releaseConnection(channelId: string, speakerId: string, connection: ReplaceableConnection): void {
    const key = `${channelId}:${speakerId}`;
    if (this.connections.get(key) === connection) this.connections.delete(key);
  }

  /** Tells every session of the event how many listeners it has now, for `listeners_peak`. */
  noteListeners(eventId: string, count: number): void {
    for (const session of this.byId.values()) if (session.parameters.eventId === eventId) session.noteListeners(count);
  }
}
