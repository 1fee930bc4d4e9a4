// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/live-service/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Router } from 'express';
import type { Authenticator } from '@ilenia/kit';
import { createMockHandlers, createOpenApiRouter, type AuthenticatedHandlerContext, type HandlerContext, type OperationDefinition, type ResponseValidation, type SecuritySchemeDefinition } from '@ilenia/kit/openapi';
import type { components, operations } from './types.js';

/** The bundled spec this router validates against. */
export const liveServiceApiSpec: object = JSON.parse(readFileSync(new URL('../../specs/live-service.json', import.meta.url), 'utf8'));

type Problem = components['schemas']['Problem'];
/** Headers a handler may add to its response (ETag, Location, Set-Cookie, Cache-Control, ...). */
type ResponseHeaders = Readonly<Record<string, string | number | readonly string[]>>;
/** A binary body (recordings): bytes or a stream. */
type BinaryBody = Uint8Array | Readable;
/** Statuses a handler may answer with a Problem body through the spec's `default` response. */
type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 406 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 501 | 502 | 503 | 504;

/** Input of `startSession`: POST /v1/sessions/start. */
export interface StartSessionInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['startSession']['requestBody']>['content']["application/json"];
}

/** The answers `startSession` may give, exactly as the spec declares them. */
export type StartSessionResult =
  | { status: 200; body: operations['startSession']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 201; body: operations['startSession']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['startSession']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['startSession']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['startSession']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['startSession']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['startSession']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['startSession']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['startSession']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 422; body: operations['startSession']['responses'][422]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['startSession']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `stopSession`: POST /v1/sessions/stop. */
export interface StopSessionInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['stopSession']['requestBody']>['content']["application/json"];
}

/** The answers `stopSession` may give, exactly as the spec declares them. */
export type StopSessionResult =
  | { status: 200; body: operations['stopSession']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['stopSession']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['stopSession']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['stopSession']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['stopSession']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['stopSession']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['stopSession']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['stopSession']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413 | 415 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getSession`: GET /v1/sessions/{session_id}. */
export interface GetSessionInput {
  path: operations['getSession']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getSession` may give, exactly as the spec declares them. */
export type GetSessionResult =
  | { status: 200; body: operations['getSession']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getSession']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getSession']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getSession']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getSession']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getSession']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listSessionTranscripts`: GET /v1/sessions/{session_id}/transcripts. */
export interface ListSessionTranscriptsInput {
  path: operations['listSessionTranscripts']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listSessionTranscripts` may give, exactly as the spec declares them. */
export type ListSessionTranscriptsResult =
  | { status: 200; body: operations['listSessionTranscripts']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listSessionTranscripts']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listSessionTranscripts']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listSessionTranscripts']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['listSessionTranscripts']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listSessionTranscripts']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getSessionTranscript`: GET /v1/sessions/{session_id}/transcripts/{language}. */
export interface GetSessionTranscriptInput {
  path: operations['getSessionTranscript']['parameters']['path'];
  query: NonNullable<operations['getSessionTranscript']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getSessionTranscript` may give, exactly as the spec declares them. */
export type GetSessionTranscriptResult =
  | { status: 200; body: operations['getSessionTranscript']['responses'][200]['content']["application/json"]; contentType: "application/json"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getSessionTranscript']['responses'][200]['content']["text/vtt"]; contentType: "text/vtt"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getSessionTranscript']['responses'][200]['content']["application/x-subrip"]; contentType: "application/x-subrip"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getSessionTranscript']['responses'][200]['content']["text/plain"]; contentType: "text/plain"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getSessionTranscript']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getSessionTranscript']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getSessionTranscript']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getSessionTranscript']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getSessionTranscript']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listEventSessions`: GET /v1/events/{event_id}/sessions. */
export interface ListEventSessionsInput {
  path: operations['listEventSessions']['parameters']['path'];
  query: NonNullable<operations['listEventSessions']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listEventSessions` may give, exactly as the spec declares them. */
export type ListEventSessionsResult =
  | { status: 200; body: operations['listEventSessions']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listEventSessions']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listEventSessions']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listEventSessions']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['listEventSessions']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listEventSessions']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getLiveEventTranscript`: GET /v1/events/{event_id}/transcripts/{language}. */
export interface GetLiveEventTranscriptInput {
  path: operations['getLiveEventTranscript']['parameters']['path'];
  query: NonNullable<operations['getLiveEventTranscript']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getLiveEventTranscript` may give, exactly as the spec declares them. */
export type GetLiveEventTranscriptResult =
  | { status: 200; body: operations['getLiveEventTranscript']['responses'][200]['content']["application/json"]; contentType: "application/json"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getLiveEventTranscript']['responses'][200]['content']["text/vtt"]; contentType: "text/vtt"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getLiveEventTranscript']['responses'][200]['content']["application/x-subrip"]; contentType: "application/x-subrip"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getLiveEventTranscript']['responses'][200]['content']["text/plain"]; contentType: "text/plain"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getLiveEventTranscript']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getLiveEventTranscript']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getLiveEventTranscript']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getLiveEventTranscript']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getLiveEventTranscript']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getHealth`: GET /health. */
export interface GetHealthInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getHealth` may give, exactly as the spec declares them. */
export type GetHealthResult =
  | { status: 200; body: operations['getHealth']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getHealth']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getHealth']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['getHealth']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 413 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getReadiness`: GET /ready. */
export interface GetReadinessInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getReadiness` may give, exactly as the spec declares them. */
export type GetReadinessResult =
  | { status: 200; body: operations['getReadiness']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getReadiness']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getReadiness']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['getReadiness']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 503; body: operations['getReadiness']['responses'][503]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 413 | 429 | 503>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** One handler per operation of the Ilenia Live Service API (LiveKit mode). */
export interface LiveServiceHandlers {
  /** Start the agents of a channel. `POST /v1/sessions/start` · requires live_sessions:control */
  startSession(input: StartSessionInput, context: AuthenticatedHandlerContext): Promise<StartSessionResult> | StartSessionResult;
  /** Stop a session. `POST /v1/sessions/stop` · requires live_sessions:control */
  stopSession(input: StopSessionInput, context: AuthenticatedHandlerContext): Promise<StopSessionResult> | StopSessionResult;
  /** Read a session. `GET /v1/sessions/{session_id}` · requires live_sessions:read */
  getSession(input: GetSessionInput, context: AuthenticatedHandlerContext): Promise<GetSessionResult> | GetSessionResult;
  /** List a session's transcripts. `GET /v1/sessions/{session_id}/transcripts` · requires transcripts:read */
  listSessionTranscripts(input: ListSessionTranscriptsInput, context: AuthenticatedHandlerContext): Promise<ListSessionTranscriptsResult> | ListSessionTranscriptsResult;
  /** Download a session's transcript in one language. `GET /v1/sessions/{session_id}/transcripts/{language}` · requires transcripts:read */
  getSessionTranscript(input: GetSessionTranscriptInput, context: AuthenticatedHandlerContext): Promise<GetSessionTranscriptResult> | GetSessionTranscriptResult;
  /** List the sessions of an event. `GET /v1/events/{event_id}/sessions` · requires live_sessions:read */
  listEventSessions(input: ListEventSessionsInput, context: AuthenticatedHandlerContext): Promise<ListEventSessionsResult> | ListEventSessionsResult;
  /** Download an event's transcript in one language. `GET /v1/events/{event_id}/transcripts/{language}` · requires transcripts:read */
  getLiveEventTranscript(input: GetLiveEventTranscriptInput, context: AuthenticatedHandlerContext): Promise<GetLiveEventTranscriptResult> | GetLiveEventTranscriptResult;
  /** Check liveness. `GET /health` · public */
  getHealth(input: GetHealthInput, context: HandlerContext): Promise<GetHealthResult> | GetHealthResult;
  /** Check readiness. `GET /ready` · public */
  getReadiness(input: GetReadinessInput, context: HandlerContext): Promise<GetReadinessResult> | GetReadinessResult;
}

/** What the router needs to know of each operation. */
export const liveServiceOperations = {
  startSession: {"operationId":"startSession","method":"post","path":"/v1/sessions/start","expressPath":"/v1/sessions/start","security":[["bearerAuth"]],"requiredPermissions":["live_sessions:control"],"responses":{"200":["application/json"],"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"422":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  stopSession: {"operationId":"stopSession","method":"post","path":"/v1/sessions/stop","expressPath":"/v1/sessions/stop","security":[["bearerAuth"]],"requiredPermissions":["live_sessions:control"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  getSession: {"operationId":"getSession","method":"get","path":"/v1/sessions/{session_id}","expressPath":"/v1/sessions/:session_id","security":[["bearerAuth"]],"requiredPermissions":["live_sessions:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listSessionTranscripts: {"operationId":"listSessionTranscripts","method":"get","path":"/v1/sessions/{session_id}/transcripts","expressPath":"/v1/sessions/:session_id/transcripts","security":[["bearerAuth"]],"requiredPermissions":["transcripts:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getSessionTranscript: {"operationId":"getSessionTranscript","method":"get","path":"/v1/sessions/{session_id}/transcripts/{language}","expressPath":"/v1/sessions/:session_id/transcripts/:language","security":[["bearerAuth"]],"requiredPermissions":["transcripts:read"],"responses":{"200":["application/json","text/vtt","application/x-subrip","text/plain"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listEventSessions: {"operationId":"listEventSessions","method":"get","path":"/v1/events/{event_id}/sessions","expressPath":"/v1/events/:event_id/sessions","security":[["bearerAuth"]],"requiredPermissions":["live_sessions:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getLiveEventTranscript: {"operationId":"getLiveEventTranscript","method":"get","path":"/v1/events/{event_id}/transcripts/{language}","expressPath":"/v1/events/:event_id/transcripts/:language","security":[["bearerAuth"]],"requiredPermissions":["transcripts:read"],"responses":{"200":["application/json","text/vtt","application/x-subrip","text/plain"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getHealth: {"operationId":"getHealth","method":"get","path":"/health","expressPath":"/health","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getReadiness: {"operationId":"getReadiness","method":"get","path":"/ready","expressPath":"/ready","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"503":["application/json"],"default":["application/problem+json"]}},
} as const satisfies Record<keyof LiveServiceHandlers, OperationDefinition>;

/** The security schemes the spec declares. */
export const liveServiceSecuritySchemes: Record<string, SecuritySchemeDefinition> = {
  "bearerAuth": {"type":"http","scheme":"bearer"},
};

export interface LiveServiceRouterOptions {
  handlers: LiveServiceHandlers;
  /** Bearer schemes need a verifier; the others default to a presence check left to the handler. */
  authenticators: { bearerAuth: Authenticator };
  /** Which responses are checked against the spec (`RESPONSE_VALIDATION`; all by default). */
  responseValidation?: ResponseValidation;
}

/** The Express router of the Ilenia Live Service API (LiveKit mode): authentication, permissions, validation, handlers. */
export function createLiveServiceRouter(options: LiveServiceRouterOptions): Router {
  return createOpenApiRouter({ apiSpec: liveServiceApiSpec, operations: liveServiceOperations, securitySchemes: liveServiceSecuritySchemes, ...options });
}

/** Handlers that answer every operation with the spec's examples (USE_<SERVICE>_MOCK=true). */
export function createLiveServiceMockHandlers(): LiveServiceHandlers {
  return createMockHandlers(liveServiceApiSpec, liveServiceOperations) as unknown as LiveServiceHandlers;
}
