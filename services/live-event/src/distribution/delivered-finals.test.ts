import { describe, expect, it } from 'vitest';
import { DeliveredFinals } from './delivered-finals.js';

describe('DeliveredFinals', () => {
  it('accepts each (language, sequence) once, in order or not', () => {
    const delivered = new DeliveredFinals();
    const order = [1, 2, 3, 7, 5, 6, 4, 10, 9, 8];
    expect(order.map((sequence) => delivered.markIfNew('es', sequence))).toEqual(order.map(() => true));
    expect(order.map((sequence) => delivered.markIfNew('es', sequence))).toEqual(order.map(() => false));
    expect(delivered.markIfNew('en', 3)).toBe(true);
    expect(delivered.has('en', 2)).toBe(false);
    expect(delivered.has('es', 11)).toBe(false);
    expect(delivered.markIfNew('es', 11)).toBe(true);
  });

  it('keeps out-of-order holes open until they are filled', () => {
    const delivered = new DeliveredFinals();
    for (const sequence of [1, 2, 5, 6]) delivered.markIfNew('fr', sequence);
    expect([1, 2, 3, 4, 5, 6].map((sequence) => delivered.has('fr', sequence))).toEqual([true, true, false, false, true, true]);
    expect(delivered.markIfNew('fr', 4)).toBe(true);
    expect(delivered.markIfNew('fr', 3)).toBe(true);
    expect([1, 2, 3, 4, 5, 6].every((sequence) => delivered.has('fr', sequence))).toBe(true);
  });

  it('stays bounded on a disordered stream by giving up the oldest holes', () => {
    const delivered = new DeliveredFinals(4);
    for (let sequence = 1; sequence <= 40; sequence += 2) delivered.markIfNew('de', sequence);
    // Holes near the start were merged away (taken as sent); recent holes are still open.
    expect(delivered.has('de', 2)).toBe(true);
    expect(delivered.has('de', 38)).toBe(false);
    expect(delivered.markIfNew('de', 38)).toBe(true);
  });
});
