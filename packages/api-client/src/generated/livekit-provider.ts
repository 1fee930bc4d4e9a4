// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/livekit-provider/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { RequiredKeysOf } from 'openapi-typescript-helpers';
import type { paths } from '@ilenia/generated/openapi/livekit-provider/types';
import { accessTokenMiddleware, type ApiClientOptions } from '../index.js';

/**
 * A typed client of the Ilenia LiveKit Provider API. Each function returns openapi-fetch's
 * `{ data, error, response }`: `error` is the typed Problem of a failed call. Wrap a call in
 * `unwrap()` to get `data` or a thrown `ProblemError` instead.
 */
export function createLivekitProviderClient(options: ApiClientOptions) {
  const http = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers, credentials: options.credentials });
  http.use(accessTokenMiddleware(options.accessToken));
  return {
    /** The underlying openapi-fetch client, for middleware or calls by path. */
    http,
    /** Create or join a channel's room as its speaker. `POST /v2/rooms/create-or-join` */
    createOrJoinRoom: <Init extends MaybeOptionalInit<paths["/v2/rooms/create-or-join"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/rooms/create-or-join", ...(init as [never])) as Promise<Response<paths["/v2/rooms/create-or-join"]['post'], Init>>,
    /** Join a channel's room as a listener. `POST /v2/rooms/join` */
    joinRoom: <Init extends MaybeOptionalInit<paths["/v2/rooms/join"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/rooms/join", ...(init as [never])) as Promise<Response<paths["/v2/rooms/join"]['post'], Init>>,
    /** Mint a LiveKit token for a live-service agent. `POST /v2/agents/token` */
    createAgentToken: <Init extends MaybeOptionalInit<paths["/v2/agents/token"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/agents/token", ...(init as [never])) as Promise<Response<paths["/v2/agents/token"]['post'], Init>>,
    /** List the rooms of events. `GET /v2/rooms` */
    listRooms: <Init extends MaybeOptionalInit<paths["/v2/rooms"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/rooms", ...(init as [never])) as Promise<Response<paths["/v2/rooms"]['get'], Init>>,
    /** Read a room and its participants. `GET /v2/rooms/{room_name}` */
    getRoom: <Init extends MaybeOptionalInit<paths["/v2/rooms/{room_name}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/rooms/{room_name}", ...(init as [never])) as Promise<Response<paths["/v2/rooms/{room_name}"]['get'], Init>>,
    /** Close a room. `DELETE /v2/rooms/{room_name}` */
    deleteRoom: <Init extends MaybeOptionalInit<paths["/v2/rooms/{room_name}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v2/rooms/{room_name}", ...(init as [never])) as Promise<Response<paths["/v2/rooms/{room_name}"]['delete'], Init>>,
    /** Check liveness. `GET /health` */
    getHealth: <Init extends MaybeOptionalInit<paths["/health"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/health", ...(init as [never])) as Promise<Response<paths["/health"]['get'], Init>>,
    /** Check readiness. `GET /ready` */
    getReadiness: <Init extends MaybeOptionalInit<paths["/ready"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/ready", ...(init as [never])) as Promise<Response<paths["/ready"]['get'], Init>>,
  };
}

export type LivekitProviderClient = ReturnType<typeof createLivekitProviderClient>;

/** The optional-or-required init argument, as openapi-fetch's own methods take it. */
// (Its generic spread cannot be forwarded as is, hence the cast above and the explicit result type.)
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];
type Response<Operation, Init> = FetchResponse<Operation & Record<string | number, unknown>, Init, `${string}/${string}`>;
