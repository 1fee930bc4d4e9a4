// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/live-event/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { RequiredKeysOf } from 'openapi-typescript-helpers';
import type { paths } from '@ilenia/generated/openapi/live-event/types';
import { accessTokenMiddleware, type ApiClientOptions } from '../index.js';

/**
 * A typed client of the Ilenia Live Event API (WebSocket mode). Each function returns openapi-fetch's
 * `{ data, error, response }`: `error` is the typed Problem of a failed call. Wrap a call in
 * `unwrap()` to get `data` or a thrown `ProblemError` instead.
 */
export function createLiveEventClient(options: ApiClientOptions) {
  const http = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers, credentials: options.credentials });
  http.use(accessTokenMiddleware(options.accessToken));
  return {
    /** The underlying openapi-fetch client, for middleware or calls by path. */
    http,
    /** Get a speaker WebSocket ticket. `POST /v1/tickets/speaker` */
    createSpeakerTicket: <Init extends MaybeOptionalInit<paths["/v1/tickets/speaker"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v1/tickets/speaker", ...(init as [never])) as Promise<Response<paths["/v1/tickets/speaker"]['post'], Init>>,
    /** Get a listener WebSocket ticket. `POST /v1/tickets/listener` */
    createListenerTicket: <Init extends MaybeOptionalInit<paths["/v1/tickets/listener"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v1/tickets/listener", ...(init as [never])) as Promise<Response<paths["/v1/tickets/listener"]['post'], Init>>,
    /** List an event's sessions. `GET /v1/events/{event_id}/sessions` */
    listEventSessions: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/sessions"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/sessions", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/sessions"]['get'], Init>>,
    /** See who is connected and how fast finals flow. `GET /v1/events/{event_id}/live` */
    getEventLiveStatus: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/live"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/live", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/live"]['get'], Init>>,
    /** Get a session. `GET /v1/sessions/{session_id}` */
    getSession: <Init extends MaybeOptionalInit<paths["/v1/sessions/{session_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/sessions/{session_id}", ...(init as [never])) as Promise<Response<paths["/v1/sessions/{session_id}"]['get'], Init>>,
    /** Download a session's recording. `GET /v1/sessions/{session_id}/recording` */
    getSessionRecording: <Init extends MaybeOptionalInit<paths["/v1/sessions/{session_id}/recording"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/sessions/{session_id}/recording", ...(init as [never])) as Promise<Response<paths["/v1/sessions/{session_id}/recording"]['get'], Init>>,
    /** Get a session's recording metadata. `GET /v1/sessions/{session_id}/recording/metadata` */
    getSessionRecordingMetadata: <Init extends MaybeOptionalInit<paths["/v1/sessions/{session_id}/recording/metadata"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/sessions/{session_id}/recording/metadata", ...(init as [never])) as Promise<Response<paths["/v1/sessions/{session_id}/recording/metadata"]['get'], Init>>,
    /** List a session's transcripts. `GET /v1/sessions/{session_id}/transcripts` */
    listSessionTranscripts: <Init extends MaybeOptionalInit<paths["/v1/sessions/{session_id}/transcripts"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/sessions/{session_id}/transcripts", ...(init as [never])) as Promise<Response<paths["/v1/sessions/{session_id}/transcripts"]['get'], Init>>,
    /** Download a session's transcript in one language. `GET /v1/sessions/{session_id}/transcripts/{language}` */
    getSessionTranscript: <Init extends MaybeOptionalInit<paths["/v1/sessions/{session_id}/transcripts/{language}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/sessions/{session_id}/transcripts/{language}", ...(init as [never])) as Promise<Response<paths["/v1/sessions/{session_id}/transcripts/{language}"]['get'], Init>>,
    /** Download an event's transcript in one language. `GET /v1/events/{event_id}/transcripts/{language}` */
    getEventTranscript: <Init extends MaybeOptionalInit<paths["/v1/events/{event_id}/transcripts/{language}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v1/events/{event_id}/transcripts/{language}", ...(init as [never])) as Promise<Response<paths["/v1/events/{event_id}/transcripts/{language}"]['get'], Init>>,
    /** Get Prometheus metrics. `GET /metrics` */
    getMetrics: <Init extends MaybeOptionalInit<paths["/metrics"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/metrics", ...(init as [never])) as Promise<Response<paths["/metrics"]['get'], Init>>,
    /** Check liveness. `GET /health` */
    getHealth: <Init extends MaybeOptionalInit<paths["/health"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/health", ...(init as [never])) as Promise<Response<paths["/health"]['get'], Init>>,
    /** Check readiness. `GET /ready` */
    getReadiness: <Init extends MaybeOptionalInit<paths["/ready"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/ready", ...(init as [never])) as Promise<Response<paths["/ready"]['get'], Init>>,
  };
}

export type LiveEventClient = ReturnType<typeof createLiveEventClient>;

/** The optional-or-required init argument, as openapi-fetch's own methods take it. */
// (Its generic spread cannot be forwarded as is, hence the cast above and the explicit result type.)
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];
type Response<Operation, Init> = FetchResponse<Operation & Record<string | number, unknown>, Init, `${string}/${string}`>;
