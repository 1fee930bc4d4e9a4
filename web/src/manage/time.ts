/**
 * Event times are instants (RFC 3339 with offset) shown and edited as wall-clock time in the event's
 * own time zone, whatever the browser's zone is: `<input type="datetime-local">` holds
 * `YYYY-MM-DDTHH:mm` in that zone.
 */

/** The offset of `timeZone` from UTC at `instant`, in minutes (Madrid in winter: +60). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** `2026-11-28T18:00:00+01:00` in `Europe/Madrid` → `2026-11-28T18:00`. */
export function toLocalInput(value: string, timeZone: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const shifted = new Date(instant.getTime() + safeOffset(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * `2026-11-28T18:00` in `Europe/Madrid` → `2026-11-28T18:00:00+01:00`, or undefined when the input is
 * incomplete. A wall-clock time skipped by a daylight-saving jump resolves to the offset before it.
 */
export function fromLocalInput(local: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the instant the wall time would be with the offset of a moment nearby, twice, settles it.
  let offset = safeOffset(new Date(wall), timeZone);
  offset = safeOffset(new Date(wall - offset * 60_000), timeZone);
  return `${local}:00${formatOffset(offset)}`;
}

function safeOffset(instant: Date, timeZone: string): number {
  try {
    return zoneOffsetMinutes(instant, timeZone);
  } catch {
    return 0;
  }
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/** Every IANA time zone the browser knows (with UTC first), for the time zone picker. */
export function timeZones(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...supported.filter((zone) => zone !== 'UTC')];
}

/** The browser's own time zone, the default of a new event. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `Europe/Madrid` → `Europe/Madrid (UTC+01:00)` at `instant`. */
export function timeZoneLabel(zone: string, instant = new Date()): string {
  return `${zone.replace(/_/g, ' ')} (UTC${formatOffset(safeOffset(instant, zone))})`;
}
