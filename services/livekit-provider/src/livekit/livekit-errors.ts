import { TwirpError } from 'livekit-server-sdk';

/**
 * The LiveKit server could not do what was asked: unreachable, too slow, refusing the API key, or
 * answering an error. Handlers turn it into a 502 Problem with `upstream: livekit`.
 */
export class LiveKitUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LiveKitUnavailableError';
  }
}

/** Says, in words an operator can act on, why a RoomService call failed. */
export function describeLiveKitFailure(method: string, error: unknown, timeoutMs: number): LiveKitUnavailableError {
  if (error instanceof TwirpError) {
    const hint = error.status === 401 ? ': check LIVEKIT_API_KEY and LIVEKIT_API_SECRET' : '';
    return new LiveKitUnavailableError(
      `The LiveKit server refused RoomService/${method} with ${error.status} ${error.code ?? error.message}${hint}.`,
      { cause: error },
    );
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new LiveKitUnavailableError(`The LiveKit server did not answer RoomService/${method} within ${timeoutMs} ms.`, { cause: error });
  }
  const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  return new LiveKitUnavailableError(`The LiveKit server did not answer RoomService/${method}: ${reason}.`, { cause: error });
}

/** Whether a RoomService failure is LiveKit's `not_found` (a room that is not open). */
export function isNotFound(error: unknown): boolean {
  return error instanceof TwirpError && error.code === 'not_found';
}
