/**
 * The promise of a synchronous piece of work, for the in-process stand-ins of async interfaces: the work
 * runs now (in order, like before), and what it throws becomes a rejection, as from an `async` function.
 */
export function settle<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => resolve(work()));
}
