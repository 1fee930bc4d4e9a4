/** The events or auth service could not answer: a ticket request becomes a 503, a socket a 1011. */
export class UpstreamUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UpstreamUnavailableError';
  }
}
