// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/auth/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Router } from 'express';
import type { Authenticator } from '@ilenia/kit';
import { createMockHandlers, createOpenApiRouter, type AuthenticatedHandlerContext, type HandlerContext, type OperationDefinition, type ResponseValidation, type SecuritySchemeDefinition } from '@ilenia/kit/openapi';
import type { components, operations } from './types.js';

/** The bundled spec this router validates against. */
export const authApiSpec: object = JSON.parse(readFileSync(new URL('../../specs/auth.json', import.meta.url), 'utf8'));

type Problem = components['schemas']['Problem'];
/** Headers a handler may add to its response (ETag, Location, Set-Cookie, Cache-Control, ...). */
type ResponseHeaders = Readonly<Record<string, string | number | readonly string[]>>;
/** A binary body (recordings): bytes or a stream. */
type BinaryBody = Uint8Array | Readable;
/** Statuses a handler may answer with a Problem body through the spec's `default` response. */
type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 406 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 501 | 502 | 503 | 504;

/** Input of `loginUser`: POST /v2/auth/login. */
export interface LoginUserInput {
  path: Record<string, never>;
  query: NonNullable<operations['loginUser']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['loginUser']['requestBody']>['content']["application/json"];
}

/** The answers `loginUser` may give, exactly as the spec declares them. */
export type LoginUserResult =
  | { status: 200; body: operations['loginUser']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['loginUser']['responses'][400]['content']["application/problem+json"]; contentType: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['loginUser']['responses'][400]['content']["application/json"]; contentType: "application/json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['loginUser']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['loginUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['loginUser']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['loginUser']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 413 | 415 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `refreshAccessToken`: POST /v2/auth/refresh. */
export interface RefreshAccessTokenInput {
  path: Record<string, never>;
  query: NonNullable<operations['refreshAccessToken']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `refreshAccessToken` may give, exactly as the spec declares them. */
export type RefreshAccessTokenResult =
  | { status: 200; body: operations['refreshAccessToken']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['refreshAccessToken']['responses'][400]['content']["application/problem+json"]; contentType: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['refreshAccessToken']['responses'][400]['content']["application/json"]; contentType: "application/json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['refreshAccessToken']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['refreshAccessToken']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['refreshAccessToken']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['refreshAccessToken']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `logoutUser`: POST /v2/auth/logout. */
export interface LogoutUserInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `logoutUser` may give, exactly as the spec declares them. */
export type LogoutUserResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['logoutUser']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['logoutUser']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['logoutUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['logoutUser']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 403 | 413 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `issueToken`: POST /v2/oauth/token. */
export interface IssueTokenInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['issueToken']['requestBody']>['content']["application/x-www-form-urlencoded"];
}

/** The answers `issueToken` may give, exactly as the spec declares them. */
export type IssueTokenResult =
  | { status: 200; body: operations['issueToken']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['issueToken']['responses'][400]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['issueToken']['responses'][401]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['issueToken']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getJsonWebKeySet`: GET /v2/.well-known/jwks.json. */
export interface GetJsonWebKeySetInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getJsonWebKeySet` may give, exactly as the spec declares them. */
export type GetJsonWebKeySetResult =
  | { status: 200; body: operations['getJsonWebKeySet']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getJsonWebKeySet']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getJsonWebKeySet']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['getJsonWebKeySet']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 413 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getAuthorizationServerMetadata`: GET /.well-known/oauth-authorization-server. */
export interface GetAuthorizationServerMetadataInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getAuthorizationServerMetadata` may give, exactly as the spec declares them. */
export type GetAuthorizationServerMetadataResult =
  | { status: 200; body: operations['getAuthorizationServerMetadata']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getAuthorizationServerMetadata']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getAuthorizationServerMetadata']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['getAuthorizationServerMetadata']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 413 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getCurrentUser`: GET /v2/users/me. */
export interface GetCurrentUserInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getCurrentUser` may give, exactly as the spec declares them. */
export type GetCurrentUserResult =
  | { status: 200; body: operations['getCurrentUser']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getCurrentUser']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getCurrentUser']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getCurrentUser']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getCurrentUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `changeOwnPassword`: PUT /v2/users/me/password. */
export interface ChangeOwnPasswordInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['changeOwnPassword']['requestBody']>['content']["application/json"];
}

/** The answers `changeOwnPassword` may give, exactly as the spec declares them. */
export type ChangeOwnPasswordResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['changeOwnPassword']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['changeOwnPassword']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['changeOwnPassword']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['changeOwnPassword']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['changeOwnPassword']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 429; body: operations['changeOwnPassword']['responses'][429]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413 | 415 | 429>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listUsers`: GET /v2/users. */
export interface ListUsersInput {
  path: Record<string, never>;
  query: NonNullable<operations['listUsers']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listUsers` may give, exactly as the spec declares them. */
export type ListUsersResult =
  | { status: 200; body: operations['listUsers']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listUsers']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listUsers']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listUsers']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listUsers']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createUser`: POST /v2/users. */
export interface CreateUserInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createUser']['requestBody']>['content']["application/json"];
}

/** The answers `createUser` may give, exactly as the spec declares them. */
export type CreateUserResult =
  | { status: 201; body: operations['createUser']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createUser']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createUser']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createUser']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createUser']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createUser']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 409 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getUser`: GET /v2/users/{user_id}. */
export interface GetUserInput {
  path: operations['getUser']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getUser` may give, exactly as the spec declares them. */
export type GetUserResult =
  | { status: 200; body: operations['getUser']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getUser']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getUser']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getUser']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getUser']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteUser`: DELETE /v2/users/{user_id}. */
export interface DeleteUserInput {
  path: operations['deleteUser']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteUser` may give, exactly as the spec declares them. */
export type DeleteUserResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteUser']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteUser']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteUser']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteUser']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['deleteUser']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `updateUser`: PATCH /v2/users/{user_id}. */
export interface UpdateUserInput {
  path: operations['updateUser']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['updateUser']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['updateUser']['requestBody']>['content']["application/json"];
}

/** The answers `updateUser` may give, exactly as the spec declares them. */
export type UpdateUserResult =
  | { status: 200; body: operations['updateUser']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateUser']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateUser']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateUser']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateUser']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['updateUser']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['updateUser']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateUser']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['updateUser']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `assignUserRole`: PUT /v2/users/{user_id}/roles/{role_id}. */
export interface AssignUserRoleInput {
  path: operations['assignUserRole']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `assignUserRole` may give, exactly as the spec declares them. */
export type AssignUserRoleResult =
  | { status: 200; body: operations['assignUserRole']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['assignUserRole']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['assignUserRole']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['assignUserRole']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['assignUserRole']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['assignUserRole']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['assignUserRole']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `removeUserRole`: DELETE /v2/users/{user_id}/roles/{role_id}. */
export interface RemoveUserRoleInput {
  path: operations['removeUserRole']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `removeUserRole` may give, exactly as the spec declares them. */
export type RemoveUserRoleResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['removeUserRole']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['removeUserRole']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['removeUserRole']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['removeUserRole']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['removeUserRole']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['removeUserRole']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getUserPermissions`: GET /v2/users/{user_id}/permissions. */
export interface GetUserPermissionsInput {
  path: operations['getUserPermissions']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getUserPermissions` may give, exactly as the spec declares them. */
export type GetUserPermissionsResult =
  | { status: 200; body: operations['getUserPermissions']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getUserPermissions']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getUserPermissions']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getUserPermissions']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getUserPermissions']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getUserPermissions']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `setUserPermissionOverride`: PUT /v2/users/{user_id}/permissions/{permission}. */
export interface SetUserPermissionOverrideInput {
  path: operations['setUserPermissionOverride']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['setUserPermissionOverride']['requestBody']>['content']["application/json"];
}

/** The answers `setUserPermissionOverride` may give, exactly as the spec declares them. */
export type SetUserPermissionOverrideResult =
  | { status: 200; body: operations['setUserPermissionOverride']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['setUserPermissionOverride']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['setUserPermissionOverride']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['setUserPermissionOverride']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['setUserPermissionOverride']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['setUserPermissionOverride']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['setUserPermissionOverride']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['setUserPermissionOverride']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteUserPermissionOverride`: DELETE /v2/users/{user_id}/permissions/{permission}. */
export interface DeleteUserPermissionOverrideInput {
  path: operations['deleteUserPermissionOverride']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteUserPermissionOverride` may give, exactly as the spec declares them. */
export type DeleteUserPermissionOverrideResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteUserPermissionOverride']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteUserPermissionOverride']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteUserPermissionOverride']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteUserPermissionOverride']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['deleteUserPermissionOverride']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteUserPermissionOverride']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `revokeUserSessions`: DELETE /v2/users/{user_id}/sessions. */
export interface RevokeUserSessionsInput {
  path: operations['revokeUserSessions']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `revokeUserSessions` may give, exactly as the spec declares them. */
export type RevokeUserSessionsResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['revokeUserSessions']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['revokeUserSessions']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['revokeUserSessions']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['revokeUserSessions']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['revokeUserSessions']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `unlockUser`: POST /v2/users/{user_id}/unlock. */
export interface UnlockUserInput {
  path: operations['unlockUser']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `unlockUser` may give, exactly as the spec declares them. */
export type UnlockUserResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['unlockUser']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['unlockUser']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['unlockUser']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['unlockUser']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['unlockUser']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `searchPeople`: GET /v2/people. */
export interface SearchPeopleInput {
  path: Record<string, never>;
  query: NonNullable<operations['searchPeople']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `searchPeople` may give, exactly as the spec declares them. */
export type SearchPeopleResult =
  | { status: 200; body: operations['searchPeople']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['searchPeople']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['searchPeople']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['searchPeople']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['searchPeople']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listPermissions`: GET /v2/permissions. */
export interface ListPermissionsInput {
  path: Record<string, never>;
  query: NonNullable<operations['listPermissions']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listPermissions` may give, exactly as the spec declares them. */
export type ListPermissionsResult =
  | { status: 200; body: operations['listPermissions']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listPermissions']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listPermissions']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listPermissions']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listPermissions']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listRoles`: GET /v2/roles. */
export interface ListRolesInput {
  path: Record<string, never>;
  query: NonNullable<operations['listRoles']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listRoles` may give, exactly as the spec declares them. */
export type ListRolesResult =
  | { status: 200; body: operations['listRoles']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listRoles']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listRoles']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listRoles']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listRoles']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createRole`: POST /v2/roles. */
export interface CreateRoleInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createRole']['requestBody']>['content']["application/json"];
}

/** The answers `createRole` may give, exactly as the spec declares them. */
export type CreateRoleResult =
  | { status: 201; body: operations['createRole']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createRole']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createRole']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createRole']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createRole']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createRole']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createRole']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 409 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getRole`: GET /v2/roles/{role_id}. */
export interface GetRoleInput {
  path: operations['getRole']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getRole` may give, exactly as the spec declares them. */
export type GetRoleResult =
  | { status: 200; body: operations['getRole']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getRole']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getRole']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getRole']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getRole']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getRole']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteRole`: DELETE /v2/roles/{role_id}. */
export interface DeleteRoleInput {
  path: operations['deleteRole']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteRole` may give, exactly as the spec declares them. */
export type DeleteRoleResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteRole']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteRole']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteRole']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteRole']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['deleteRole']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteRole']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `updateRole`: PATCH /v2/roles/{role_id}. */
export interface UpdateRoleInput {
  path: operations['updateRole']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['updateRole']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['updateRole']['requestBody']>['content']["application/json"];
}

/** The answers `updateRole` may give, exactly as the spec declares them. */
export type UpdateRoleResult =
  | { status: 200; body: operations['updateRole']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateRole']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateRole']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateRole']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateRole']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['updateRole']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['updateRole']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateRole']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateRole']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['updateRole']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listClients`: GET /v2/clients. */
export interface ListClientsInput {
  path: Record<string, never>;
  query: NonNullable<operations['listClients']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listClients` may give, exactly as the spec declares them. */
export type ListClientsResult =
  | { status: 200; body: operations['listClients']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listClients']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listClients']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listClients']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listClients']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `createClient`: POST /v2/clients. */
export interface CreateClientInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['createClient']['requestBody']>['content']["application/json"];
}

/** The answers `createClient` may give, exactly as the spec declares them. */
export type CreateClientResult =
  | { status: 201; body: operations['createClient']['responses'][201]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['createClient']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['createClient']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['createClient']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['createClient']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['createClient']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['createClient']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 409 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `getClient`: GET /v2/clients/{client_id}. */
export interface GetClientInput {
  path: operations['getClient']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `getClient` may give, exactly as the spec declares them. */
export type GetClientResult =
  | { status: 200; body: operations['getClient']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['getClient']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['getClient']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['getClient']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['getClient']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['getClient']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `deleteClient`: DELETE /v2/clients/{client_id}. */
export interface DeleteClientInput {
  path: operations['deleteClient']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `deleteClient` may give, exactly as the spec declares them. */
export type DeleteClientResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['deleteClient']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['deleteClient']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['deleteClient']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['deleteClient']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['deleteClient']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `updateClient`: PATCH /v2/clients/{client_id}. */
export interface UpdateClientInput {
  path: operations['updateClient']['parameters']['path'];
  query: Record<string, never>;
  headers: { "if-match": NonNullable<operations['updateClient']['parameters']['header']>["If-Match"] };
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['updateClient']['requestBody']>['content']["application/json"];
}

/** The answers `updateClient` may give, exactly as the spec declares them. */
export type UpdateClientResult =
  | { status: 200; body: operations['updateClient']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['updateClient']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['updateClient']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['updateClient']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['updateClient']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 412; body: operations['updateClient']['responses'][412]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['updateClient']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['updateClient']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 428; body: operations['updateClient']['responses'][428]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 412 | 413 | 415 | 428>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `rotateClientSecret`: POST /v2/clients/{client_id}/secret. */
export interface RotateClientSecretInput {
  path: operations['rotateClientSecret']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: NonNullable<operations['rotateClientSecret']['requestBody']>['content']["application/json"] | undefined;
}

/** The answers `rotateClientSecret` may give, exactly as the spec declares them. */
export type RotateClientSecretResult =
  | { status: 200; body: operations['rotateClientSecret']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['rotateClientSecret']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['rotateClientSecret']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['rotateClientSecret']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['rotateClientSecret']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['rotateClientSecret']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 415; body: operations['rotateClientSecret']['responses'][415]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413 | 415>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `unlockClient`: POST /v2/clients/{client_id}/unlock. */
export interface UnlockClientInput {
  path: operations['unlockClient']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `unlockClient` may give, exactly as the spec declares them. */
export type UnlockClientResult =
  | { status: 204; body?: undefined; headers?: ResponseHeaders }
  | { status: 400; body: operations['unlockClient']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['unlockClient']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['unlockClient']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['unlockClient']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['unlockClient']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listSigningKeys`: GET /v2/keys. */
export interface ListSigningKeysInput {
  path: Record<string, never>;
  query: NonNullable<operations['listSigningKeys']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listSigningKeys` may give, exactly as the spec declares them. */
export type ListSigningKeysResult =
  | { status: 200; body: operations['listSigningKeys']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listSigningKeys']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listSigningKeys']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listSigningKeys']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listSigningKeys']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `rotateSigningKey`: POST /v2/keys/rotate. */
export interface RotateSigningKeyInput {
  path: Record<string, never>;
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `rotateSigningKey` may give, exactly as the spec declares them. */
export type RotateSigningKeyResult =
  | { status: 200; body: operations['rotateSigningKey']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['rotateSigningKey']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['rotateSigningKey']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['rotateSigningKey']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 409; body: operations['rotateSigningKey']['responses'][409]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['rotateSigningKey']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 409 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `revokeSigningKey`: POST /v2/keys/{kid}/revoke. */
export interface RevokeSigningKeyInput {
  path: operations['revokeSigningKey']['parameters']['path'];
  query: Record<string, never>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `revokeSigningKey` may give, exactly as the spec declares them. */
export type RevokeSigningKeyResult =
  | { status: 200; body: operations['revokeSigningKey']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['revokeSigningKey']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['revokeSigningKey']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['revokeSigningKey']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 404; body: operations['revokeSigningKey']['responses'][404]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['revokeSigningKey']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 404 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

/** Input of `listAuditEvents`: GET /v2/audit-events. */
export interface ListAuditEventsInput {
  path: Record<string, never>;
  query: NonNullable<operations['listAuditEvents']['parameters']['query']>;
  headers: Record<string, unknown>;
  cookies: Record<string, string | undefined>;
  body: undefined;
}

/** The answers `listAuditEvents` may give, exactly as the spec declares them. */
export type ListAuditEventsResult =
  | { status: 200; body: operations['listAuditEvents']['responses'][200]['content']["application/json"]; contentType?: "application/json"; headers?: ResponseHeaders }
  | { status: 400; body: operations['listAuditEvents']['responses'][400]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 401; body: operations['listAuditEvents']['responses'][401]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 403; body: operations['listAuditEvents']['responses'][403]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: 413; body: operations['listAuditEvents']['responses'][413]['content']["application/problem+json"]; contentType?: "application/problem+json"; headers?: ResponseHeaders }
  | { status: Exclude<ProblemStatus, 400 | 401 | 403 | 413>; body: Problem; contentType?: 'application/problem+json'; headers?: ResponseHeaders };

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

/** One handler per operation of the Ilenia auth service. */
export interface AuthHandlers {
  /** Sign in with email and password. `POST /v2/auth/login` · public */
  loginUser(input: LoginUserInput, context: HandlerContext): Promise<LoginUserResult> | LoginUserResult;
  /** Refresh the access token. `POST /v2/auth/refresh` */
  refreshAccessToken(input: RefreshAccessTokenInput, context: HandlerContext): Promise<RefreshAccessTokenResult> | RefreshAccessTokenResult;
  /** Sign out. `POST /v2/auth/logout` */
  logoutUser(input: LogoutUserInput, context: HandlerContext): Promise<LogoutUserResult> | LogoutUserResult;
  /** Obtain a token with client credentials. `POST /v2/oauth/token` */
  issueToken(input: IssueTokenInput, context: HandlerContext): Promise<IssueTokenResult> | IssueTokenResult;
  /** Get the public signing keys. `GET /v2/.well-known/jwks.json` · public */
  getJsonWebKeySet(input: GetJsonWebKeySetInput, context: HandlerContext): Promise<GetJsonWebKeySetResult> | GetJsonWebKeySetResult;
  /** Get the authorization server metadata. `GET /.well-known/oauth-authorization-server` · public */
  getAuthorizationServerMetadata(input: GetAuthorizationServerMetadataInput, context: HandlerContext): Promise<GetAuthorizationServerMetadataResult> | GetAuthorizationServerMetadataResult;
  /** Get the signed-in user. `GET /v2/users/me` · any authenticated caller */
  getCurrentUser(input: GetCurrentUserInput, context: AuthenticatedHandlerContext): Promise<GetCurrentUserResult> | GetCurrentUserResult;
  /** Change the signed-in user's password. `PUT /v2/users/me/password` · any authenticated caller */
  changeOwnPassword(input: ChangeOwnPasswordInput, context: AuthenticatedHandlerContext): Promise<ChangeOwnPasswordResult> | ChangeOwnPasswordResult;
  /** List users. `GET /v2/users` · requires users:read */
  listUsers(input: ListUsersInput, context: AuthenticatedHandlerContext): Promise<ListUsersResult> | ListUsersResult;
  /** Create a user. `POST /v2/users` · requires users:write */
  createUser(input: CreateUserInput, context: AuthenticatedHandlerContext): Promise<CreateUserResult> | CreateUserResult;
  /** Get a user. `GET /v2/users/{user_id}` · requires users:read */
  getUser(input: GetUserInput, context: AuthenticatedHandlerContext): Promise<GetUserResult> | GetUserResult;
  /** Delete a user. `DELETE /v2/users/{user_id}` · requires users:write */
  deleteUser(input: DeleteUserInput, context: AuthenticatedHandlerContext): Promise<DeleteUserResult> | DeleteUserResult;
  /** Update a user. `PATCH /v2/users/{user_id}` · requires users:write */
  updateUser(input: UpdateUserInput, context: AuthenticatedHandlerContext): Promise<UpdateUserResult> | UpdateUserResult;
  /** Assign a role to a user. `PUT /v2/users/{user_id}/roles/{role_id}` · requires users:write */
  assignUserRole(input: AssignUserRoleInput, context: AuthenticatedHandlerContext): Promise<AssignUserRoleResult> | AssignUserRoleResult;
  /** Remove a role from a user. `DELETE /v2/users/{user_id}/roles/{role_id}` · requires users:write */
  removeUserRole(input: RemoveUserRoleInput, context: AuthenticatedHandlerContext): Promise<RemoveUserRoleResult> | RemoveUserRoleResult;
  /** Explain a user's permissions. `GET /v2/users/{user_id}/permissions` · requires users:read */
  getUserPermissions(input: GetUserPermissionsInput, context: AuthenticatedHandlerContext): Promise<GetUserPermissionsResult> | GetUserPermissionsResult;
  /** Grant or revoke one permission on a user. `PUT /v2/users/{user_id}/permissions/{permission}` · requires permissions:write */
  setUserPermissionOverride(input: SetUserPermissionOverrideInput, context: AuthenticatedHandlerContext): Promise<SetUserPermissionOverrideResult> | SetUserPermissionOverrideResult;
  /** Remove a permission override from a user. `DELETE /v2/users/{user_id}/permissions/{permission}` · requires permissions:write */
  deleteUserPermissionOverride(input: DeleteUserPermissionOverrideInput, context: AuthenticatedHandlerContext): Promise<DeleteUserPermissionOverrideResult> | DeleteUserPermissionOverrideResult;
  /** Sign a user out everywhere. `DELETE /v2/users/{user_id}/sessions` · requires users:write */
  revokeUserSessions(input: RevokeUserSessionsInput, context: AuthenticatedHandlerContext): Promise<RevokeUserSessionsResult> | RevokeUserSessionsResult;
  /** Lift a user's sign-in throttling. `POST /v2/users/{user_id}/unlock` · requires users:write */
  unlockUser(input: UnlockUserInput, context: AuthenticatedHandlerContext): Promise<UnlockUserResult> | UnlockUserResult;
  /** Search people. `GET /v2/people` · requires people:search */
  searchPeople(input: SearchPeopleInput, context: AuthenticatedHandlerContext): Promise<SearchPeopleResult> | SearchPeopleResult;
  /** List the permission catalogue. `GET /v2/permissions` · requires roles:read */
  listPermissions(input: ListPermissionsInput, context: AuthenticatedHandlerContext): Promise<ListPermissionsResult> | ListPermissionsResult;
  /** List roles. `GET /v2/roles` · requires roles:read */
  listRoles(input: ListRolesInput, context: AuthenticatedHandlerContext): Promise<ListRolesResult> | ListRolesResult;
  /** Create a role. `POST /v2/roles` · requires roles:write */
  createRole(input: CreateRoleInput, context: AuthenticatedHandlerContext): Promise<CreateRoleResult> | CreateRoleResult;
  /** Get a role. `GET /v2/roles/{role_id}` · requires roles:read */
  getRole(input: GetRoleInput, context: AuthenticatedHandlerContext): Promise<GetRoleResult> | GetRoleResult;
  /** Delete a role. `DELETE /v2/roles/{role_id}` · requires roles:write */
  deleteRole(input: DeleteRoleInput, context: AuthenticatedHandlerContext): Promise<DeleteRoleResult> | DeleteRoleResult;
  /** Update a role. `PATCH /v2/roles/{role_id}` · requires roles:write */
  updateRole(input: UpdateRoleInput, context: AuthenticatedHandlerContext): Promise<UpdateRoleResult> | UpdateRoleResult;
  /** List OAuth clients. `GET /v2/clients` · requires clients:read */
  listClients(input: ListClientsInput, context: AuthenticatedHandlerContext): Promise<ListClientsResult> | ListClientsResult;
  /** Register an OAuth client. `POST /v2/clients` · requires clients:write */
  createClient(input: CreateClientInput, context: AuthenticatedHandlerContext): Promise<CreateClientResult> | CreateClientResult;
  /** Get an OAuth client. `GET /v2/clients/{client_id}` · requires clients:read */
  getClient(input: GetClientInput, context: AuthenticatedHandlerContext): Promise<GetClientResult> | GetClientResult;
  /** Delete an OAuth client. `DELETE /v2/clients/{client_id}` · requires clients:write */
  deleteClient(input: DeleteClientInput, context: AuthenticatedHandlerContext): Promise<DeleteClientResult> | DeleteClientResult;
  /** Update an OAuth client. `PATCH /v2/clients/{client_id}` · requires clients:write */
  updateClient(input: UpdateClientInput, context: AuthenticatedHandlerContext): Promise<UpdateClientResult> | UpdateClientResult;
  /** Rotate an OAuth client's secret. `POST /v2/clients/{client_id}/secret` · requires clients:write */
  rotateClientSecret(input: RotateClientSecretInput, context: AuthenticatedHandlerContext): Promise<RotateClientSecretResult> | RotateClientSecretResult;
  /** Lift an OAuth client's authentication throttling. `POST /v2/clients/{client_id}/unlock` · requires clients:write */
  unlockClient(input: UnlockClientInput, context: AuthenticatedHandlerContext): Promise<UnlockClientResult> | UnlockClientResult;
  /** List signing keys. `GET /v2/keys` · requires keys:rotate */
  listSigningKeys(input: ListSigningKeysInput, context: AuthenticatedHandlerContext): Promise<ListSigningKeysResult> | ListSigningKeysResult;
  /** Rotate the signing key. `POST /v2/keys/rotate` · requires keys:rotate */
  rotateSigningKey(input: RotateSigningKeyInput, context: AuthenticatedHandlerContext): Promise<RotateSigningKeyResult> | RotateSigningKeyResult;
  /** Revoke a signing key at once. `POST /v2/keys/{kid}/revoke` · requires keys:rotate */
  revokeSigningKey(input: RevokeSigningKeyInput, context: AuthenticatedHandlerContext): Promise<RevokeSigningKeyResult> | RevokeSigningKeyResult;
  /** List audit events. `GET /v2/audit-events` · requires audit:read */
  listAuditEvents(input: ListAuditEventsInput, context: AuthenticatedHandlerContext): Promise<ListAuditEventsResult> | ListAuditEventsResult;
  /** Check liveness. `GET /health` · public */
  getHealth(input: GetHealthInput, context: HandlerContext): Promise<GetHealthResult> | GetHealthResult;
  /** Check readiness. `GET /ready` · public */
  getReadiness(input: GetReadinessInput, context: HandlerContext): Promise<GetReadinessResult> | GetReadinessResult;
}

/** What the router needs to know of each operation. */
export const authOperations = {
  loginUser: {"operationId":"loginUser","method":"post","path":"/v2/auth/login","expressPath":"/v2/auth/login","security":[],"responses":{"200":["application/json"],"400":["application/problem+json","application/json"],"401":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  refreshAccessToken: {"operationId":"refreshAccessToken","method":"post","path":"/v2/auth/refresh","expressPath":"/v2/auth/refresh","security":[["refreshCookie"]],"responses":{"200":["application/json"],"400":["application/problem+json","application/json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  logoutUser: {"operationId":"logoutUser","method":"post","path":"/v2/auth/logout","expressPath":"/v2/auth/logout","security":[["refreshCookie"],[]],"responses":{"204":[],"400":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  issueToken: {"operationId":"issueToken","method":"post","path":"/v2/oauth/token","expressPath":"/v2/oauth/token","security":[["clientBasic"],[]],"responses":{"200":["application/json"],"400":["application/json"],"401":["application/json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getJsonWebKeySet: {"operationId":"getJsonWebKeySet","method":"get","path":"/v2/.well-known/jwks.json","expressPath":"/v2/.well-known/jwks.json","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getAuthorizationServerMetadata: {"operationId":"getAuthorizationServerMetadata","method":"get","path":"/.well-known/oauth-authorization-server","expressPath":"/.well-known/oauth-authorization-server","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getCurrentUser: {"operationId":"getCurrentUser","method":"get","path":"/v2/users/me","expressPath":"/v2/users/me","security":[["bearerAuth"]],"requiredPermissions":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  changeOwnPassword: {"operationId":"changeOwnPassword","method":"put","path":"/v2/users/me/password","expressPath":"/v2/users/me/password","security":[["bearerAuth"]],"requiredPermissions":[],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  listUsers: {"operationId":"listUsers","method":"get","path":"/v2/users","expressPath":"/v2/users","security":[["bearerAuth"]],"requiredPermissions":["users:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  createUser: {"operationId":"createUser","method":"post","path":"/v2/users","expressPath":"/v2/users","security":[["bearerAuth"]],"requiredPermissions":["users:write"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  getUser: {"operationId":"getUser","method":"get","path":"/v2/users/{user_id}","expressPath":"/v2/users/:user_id","security":[["bearerAuth"]],"requiredPermissions":["users:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  deleteUser: {"operationId":"deleteUser","method":"delete","path":"/v2/users/{user_id}","expressPath":"/v2/users/:user_id","security":[["bearerAuth"]],"requiredPermissions":["users:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  updateUser: {"operationId":"updateUser","method":"patch","path":"/v2/users/{user_id}","expressPath":"/v2/users/:user_id","security":[["bearerAuth"]],"requiredPermissions":["users:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  assignUserRole: {"operationId":"assignUserRole","method":"put","path":"/v2/users/{user_id}/roles/{role_id}","expressPath":"/v2/users/:user_id/roles/:role_id","security":[["bearerAuth"]],"requiredPermissions":["users:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  removeUserRole: {"operationId":"removeUserRole","method":"delete","path":"/v2/users/{user_id}/roles/{role_id}","expressPath":"/v2/users/:user_id/roles/:role_id","security":[["bearerAuth"]],"requiredPermissions":["users:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getUserPermissions: {"operationId":"getUserPermissions","method":"get","path":"/v2/users/{user_id}/permissions","expressPath":"/v2/users/:user_id/permissions","security":[["bearerAuth"]],"requiredPermissions":["users:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  setUserPermissionOverride: {"operationId":"setUserPermissionOverride","method":"put","path":"/v2/users/{user_id}/permissions/{permission}","expressPath":"/v2/users/:user_id/permissions/:permission","security":[["bearerAuth"]],"requiredPermissions":["permissions:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  deleteUserPermissionOverride: {"operationId":"deleteUserPermissionOverride","method":"delete","path":"/v2/users/{user_id}/permissions/{permission}","expressPath":"/v2/users/:user_id/permissions/:permission","security":[["bearerAuth"]],"requiredPermissions":["permissions:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  revokeUserSessions: {"operationId":"revokeUserSessions","method":"delete","path":"/v2/users/{user_id}/sessions","expressPath":"/v2/users/:user_id/sessions","security":[["bearerAuth"]],"requiredPermissions":["users:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  unlockUser: {"operationId":"unlockUser","method":"post","path":"/v2/users/{user_id}/unlock","expressPath":"/v2/users/:user_id/unlock","security":[["bearerAuth"]],"requiredPermissions":["users:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  searchPeople: {"operationId":"searchPeople","method":"get","path":"/v2/people","expressPath":"/v2/people","security":[["bearerAuth"]],"requiredPermissions":["people:search"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listPermissions: {"operationId":"listPermissions","method":"get","path":"/v2/permissions","expressPath":"/v2/permissions","security":[["bearerAuth"]],"requiredPermissions":["roles:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listRoles: {"operationId":"listRoles","method":"get","path":"/v2/roles","expressPath":"/v2/roles","security":[["bearerAuth"]],"requiredPermissions":["roles:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  createRole: {"operationId":"createRole","method":"post","path":"/v2/roles","expressPath":"/v2/roles","security":[["bearerAuth"]],"requiredPermissions":["roles:write"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  getRole: {"operationId":"getRole","method":"get","path":"/v2/roles/{role_id}","expressPath":"/v2/roles/:role_id","security":[["bearerAuth"]],"requiredPermissions":["roles:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  deleteRole: {"operationId":"deleteRole","method":"delete","path":"/v2/roles/{role_id}","expressPath":"/v2/roles/:role_id","security":[["bearerAuth"]],"requiredPermissions":["roles:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  updateRole: {"operationId":"updateRole","method":"patch","path":"/v2/roles/{role_id}","expressPath":"/v2/roles/:role_id","security":[["bearerAuth"]],"requiredPermissions":["roles:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"409":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  listClients: {"operationId":"listClients","method":"get","path":"/v2/clients","expressPath":"/v2/clients","security":[["bearerAuth"]],"requiredPermissions":["clients:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  createClient: {"operationId":"createClient","method":"post","path":"/v2/clients","expressPath":"/v2/clients","security":[["bearerAuth"]],"requiredPermissions":["clients:write"],"responses":{"201":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  getClient: {"operationId":"getClient","method":"get","path":"/v2/clients/{client_id}","expressPath":"/v2/clients/:client_id","security":[["bearerAuth"]],"requiredPermissions":["clients:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  deleteClient: {"operationId":"deleteClient","method":"delete","path":"/v2/clients/{client_id}","expressPath":"/v2/clients/:client_id","security":[["bearerAuth"]],"requiredPermissions":["clients:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  updateClient: {"operationId":"updateClient","method":"patch","path":"/v2/clients/{client_id}","expressPath":"/v2/clients/:client_id","security":[["bearerAuth"]],"requiredPermissions":["clients:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"412":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"428":["application/problem+json"],"default":["application/problem+json"]}},
  rotateClientSecret: {"operationId":"rotateClientSecret","method":"post","path":"/v2/clients/{client_id}/secret","expressPath":"/v2/clients/:client_id/secret","security":[["bearerAuth"]],"requiredPermissions":["clients:write"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"415":["application/problem+json"],"default":["application/problem+json"]}},
  unlockClient: {"operationId":"unlockClient","method":"post","path":"/v2/clients/{client_id}/unlock","expressPath":"/v2/clients/:client_id/unlock","security":[["bearerAuth"]],"requiredPermissions":["clients:write"],"responses":{"204":[],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listSigningKeys: {"operationId":"listSigningKeys","method":"get","path":"/v2/keys","expressPath":"/v2/keys","security":[["bearerAuth"]],"requiredPermissions":["keys:rotate"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  rotateSigningKey: {"operationId":"rotateSigningKey","method":"post","path":"/v2/keys/rotate","expressPath":"/v2/keys/rotate","security":[["bearerAuth"]],"requiredPermissions":["keys:rotate"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"409":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  revokeSigningKey: {"operationId":"revokeSigningKey","method":"post","path":"/v2/keys/{kid}/revoke","expressPath":"/v2/keys/:kid/revoke","security":[["bearerAuth"]],"requiredPermissions":["keys:rotate"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"404":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  listAuditEvents: {"operationId":"listAuditEvents","method":"get","path":"/v2/audit-events","expressPath":"/v2/audit-events","security":[["bearerAuth"]],"requiredPermissions":["audit:read"],"responses":{"200":["application/json"],"400":["application/problem+json"],"401":["application/problem+json"],"403":["application/problem+json"],"413":["application/problem+json"],"default":["application/problem+json"]}},
  getHealth: {"operationId":"getHealth","method":"get","path":"/health","expressPath":"/health","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"default":["application/problem+json"]}},
  getReadiness: {"operationId":"getReadiness","method":"get","path":"/ready","expressPath":"/ready","security":[],"responses":{"200":["application/json"],"400":["application/problem+json"],"413":["application/problem+json"],"429":["application/problem+json"],"503":["application/json"],"default":["application/problem+json"]}},
} as const satisfies Record<keyof AuthHandlers, OperationDefinition>;

/** The security schemes the spec declares. */
export const authSecuritySchemes: Record<string, SecuritySchemeDefinition> = {
  "bearerAuth": {"type":"http","scheme":"bearer"},
  "refreshCookie": {"type":"apiKey","in":"cookie","name":"ilenia_refresh"},
  "clientBasic": {"type":"http","scheme":"basic"},
};

export interface AuthRouterOptions {
  handlers: AuthHandlers;
  /** Bearer schemes need a verifier; the others default to a presence check left to the handler. */
  authenticators: { bearerAuth: Authenticator; refreshCookie?: Authenticator; clientBasic?: Authenticator };
  /** Which responses are checked against the spec (`RESPONSE_VALIDATION`; all by default). */
  responseValidation?: ResponseValidation;
}

/** The Express router of the Ilenia auth service: authentication, permissions, validation, handlers. */
export function createAuthRouter(options: AuthRouterOptions): Router {
  return createOpenApiRouter({ apiSpec: authApiSpec, operations: authOperations, securitySchemes: authSecuritySchemes, ...options });
}

/** Handlers that answer every operation with the spec's examples (USE_<SERVICE>_MOCK=true). */
export function createAuthMockHandlers(): AuthHandlers {
  return createMockHandlers(authApiSpec, authOperations) as unknown as AuthHandlers;
}
