import type { EventStatus } from '../db/schema.js';

/** The statuses each status may move to (the migration's trigger holds the same table). */
export const allowedMoves: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  draft: ['ready'],
  ready: ['draft', 'live'],
  live: ['ended'],
  ended: [],
};

/** Statuses in which channels and their languages may change. */
export const channelsEditableIn: readonly EventStatus[] = ['draft', 'ready'];
/** Statuses in which speakers may be assigned or removed (a substitute may join a live event). */
export const speakersEditableIn: readonly EventStatus[] = ['draft', 'ready', 'live'];
/** Statuses in which an event may be deleted. */
export const deletableIn: readonly EventStatus[] = ['draft', 'ended'];
/** Statuses in which session records may be written: those in which a live service takes speakers. */
export const recordableIn: readonly EventStatus[] = ['ready', 'live', 'ended'];
/** Statuses that need at least one channel with a speaker. */
export const staffedIn: readonly EventStatus[] = ['ready', 'live'];

export function canMove(from: EventStatus, to: EventStatus): boolean {
  return allowedMoves[from].includes(to);
}
