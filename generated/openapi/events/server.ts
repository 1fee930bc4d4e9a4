// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/events/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Router } from 'express';
import type { Authenticator } from '@ilenia/kit';
import { createMockHandlers, createOpenApiRouter, type AuthenticatedHandlerContext, type HandlerContext, type OperationDefinition, type ResponseValidation, type SecuritySchemeDefinition } from '@ilenia/kit/openapi';
import type { components, operations } from './types.js';

/** The bundled spec this router validates against. */
export const eventsApiSpec: object = JSON.parse(readFileSync(new URL('../../specs/events.json', import.meta.url), 'utf8'));

type Problem = components['schemas']['Problem'];
/** Headers a handler may add to its response (ETag, Location, Set-Cookie, Cache-Control, ...). */
type ResponseHeaders = Readonly<Record<string, string | number | readonly string[]>>;
/** A binary body (recordings): bytes or a stream. */
type BinaryBody = Uint8Array | Readable;
/** Statuses a handler may answer with a Problem body through the spec's `default` response. */
type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 406 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 501 | 502 | 503 | 504;

/** Input of `listEvents`: GET /v1/events. */
export interface ListEventsInput {
  path: Record<string, never>;
  query: NonNullable<operations['listEvents']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listEvents` may give, exactly as the spec declares them. */
export type ListEventsResult =
  | { status: 200; body: operations['listEvents']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listEvents']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listEvents']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listEvents']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listEvents']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createEvent`: POST /v1/events. */
export interface CreateEventInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createEvent']['requestBody']>['content']["application/json"];
}

/** The answers `createEvent` may give, exactly as the spec declares them. */
export type CreateEventResult =
  | { status: 201; body: operations['createEvent']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createEvent']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createEvent']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createEvent']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createEvent']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createEvent']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getEvent`: GET /v1/events/{event_id}. */
export interface GetEventInput {
  path: operations['getEvent']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getEvent` may give, exactly as the spec declares them. */
export type GetEventResult =
  | { status: 200; body: operations['getEvent']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getEvent']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getEvent']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getEvent']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getEvent']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getEvent']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteEvent`: DELETE /v1/events/{event_id}. */
export interface DeleteEventInput {
  path: operations['deleteEvent']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['deleteEvent']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteEvent` may give, exactly as the spec declares them. */
export type DeleteEventResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteEvent']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteEvent']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteEvent']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteEvent']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['deleteEvent']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['deleteEvent']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteEvent']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['deleteEvent']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `updateEvent`: PATCH /v1/events/{event_id}. */
export interface UpdateEventInput {
  path: operations['updateEvent']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['updateEvent']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['updateEvent']['requestBody']>['content']["application/json"];
}

/** The answers `updateEvent` may give, exactly as the spec declares them. */
export type UpdateEventResult =
  | { status: 200; body: operations['updateEvent']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateEvent']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateEvent']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateEvent']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateEvent']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['updateEvent']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateEvent']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateEvent']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['updateEvent']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `setEventStatus`: PUT /v1/events/{event_id}/status. */
export interface SetEventStatusInput {
  path: operations['setEventStatus']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['setEventStatus']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['setEventStatus']['requestBody']>['content']["application/json"];
}

/** The answers `setEventStatus` may give, exactly as the spec declares them. */
export type SetEventStatusResult =
  | { status: 200; body: operations['setEventStatus']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['setEventStatus']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['setEventStatus']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['setEventStatus']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['setEventStatus']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['setEventStatus']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['setEventStatus']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['setEventStatus']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['setEventStatus']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['setEventStatus']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listChannels`: GET /v1/events/{event_id}/channels. */
export interface ListChannelsInput {
  path: operations['listChannels']['parameters']['path'];
  query: NonNullable<operations['listChannels']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listChannels` may give, exactly as the spec declares them. */
export type ListChannelsResult =
  | { status: 200; body: operations['listChannels']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listChannels']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listChannels']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listChannels']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['listChannels']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listChannels']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createChannel`: POST /v1/events/{event_id}/channels. */
export interface CreateChannelInput {
  path: operations['createChannel']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['createChannel']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createChannel']['requestBody']>['content']["application/json"];
}

/** The answers `createChannel` may give, exactly as the spec declares them. */
export type CreateChannelResult =
  | { status: 201; body: operations['createChannel']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createChannel']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createChannel']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createChannel']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['createChannel']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createChannel']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['createChannel']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createChannel']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createChannel']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['createChannel']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getChannel`: GET /v1/events/{event_id}/channels/{channel_id}. */
export interface GetChannelInput {
  path: operations['getChannel']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getChannel` may give, exactly as the spec declares them. */
export type GetChannelResult =
  | { status: 200; body: operations['getChannel']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getChannel']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getChannel']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getChannel']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getChannel']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getChannel']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteChannel`: DELETE /v1/events/{event_id}/channels/{channel_id}. */
export interface DeleteChannelInput {
  path: operations['deleteChannel']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['deleteChannel']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteChannel` may give, exactly as the spec declares them. */
export type DeleteChannelResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteChannel']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteChannel']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteChannel']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteChannel']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['deleteChannel']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['deleteChannel']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteChannel']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['deleteChannel']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `updateChannel`: PATCH /v1/events/{event_id}/channels/{channel_id}. */
export interface UpdateChannelInput {
  path: operations['updateChannel']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['updateChannel']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['updateChannel']['requestBody']>['content']["application/json"];
}

/** The answers `updateChannel` may give, exactly as the spec declares them. */
export type UpdateChannelResult =
  | { status: 200; body: operations['updateChannel']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateChannel']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateChannel']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateChannel']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateChannel']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['updateChannel']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['updateChannel']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateChannel']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateChannel']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['updateChannel']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listChannelSpeakers`: GET /v1/events/{event_id}/channels/{channel_id}/speakers. */
export interface ListChannelSpeakersInput {
  path: operations['listChannelSpeakers']['parameters']['path'];
  query: NonNullable<operations['listChannelSpeakers']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listChannelSpeakers` may give, exactly as the spec declares them. */
export type ListChannelSpeakersResult =
  | { status: 200; body: operations['listChannelSpeakers']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listChannelSpeakers']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listChannelSpeakers']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listChannelSpeakers']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['listChannelSpeakers']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listChannelSpeakers']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getChannelSpeaker`: GET /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}. */
export interface GetChannelSpeakerInput {
  path: operations['getChannelSpeaker']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getChannelSpeaker` may give, exactly as the spec declares them. */
export type GetChannelSpeakerResult =
  | { status: 200; body: operations['getChannelSpeaker']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getChannelSpeaker']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getChannelSpeaker']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getChannelSpeaker']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getChannelSpeaker']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getChannelSpeaker']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `assignChannelSpeaker`: PUT /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}. */
export interface AssignChannelSpeakerInput {
  path: operations['assignChannelSpeaker']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `assignChannelSpeaker` may give, exactly as the spec declares them. */
export type AssignChannelSpeakerResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['assignChannelSpeaker']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['assignChannelSpeaker']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['assignChannelSpeaker']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['assignChannelSpeaker']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['assignChannelSpeaker']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['assignChannelSpeaker']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `removeChannelSpeaker`: DELETE /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}. */
export interface RemoveChannelSpeakerInput {
  path: operations['removeChannelSpeaker']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `removeChannelSpeaker` may give, exactly as the spec declares them. */
export type RemoveChannelSpeakerResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['removeChannelSpeaker']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['removeChannelSpeaker']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['removeChannelSpeaker']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['removeChannelSpeaker']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['removeChannelSpeaker']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['removeChannelSpeaker']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listEventListeners`: GET /v1/events/{event_id}/listeners. */
export interface ListEventListenersInput {
  path: operations['listEventListeners']['parameters']['path'];
  query: NonNullable<operations['listEventListeners']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listEventListeners` may give, exactly as the spec declares them. */
export type ListEventListenersResult =
  | { status: 200; body: operations['listEventListeners']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listEventListeners']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listEventListeners']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listEventListeners']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['listEventListeners']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listEventListeners']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getEventListener`: GET /v1/events/{event_id}/listeners/{user_id}. */
export interface GetEventListenerInput {
  path: operations['getEventListener']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getEventListener` may give, exactly as the spec declares them. */
export type GetEventListenerResult =
  | { status: 200; body: operations['getEventListener']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getEventListener']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getEventListener']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getEventListener']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getEventListener']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getEventListener']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `assignEventListener`: PUT /v1/events/{event_id}/listeners/{user_id}. */
export interface AssignEventListenerInput {
  path: operations['assignEventListener']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `assignEventListener` may give, exactly as the spec declares them. */
export type AssignEventListenerResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['assignEventListener']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['assignEventListener']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['assignEventListener']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['assignEventListener']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['assignEventListener']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `removeEventListener`: DELETE /v1/events/{event_id}/listeners/{user_id}. */
export interface RemoveEventListenerInput {
  path: operations['removeEventListener']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `removeEventListener` may give, exactly as the spec declares them. */
export type RemoveEventListenerResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['removeEventListener']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['removeEventListener']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['removeEventListener']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['removeEventListener']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['removeEventListener']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listSessionRecords`: GET /v1/events/{event_id}/sessions. */
export interface ListSessionRecordsInput {
  path: operations['listSessionRecords']['parameters']['path'];
  query: NonNullable<operations['listSessionRecords']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listSessionRecords` may give, exactly as the spec declares them. */
export type ListSessionRecordsResult =
  | { status: 200; body: operations['listSessionRecords']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listSessionRecords']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listSessionRecords']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listSessionRecords']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['listSessionRecords']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listSessionRecords']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createSessionRecord`: POST /v1/events/{event_id}/sessions. */
export interface CreateSessionRecordInput {
  path: operations['createSessionRecord']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createSessionRecord']['requestBody']>['content']["application/json"];
}

/** The answers `createSessionRecord` may give, exactly as the spec declares them. */
export type CreateSessionRecordResult =
  | { status: 200; body: operations['createSessionRecord']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 201; body: operations['createSessionRecord']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createSessionRecord']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createSessionRecord']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createSessionRecord']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['createSessionRecord']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createSessionRecord']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createSessionRecord']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createSessionRecord']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getSessionRecord`: GET /v1/events/{event_id}/sessions/{session_id}. */
export interface GetSessionRecordInput {
  path: operations['getSessionRecord']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getSessionRecord` may give, exactly as the spec declares them. */
export type GetSessionRecordResult =
  | { status: 200; body: operations['getSessionRecord']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getSessionRecord']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getSessionRecord']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getSessionRecord']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getSessionRecord']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getSessionRecord']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listTemplates`: GET /v1/templates. */
export interface ListTemplatesInput {
  path: Record<string, never>;
  query: NonNullable<operations['listTemplates']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listTemplates` may give, exactly as the spec declares them. */
export type ListTemplatesResult =
  | { status: 200; body: operations['listTemplates']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listTemplates']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listTemplates']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listTemplates']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listTemplates']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createTemplate`: POST /v1/templates. */
export interface CreateTemplateInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createTemplate']['requestBody']>['content']["application/json"];
}

/** The answers `createTemplate` may give, exactly as the spec declares them. */
export type CreateTemplateResult =
  | { status: 201; body: operations['createTemplate']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createTemplate']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createTemplate']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createTemplate']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createTemplate']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createTemplate']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createTemplate']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 409 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getTemplate`: GET /v1/templates/{template_id}. */
export interface GetTemplateInput {
  path: operations['getTemplate']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getTemplate` may give, exactly as the spec declares them. */
export type GetTemplateResult =
  | { status: 200; body: operations['getTemplate']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getTemplate']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getTemplate']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getTemplate']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getTemplate']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getTemplate']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteTemplate`: DELETE /v1/templates/{template_id}. */
export interface DeleteTemplateInput {
  path: operations['deleteTemplate']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['deleteTemplate']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteTemplate` may give, exactly as the spec declares them. */
export type DeleteTemplateResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteTemplate']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteTemplate']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteTemplate']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteTemplate']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['deleteTemplate']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteTemplate']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['deleteTemplate']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 412 | 413 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `updateTemplate`: PATCH /v1/templates/{template_id}. */
export interface UpdateTemplateInput {
  path: operations['updateTemplate']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['updateTemplate']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['updateTemplate']['requestBody']>['content']["application/json"];
}

/** The answers `updateTemplate` may give, exactly as the spec declares them. */
export type UpdateTemplateResult =
  | { status: 200; body: operations['updateTemplate']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateTemplate']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateTemplate']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateTemplate']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateTemplate']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['updateTemplate']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['updateTemplate']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateTemplate']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateTemplate']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['updateTemplate']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createEventFromTemplate`: POST /v1/templates/{template_id}/events. */
export interface CreateEventFromTemplateInput {
  path: operations['createEventFromTemplate']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createEventFromTemplate']['requestBody']>['content']["application/json"];
}

/** The answers `createEventFromTemplate` may give, exactly as the spec declares them. */
export type CreateEventFromTemplateResult =
  | { status: 201; body: operations['createEventFromTemplate']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createEventFromTemplate']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createEventFromTemplate']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createEventFromTemplate']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['createEventFromTemplate']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createEventFromTemplate']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createEventFromTemplate']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

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

/** One handler per operation of the Ilenia Events API. */
export interface EventsHandlers {
  /** List events. `GET /v1/events` · requires events:read */
  listEvents(input: ListEventsInput, context: AuthenticatedHandlerContext): Promise<ListEventsResult> | ListEventsResult;
  /** Create an event. `POST /v1/events` · requires events:write */
  createEvent(input: CreateEventInput, context: AuthenticatedHandlerContext): Promise<CreateEventResult> | CreateEventResult;
  /** Get an event. `GET /v1/events/{event_id}` · requires events:read */
  getEvent(input: GetEventInput, context: AuthenticatedHandlerContext): Promise<GetEventResult> | GetEventResult;
  /** Delete an event. `DELETE /v1/events/{event_id}` · requires events:write */
  deleteEvent(input: DeleteEventInput, context: AuthenticatedHandlerContext): Promise<DeleteEventResult> | DeleteEventResult;
  /** Update an event. `PATCH /v1/events/{event_id}` · requires events:write */
  updateEvent(input: UpdateEventInput, context: AuthenticatedHandlerContext): Promise<UpdateEventResult> | UpdateEventResult;
  /** Change an event's status. `PUT /v1/events/{event_id}/status` · requires events:write */
  setEventStatus(input: SetEventStatusInput, context: AuthenticatedHandlerContext): Promise<SetEventStatusResult> | SetEventStatusResult;
  /** List an event's channels. `GET /v1/events/{event_id}/channels` · requires events:read */
  listChannels(input: ListChannelsInput, context: AuthenticatedHandlerContext): Promise<ListChannelsResult> | ListChannelsResult;
  /** Add a channel to an event. `POST /v1/events/{event_id}/channels` · requires events:write */
  createChannel(input: CreateChannelInput, context: AuthenticatedHandlerContext): Promise<CreateChannelResult> | CreateChannelResult;
  /** Get a channel. `GET /v1/events/{event_id}/channels/{channel_id}` · requires events:read */
  getChannel(input: GetChannelInput, context: AuthenticatedHandlerContext): Promise<GetChannelResult> | GetChannelResult;
  /** Delete a channel. `DELETE /v1/events/{event_id}/channels/{channel_id}` · requires events:write */
  deleteChannel(input: DeleteChannelInput, context: AuthenticatedHandlerContext): Promise<DeleteChannelResult> | DeleteChannelResult;
  /** Update a channel. `PATCH /v1/events/{event_id}/channels/{channel_id}` · requires events:write */
  updateChannel(input: UpdateChannelInput, context: AuthenticatedHandlerContext): Promise<UpdateChannelResult> | UpdateChannelResult;
  /** List a channel's speakers. `GET /v1/events/{event_id}/channels/{channel_id}/speakers` · requires events:read */
  listChannelSpeakers(input: ListChannelSpeakersInput, context: AuthenticatedHandlerContext): Promise<ListChannelSpeakersResult> | ListChannelSpeakersResult;
  /** Check a speaker assignment. `GET /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}` · requires events:read */
  getChannelSpeaker(input: GetChannelSpeakerInput, context: AuthenticatedHandlerContext): Promise<GetChannelSpeakerResult> | GetChannelSpeakerResult;
  /** Assign a speaker to a channel. `PUT /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}` · requires events:write */
  assignChannelSpeaker(input: AssignChannelSpeakerInput, context: AuthenticatedHandlerContext): Promise<AssignChannelSpeakerResult> | AssignChannelSpeakerResult;
  /** Remove a speaker from a channel. `DELETE /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}` · requires events:write */
  removeChannelSpeaker(input: RemoveChannelSpeakerInput, context: AuthenticatedHandlerContext): Promise<RemoveChannelSpeakerResult> | RemoveChannelSpeakerResult;
  /** List an event's listeners. `GET /v1/events/{event_id}/listeners` · requires events:read */
  listEventListeners(input: ListEventListenersInput, context: AuthenticatedHandlerContext): Promise<ListEventListenersResult> | ListEventListenersResult;
  /** Check a listener assignment. `GET /v1/events/{event_id}/listeners/{user_id}` · requires events:read */
  getEventListener(input: GetEventListenerInput, context: AuthenticatedHandlerContext): Promise<GetEventListenerResult> | GetEventListenerResult;
  /** Assign a listener to an event. `PUT /v1/events/{event_id}/listeners/{user_id}` · requires events:write */
  assignEventListener(input: AssignEventListenerInput, context: AuthenticatedHandlerContext): Promise<AssignEventListenerResult> | AssignEventListenerResult;
  /** Remove a listener from an event. `DELETE /v1/events/{event_id}/listeners/{user_id}` · requires events:write */
  removeEventListener(input: RemoveEventListenerInput, context: AuthenticatedHandlerContext): Promise<RemoveEventListenerResult> | RemoveEventListenerResult;
  /** List an event's session records. `GET /v1/events/{event_id}/sessions` · requires session_records:read */
  listSessionRecords(input: ListSessionRecordsInput, context: AuthenticatedHandlerContext): Promise<ListSessionRecordsResult> | ListSessionRecordsResult;
  /** Record a finished live session. `POST /v1/events/{event_id}/sessions` · requires session_records:write */
  createSessionRecord(input: CreateSessionRecordInput, context: AuthenticatedHandlerContext): Promise<CreateSessionRecordResult> | CreateSessionRecordResult;
  /** Get a session record. `GET /v1/events/{event_id}/sessions/{session_id}` · requires session_records:read */
  getSessionRecord(input: GetSessionRecordInput, context: AuthenticatedHandlerContext): Promise<GetSessionRecordResult> | GetSessionRecordResult;
  /** List templates. `GET /v1/templates` · requires templates:read */
  listTemplates(input: ListTemplatesInput, context: AuthenticatedHandlerContext): Promise<ListTemplatesResult> | ListTemplatesResult;
  /** Create a template. `POST /v1/templates` · requires templates:write */
  createTemplate(input: CreateTemplateInput, context: AuthenticatedHandlerContext): Promise<CreateTemplateResult> | CreateTemplateResult;
  /** Get a template. `GET /v1/templates/{template_id}` · requires templates:read */
  getTemplate(input: GetTemplateInput, context: AuthenticatedHandlerContext): Promise<GetTemplateResult> | GetTemplateResult;
  /** Delete a template. `DELETE /v1/templates/{template_id}` · requires templates:write */
  deleteTemplate(input: DeleteTemplateInput, context: AuthenticatedHandlerContext): Promise<DeleteTemplateResult> | DeleteTemplateResult;
  /** Update a template. `PATCH /v1/templates/{template_id}` · requires templates:write */
  updateTemplate(input: UpdateTemplateInput, context: AuthenticatedHandlerContext): Promise<UpdateTemplateResult> | UpdateTemplateResult;
  /** Create an event from a template. `POST /v1/templates/{template_id}/events` · requires templates:write, events:write */
  createEventFromTemplate(input: CreateEventFromTemplateInput, context: AuthenticatedHandlerContext): Promise<CreateEventFromTemplateResult> | CreateEventFromTemplateResult;
  /** Check liveness. `GET /health` · public */
  getHealth(input: GetHealthInput, context: HandlerContext): Promise<GetHealthResult> | GetHealthResult;
  /** Check readiness. `GET /ready` · public */
  getReadiness(input: GetReadinessInput, context: HandlerContext): Promise<GetReadinessResult> | GetReadinessResult;
}

/** What the router needs to know of each operation. */
export const eventsOperations = {
  listEvents: {"operationId":"listEvents","method":"get","path":"/v1/events","expressPath":"/v1/events","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  createEvent: {"operationId":"createEvent","method":"post","path":"/v1/events","expressPath":"/v1/events","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  getEvent: {"operationId":"getEvent","method":"get","path":"/v1/events/{event_id}","expressPath":"/v1/events/:event_id","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  deleteEvent: {"operationId":"deleteEvent","method":"delete","path":"/v1/events/{event_id}","expressPath":"/v1/events/:event_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  updateEvent: {"operationId":"updateEvent","method":"patch","path":"/v1/events/{event_id}","expressPath":"/v1/events/:event_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  setEventStatus: {"operationId":"setEventStatus","method":"put","path":"/v1/events/{event_id}/status","expressPath":"/v1/events/:event_id/status","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  listChannels: {"operationId":"listChannels","method":"get","path":"/v1/events/{event_id}/channels","expressPath":"/v1/events/:event_id/channels","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  createChannel: {"operationId":"createChannel","method":"post","path":"/v1/events/{event_id}/channels","expressPath":"/v1/events/:event_id/channels","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  getChannel: {"operationId":"getChannel","method":"get","path":"/v1/events/{event_id}/channels/{channel_id}","expressPath":"/v1/events/:event_id/channels/:channel_id","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  deleteChannel: {"operationId":"deleteChannel","method":"delete","path":"/v1/events/{event_id}/channels/{channel_id}","expressPath":"/v1/events/:event_id/channels/:channel_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  updateChannel: {"operationId":"updateChannel","method":"patch","path":"/v1/events/{event_id}/channels/{channel_id}","expressPath":"/v1/events/:event_id/channels/:channel_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  listChannelSpeakers: {"operationId":"listChannelSpeakers","method":"get","path":"/v1/events/{event_id}/channels/{channel_id}/speakers","expressPath":"/v1/events/:event_id/channels/:channel_id/speakers","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getChannelSpeaker: {"operationId":"getChannelSpeaker","method":"get","path":"/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}","expressPath":"/v1/events/:event_id/channels/:channel_id/speakers/:user_id","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  assignChannelSpeaker: {"operationId":"assignChannelSpeaker","method":"put","path":"/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}","expressPath":"/v1/events/:event_id/channels/:channel_id/speakers/:user_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  removeChannelSpeaker: {"operationId":"removeChannelSpeaker","method":"delete","path":"/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}","expressPath":"/v1/events/:event_id/channels/:channel_id/speakers/:user_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listEventListeners: {"operationId":"listEventListeners","method":"get","path":"/v1/events/{event_id}/listeners","expressPath":"/v1/events/:event_id/listeners","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getEventListener: {"operationId":"getEventListener","method":"get","path":"/v1/events/{event_id}/listeners/{user_id}","expressPath":"/v1/events/:event_id/listeners/:user_id","security":[["bearerAuth"]],"requiredPermissions":["events:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  assignEventListener: {"operationId":"assignEventListener","method":"put","path":"/v1/events/{event_id}/listeners/{user_id}","expressPath":"/v1/events/:event_id/listeners/:user_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  removeEventListener: {"operationId":"removeEventListener","method":"delete","path":"/v1/events/{event_id}/listeners/{user_id}","expressPath":"/v1/events/:event_id/listeners/:user_id","security":[["bearerAuth"]],"requiredPermissions":["events:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listSessionRecords: {"operationId":"listSessionRecords","method":"get","path":"/v1/events/{event_id}/sessions","expressPath":"/v1/events/:event_id/sessions","security":[["bearerAuth"]],"requiredPermissions":["session_records:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  createSessionRecord: {"operationId":"createSessionRecord","method":"post","path":"/v1/events/{event_id}/sessions","expressPath":"/v1/events/:event_id/sessions","security":[["bearerAuth"]],"requiredPermissions":["session_records:write"],"responses":{"200":["application/json"],"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  getSessionRecord: {"operationId":"getSessionRecord","method":"get","path":"/v1/events/{event_id}/sessions/{session_id}","expressPath":"/v1/events/:event_id/sessions/:session_id","security":[["bearerAuth"]],"requiredPermissions":["session_records:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listTemplates: {"operationId":"listTemplates","method":"get","path":"/v1/templates","expressPath":"/v1/templates","security":[["bearerAuth"]],"requiredPermissions":["templates:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  createTemplate: {"operationId":"createTemplate","method":"post","path":"/v1/templates","expressPath":"/v1/templates","security":[["bearerAuth"]],"requiredPermissions":["templates:write"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  getTemplate: {"operationId":"getTemplate","method":"get","path":"/v1/templates/{template_id}","expressPath":"/v1/templates/:template_id","security":[["bearerAuth"]],"requiredPermissions":["templates:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  deleteTemplate: {"operationId":"deleteTemplate","method":"delete","path":"/v1/templates/{template_id}","expressPath":"/v1/templates/:template_id","security":[["bearerAuth"]],"requiredPermissions":["templates:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  updateTemplate: {"operationId":"updateTemplate","method":"patch","path":"/v1/templates/{template_id}","expressPath":"/v1/templates/:template_id","security":[["bearerAuth"]],"requiredPermissions":["templates:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  createEventFromTemplate: {"operationId":"createEventFromTemplate","method":"post","path":"/v1/templates/{template_id}/events","expressPath":"/v1/templates/:template_id/events","security":[["bearerAuth"]],"requiredPermissions":["templates:write","events:write"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  getHealth: {"operationId":"getHealth","method":"get","path":"/health","expressPath":"/health","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getReadiness: {"operationId":"getReadiness","method":"get","path":"/ready","expressPath":"/ready","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"503":["application/json"],"default":["application/problem+json"]}},
} as const satisfies Record<keyof EventsHandlers, OperationDefinition>;

/** The security schemes the spec declares. */
export const eventsSecuritySchemes: Record<string, SecuritySchemeDefinition> = {
  "bearerAuth": {"type":"http","scheme":"bearer"},
};

export interface EventsRouterOptions {
  handlers: EventsHandlers;
  /** Bearer schemes need a verifier; the others default to a presence check left to the handler. */
  authenticators: { bearerAuth: Authenticator };
  /** Which responses are checked against the spec (`RESPONSE_VALIDATION`; all by default). */
  responseValidation?: ResponseValidation;
}

/** The Express router of the Ilenia Events API: authentication, permissions, validation, handlers. */
export function createEventsRouter(options: EventsRouterOptions): Router {
  return createOpenApiRouter({ apiSpec: eventsApiSpec, operations: eventsOperations, securitySchemes: eventsSecuritySchemes, ...options });
}

/** Handlers that answer every operation with the spec's examples (USE_<SERVICE>_MOCK=true). */
export function createEventsMockHandlers(): EventsHandlers {
  return createMockHandlers(eventsApiSpec, eventsOperations) as unknown as EventsHandlers;
}
