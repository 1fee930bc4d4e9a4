// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/events/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { RequiredKeysOf } from 'openapi-typescript-helpers';
import type { paths } from '@ilenia/generated/openapi/events/types';
import { accessTokenMiddleware, type ApiClientOptions } from '../index.js';

/**
 * A typed client of the Ilenia Events API. Each function returns openapi-fetch's
 * `{ data, error, response }`: `error` is the typed Problem of a failed call. Wrap a call in
 * `unwrap()` to get `data` or a thrown `ProblemError` instead.
 */
export function createEventsClient(options: ApiClientOptions) {
  const http = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers, credentials: options.credentials });
  http.use(accessTokenMiddleware(options.accessToken));
  return {
    /** The underlying openapi-fetch client, for middleware or calls by path. */
    http,
    /** List events. `GET /v1/events` */
    listEvents: <Init extends MaybeOptionalInit<paths["/v1/events"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events", ...(init as [never])) as Promise<Response<paths["/v1/events"]['get'], Init>>,
    /** Create an event. `POST /v1/events` */
    createEvent: <Init extends MaybeOptionalInit<paths["/v1/events"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v1/events", ...(init as [never])) as Promise<Response<paths["/v1/events"]['post'], Init>>,
    /** Get an event. `GET /v1/events/{event_id}` */
    getEvent: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}"]['get'], Init>>,
    /** Delete an event. `DELETE /v1/events/{event_id}` */
    deleteEvent: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v1/events/{event_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}"]['delete'], Init>>,
    /** Update an event. `PATCH /v1/events/{event_id}` */
    updateEvent: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}"], 'patch'>>(...init: InitParam<Init>) =>
      http.PATCH("/v1/events/{event_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}"]['patch'], Init>>,
    /** Change an event's status. `PUT /v1/events/{event_id}/status` */
    setEventStatus: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/status"], 'put'>>(...init: InitParam<Init>) =>
      http.PUT("/v1/events/{event_id}/status", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/status"]['put'], Init>>,
    /** List an event's channels. `GET /v1/events/{event_id}/channels` */
    listChannels: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/channels", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels"]['get'], Init>>,
    /** Add a channel to an event. `POST /v1/events/{event_id}/channels` */
    createChannel: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v1/events/{event_id}/channels", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels"]['post'], Init>>,
    /** Get a channel. `GET /v1/events/{event_id}/channels/{channel_id}` */
    getChannel: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels/{channel_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/channels/{channel_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels/{channel_id}"]['get'], Init>>,
    /** Delete a channel. `DELETE /v1/events/{event_id}/channels/{channel_id}` */
    deleteChannel: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels/{channel_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v1/events/{event_id}/channels/{channel_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels/{channel_id}"]['delete'], Init>>,
    /** Update a channel. `PATCH /v1/events/{event_id}/channels/{channel_id}` */
    updateChannel: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels/{channel_id}"], 'patch'>>(...init: InitParam<Init>) =>
      http.PATCH("/v1/events/{event_id}/channels/{channel_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels/{channel_id}"]['patch'], Init>>,
    /** List a channel's speakers. `GET /v1/events/{event_id}/channels/{channel_id}/speakers` */
    listChannelSpeakers: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels/{channel_id}/speakers"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/channels/{channel_id}/speakers", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels/{channel_id}/speakers"]['get'], Init>>,
    /** Check a speaker assignment. `GET /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}` */
    getChannelSpeaker: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}"]['get'], Init>>,
    /** Assign a speaker to a channel. `PUT /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}` */
    assignChannelSpeaker: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}"], 'put'>>(...init: InitParam<Init>) =>
      http.PUT("/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}"]['put'], Init>>,
    /** Remove a speaker from a channel. `DELETE /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}` */
    removeChannelSpeaker: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}"]['delete'], Init>>,
    /** List an event's listeners. `GET /v1/events/{event_id}/listeners` */
    listEventListeners: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/listeners"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/listeners", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/listeners"]['get'], Init>>,
    /** Check a listener assignment. `GET /v1/events/{event_id}/listeners/{user_id}` */
    getEventListener: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/listeners/{user_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/listeners/{user_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/listeners/{user_id}"]['get'], Init>>,
    /** Assign a listener to an event. `PUT /v1/events/{event_id}/listeners/{user_id}` */
    assignEventListener: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/listeners/{user_id}"], 'put'>>(...init: InitParam<Init>) =>
      http.PUT("/v1/events/{event_id}/listeners/{user_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/listeners/{user_id}"]['put'], Init>>,
    /** Remove a listener from an event. `DELETE /v1/events/{event_id}/listeners/{user_id}` */
    removeEventListener: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/listeners/{user_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v1/events/{event_id}/listeners/{user_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/listeners/{user_id}"]['delete'], Init>>,
    /** List an event's session records. `GET /v1/events/{event_id}/sessions` */
    listSessionRecords: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/sessions"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/sessions", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/sessions"]['get'], Init>>,
    /** Record a finished live session. `POST /v1/events/{event_id}/sessions` */
    createSessionRecord: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/sessions"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v1/events/{event_id}/sessions", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/sessions"]['post'], Init>>,
    /** Get a session record. `GET /v1/events/{event_id}/sessions/{session_id}` */
    getSessionRecord: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/sessions/{session_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/sessions/{session_id}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/sessions/{session_id}"]['get'], Init>>,
    /** List templates. `GET /v1/templates` */
    listTemplates: <Init extends MaybeOptionalInit<paths["/v1/templates"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/templates", ...(init as [never])) as Promise<Response<paths["/v1/templates"]['get'], Init>>,
    /** Create a template. `POST /v1/templates` */
    createTemplate: <Init extends MaybeOptionalInit<paths["/v1/templates"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v1/templates", ...(init as [never])) as Promise<Response<paths["/v1/templates"]['post'], Init>>,
    /** Get a template. `GET /v1/templates/{template_id}` */
    getTemplate: <Init extends MaybeOptionalInit<paths["/v1/templates/{template_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/templates/{template_id}", ...(init as [never])) as Promise<Response<paths["/v1/templates/{template_id}"]['get'], Init>>,
    /** Delete a template. `DELETE /v1/templates/{template_id}` */
    deleteTemplate: <Init extends MaybeOptionalInit<paths["/v1/templates/{template_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v1/templates/{template_id}", ...(init as [never])) as Promise<Response<paths["/v1/templates/{template_id}"]['delete'], Init>>,
    /** Update a template. `PATCH /v1/templates/{template_id}` */
    updateTemplate: <Init extends MaybeOptionalInit<paths["/v1/templates/{template_id}"], 'patch'>>(...init: InitParam<Init>) =>
      http.PATCH("/v1/templates/{template_id}", ...(init as [never])) as Promise<Response<paths["/v1/templates/{template_id}"]['patch'], Init>>,
    /** Create an event from a template. `POST /v1/templates/{template_id}/events` */
    createEventFromTemplate: <Init extends MaybeOptionalInit<paths["/v1/templates/{template_id}/events"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v1/templates/{template_id}/events", ...(init as [never])) as Promise<Response<paths["/v1/templates/{template_id}/events"]['post'], Init>>,
    /** Check liveness. `GET /health` */
    getHealth: <Init extends MaybeOptionalInit<paths["/health"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/health", ...(init as [never])) as Promise<Response<paths["/health"]['get'], Init>>,
    /** Check readiness. `GET /ready` */
    getReadiness: <Init extends MaybeOptionalInit<paths["/ready"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/ready", ...(init as [never])) as Promise<Response<paths["/ready"]['get'], Init>>,
  };
}

export type EventsClient = ReturnType<typeof createEventsClient>;

/** The optional-or-required init argument, as openapi-fetch's own methods take it. */
// (Its generic spread cannot be forwarded as is, hence the cast above and the explicit result type.)
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];
type Response<Operation, Init> = FetchResponse<Operation & Record<string | number, unknown>, Init, `${string}/${string}`>;
