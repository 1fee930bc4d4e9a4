/**
 * WebSocket findings that are real bugs of live-event, reported to its owners and not fixed yet: the
 * fuzzer lists them as known instead of failing, so that CI stays green until the fix lands. Remove an
 * entry with its fix (the fuzzer then guards against a regression).
 */
export interface KnownBug {
  /** Matches the finding's problem text. */
  matches: RegExp;
  /** Why it is known, and where it was reported. */
  reason: string;
}

export const knownWebSocketBugs: readonly KnownBug[] = [];
