import type { ErrorRequestHandler } from 'express';
import { toHttpProblem } from '@ilenia/kit';

/** Where RFC 6749 §5.2 applies: the token endpoint. */
const tokenEndpointPath = '/v2/oauth/token';

/**
 * The token endpoint answers every malformed request in the OAuth format its spec and RFC 6749 §5.2
 * promise (`400 {"error": "invalid_request"}`), not as a Problem: what the kit refuses before the
 * handler runs (a body that is not a form, too large or unparsable, unknown query parameters, text that
 * cannot be stored) would otherwise reach OAuth client libraries as an RFC 9457 body they cannot read.
 * Authentication failures, rate limits and server errors keep their own answers.
 */
export const tokenEndpointErrors: ErrorRequestHandler = (error, request, response, next) => {
  const problem = toHttpProblem(error);
  if (
    request.path !== tokenEndpointPath ||
    request.method !== 'POST' ||
    response.headersSent ||
    ![400, 413, 415].includes(problem.status)
  ) {
    next(error);
    return;
  }
  response
    .status(400)
    .set('Cache-Control', 'no-store')
    .json({ error: 'invalid_request', error_description: problem.detail ?? problem.title });
};
