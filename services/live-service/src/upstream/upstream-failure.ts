import { HttpProblem } from '@ilenia/kit';
import { UpstreamUnavailableError } from '@ilenia/kit/upstream';

/** The dependencies a live-service Problem can name in its `upstream` member (the spec's list). */
export type UpstreamName = 'auth' | 'events_service' | 'livekit_provider' | 'asr' | 'mt' | 'tts';

/** A dependency failed: carries which one, so the handler's 502 names it. */
export class NamedUpstreamError extends UpstreamUnavailableError {
  constructor(
    readonly upstream: UpstreamName,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NamedUpstreamError';
  }
}

/** The spec's 502 Problem (`type` upstream, `upstream` naming the dependency). */
function upstreamProblem(upstream: UpstreamName, detail: string): HttpProblem {
  return new HttpProblem({
    status: 502,
    type: 'https://ilenia.dev/problems/upstream',
    title: 'Upstream service failed',
    detail,
    extensions: { upstream },
  });
}

/**
 * Runs a handler body, turning a dependency that failed into the spec's 502 naming it. The kit's
 * UpstreamUnavailableError carries no name: its message says which service (auth or events), and the
 * token source's messages start with "The auth service".
 */
export async function withUpstreams<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof NamedUpstreamError) throw upstreamProblem(error.upstream, error.message);
    if (error instanceof UpstreamUnavailableError)
      throw upstreamProblem(/^The auth service/.test(error.message) ? 'auth' : 'events_service', error.message);
    throw error;
  }
}
