import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';

/** What the generator knows of one operation, emitted into generated/openapi/<service>/server.ts. */
export interface OperationDefinition {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options';
  /** The OpenAPI path (`/v1/events/{event_id}`). */
  path: string;
  /** The same path in Express syntax (`/v1/events/:event_id`). */
  expressPath: string;
  /** Security alternatives: each is a list of scheme names that must all be satisfied; `[]` is anonymous. */
  security: readonly (readonly string[])[];
  /** Every permission a caller must hold (`x-required-permissions`); undefined for public operations. */
  requiredPermissions?: readonly string[];
  /** Declared responses: status (or `default`) → media types. */
  responses: Readonly<Record<string, readonly string[]>>;
}

/** A security scheme as declared in the spec, reduced to what authentication needs. */
export type SecuritySchemeDefinition =
  | { type: 'http'; scheme: 'bearer' | 'basic' }
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { type: 'oauth2' | 'openIdConnect' | 'mutualTLS' };

/** What a handler receives besides its typed input. */
export interface HandlerContext {
  /** The authenticated caller; undefined on public operations. */
  principal: Principal | undefined;
  request: Request;
  response: Response;
  log: Logger;
  requestId: string;
}

/** The context of an operation that can only be reached with a verified access token. */
export interface AuthenticatedHandlerContext extends HandlerContext {
  principal: Principal;
}

/** A handler's answer, as the generic router sees it (the generated types are far narrower). */
export interface OperationResult {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Readonly<Record<string, string | number | readonly string[]>>;
}

/** The generic handler shape the router calls. */
export type OperationHandler = (input: OperationInput, context: HandlerContext) => Promise<OperationResult> | OperationResult;

/** A request's parts after validation (types coerced and defaults applied by the validator). */
export interface OperationInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  cookies: Record<string, unknown>;
  body: unknown;
}

/**
 * How many responses are validated against the spec: every one, a random sample, or none. Validating
 * a response costs about as much as building it (bench/generated-router.ts), so production samples:
 * a handler that breaks the contract still shows in the logs within a few requests of traffic.
 */
export type ResponseValidation = 'all' | 'sample' | 'off';
export const responseValidationModes: readonly ResponseValidation[] = ['all', 'sample', 'off'];

/** Under `sample`, on average one response in this many is validated. */
export const responseValidationSampleEvery = 20;
