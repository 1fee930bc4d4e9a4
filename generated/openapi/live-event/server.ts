// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/live-event/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Router } from 'express';
import type { Authenticator } from '@ilenia/kit';
import { createMockHandlers, createOpenApiRouter, type AuthenticatedHandlerContext, type HandlerContext, type OperationDefinition, type ResponseValidation, type SecuritySchemeDefinition } from '@ilenia/kit/openapi';
import type { components, operations } from './types.js';

/** The bundled spec this router validates against. */
export const liveEventApiSpec: object = JSON.parse(readFileSync(new URL('../../specs/live-event.json', import.meta.url), 'utf8'));

type Problem = components['schemas']['Problem'];
/** Headers a handler may add to its response (ETag, Location, Set-Cookie, Cache-Control, ...). */
type ResponseHeaders = Readonly<Record<string, string | number | readonly string[]>>;
/** A binary body (recordings): bytes or a stream. */
type BinaryBody = Uint8Array | Readable;
/** Statuses a handler may answer with a Problem body through the spec's `default` response. */
type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 406 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 501 | 502 | 503 | 504;

/** Input of `createSpeakerTicket`: POST /v1/tickets/speaker. */
export interface CreateSpeakerTicketInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createSpeakerTicket']['requestBody']>['content']["application/json"];
}

/** The answers `createSpeakerTicket` may give, exactly as the spec declares them. */
export type CreateSpeakerTicketResult =
  | { status: 201; body: operations['createSpeakerTicket']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createSpeakerTicket']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createSpeakerTicket']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createSpeakerTicket']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['createSpeakerTicket']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createSpeakerTicket']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createSpeakerTicket']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createSpeakerTicket']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 422; body: operations['createSpeakerTicket']['responses'][422]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['createSpeakerTicket']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 503; body: operations['createSpeakerTicket']['responses'][503]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createListenerTicket`: POST /v1/tickets/listener. */
export interface CreateListenerTicketInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createListenerTicket']['requestBody']>['content']["application/json"];
}

/** The answers `createListenerTicket` may give, exactly as the spec declares them. */
export type CreateListenerTicketResult =
  | { status: 201; body: operations['createListenerTicket']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createListenerTicket']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createListenerTicket']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createListenerTicket']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['createListenerTicket']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createListenerTicket']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createListenerTicket']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createListenerTicket']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 422; body: operations['createListenerTicket']['responses'][422]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['createListenerTicket']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 503; body: operations['createListenerTicket']['responses'][503]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

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

/** Input of `getEventLiveStatus`: GET /v1/events/{event_id}/live. */
export interface GetEventLiveStatusInput {
  path: operations['getEventLiveStatus']['parameters']['path'];
  query: NonNullable<operations['getEventLiveStatus']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getEventLiveStatus` may give, exactly as the spec declares them. */
export type GetEventLiveStatusResult =
  | { status: 200; body: operations['getEventLiveStatus']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getEventLiveStatus']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getEventLiveStatus']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getEventLiveStatus']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getEventLiveStatus']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getEventLiveStatus']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 503; body: operations['getEventLiveStatus']['responses'][503]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413 | 503>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

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

/** Input of `getSessionRecording`: GET /v1/sessions/{session_id}/recording. */
export interface GetSessionRecordingInput {
  path: operations['getSessionRecording']['parameters']['path'];
  query: Record<string, never>;
  headers: { "range"?: NonNullable<operations['getSessionRecording']['parameters']['header']>["Range"]; "if-range"?: NonNullable<operations['getSessionRecording']['parameters']['header']>["If-Range"] };
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getSessionRecording` may give, exactly as the spec declares them. */
export type GetSessionRecordingResult =
  | { status: 200; body: BinaryBody; contentType?: "audio/wav"; headers?: ResponseHeaders }
  | { status: 206; body: BinaryBody; contentType?: "audio/wav"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getSessionRecording']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getSessionRecording']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getSessionRecording']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getSessionRecording']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['getSessionRecording']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getSessionRecording']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 416; body: operations['getSessionRecording']['responses'][416]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getSessionRecordingMetadata`: GET /v1/sessions/{session_id}/recording/metadata. */
export interface GetSessionRecordingMetadataInput {
  path: operations['getSessionRecordingMetadata']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getSessionRecordingMetadata` may give, exactly as the spec declares them. */
export type GetSessionRecordingMetadataResult =
  | { status: 200; body: operations['getSessionRecordingMetadata']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getSessionRecordingMetadata']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getSessionRecordingMetadata']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getSessionRecordingMetadata']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getSessionRecordingMetadata']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['getSessionRecordingMetadata']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getSessionRecordingMetadata']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

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

/** Input of `getEventTranscript`: GET /v1/events/{event_id}/transcripts/{language}. */
export interface GetEventTranscriptInput {
  path: operations['getEventTranscript']['parameters']['path'];
  query: NonNullable<operations['getEventTranscript']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getEventTranscript` may give, exactly as the spec declares them. */
export type GetEventTranscriptResult =
  | { status: 200; body: operations['getEventTranscript']['responses'][200]['content']["application/json"]; contentType: "application/json"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getEventTranscript']['responses'][200]['content']["text/vtt"]; contentType: "text/vtt"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getEventTranscript']['responses'][200]['content']["application/x-subrip"]; contentType: "application/x-subrip"; headers?: ResponseHeaders }
  | { status: 200; body: operations['getEventTranscript']['responses'][200]['content']["text/plain"]; contentType: "text/plain"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getEventTranscript']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getEventTranscript']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getEventTranscript']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getEventTranscript']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getEventTranscript']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getMetrics`: GET /metrics. */
export interface GetMetricsInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: { "authorization"?: NonNullable<operations['getMetrics']['parameters']['header']>["Authorization"] };
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getMetrics` may give, exactly as the spec declares them. */
export type GetMetricsResult =
  | { status: 200; body: operations['getMetrics']['responses'][200]['content']["text/plain; version=0.0.4"]; contentType?: "text/plain; version=0.0.4"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getMetrics']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getMetrics']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 406; body: operations['getMetrics']['responses'][406]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getMetrics']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 406 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

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

/** One handler per operation of the Ilenia Live Event API (WebSocket mode). */
export interface LiveEventHandlers {
  /** Get a speaker WebSocket ticket. `POST /v1/tickets/speaker` · requires live:speak */
  createSpeakerTicket(input: CreateSpeakerTicketInput, context: AuthenticatedHandlerContext): Promise<CreateSpeakerTicketResult> | CreateSpeakerTicketResult;
  /** Get a listener WebSocket ticket. `POST /v1/tickets/listener` · requires live:listen */
  createListenerTicket(input: CreateListenerTicketInput, context: AuthenticatedHandlerContext): Promise<CreateListenerTicketResult> | CreateListenerTicketResult;
  /** List an event's sessions. `GET /v1/events/{event_id}/sessions` · requires live_sessions:read */
  listEventSessions(input: ListEventSessionsInput, context: AuthenticatedHandlerContext): Promise<ListEventSessionsResult> | ListEventSessionsResult;
  /** See who is connected and how fast finals flow. `GET /v1/events/{event_id}/live` · requires live_sessions:read */
  getEventLiveStatus(input: GetEventLiveStatusInput, context: AuthenticatedHandlerContext): Promise<GetEventLiveStatusResult> | GetEventLiveStatusResult;
  /** Get a session. `GET /v1/sessions/{session_id}` · requires live_sessions:read */
  getSession(input: GetSessionInput, context: AuthenticatedHandlerContext): Promise<GetSessionResult> | GetSessionResult;
  /** Download a session's recording. `GET /v1/sessions/{session_id}/recording` · requires recordings:read */
  getSessionRecording(input: GetSessionRecordingInput, context: AuthenticatedHandlerContext): Promise<GetSessionRecordingResult> | GetSessionRecordingResult;
  /** Get a session's recording metadata. `GET /v1/sessions/{session_id}/recording/metadata` · requires recordings:read */
  getSessionRecordingMetadata(input: GetSessionRecordingMetadataInput, context: AuthenticatedHandlerContext): Promise<GetSessionRecordingMetadataResult> | GetSessionRecordingMetadataResult;
  /** List a session's transcripts. `GET /v1/sessions/{session_id}/transcripts` · requires transcripts:read */
  listSessionTranscripts(input: ListSessionTranscriptsInput, context: AuthenticatedHandlerContext): Promise<ListSessionTranscriptsResult> | ListSessionTranscriptsResult;
  /** Download a session's transcript in one language. `GET /v1/sessions/{session_id}/transcripts/{language}` · requires transcripts:read */
  getSessionTranscript(input: GetSessionTranscriptInput, context: AuthenticatedHandlerContext): Promise<GetSessionTranscriptResult> | GetSessionTranscriptResult;
  /** Download an event's transcript in one language. `GET /v1/events/{event_id}/transcripts/{language}` · requires transcripts:read */
  getEventTranscript(input: GetEventTranscriptInput, context: AuthenticatedHandlerContext): Promise<GetEventTranscriptResult> | GetEventTranscriptResult;
  /** Get Prometheus metrics. `GET /metrics` · public */
  getMetrics(input: GetMetricsInput, context: HandlerContext): Promise<GetMetricsResult> | GetMetricsResult;
  /** Check liveness. `GET /health` · public */
  getHealth(input: GetHealthInput, context: HandlerContext): Promise<GetHealthResult> | GetHealthResult;
  /** Check readiness. `GET /ready` · public */
  getReadiness(input: GetReadinessInput, context: HandlerContext): Promise<GetReadinessResult> | GetReadinessResult;
}

/** What the router needs to know of each operation. */
export const liveEventOperations = {
  createSpeakerTicket: {"operationId":"createSpeakerTicket","method":"post","path":"/v1/tickets/speaker","expressPath":"/v1/tickets/speaker","security":[["bearerAuth"]],"requiredPermissions":["live:speak"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"422":["application/problem+json"],"429":["application/problem+json"],"503":["application/problem+json"],"default":["application/problem+json"]}},
  createListenerTicket: {"operationId":"createListenerTicket","method":"post","path":"/v1/tickets/listener","expressPath":"/v1/tickets/listener","security":[["bearerAuth"]],"requiredPermissions":["live:listen"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"422":["application/problem+json"],"429":["application/problem+json"],"503":["application/problem+json"],"default":["application/problem+json"]}},
  listEventSessions: {"operationId":"listEventSessions","method":"get","path":"/v1/events/{event_id}/sessions","expressPath":"/v1/events/:event_id/sessions","security":[["bearerAuth"]],"requiredPermissions":["live_sessions:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getEventLiveStatus: {"operationId":"getEventLiveStatus","method":"get","path":"/v1/events/{event_id}/live","expressPath":"/v1/events/:event_id/live","security":[["bearerAuth"]],"requiredPermissions":["live_sessions:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"503":["application/problem+json"],"default":["application/problem+json"]}},
  getSession: {"operationId":"getSession","method":"get","path":"/v1/sessions/{session_id}","expressPath":"/v1/sessions/:session_id","security":[["bearerAuth"]],"requiredPermissions":["live_sessions:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getSessionRecording: {"operationId":"getSessionRecording","method":"get","path":"/v1/sessions/{session_id}/recording","expressPath":"/v1/sessions/:session_id/recording","security":[["bearerAuth"]],"requiredPermissions":["recordings:read"],"responses":{"200":["audio/wav"],"206":["audio/wav"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"416":["application/problem+json"],"default":["application/problem+json"]}},
  getSessionRecordingMetadata: {"operationId":"getSessionRecordingMetadata","method":"get","path":"/v1/sessions/{session_id}/recording/metadata","expressPath":"/v1/sessions/:session_id/recording/metadata","security":[["bearerAuth"]],"requiredPermissions":["recordings:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listSessionTranscripts: {"operationId":"listSessionTranscripts","method":"get","path":"/v1/sessions/{session_id}/transcripts","expressPath":"/v1/sessions/:session_id/transcripts","security":[["bearerAuth"]],"requiredPermissions":["transcripts:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getSessionTranscript: {"operationId":"getSessionTranscript","method":"get","path":"/v1/sessions/{session_id}/transcripts/{language}","expressPath":"/v1/sessions/:session_id/transcripts/:language","security":[["bearerAuth"]],"requiredPermissions":["transcripts:read"],"responses":{"200":["application/json","text/vtt","application/x-subrip","text/plain"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getEventTranscript: {"operationId":"getEventTranscript","method":"get","path":"/v1/events/{event_id}/transcripts/{language}","expressPath":"/v1/events/:event_id/transcripts/:language","security":[["bearerAuth"]],"requiredPermissions":["transcripts:read"],"responses":{"200":["application/json","text/vtt","application/x-subrip","text/plain"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getMetrics: {"operationId":"getMetrics","method":"get","path":"/metrics","expressPath":"/metrics","security":[],"responses":{"200":["text/plain; version=0.0.4"],"400":["application/problem+json"],"401":["application/problem+json"],"406":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getHealth: {"operationId":"getHealth","method":"get","path":"/health","expressPath":"/health","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getReadiness: {"operationId":"getReadiness","method":"get","path":"/ready","expressPath":"/ready","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"503":["application/json"],"default":["application/problem+json"]}},
} as const satisfies Record<keyof LiveEventHandlers, OperationDefinition>;

/** The security schemes the spec declares. */
export const liveEventSecuritySchemes: Record<string, SecuritySchemeDefinition> = {
  "bearerAuth": {"type":"http","scheme":"bearer"},
};

export interface LiveEventRouterOptions {
  handlers: LiveEventHandlers;
  /** Bearer schemes need a verifier; the others default to a presence check left to the handler. */
  authenticators: { bearerAuth: Authenticator };
  /** Which responses are checked against the spec (`RESPONSE_VALIDATION`; all by default). */
  responseValidation?: ResponseValidation;
}

/** The Express router of the Ilenia Live Event API (WebSocket mode): authentication, permissions, validation, handlers. */
export function createLiveEventRouter(options: LiveEventRouterOptions): Router {
  return createOpenApiRouter({ apiSpec: liveEventApiSpec, operations: liveEventOperations, securitySchemes: liveEventSecuritySchemes, ...options });
}

/** Handlers that answer every operation with the spec's examples (USE_<SERVICE>_MOCK=true). */
export function createLiveEventMockHandlers(): LiveEventHandlers {
  return createMockHandlers(liveEventApiSpec, liveEventOperations) as unknown as LiveEventHandlers;
}
