/**
 * The hand-written façade of the generated SDKs (src/generated/<api>.ts, written by `make generate`). Browser-safe:
 * it imports nothing from Node.
 */
import type { Middleware } from 'openapi-fetch';

export interface ApiClientOptions {
  /** The service's base URL (`http://localhost:8083`, or the gateway's `/api/events`). */
  baseUrl: string;
  /** The access token, or a function that returns the current one (called before every request). */
  accessToken?: string | (() => string | undefined | Promise<string | undefined>);
  fetch?: (input: Request) => Promise<Response>;
  headers?: Record<string, string>;
  /** `include` to send the refresh cookie to the auth service from a browser. */
  credentials?: RequestCredentials;
}

/** An RFC 9457 problem, as every Ilenia API answers errors. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  request_id?: string;
  errors?: { location: 'path' | 'query' | 'header' | 'cookie' | 'body'; path?: string; message: string }[];
  allowed?: string[];
  [extension: string]: unknown;
}

/** Thrown by `unwrap` when a call failed; `problem` is the server's RFC 9457 body. */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly response: Response;

  constructor(problem: Problem, response: Response) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.problem = problem;
    this.response = response;
  }
}

/** Adds `Authorization: Bearer <token>` to every request when a token is known. */
export function accessTokenMiddleware(accessToken: ApiClientOptions['accessToken']): Middleware {
  return {
    async onRequest({ request }) {
      const token = typeof accessToken === 'function' ? await accessToken() : accessToken;
      if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

type CallResult<Data> = { data?: Data; error?: unknown; response: Response };

/**
 * The data of a successful call, or a thrown ProblemError. An error body that is not a Problem
 * (a proxy's HTML page, an OAuth error) is wrapped in one so callers handle a single shape.
 */
export async function unwrap<Data>(call: Promise<CallResult<Data>> | CallResult<Data>): Promise<Data> {
  const { data, error, response } = await call;
  if (response.ok) return data as Data;
  throw new ProblemError(asProblem(error, response), response);
}

function asProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && typeof (error as Problem).title === 'string' && typeof (error as Problem).status === 'number') {
    return error as Problem;
  }
  const oauth = error as { error?: string; error_description?: string } | undefined;
  return {
    type: 'about:blank',
    title: oauth?.error ?? (response.statusText || `HTTP ${response.status}`),
    status: response.status,
    detail: oauth?.error_description ?? (typeof error === 'string' ? error.slice(0, 500) : undefined),
  };
}
