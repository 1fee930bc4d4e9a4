// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/auth/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { RequiredKeysOf } from 'openapi-typescript-helpers';
import type { paths } from '@ilenia/generated/openapi/auth/types';
import { accessTokenMiddleware, type ApiClientOptions } from '../index.js';

/**
 * A typed client of the Ilenia auth service. Each function returns openapi-fetch's
 * `{ data, error, response }`: `error` is the typed Problem of a failed call. Wrap a call in
 * `unwrap()` to get `data` or a thrown `ProblemError` instead.
 */
export function createAuthClient(options: ApiClientOptions) {
  const http = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers, credentials: options.credentials });
  http.use(accessTokenMiddleware(options.accessToken));
  return {
    /** The underlying openapi-fetch client, for middleware or calls by path. */
    http,
    /** Sign in with email and password. `POST /v2/auth/login` */
    loginUser: <Init extends MaybeOptionalInit<paths["/v2/auth/login"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/auth/login", ...(init as [never])) as Promise<Response<paths["/v2/auth/login"]['post'], Init>>,
    /** Refresh the access token. `POST /v2/auth/refresh` */
    refreshAccessToken: <Init extends MaybeOptionalInit<paths["/v2/auth/refresh"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/auth/refresh", ...(init as [never])) as Promise<Response<paths["/v2/auth/refresh"]['post'], Init>>,
    /** Sign out. `POST /v2/auth/logout` */
    logoutUser: <Init extends MaybeOptionalInit<paths["/v2/auth/logout"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/auth/logout", ...(init as [never])) as Promise<Response<paths["/v2/auth/logout"]['post'], Init>>,
    /** Obtain a token with client credentials. `POST /v2/oauth/token` */
    issueToken: <Init extends MaybeOptionalInit<paths["/v2/oauth/token"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/oauth/token", ...(init as [never])) as Promise<Response<paths["/v2/oauth/token"]['post'], Init>>,
    /** Get the public signing keys. `GET /v2/.well-known/jwks.json` */
    getJsonWebKeySet: <Init extends MaybeOptionalInit<paths["/v2/.well-known/jwks.json"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/.well-known/jwks.json", ...(init as [never])) as Promise<Response<paths["/v2/.well-known/jwks.json"]['get'], Init>>,
    /** Get the authorization server metadata. `GET /.well-known/oauth-authorization-server` */
    getAuthorizationServerMetadata: <Init extends MaybeOptionalInit<paths["/.well-known/oauth-authorization-server"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/.well-known/oauth-authorization-server", ...(init as [never])) as Promise<Response<paths["/.well-known/oauth-authorization-server"]['get'], Init>>,
    /** Get the signed-in user. `GET /v2/users/me` */
    getCurrentUser: <Init extends MaybeOptionalInit<paths["/v2/users/me"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/users/me", ...(init as [never])) as Promise<Response<paths["/v2/users/me"]['get'], Init>>,
    /** Change the signed-in user's password. `PUT /v2/users/me/password` */
    changeOwnPassword: <Init extends MaybeOptionalInit<paths["/v2/users/me/password"], 'put'>>(...init: InitParam<Init>) =>
      http.PUT("/v2/users/me/password", ...(init as [never])) as Promise<Response<paths["/v2/users/me/password"]['put'], Init>>,
    /** List users. `GET /v2/users` */
    listUsers: <Init extends MaybeOptionalInit<paths["/v2/users"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/users", ...(init as [never])) as Promise<Response<paths["/v2/users"]['get'], Init>>,
    /** Create a user. `POST /v2/users` */
    createUser: <Init extends MaybeOptionalInit<paths["/v2/users"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/users", ...(init as [never])) as Promise<Response<paths["/v2/users"]['post'], Init>>,
    /** Get a user. `GET /v2/users/{user_id}` */
    getUser: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/users/{user_id}", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}"]['get'], Init>>,
    /** Delete a user. `DELETE /v2/users/{user_id}` */
    deleteUser: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v2/users/{user_id}", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}"]['delete'], Init>>,
    /** Update a user. `PATCH /v2/users/{user_id}` */
    updateUser: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}"], 'patch'>>(...init: InitParam<Init>) =>
      http.PATCH("/v2/users/{user_id}", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}"]['patch'], Init>>,
    /** Assign a role to a user. `PUT /v2/users/{user_id}/roles/{role_id}` */
    assignUserRole: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}/roles/{role_id}"], 'put'>>(...init: InitParam<Init>) =>
      http.PUT("/v2/users/{user_id}/roles/{role_id}", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}/roles/{role_id}"]['put'], Init>>,
    /** Remove a role from a user. `DELETE /v2/users/{user_id}/roles/{role_id}` */
    removeUserRole: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}/roles/{role_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v2/users/{user_id}/roles/{role_id}", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}/roles/{role_id}"]['delete'], Init>>,
    /** Explain a user's permissions. `GET /v2/users/{user_id}/permissions` */
    getUserPermissions: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}/permissions"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/users/{user_id}/permissions", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}/permissions"]['get'], Init>>,
    /** Grant or revoke one permission on a user. `PUT /v2/users/{user_id}/permissions/{permission}` */
    setUserPermissionOverride: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}/permissions/{permission}"], 'put'>>(...init: InitParam<Init>) =>
      http.PUT("/v2/users/{user_id}/permissions/{permission}", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}/permissions/{permission}"]['put'], Init>>,
    /** Remove a permission override from a user. `DELETE /v2/users/{user_id}/permissions/{permission}` */
    deleteUserPermissionOverride: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}/permissions/{permission}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v2/users/{user_id}/permissions/{permission}", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}/permissions/{permission}"]['delete'], Init>>,
    /** Sign a user out everywhere. `DELETE /v2/users/{user_id}/sessions` */
    revokeUserSessions: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}/sessions"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v2/users/{user_id}/sessions", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}/sessions"]['delete'], Init>>,
    /** Lift a user's sign-in throttling. `POST /v2/users/{user_id}/unlock` */
    unlockUser: <Init extends MaybeOptionalInit<paths["/v2/users/{user_id}/unlock"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/users/{user_id}/unlock", ...(init as [never])) as Promise<Response<paths["/v2/users/{user_id}/unlock"]['post'], Init>>,
    /** Search people. `GET /v2/people` */
    searchPeople: <Init extends MaybeOptionalInit<paths["/v2/people"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/people", ...(init as [never])) as Promise<Response<paths["/v2/people"]['get'], Init>>,
    /** List the permission catalogue. `GET /v2/permissions` */
    listPermissions: <Init extends MaybeOptionalInit<paths["/v2/permissions"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/permissions", ...(init as [never])) as Promise<Response<paths["/v2/permissions"]['get'], Init>>,
    /** List roles. `GET /v2/roles` */
    listRoles: <Init extends MaybeOptionalInit<paths["/v2/roles"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/roles", ...(init as [never])) as Promise<Response<paths["/v2/roles"]['get'], Init>>,
    /** Create a role. `POST /v2/roles` */
    createRole: <Init extends MaybeOptionalInit<paths["/v2/roles"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/roles", ...(init as [never])) as Promise<Response<paths["/v2/roles"]['post'], Init>>,
    /** Get a role. `GET /v2/roles/{role_id}` */
    getRole: <Init extends MaybeOptionalInit<paths["/v2/roles/{role_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/roles/{role_id}", ...(init as [never])) as Promise<Response<paths["/v2/roles/{role_id}"]['get'], Init>>,
    /** Delete a role. `DELETE /v2/roles/{role_id}` */
    deleteRole: <Init extends MaybeOptionalInit<paths["/v2/roles/{role_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v2/roles/{role_id}", ...(init as [never])) as Promise<Response<paths["/v2/roles/{role_id}"]['delete'], Init>>,
    /** Update a role. `PATCH /v2/roles/{role_id}` */
    updateRole: <Init extends MaybeOptionalInit<paths["/v2/roles/{role_id}"], 'patch'>>(...init: InitParam<Init>) =>
      http.PATCH("/v2/roles/{role_id}", ...(init as [never])) as Promise<Response<paths["/v2/roles/{role_id}"]['patch'], Init>>,
    /** List OAuth clients. `GET /v2/clients` */
    listClients: <Init extends MaybeOptionalInit<paths["/v2/clients"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/clients", ...(init as [never])) as Promise<Response<paths["/v2/clients"]['get'], Init>>,
    /** Register an OAuth client. `POST /v2/clients` */
    createClient: <Init extends MaybeOptionalInit<paths["/v2/clients"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/clients", ...(init as [never])) as Promise<Response<paths["/v2/clients"]['post'], Init>>,
    /** Get an OAuth client. `GET /v2/clients/{client_id}` */
    getClient: <Init extends MaybeOptionalInit<paths["/v2/clients/{client_id}"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/clients/{client_id}", ...(init as [never])) as Promise<Response<paths["/v2/clients/{client_id}"]['get'], Init>>,
    /** Delete an OAuth client. `DELETE /v2/clients/{client_id}` */
    deleteClient: <Init extends MaybeOptionalInit<paths["/v2/clients/{client_id}"], 'delete'>>(...init: InitParam<Init>) =>
      http.DELETE("/v2/clients/{client_id}", ...(init as [never])) as Promise<Response<paths["/v2/clients/{client_id}"]['delete'], Init>>,
    /** Update an OAuth client. `PATCH /v2/clients/{client_id}` */
    updateClient: <Init extends MaybeOptionalInit<paths["/v2/clients/{client_id}"], 'patch'>>(...init: InitParam<Init>) =>
      http.PATCH("/v2/clients/{client_id}", ...(init as [never])) as Promise<Response<paths["/v2/clients/{client_id}"]['patch'], Init>>,
    /** Rotate an OAuth client's secret. `POST /v2/clients/{client_id}/secret` */
    rotateClientSecret: <Init extends MaybeOptionalInit<paths["/v2/clients/{client_id}/secret"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/clients/{client_id}/secret", ...(init as [never])) as Promise<Response<paths["/v2/clients/{client_id}/secret"]['post'], Init>>,
    /** Lift an OAuth client's authentication throttling. `POST /v2/clients/{client_id}/unlock` */
    unlockClient: <Init extends MaybeOptionalInit<paths["/v2/clients/{client_id}/unlock"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/clients/{client_id}/unlock", ...(init as [never])) as Promise<Response<paths["/v2/clients/{client_id}/unlock"]['post'], Init>>,
    /** List signing keys. `GET /v2/keys` */
    listSigningKeys: <Init extends MaybeOptionalInit<paths["/v2/keys"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/keys", ...(init as [never])) as Promise<Response<paths["/v2/keys"]['get'], Init>>,
    /** Rotate the signing key. `POST /v2/keys/rotate` */
    rotateSigningKey: <Init extends MaybeOptionalInit<paths["/v2/keys/rotate"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/keys/rotate", ...(init as [never])) as Promise<Response<paths["/v2/keys/rotate"]['post'], Init>>,
    /** Revoke a signing key at once. `POST /v2/keys/{kid}/revoke` */
    revokeSigningKey: <Init extends MaybeOptionalInit<paths["/v2/keys/{kid}/revoke"], 'post'>>(...init: InitParam<Init>) =>
      http.POST("/v2/keys/{kid}/revoke", ...(init as [never])) as Promise<Response<paths["/v2/keys/{kid}/revoke"]['post'], Init>>,
    /** List audit events. `GET /v2/audit-events` */
    listAuditEvents: <Init extends MaybeOptionalInit<paths["/v2/audit-events"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/v2/audit-events", ...(init as [never])) as Promise<Response<paths["/v2/audit-events"]['get'], Init>>,
    /** Check liveness. `GET /health` */
    getHealth: <Init extends MaybeOptionalInit<paths["/health"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/health", ...(init as [never])) as Promise<Response<paths["/health"]['get'], Init>>,
    /** Check readiness. `GET /ready` */
    getReadiness: <Init extends MaybeOptionalInit<paths["/ready"], 'get'>>(...init: InitParam<Init>) =>
      http.GET("/ready", ...(init as [never])) as Promise<Response<paths["/ready"]['get'], Init>>,
  };
}

export type AuthClient = ReturnType<typeof createAuthClient>;

/** The optional-or-required init argument, as openapi-fetch's own methods take it. */
// (Its generic spread cannot be forwarded as is, hence the cast above and the explicit result type.)
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];
type Response<Operation, Init> = FetchResponse<Operation & Record<string | number, unknown>, Init, `${string}/${string}`>;
