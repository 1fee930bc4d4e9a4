import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './time.js';
import { canonicalTag, matchLanguages } from './languages.js';

describe('event times in the event’s own time zone', () => {
  it('turns wall-clock time into an instant with the zone’s offset on that date, either side of a DST change', () => {
    expect(fromLocalInput('2026-11-28T18:00', 'Europe/Madrid')).toBe('2026-11-28T18:00:00+01:00');
    expect(fromLocalInput('2026-07-01T09:30', 'Europe/Madrid')).toBe('2026-07-01T09:30:00+02:00');
    expect(fromLocalInput('2026-07-01T09:30', 'America/Mexico_City')).toBe('2026-07-01T09:30:00-06:00');
    expect(fromLocalInput('2026-03-15T12:00', 'Asia/Kolkata')).toBe('2026-03-15T12:00:00+05:30');
    expect(fromLocalInput('2026-03-15', 'UTC')).toBeUndefined();
  });

  it('shows an instant as wall-clock time in the zone, whatever offset it was written with', () => {
    expect(toLocalInput('2026-11-28T17:00:00Z', 'Europe/Madrid')).toBe('2026-11-28T18:00');
    expect(toLocalInput('2026-11-28T18:00:00+01:00', 'America/New_York')).toBe('2026-11-28T12:00');
    for (const local of ['2026-10-25T01:30', '2026-10-25T04:00', '2026-03-29T04:00'])
      expect(toLocalInput(fromLocalInput(local, 'Europe/Madrid')!, 'Europe/Madrid')).toBe(local);
  });
});

describe('the language list', () => {
  it('finds languages by their name in the interface language, without accents, and by tag', () => {
    expect(matchLanguages('espanol', 'es')[0]).toEqual({ tag: 'es', name: 'español' });
    expect(matchLanguages('pt-br', 'en')[0]).toEqual({ tag: 'pt-BR', name: 'Brazilian Portuguese' });
    expect(matchLanguages('spanish', 'en', ['es']).map((option) => option.tag)).not.toContain('es');
  });

  it('offers a valid tag typed by hand in canonical case, and never one outside the spec’s pattern', () => {
    expect(canonicalTag('gsw-ch')).toBe('gsw-CH');
    expect(matchLanguages('ast', 'en')[0]?.tag).toBe('ast');
    expect(canonicalTag('en-US-x-private')).toBeUndefined();
    expect(canonicalTag('e')).toBeUndefined();
  });
});
