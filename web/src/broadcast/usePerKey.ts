/**
 * A value made afresh whenever `key` changes, kept otherwise (a room per join, a caption store per
 * channel). React's "state from the previous render" pattern: the value is replaced during the render
 * that sees the new key, so no render ever pairs a key with the previous key's value, and no effect has
 * to set state to catch up.
 */
import { useState } from 'react';

export function usePerKey<Value>(key: string, create: () => Value): Value {
  const [current, setCurrent] = useState(() => ({ key, value: create() }));
  if (current.key === key) return current.value;
  const next = { key, value: create() };
  setCurrent(next);
  return next.value;
}
