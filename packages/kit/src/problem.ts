import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Problem } from '@ilenia/api-client';
import { isDependencyUnavailable } from './dependency-errors.js';

/** How long a 503 asks clients to wait before trying again: a restarting database or Redis is back in seconds. */
const defaultRetryAfterSeconds = 5;

/** The problem types Ilenia uses; each URI names a kind of problem, documented in the specs. */
export const problemTypes = {
  validation: 'https://ilenia.dev/problems/validation',
  unauthorized: 'https://ilenia.dev/problems/unauthorized',
  forbidden: 'https://ilenia.dev/problems/forbidden',
  notFound: 'https://ilenia.dev/problems/not-found',
  methodNotAllowed: 'https://ilenia.dev/problems/method-not-allowed',
  notAcceptable: 'https://ilenia.dev/problems/not-acceptable',
  conflict: 'https://ilenia.dev/problems/conflict',
  preconditionFailed: 'https://ilenia.dev/problems/precondition-failed',
  preconditionRequired: 'https://ilenia.dev/problems/precondition-required',
  payloadTooLarge: 'https://ilenia.dev/problems/payload-too-large',
  requestHeaderTooLarge: 'https://ilenia.dev/problems/request-header-too-large',
  unsupportedMediaType: 'https://ilenia.dev/problems/unsupported-media-type',
  rateLimited: 'https://ilenia.dev/problems/rate-limited',
  contractViolation: 'https://ilenia.dev/problems/contract-violation',
  unavailable: 'https://ilenia.dev/problems/unavailable',
  internal: 'https://ilenia.dev/problems/internal',
} as const;

/** One invalid field of a request, as listed in a validation Problem's `errors`. */
export interface ValidationIssue {
  location: 'path' | 'query' | 'header' | 'cookie' | 'body';
  path?: string;
  message: string;
}

/** An RFC 9457 problem body (the same shape the SDK façade gives clients). */
export type ProblemBody = Problem;

/**
 * An error that becomes an RFC 9457 response. Throw it from handlers, repositories' callers or
 * middleware; the error middleware renders it, with any `headers` (WWW-Authenticate, Retry-After).
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(options: {
    status: number;
    title: string;
    type?: string;
    detail?: string;
    extensions?: Record<string, unknown>;
    headers?: Record<string, string>;
    cause?: unknown;
  }) {
    super(options.detail ?? options.title, { cause: options.cause });
    this.name = 'HttpProblem';
    this.status = options.status;
    this.type = options.type ?? 'about:blank';
    this.title = options.title;
    this.detail = options.detail;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }

  toBody(request?: Request): ProblemBody {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      ...(request ? { instance: request.originalUrl.split('?')[0] } : {}),
      ...(request?.id === undefined ? {} : { request_id: String(request.id) }),
      ...this.extensions,
    };
  }
}

/** The problems every service raises, so that titles and types stay the same everywhere. */
export const problems = {
  validation: (errors: ValidationIssue[], detail?: string) =>
    new HttpProblem({
      status: 400,
      type: problemTypes.validation,
      title: 'Request validation failed',
      detail:
        detail ?? `${errors.length} ${errors.length === 1 ? 'field is' : 'fields are'} invalid: ${errors.map(describeIssue).join('; ')}`,
      extensions: { errors },
    }),
  /** `wwwAuthenticate` null: no challenge (cookie credentials have no HTTP auth scheme). */
  unauthorized: (detail: string, wwwAuthenticate: string | null = 'Bearer realm="ilenia"') =>
    new HttpProblem({
      status: 401,
      type: problemTypes.unauthorized,
      title: 'Authentication required',
      detail,
      headers: wwwAuthenticate === null ? {} : { 'WWW-Authenticate': wwwAuthenticate },
    }),
  forbidden: (detail: string, extensions?: Record<string, unknown>) =>
    new HttpProblem({ status: 403, type: problemTypes.forbidden, title: 'Permission denied', detail, extensions }),
  notFound: (detail: string) => new HttpProblem({ status: 404, type: problemTypes.notFound, title: 'Not found', detail }),
  conflict: (detail: string, allowed?: string[]) =>
    new HttpProblem({
      status: 409,
      type: problemTypes.conflict,
      title: 'Conflict',
      detail,
      extensions: allowed ? { allowed } : undefined,
    }),
  preconditionFailed: (detail: string) =>
    new HttpProblem({ status: 412, type: problemTypes.preconditionFailed, title: 'Precondition failed', detail }),
  preconditionRequired: (detail: string) =>
    new HttpProblem({ status: 428, type: problemTypes.preconditionRequired, title: 'Precondition required', detail }),
  tooManyRequests: (detail: string, retryAfterSeconds: number) =>
    new HttpProblem({
      status: 429,
      type: problemTypes.rateLimited,
      title: 'Too many requests',
      detail,
      headers: { 'Retry-After': String(Math.max(0, Math.ceil(retryAfterSeconds))) },
    }),
  /** 503 with `Retry-After` (default 5 s): the client should try again, not give up. */
  unavailable: (detail: string, retryAfterSeconds = defaultRetryAfterSeconds, cause?: unknown) =>
    new HttpProblem({
      status: 503,
      type: problemTypes.unavailable,
      title: 'Service unavailable',
      detail,
      headers: { 'Retry-After': String(Math.max(0, Math.ceil(retryAfterSeconds))) },
      cause,
    }),
};

function describeIssue(issue: ValidationIssue): string {
  return `${issue.location}${issue.path ?? ''} ${issue.message}`;
}

/** Sends a problem as `application/problem+json`. */
function sendProblem(response: import('express').Response, problem: HttpProblem, request: Request): void {
  for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value);
  response
    .status(problem.status)
    .type('application/problem+json')
    .send(JSON.stringify(problem.toBody(request)));
}

/** Answers any request no route took with a 404 Problem. */
export const notFoundHandler: RequestHandler = (request, _response, next) => {
  next(problems.notFound(`This API has no ${request.path}.`));
};

/**
 * Turns every error into an RFC 9457 response: our HttpProblems, the OpenAPI validator's errors
 * (with one `errors` entry per invalid field), body-parser errors, and anything unexpected
 * (a 500 whose detail reveals nothing internal; the error itself is logged with the request id).
 */
export function problemMiddleware(): ErrorRequestHandler {
  return (error, request, response, next) => {
    if (response.headersSent) {
      request.log?.error({ err: error }, 'error after the response started');
      next(error);
      return;
    }
    const problem = toHttpProblem(error);
    // 4xx are the caller's business and pino-http logs them with the request; 5xx are ours.
    if (problem.status >= 500) request.log?.error({ err: error }, problem.title);
    sendProblem(response, problem, request);
  };
}

interface ValidatorErrorItem {
  path?: string;
  message?: string;
  errorCode?: string;
}

/** Maps any thrown value to the HttpProblem that describes it to the client. */
export function toHttpProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const candidate = error as {
    status?: number;
    statusCode?: number;
    errors?: ValidatorErrorItem[];
    type?: string;
    message?: string;
    path?: string;
  };
  const status = candidate?.status ?? candidate?.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 599) {
    // A database or Redis that is down is not a bug: the client may retry (503 + Retry-After), never a 500.
    if (isDependencyUnavailable(error))
      return problems.unavailable(
        'A service this one depends on is unavailable right now; retry shortly.',
        defaultRetryAfterSeconds,
        error,
      );
    return new HttpProblem({
      status: 500,
      type: problemTypes.internal,
      title: 'Internal error',
      detail: 'Something went wrong on our side; quote the request id when reporting it.',
      cause: error,
    });
  }
  // body-parser
  if (candidate.type === 'entity.parse.failed') {
    return problems.validation([{ location: 'body', path: '', message: 'is not valid JSON' }]);
  }
  if (candidate.type === 'entity.too.large') {
    return new HttpProblem({ status: 413, type: problemTypes.payloadTooLarge, title: 'Payload too large', detail: candidate.message });
  }
  // express-openapi-validator: errors carry `path` like `/body/title` or `.response.id`
  if (Array.isArray(candidate.errors)) {
    if (status === 500) {
      return new HttpProblem({
        status: 500,
        type: problemTypes.contractViolation,
        title: 'Response does not match the API contract',
        detail: 'The service produced a response its specification does not allow; this is a bug in the service.',
        cause: error,
      });
    }
    if (status === 400) {
      const issues = candidate.errors.map(toValidationIssue);
      // A missing If-Match is not a malformed request but a missing precondition (RFC 6585).
      if (
        issues.length > 0 &&
        issues.every((issue) => issue.location === 'header' && issue.path === '/if-match' && /required/.test(issue.message))
      ) {
        return problems.preconditionRequired(
          "Send If-Match with the version you read (its ETag), so that no one else's change is overwritten.",
        );
      }
      return problems.validation(issues);
    }
    return fromStatus(
      status,
      candidate.errors
        .map((item) => item.message)
        .filter(Boolean)
        .join('; ') || candidate.message,
    );
  }
  return fromStatus(status, candidate.message);
}

const titlesByStatus: Record<number, [string, string]> = {
  401: ['Authentication required', problemTypes.unauthorized],
  403: ['Permission denied', problemTypes.forbidden],
  404: ['Not found', problemTypes.notFound],
  405: ['Method not allowed', problemTypes.methodNotAllowed],
  406: ['Not acceptable', problemTypes.notAcceptable],
  409: ['Conflict', problemTypes.conflict],
  413: ['Payload too large', problemTypes.payloadTooLarge],
  415: ['Unsupported media type', problemTypes.unsupportedMediaType],
};

function fromStatus(status: number, detail: string | undefined): HttpProblem {
  const [title, type] = titlesByStatus[status] ?? [
    status >= 500 ? 'Internal error' : 'Bad request',
    status >= 500 ? problemTypes.internal : 'about:blank',
  ];
  return new HttpProblem({ status, title, type, detail: status >= 500 ? undefined : detail });
}

function toValidationIssue(item: ValidatorErrorItem): ValidationIssue {
  // The validator reports `/body/title`, `/query/limit`, `/headers/if-match`, `/path/event_id`.
  const raw = item.path ?? '';
  const match = /^[./]?(body|query|headers|path|params|cookies)([./].*)?$/.exec(raw);
  const locationWord = match?.[1] ?? 'body';
  const location: ValidationIssue['location'] =
    locationWord === 'headers'
      ? 'header'
      : locationWord === 'params'
        ? 'path'
        : locationWord === 'cookies'
          ? 'cookie'
          : (locationWord as ValidationIssue['location']);
  const path = (match?.[2] ?? '').replace(/\./g, '/').replace(/\[(\d+)\]/g, '/$1');
  return { location, path, message: item.message ?? 'is invalid' };
}
