/** Another Ilenia service (auth, events, …) could not answer: a request becomes a 502/503, a socket a 1011. */
export class UpstreamUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UpstreamUnavailableError';
  }
}
