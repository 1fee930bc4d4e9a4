/**
 * A fetch that gives up after `timeoutMs` (keeping any signal the caller gave), so that a hanging
 * events service or token endpoint is a 502, not a request that hangs with it.
 */
export function fetchWithTimeout(timeoutMs: number, baseFetch: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const request = input instanceof Request ? input : new Request(input, init);
    return baseFetch(request, { signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}
