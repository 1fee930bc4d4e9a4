import { describe, expect, it } from 'vitest';
import { formatInTimeZone, formatUtc, isKnownTimeZone } from './time-zones.js';

describe('time zones', () => {
  it('knows IANA names and refuses misspelt ones', () => {
    for (const known of ['Europe/Madrid', 'America/Mexico_City', 'UTC', 'Asia/Kolkata']) expect(isKnownTimeZone(known)).toBe(true);
    for (const unknown of ['Europe/Madird', 'Mars/Olympus', 'GMT+25']) expect(isKnownTimeZone(unknown)).toBe(false);
  });

  it('writes an instant with the offset in force in the zone at that instant', () => {
    expect(formatInTimeZone(new Date('2026-11-28T17:00:00Z'), 'Europe/Madrid')).toBe('2026-11-28T18:00:00+01:00');
    expect(formatInTimeZone(new Date('2026-07-01T10:00:00Z'), 'Europe/Madrid')).toBe('2026-07-01T12:00:00+02:00');
    expect(formatInTimeZone(new Date('2026-11-28T17:00:00Z'), 'America/Mexico_City')).toBe('2026-11-28T11:00:00-06:00');
    expect(formatInTimeZone(new Date('2026-11-28T17:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-28T22:30:00+05:30');
    expect(formatInTimeZone(new Date('2026-11-28T17:00:00.250Z'), 'UTC')).toBe('2026-11-28T17:00:00.250Z');
    expect(formatUtc(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-28T17:00:00Z');
  });
});
