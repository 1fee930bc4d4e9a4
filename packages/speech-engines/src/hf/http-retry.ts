import { EngineError } from '../types.js';

/** One HuggingFace Inference Endpoint, as configured. */
export interface HfEndpoint {
  url: URL;
  token: string;
  /** The variable the token came from, so that a refusal names what to fix (never the token). */
  tokenVariable: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First back-off delay; doubled each retry, with jitter. */
  baseDelayMs: number;
  /** No wait (back-off, `Retry-After`, `estimated_time`) is longer than this. */
  maxDelayMs: number;
}

/** What a retry is about to wait for, for logs: no URL query, no token. */
export interface RetryNotice {
  attempt: number;
  status?: number;
  reason: string;
  delayMs: number;
}

export interface PostOptions {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  signal?: AbortSignal;
  onRetry?: (notice: RetryNotice) => void;
  /** For tests: the jitter source (0 ≤ x < 1). */
  random?: () => number;
}

/** Statuses worth another attempt: rate limited (429), scaling from zero (503), transient gateway errors. */
const retryableStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * POSTs to an endpoint and returns its JSON answer, retrying what is transient: 429 after its
 * `Retry-After`, 503 (an endpoint scaled to zero answers 503 until its replica is up; HF adds an
 * `estimated_time`) and gateway errors with exponential back-off and jitter, timeouts and refused
 * connections likewise. 401/403 fail at once with `engine_unauthorized`. Errors name the endpoint's
 * host and the token's variable, never the token.
 */
export async function postJson(endpoint: HfEndpoint, url: URL, options: PostOptions): Promise<unknown> {
  const random = options.random ?? Math.random;
  const where = `${url.host}${url.pathname}`;
  let lastFailure: EngineError | undefined;
  for (let attempt = 1; attempt <= endpoint.maxAttempts; attempt++) {
    options.signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(endpoint.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${endpoint.token}`, 'content-type': options.contentType, accept: 'application/json' },
        body: options.body,
        signal,
      });
    } catch (error) {
      if (options.signal?.aborted)
        throw new EngineError('engine_failed', `The request to ${where} was cancelled.`, { cause: options.signal.reason });
      lastFailure = timeout.aborted
        ? new EngineError(
            'engine_timeout',
            `${where} did not answer within ${endpoint.timeoutMs} ms (attempt ${attempt} of ${endpoint.maxAttempts}).`,
          )
        : new EngineError('engine_unavailable', `${where} could not be reached: ${(error as Error).message}.`, { cause: error });
      await pause(endpoint, attempt, backoff(endpoint, attempt, random), lastFailure.message, options);
      continue;
    }
    if (response.ok) {
      try {
        return await response.json();
      } catch (error) {
        throw new EngineError('engine_failed', `${where} answered ${response.status} with a body that is not JSON.`, { cause: error });
      }
    }
    const detail = await errorDetail(response);
    if (response.status === 401 || response.status === 403) {
      throw new EngineError(
        'engine_unauthorized',
        `${where} refused the token in ${endpoint.tokenVariable} (${response.status}${detail ? `: ${detail}` : ''}).`,
      );
    }
    if (!retryableStatuses.has(response.status)) {
      throw new EngineError('engine_failed', `${where} answered ${response.status}${detail ? `: ${detail}` : ''}.`);
    }
    lastFailure = new EngineError(
      response.status === 429 || response.status === 503 ? 'engine_unavailable' : 'engine_failed',
      `${where} answered ${response.status}${detail ? `: ${detail}` : ''} (attempt ${attempt} of ${endpoint.maxAttempts}).`,
    );
    const hinted =
      response.status === 429
        ? retryAfterMs(response.headers.get('retry-after'))
        : response.status === 503
          ? estimatedTimeMs(detail)
          : undefined;
    await pause(endpoint, attempt, hinted ?? backoff(endpoint, attempt, random), lastFailure.message, options, response.status);
  }
  throw lastFailure ?? new EngineError('engine_failed', `${where}: no attempt was made.`);
}

/** Exponential back-off with "equal jitter": half the delay fixed, half random, so clients spread out. */
function backoff(endpoint: HfEndpoint, attempt: number, random: () => number): number {
  const delay = Math.min(endpoint.maxDelayMs, endpoint.baseDelayMs * 2 ** (attempt - 1));
  return delay / 2 + random() * (delay / 2);
}

async function pause(
  endpoint: HfEndpoint,
  attempt: number,
  delayMs: number,
  reason: string,
  options: PostOptions,
  status?: number,
): Promise<void> {
  if (attempt >= endpoint.maxAttempts) return;
  const wait = Math.min(endpoint.maxDelayMs, Math.max(0, delayMs));
  options.onRetry?.({ attempt, status, reason, delayMs: Math.round(wait) });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(done, wait);
    function done() {
      options.signal?.removeEventListener('abort', cancelled);
      resolve();
    }
    function cancelled() {
      clearTimeout(timer);
      reject(new EngineError('engine_failed', 'The request was cancelled.', { cause: options.signal?.reason }));
    }
    options.signal?.addEventListener('abort', cancelled, { once: true });
  });
}

/** `Retry-After` in seconds or as an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** HF's 503 while a model loads: `{"error": "... is currently loading", "estimated_time": 20.0}`. */
function estimatedTimeMs(detail: string): number | undefined {
  const match = /"estimated_time"\s*:\s*(\d+(\.\d+)?)/.exec(detail);
  return match ? Number(match[1]) * 1000 : undefined;
}

/** The start of an error body, for messages (bodies are the endpoint's, never our token). */
async function errorDetail(response: Response): Promise<string> {
  try {
    return (await response.text()).replace(/\s+/g, ' ').trim().slice(0, 300);
  } catch {
    return '';
  }
}
