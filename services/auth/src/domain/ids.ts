import { randomBytes } from 'node:crypto';

/** The current time; injected so that tests can set it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A UUIDv7 (RFC 9562): its first 48 bits are the time, so ids sort by creation time (to the
 * millisecond) and index well. Made here because PostgreSQL 15 has no `uuidv7()`.
 */
export function uuidv7(at: Date = new Date()): string {
  const bytes = randomBytes(16);
  const milliseconds = BigInt(at.getTime());
  for (let index = 0; index < 6; index += 1) bytes[index] = Number((milliseconds >> BigInt(8 * (5 - index))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
