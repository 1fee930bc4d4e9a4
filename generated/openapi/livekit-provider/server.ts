// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/livekit-provider/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Router } from 'express';
import type { Authenticator } from '@ilenia/kit';
import { createMockHandlers, createOpenApiRouter, type AuthenticatedHandlerContext, type HandlerContext, type OperationDefinition, type ResponseValidation, type SecuritySchemeDefinition } from '@ilenia/kit/openapi';
import type { components, operations } from './types.js';

/** The bundled spec this router validates against. */
export const livekitProviderApiSpec: object = JSON.parse(readFileSync(new URL('../../specs/livekit-provider.json', import.meta.url), 'utf8'));

type Problem = components['schemas']['Problem'];
/** Headers a handler may add to its response (ETag, Location, Set-Cookie, Cache-Control, ...). */
type ResponseHeaders = Readonly<Record<string, string | number | readonly string[]>>;
/** A binary body (recordings): bytes or a stream. */
type BinaryBody = Uint8Array | Readable;
/** Statuses a handler may answer with a Problem body through the spec's `default` response. */
type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 406 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 501 | 502 | 503 | 504;

/** Input of `createOrJoinRoom`: POST /v2/rooms/create-or-join. */
export interface CreateOrJoinRoomInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createOrJoinRoom']['requestBody']>['content']["application/json"];
}

/** The answers `createOrJoinRoom` may give, exactly as the spec declares them. */
export type CreateOrJoinRoomResult =
  | { status: 200; body: operations['createOrJoinRoom']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createOrJoinRoom']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createOrJoinRoom']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createOrJoinRoom']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['createOrJoinRoom']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createOrJoinRoom']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createOrJoinRoom']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createOrJoinRoom']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['createOrJoinRoom']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `joinRoom`: POST /v2/rooms/join. */
export interface JoinRoomInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['joinRoom']['requestBody']>['content']["application/json"];
}

/** The answers `joinRoom` may give, exactly as the spec declares them. */
export type JoinRoomResult =
  | { status: 200; body: operations['joinRoom']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['joinRoom']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['joinRoom']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['joinRoom']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['joinRoom']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['joinRoom']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['joinRoom']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['joinRoom']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 422; body: operations['joinRoom']['responses'][422]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['joinRoom']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createAgentToken`: POST /v2/agents/token. */
export interface CreateAgentTokenInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createAgentToken']['requestBody']>['content']["application/json"];
}

/** The answers `createAgentToken` may give, exactly as the spec declares them. */
export type CreateAgentTokenResult =
  | { status: 200; body: operations['createAgentToken']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createAgentToken']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createAgentToken']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createAgentToken']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['createAgentToken']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createAgentToken']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createAgentToken']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createAgentToken']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['createAgentToken']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listRooms`: GET /v2/rooms. */
export interface ListRoomsInput {
  path: Record<string, never>;
  query: NonNullable<operations['listRooms']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listRooms` may give, exactly as the spec declares them. */
export type ListRoomsResult =
  | { status: 200; body: operations['listRooms']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listRooms']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listRooms']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listRooms']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['listRooms']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listRooms']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['listRooms']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getRoom`: GET /v2/rooms/{room_name}. */
export interface GetRoomInput {
  path: operations['getRoom']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getRoom` may give, exactly as the spec declares them. */
export type GetRoomResult =
  | { status: 200; body: operations['getRoom']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getRoom']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getRoom']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getRoom']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getRoom']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getRoom']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['getRoom']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteRoom`: DELETE /v2/rooms/{room_name}. */
export interface DeleteRoomInput {
  path: operations['deleteRoom']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteRoom` may give, exactly as the spec declares them. */
export type DeleteRoomResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteRoom']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteRoom']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteRoom']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteRoom']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteRoom']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 502; body: operations['deleteRoom']['responses'][502]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413 | 502>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

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

/** One handler per operation of the Ilenia LiveKit Provider API. */
export interface LivekitProviderHandlers {
  /** Create or join a channel's room as its speaker. `POST /v2/rooms/create-or-join` · requires rooms:speak */
  createOrJoinRoom(input: CreateOrJoinRoomInput, context: AuthenticatedHandlerContext): Promise<CreateOrJoinRoomResult> | CreateOrJoinRoomResult;
  /** Join a channel's room as a listener. `POST /v2/rooms/join` · requires rooms:listen */
  joinRoom(input: JoinRoomInput, context: AuthenticatedHandlerContext): Promise<JoinRoomResult> | JoinRoomResult;
  /** Mint a LiveKit token for a live-service agent. `POST /v2/agents/token` · requires agents:token */
  createAgentToken(input: CreateAgentTokenInput, context: AuthenticatedHandlerContext): Promise<CreateAgentTokenResult> | CreateAgentTokenResult;
  /** List the rooms of events. `GET /v2/rooms` · requires rooms:read */
  listRooms(input: ListRoomsInput, context: AuthenticatedHandlerContext): Promise<ListRoomsResult> | ListRoomsResult;
  /** Read a room and its participants. `GET /v2/rooms/{room_name}` · requires rooms:read */
  getRoom(input: GetRoomInput, context: AuthenticatedHandlerContext): Promise<GetRoomResult> | GetRoomResult;
  /** Close a room. `DELETE /v2/rooms/{room_name}` · requires rooms:manage */
  deleteRoom(input: DeleteRoomInput, context: AuthenticatedHandlerContext): Promise<DeleteRoomResult> | DeleteRoomResult;
  /** Check liveness. `GET /health` · public */
  getHealth(input: GetHealthInput, context: HandlerContext): Promise<GetHealthResult> | GetHealthResult;
  /** Check readiness. `GET /ready` · public */
  getReadiness(input: GetReadinessInput, context: HandlerContext): Promise<GetReadinessResult> | GetReadinessResult;
}

/** What the router needs to know of each operation. */
export const livekitProviderOperations = {
  createOrJoinRoom: {"operationId":"createOrJoinRoom","method":"post","path":"/v2/rooms/create-or-join","expressPath":"/v2/rooms/create-or-join","security":[["bearerAuth"]],"requiredPermissions":["rooms:speak"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  joinRoom: {"operationId":"joinRoom","method":"post","path":"/v2/rooms/join","expressPath":"/v2/rooms/join","security":[["bearerAuth"]],"requiredPermissions":["rooms:listen"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"422":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  createAgentToken: {"operationId":"createAgentToken","method":"post","path":"/v2/agents/token","expressPath":"/v2/agents/token","security":[["bearerAuth"]],"requiredPermissions":["agents:token"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  listRooms: {"operationId":"listRooms","method":"get","path":"/v2/rooms","expressPath":"/v2/rooms","security":[["bearerAuth"]],"requiredPermissions":["rooms:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  getRoom: {"operationId":"getRoom","method":"get","path":"/v2/rooms/{room_name}","expressPath":"/v2/rooms/:room_name","security":[["bearerAuth"]],"requiredPermissions":["rooms:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  deleteRoom: {"operationId":"deleteRoom","method":"delete","path":"/v2/rooms/{room_name}","expressPath":"/v2/rooms/:room_name","security":[["bearerAuth"]],"requiredPermissions":["rooms:manage"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"502":["application/problem+json"],"default":["application/problem+json"]}},
  getHealth: {"operationId":"getHealth","method":"get","path":"/health","expressPath":"/health","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getReadiness: {"operationId":"getReadiness","method":"get","path":"/ready","expressPath":"/ready","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"503":["application/json"],"default":["application/problem+json"]}},
} as const satisfies Record<keyof LivekitProviderHandlers, OperationDefinition>;

/** The security schemes the spec declares. */
export const livekitProviderSecuritySchemes: Record<string, SecuritySchemeDefinition> = {
  "bearerAuth": {"type":"http","scheme":"bearer"},
};

export interface LivekitProviderRouterOptions {
  handlers: LivekitProviderHandlers;
  /** Bearer schemes need a verifier; the others default to a presence check left to the handler. */
  authenticators: { bearerAuth: Authenticator };
  /** Which responses are checked against the spec (`RESPONSE_VALIDATION`; all by default). */
  responseValidation?: ResponseValidation;
}

/** The Express router of the Ilenia LiveKit Provider API: authentication, permissions, validation, handlers. */
export function createLivekitProviderRouter(options: LivekitProviderRouterOptions): Router {
  return createOpenApiRouter({ apiSpec: livekitProviderApiSpec, operations: livekitProviderOperations, securitySchemes: livekitProviderSecuritySchemes, ...options });
}

/** Handlers that answer every operation with the spec's examples (USE_<SERVICE>_MOCK=true). */
export function createLivekitProviderMockHandlers(): LivekitProviderHandlers {
  return createMockHandlers(livekitProviderApiSpec, livekitProviderOperations) as unknown as LivekitProviderHandlers;
}
