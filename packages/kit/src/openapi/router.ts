import { Readable } from 'node:stream';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { HttpProblem, problemTypes } from '../problem.js';
import { chain } from '../http/chain.js';
import { rejectUnstorableText } from '../http/storable-text.js';
import * as OpenApiValidator from 'express-openapi-validator';
import type { OpenAPIV3 } from 'express-openapi-validator/dist/framework/types.js';
import { authorizeOperation, presenceAuthenticator, type Authenticator } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import {
  responseValidationSampleEvery,
  type HandlerContext,
  type OperationDefinition,
  type OperationHandler,
  type OperationInput,
  type OperationResult,
  type ResponseValidation,
  type SecuritySchemeDefinition,
} from './operation.js';

export interface OpenApiRouterOptions {
  /** The bundled spec (generated/specs/<service>.json), as an object. */
  apiSpec: object;
  operations: Readonly<Record<string, OperationDefinition>>;
  securitySchemes: Readonly<Record<string, SecuritySchemeDefinition>>;
  /** One handler per operationId; the generated `create<Service>Router` types these exactly. */
  handlers: object;
  /**
   * How each security scheme is checked. Bearer schemes must be given (a JWT verifier); schemes whose
   * credential the handler checks itself (cookies, Basic) default to a presence check.
   */
  authenticators: Readonly<Record<string, Authenticator>>;
  /**
   * Which responses are checked against the spec (a contract breach becomes a 500 and a log):
   * `all` (the default; tests and development), `sample` (one in {@link responseValidationSampleEvery},
   * production's default) or `off`. Set by `RESPONSE_VALIDATION`; see {@link ResponseValidation}.
   */
  responseValidation?: ResponseValidation;
}

/**
 * Builds the Express router of one API from its spec: for every operation, in this order,
 * authentication and the declared permissions, text PostgreSQL could not store (400), request
 * validation (express-openapi-validator), the
 * handler, and response validation. Undocumented paths and methods get 404/405 Problems.
 */
export function createOpenApiRouter(options: OpenApiRouterOptions): Router {
  const router = express.Router();
  const handlers = options.handlers as Record<string, OperationHandler | undefined>;
  const authenticators = resolveAuthenticators(options);
  const spec = options.apiSpec as { paths: Record<string, unknown> };
  const operations = Object.values(options.operations).sort((left, right) => compareSpecificity(left.path, right.path));

  for (const operation of operations) {
    if (typeof handlers[operation.operationId] !== 'function') {
      throw new Error(`No handler for operation ${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}).`);
    }
  }

  const responseValidation = options.responseValidation ?? 'all';
  const paths = [...new Set(operations.map((operation) => operation.path))];
  // One Express layer per path, tried in the order OpenAPI matches paths, and the first that matches
  // answers: the operation of the request's method, or a 405 even when a less specific path
  // (`/v2/users/{user_id}`) would take the method. Express tests the layers one by one until one
  // answers, each test a regular expression and a dispatch: one layer per path, not one per operation
  // and one more per path for the 405 (as before), is fewer to walk through.
  for (const path of paths) {
    const ofPath = operations.filter((operation) => operation.path === path);
    const validatorOf = pathValidator(spec, path, responseValidation);
    const steps = new Map(
      ofPath.map((operation) => [
        operation.method.toUpperCase(),
        operationStep(operation, handlers[operation.operationId]!, authenticators, options.securitySchemes, validatorOf()),
      ]),
    );
    const allowed = [...steps.keys()].join(', ');
    router.all(ofPath[0]!.expressPath, (request, response, next) => {
      const step = steps.get(request.method);
      if (step) return step(request, response, next);
      response.setHeader('Allow', allowed);
      next(methodNotAllowed(request.method, path));
    });
  }
  return router;
}

/**
 * Everything one operation does, as one step: authentication and permissions, text PostgreSQL could
 * not store, the validator's stages, and the handler.
 */
function operationStep(
  operation: OperationDefinition,
  handler: OperationHandler,
  authenticators: Readonly<Record<string, Authenticator>>,
  securitySchemes: Readonly<Record<string, SecuritySchemeDefinition>>,
  validation: RequestHandler,
): RequestHandler {
  return chain([
    authorizeOperation(operation, authenticators, securitySchemes),
    rejectUnstorableText,
    validation,
    (request, response, next) => {
      const context = new OperationContext(request, response);
      const result = handler(inputOf(request), context);
      // A handler that answers at once is answered at once, not a microtask later.
      if (isPromiseLike(result))
        result.then((answer) => sendResult(response, operation, answer)).then(undefined, (error: unknown) => next(error));
      else sendResult(response, operation, result);
    },
  ]);
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

/** What a handler receives besides its input; a class, so each request's costs one small object. */
class OperationContext implements HandlerContext {
  readonly principal: Principal | undefined;
  readonly requestId: string;
  constructor(
    readonly request: Request,
    readonly response: Response,
  ) {
    this.principal = response.locals.principal as Principal | undefined;
    this.requestId = request.id;
  }
  /** Made when a handler logs, not for every request: most log nothing at production levels. */
  get log() {
    return this.request.log;
  }
}

/**
 * Request (and response) validation for the operations of one path. One validator instance per path,
 * because the validator finds a request's operation by compiling every path of its spec on every
 * request: a whole-spec instance costs more the more paths an API has. The validator's stages run as
 * one step, the response stage only for the responses that `responseValidation` picks. Returns a
 * maker of that step, called once per operation of the path: each operation keeps its own match.
 */
function pathValidator(
  spec: { paths: Record<string, unknown> },
  path: string,
  responseValidation: ResponseValidation,
): () => RequestHandler {
  const middleware = OpenApiValidator.middleware({
    apiSpec: structuredClone({ ...spec, paths: { [path]: spec.paths[path] } }) as unknown as OpenAPIV3.DocumentV3_1,
    validateApiSpec: true,
    validateRequests: { allErrors: true, allowUnknownQueryParameters: false },
    validateResponses: responseValidation === 'off' ? false : { removeAdditional: false },
    validateSecurity: false,
    validateFormats: true,
    ignoreUndocumented: false,
    $refParser: { mode: 'dereference' },
  }) as unknown as RequestHandler[];
  // The validator names its stages; security is checked by the kit (validateSecurity: false), and
  // the response stage is what sampling leaves out.
  const stage = (name: string) => middleware.find((handler) => handler.name === name);
  const expected = [
    'pathParamsMiddleware',
    'metadataMiddleware',
    'requestMiddleware',
    ...(responseValidation === 'off' ? [] : ['responseMiddleware']),
  ];
  const missing = expected.filter((name) => stage(name) === undefined);
  if (missing.length > 0)
    throw new Error(
      `express-openapi-validator no longer has the stages ${missing.join(', ')}: see pathValidator in packages/kit/src/openapi/router.ts.`,
    );
  const matching = chain([stage('pathParamsMiddleware')!, stage('metadataMiddleware')!]);
  const requestStage = stage('requestMiddleware')!;
  const responseStage = stage('responseMiddleware');

  return () => {
    const matched = knownMatch(matching);
    const always = chain([matched, requestStage]);
    if (responseValidation === 'off' || responseStage === undefined) return always;
    const withResponses = chain([always, responseStage]);
    if (responseValidation === 'all') return withResponses;
    return (request, response, next) =>
      (Math.random() * responseValidationSampleEvery < 1 ? withResponses : always)(request, response, next);
  };
}

/** What the validator's metadata stage puts on a request (`request.openapi`), path parameters aside. */
interface ValidatorMatch {
  pathParams: Record<string, string>;
  [field: string]: unknown;
}
type RequestWithMatch = Request & { openapi?: ValidatorMatch };

/**
 * The validator's matching stages for one operation, run only until they have matched once. They
 * find the operation by compiling the path's template with path-to-regexp and matching the URL again,
 * on every request, after Express has already matched that very route: what they find is the same
 * for every request of the operation but its path parameters, which are Express's own (decoded the
 * same way; a malformed escape is Express's 400 before this runs). So the first match is kept and the
 * later requests get it with their own parameters.
 */
function knownMatch(matching: RequestHandler): RequestHandler {
  let known: Omit<ValidatorMatch, 'pathParams'> | undefined;
  return (request: RequestWithMatch, response, next) => {
    if (known) {
      request.openapi = { ...known, pathParams: request.params as Record<string, string> };
      next();
      return;
    }
    matching(request, response, (signal?: unknown) => {
      if ((signal === undefined || signal === null) && request.openapi) {
        const { pathParams: _pathParams, ...match } = request.openapi;
        known = match;
      }
      next(signal);
    });
  };
}

function methodNotAllowed(method: string, path: string): HttpProblem {
  return new HttpProblem({
    status: 405,
    type: problemTypes.methodNotAllowed,
    title: 'Method not allowed',
    detail: `${path} does not support ${method}.`,
  });
}

/**
 * Orders paths as OpenAPI matches them: a literal segment wins over a template at the same place, so
 * `/v2/users/me` is tried before `/v2/users/{user_id}` whatever their order in the spec.
 */
function compareSpecificity(left: string, right: string): number {
  const leftSegments = left.split('/');
  const rightSegments = right.split('/');
  for (let index = 0; index < Math.min(leftSegments.length, rightSegments.length); index += 1) {
    const leftTemplate = leftSegments[index]!.startsWith('{');
    const rightTemplate = rightSegments[index]!.startsWith('{');
    if (leftTemplate !== rightTemplate) return leftTemplate ? 1 : -1;
  }
  return 0;
}

function resolveAuthenticators(options: OpenApiRouterOptions): Record<string, Authenticator> {
  const resolved: Record<string, Authenticator> = {};
  const used = new Set(Object.values(options.operations).flatMap((operation) => operation.security.flat()));
  for (const name of used) {
    const scheme = options.securitySchemes[name];
    if (!scheme) throw new Error(`Security scheme ${name} is used by an operation but not declared in the spec.`);
    const given = options.authenticators[name];
    if (given) resolved[name] = given;
    else if (scheme.type === 'http' && scheme.scheme === 'bearer') {
      throw new Error(`Security scheme ${name} (bearer) needs an authenticator: pass authenticators.${name}.`);
    } else resolved[name] = presenceAuthenticator(scheme);
  }
  return resolved;
}

function inputOf(request: Request): OperationInput {
  return {
    path: { ...request.params },
    query: { ...(request.query as Record<string, unknown>) },
    headers: { ...request.headers },
    cookies: { ...((request.cookies as Record<string, unknown> | undefined) ?? {}) },
    body: request.body,
  };
}

const jsonMediaType = /^application\/([a-z0-9.+-]+\+)?json$/i;

/** Writes a handler's result with the media type the spec declares for that status. */
function sendResult(response: Response, operation: OperationDefinition, result: OperationResult): void {
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    response.setHeader(name, typeof value === 'number' ? String(value) : value);
  }
  response.status(result.status);
  if (result.body === undefined) {
    response.end();
    return;
  }
  const declared = operation.responses[String(result.status)] ?? operation.responses.default ?? [];
  const mediaType = result.contentType ?? declared[0] ?? 'application/json';
  response.type(mediaType);
  if (jsonMediaType.test(mediaType)) {
    response.json(result.body);
  } else if (result.body instanceof Readable) {
    result.body.pipe(response);
  } else if (result.body instanceof Uint8Array) {
    response.send(Buffer.from(result.body));
  } else {
    // Any other media type is text (VTT, SRT, plain): a handler gives it as a string.
    response.send(typeof result.body === 'string' || result.body === undefined ? result.body : JSON.stringify(result.body));
  }
}
