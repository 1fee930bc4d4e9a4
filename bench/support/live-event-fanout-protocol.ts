/** What the processes of bench/live-event-fanout.ts share: the channel, and a sub-millisecond clock. */

/** The bench's one event and channel. */
export const benchChannel = {
  eventId: '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d',
  channelId: 'a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a',
  sessionId: '6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47',
} as const;

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes on one machine. */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}

/** The send time a bench final carries in its text (`bench <ms> ...`), read without parsing the JSON. */
export function sentAtOf(frame: string): number | undefined {
  const marker = frame.indexOf('"text":"bench ');
  if (marker < 0) return undefined;
  return Number.parseFloat(frame.slice(marker + 14, marker + 40));
}
