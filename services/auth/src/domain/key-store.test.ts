import { describe, expect, it } from 'vitest';
import type { SigningKeyRow } from '../db/schema.js';
import { keyStatuses, scheduledRotationDue } from './key-store.js';

const hour = 3_600_000;
const t0 = new Date('2026-12-01T00:00:00Z').getTime();
const row = (kid: string, activatesAtHours: number): SigningKeyRow => ({
  kid,
  private_jwk: {},
  public_jwk: {},
  key_size: 2048,
  created_at: new Date(t0 + (activatesAtHours - 0.2) * hour),
  activates_at: new Date(t0 + activatesAtHours * hour),
  revoked_at: null,
});
const schedule = { publishAheadSeconds: 600, retiredTtlSeconds: 24 * 3600, rotationDays: undefined };
const statusAt = (hours: number, rows: SigningKeyRow[]) =>
  Object.fromEntries(keyStatuses(rows, new Date(t0 + hours * hour), schedule).map((view) => [view.kid, view.status]));

describe('signing key statuses, derived from activation times', () => {
  const rows = [row('a', 0), row('b', 10), row('c', 20)];

  it('has exactly one active key: the newest whose time has come; later ones are next', () => {
    expect(statusAt(5, rows)).toEqual({ a: 'active', b: 'next', c: 'next' });
    expect(statusAt(10, rows)).toEqual({ a: 'retired', b: 'active', c: 'next' });
  });

  it('keeps a retired key published for retiredTtlSeconds after it retired, then expires it', () => {
    expect(statusAt(33.9, rows)).toEqual({ a: 'retired', b: 'retired', c: 'active' });
    expect(statusAt(34, rows)).toEqual({ a: 'expired', b: 'retired', c: 'active' });
    expect(statusAt(44, rows)).toEqual({ a: 'expired', b: 'expired', c: 'active' });
  });

  it('gives retirement and expiry times, newest first, and the scheduled retirement of the active key', () => {
    const views = keyStatuses(rows, new Date(t0 + 25 * hour), { ...schedule, rotationDays: 90 });
    expect(views.map((view) => view.kid)).toEqual(['c', 'b', 'a']);
    expect(views[1]).toMatchObject({
      retires_at: new Date(t0 + 20 * hour).toISOString(),
      expires_at: new Date(t0 + 44 * hour).toISOString(),
    });
    expect(views[0]).toMatchObject({
      status: 'active',
      retires_at: new Date(t0 + 20 * hour + 90 * 24 * hour).toISOString(),
      expires_at: null,
    });
    expect(keyStatuses(rows, new Date(t0 + 25 * hour), schedule)[0]!.retires_at).toBeNull();
  });

  it('takes a revoked key out at once, its replacement active, and brings no expired key back', () => {
    // a expired long ago; c, active, is revoked at 60 h and d replaces it at once.
    const revokedRows = [row('a', 0), row('b', 10), { ...row('c', 20), revoked_at: new Date(t0 + 60 * hour) }, row('d', 60)];
    expect(statusAt(61, revokedRows)).toEqual({ a: 'expired', b: 'expired', c: 'revoked', d: 'active' });
    // A revoked next key never activates: the active key keeps signing.
    const revokedNext = [row('a', 0), { ...row('b', 10), revoked_at: new Date(t0 + 5 * hour) }];
    expect(statusAt(11, revokedNext)).toEqual({ a: 'active', b: 'revoked' });
  });
});

describe('scheduled rotation', () => {
  const ninetyDays = { ...schedule, rotationDays: 90 };
  const day = 24 * hour;
  const at = (hours: number) => new Date(t0 + hours * hour);

  it('starts publishAheadSeconds before the active key reaches its age, so the new key activates on time', () => {
    const rows = [row('a', 0)];
    expect(scheduledRotationDue(keyStatuses(rows, at(90 * 24 - 0.2), ninetyDays), at(90 * 24 - 0.2), ninetyDays)).toBe(false);
    const due = new Date(t0 + 90 * day - 600_000);
    expect(scheduledRotationDue(keyStatuses(rows, due, ninetyDays), due, ninetyDays)).toBe(true);
  });

  it('never starts while a next key waits, nor without a schedule', () => {
    const rows = [row('a', 0), row('b', 90 * 24 + 10)];
    const late = at(90 * 24 + 1);
    expect(scheduledRotationDue(keyStatuses(rows, late, ninetyDays), late, ninetyDays)).toBe(false);
    expect(scheduledRotationDue(keyStatuses([row('a', 0)], late, schedule), late, schedule)).toBe(false);
  });
});
