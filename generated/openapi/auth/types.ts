// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/auth/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
export interface paths {
    "/v2/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Checks the email and password and answers a new access token plus the signed-in user, and sets the
         *     refresh token in the `ilenia_refresh` cookie (`HttpOnly; Secure; SameSite=Strict; Path=/v2/auth`),
         *     which starts a new sign-in session (refresh token family). Keep the access token in memory and
         *     call `POST /v2/auth/refresh` before it expires.
         *
         *     The access token's `aud` lists the services the user's permissions need (and `auth-service`); with
         *     `resource` (RFC 8707) the session is narrowed to the audiences named, for its whole life.
         *
         *     Every failure answers the same 401 — unknown email, wrong password and disabled account alike — so
         *     the response never reveals whether an account exists; the audit log records the real reason. Failed
         *     attempts are counted per pair of email address (whether or not it exists) and client IP, and per
         *     client IP. From the `LOGIN_MAX_FAILURES`th failure (5 by default) of one pair within 15 minutes,
         *     that pair must wait before its next attempt: 30 seconds, doubling with every further failure up to
         *     `LOGIN_LOCKOUT_SECONDS` (900 by default). An IP with `LOGIN_MAX_FAILURES_PER_IP` failures (50) waits
         *     `LOGIN_LOCKOUT_SECONDS`. While waiting, every attempt of that pair or IP, even with the right
         *     password, answers 429 with `Retry-After` and is not checked. Failures from other addresses never
         *     delay anyone else: nobody can lock an account out by guessing its password (an administrator can
         *     clear the counters with `POST /v2/users/{user_id}/unlock`).
         */
        post: operations["loginUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the access token
         * @description Exchanges the refresh token in the `ilenia_refresh` cookie for a new access token, with the user's
         *     current roles and permissions (and the audiences they need, within the session's: `resource` narrows
         *     them further and never widens them), and rotates the cookie: the presented refresh token is spent and a
         *     new one is set (the session's end does not move). Send no body; browsers send the cookie by
         *     themselves (with `credentials: 'include'` across origins). Besides `SameSite=Strict`, a browser
         *     request from another site (by `Origin`, else `Sec-Fetch-Site`) is refused with 403.
         *
         *     Presenting a refresh token that was already rotated means it was copied: the whole family is
         *     revoked, a `refresh_reused` audit event is recorded and the answer is 401, so both the thief and
         *     the user must sign in again. There is no grace period, so a web client with several tabs must
         *     refresh from one place at a time (e.g. behind a Web Lock) and share the new access token.
         */
        post: operations["refreshAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the sign-in session of the `ilenia_refresh` cookie (its whole refresh token family) and clears the cookie. Idempotent: without a cookie, or with an unknown or expired one, it still answers 204 and clears the cookie. Access tokens already issued stay valid until they expire (`ACCESS_TTL_SECONDS`); the client should drop its copy. A browser request from another site (by `Origin`, else `Sec-Fetch-Site`) is refused with 403, so no other site can sign the user out.
         */
        post: operations["logoutUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain a token with client credentials
         * @description The OAuth 2.0 token endpoint for services (RFC 6749 §4.4, client credentials grant). The client
         *     authenticates with HTTP Basic (`client_secret_basic`, preferred) or with `client_id` and
         *     `client_secret` in the form (`client_secret_post`), never both. The answer is an RS256 access token
         *     whose `sub` and `client_id` are the client id and whose `scope` lists the granted scopes (the
         *     requested ones, or all of the client's `allowed_scopes` when `scope` is absent). No refresh token
         *     is issued: request a new token shortly before `expires_in` runs out.
         *
         *     The token's `aud` lists only the services it can be used with (RFC 8707): with `resource`, the
         *     audiences named (repeat the parameter for several); without, those of every service whose
         *     operations the granted scopes unlock (`x-required-permissions`), each with the services it calls
         *     with the caller's token. A token minted for one service is refused (401) by the others.
         *
         *     Errors follow RFC 6749 §5.2 (`application/json` with `error`), not RFC 9457, so standard OAuth
         *     client libraries understand them. Repeated authentication failures of one client id from one IP
         *     are delayed progressively, and an IP with many failures waits (429 with `Retry-After`); a client
         *     that presents its correct secret is always answered, whatever others sent in its name. Clients
         *     are never granted the administrative scopes (`users:write`, `permissions:write`, `roles:write`,
         *     `clients:write`, `keys:rotate`).
         */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the public signing keys
         * @description The JSON Web Key Set (RFC 7517) that verifies every Ilenia access token: the active RSA key, the next key (published before it signs anything, during a rotation) and the retired keys whose tokens may not have expired yet. Match a token's `kid` header against `kid`, and accept only `RS256`. Cache it for the `Cache-Control` max-age, and refetch at once (rate-limited on your side) when a token names an unknown `kid`.
         */
        get: operations["getJsonWebKeySet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/oauth-authorization-server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the authorization server metadata
         * @description OAuth 2.0 authorization server metadata (RFC 8414): the issuer, token endpoint, JWKS location, and the grant, client authentication methods and scopes supported, so OAuth libraries can configure themselves. It lives at the root of the issuer's origin, outside `/v2`, as RFC 8414 §3 requires for an issuer without a path.
         */
        get: operations["getAuthorizationServerMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description The profile of the user the access token belongs to, with their roles and their effective permissions as of now (which may be newer than those in the token until the next refresh). A client credentials token has no user and is answered with 403.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the signed-in user's password
         * @description Replaces the user's password after checking the current one. Every other sign-in session of the user (every refresh token family except the one in the token's `sid` claim) is revoked, so other devices must sign in again; this session continues. A wrong current password answers 400 and counts as a failed sign-in attempt of the email from this IP, so repeated guesses wait (429).
         */
        put: operations["changeOwnPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description A page of user accounts ordered by email, optionally filtered by text, role and status. Filters combine with AND.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates an active user account with the given password and roles. The administrator hands the password over out of band; the user can change it with `PUT /v2/users/me/password`. Answers 409 when the email is already used (by any account, including disabled ones), and 403 when a role given grants a permission the caller does not hold.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user account with its roles and effective permissions; its version is in the `ETag`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes the account, its role assignments, permission overrides and refresh tokens. Audit events about the user are kept. Consider disabling instead, which is reversible. Administrators cannot delete their own account (409).
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Changes the fields sent and leaves the others as they are. Requires `If-Match` with the version read.
         *     - `status: disabled` blocks sign-in and revokes every refresh token of the user; the auth service
         *       refuses their access tokens at once, other services within `ACCESS_TTL_SECONDS`. A change that
         *       would leave no active user holding every administrative permission answers 409. `status: active` re-enables the account.
         *     - `password` resets the password (for a user who forgot theirs) and revokes every refresh token.
         *     - `locked_until: null` lifts the sign-in delays caused by failed attempts, like
         *       `POST /v2/users/{user_id}/unlock`.
         *     - Changing another user's `email` or `password` takes over their account, so it needs every
         *       permission that user holds (403 otherwise).
         *
         *     Administrators cannot disable their own account (409). Roles are changed with
         *     `PUT`/`DELETE /v2/users/{user_id}/roles/{role_id}`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v2/users/{user_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description The role's id.
                 * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Assign a role to a user
         * @description Gives the user the role. Idempotent: assigning a role the user already holds changes nothing and answers the same 200. Answers the updated user (so a UI sees the new roles and effective permissions at once) with its new `ETag`. No body and no `If-Match`: the operation is a set insertion and cannot overwrite anyone's change. The user's tokens carry the role from their next refresh. The caller must hold every permission of the role (403 otherwise) and cannot change their own roles (409).
         */
        put: operations["assignUserRole"];
        post?: never;
        /**
         * Remove a role from a user
         * @description Takes the role away from the user. Idempotent: removing a role the user does not hold answers 204 too. A change that would leave no active user holding every administrative permission is refused with 409, so the platform always keeps an administrator; so is a change of one's own roles. Permissions the user got only through this role disappear from their next token.
         */
        delete: operations["removeUserRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{user_id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Explain a user's permissions
         * @description Every permission the user's roles or overrides touch, whether it is effective, and each reason: the roles that grant it, a grant override, or a revoke override that withholds it (revoked permissions are listed too, so an administrator can see why one is missing). Sorted by name.
         */
        get: operations["getUserPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{user_id}/permissions/{permission}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description The permission's name, as in the catalogue (`GET /v2/permissions`).
                 * @example events:manage_all
                 */
                permission: components["parameters"]["PermissionNameParam"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Grant or revoke one permission on a user
         * @description Creates or replaces the user's override of one permission: `grant` gives it regardless of roles, `revoke` withholds it even if a role gives it. Idempotent; the answer records who set it and when. Takes effect at the user's next token refresh. 404 when the user does not exist or the permission is not in the catalogue; 403 when granting a permission the caller does not hold; 409 for an override of one's own permissions, or one that would leave no active user holding every administrative permission.
         */
        put: operations["setUserPermissionOverride"];
        post?: never;
        /**
         * Remove a permission override from a user
         * @description Removes the user's grant or revoke override of the permission, so only their roles decide again. Idempotent: 204 also when there was no override. Takes effect at the user's next token refresh. Removing a revoke gives the permission back, so the caller must hold it (403); nobody removes their own overrides, nor one whose removal would leave no active user holding every administrative permission (409).
         */
        delete: operations["deleteUserPermissionOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{user_id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign a user out everywhere
         * @description Revokes every sign-in session (refresh token family) of the user, for example after a lost device or a suspected compromise. The auth service refuses their access tokens at once (it checks the token's session on every request); other services accept them until they expire (`ACCESS_TTL_SECONDS`). Disable the account as well to block new sign-ins. Idempotent; records a `sessions_revoked` audit event.
         */
        delete: operations["revokeUserSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{user_id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a user's sign-in throttling
         * @description Clears every failed-attempt counter and delay of the user's email address, from every client IP, so the user can sign in at once (for example after they were throttled on a shared network). It does not touch the counters of the addresses themselves (`LOGIN_MAX_FAILURES_PER_IP`). Idempotent; records an `account_unlocked` audit event with the number of counters cleared.
         */
        post: operations["unlockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search people
         * @description The people directory for event managers, who assign speakers and listeners: a page of people whose display name or email contains `q`, or the people with the given `id`s (to show assigned people by name). Each person is only an id, a display name and an email. A text search finds only active accounts; a search by id also answers disabled ones, so a person assigned before their account was disabled still has a name. Both filters combine with AND; with neither, every active person is listed. Unknown ids are left out.
         */
        get: operations["searchPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the permission catalogue
         * @description Every permission an Ilenia operation can require, with what it allows, the built-in roles that hold it by default and the roles that grant it now. The catalogue is fixed by the release (`specs/permissions.yaml`); it fits in one page at the default limit.
         */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description A page of roles, built-in ones first, then custom ones by name, each with its permissions.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a role
         * @description Creates a custom role. Its name must be unique (409 otherwise) and every permission must be in the catalogue (400 otherwise); the caller must hold every permission it puts in the role (403 otherwise).
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The role's id.
                 * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Get a role
         * @description One role with its permissions; its version is in the `ETag`.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /**
         * Delete a role
         * @description Deletes a custom role. Built-in roles cannot be deleted, and a role still held by users cannot either (remove it from them first): both answer 409.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Update a role
         * @description Changes the name, description or permissions (the list sent replaces the old one). Requires `If-Match`. Built-in roles keep their names, and `admin` keeps every permission (409). Adding a permission the caller does not hold answers 403; a change that would leave no active user holding every administrative permission answers 409. Users holding the role get the change at their next token refresh.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/v2/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OAuth clients
         * @description A page of OAuth clients by client id. Secrets are never listed.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Register an OAuth client
         * @description Registers a service as an OAuth client and issues its first secret. The secret is in this response only (it is stored hashed): put it in the service's secret store at once. Answers 409 when the client id is taken, and 400 for an administrative scope (`users:write`, `permissions:write`, `roles:write`, `clients:write`, `keys:rotate`): those are for people only.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        /**
         * Get an OAuth client
         * @description One OAuth client, without its secret; its version is in the `ETag`.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        /**
         * Delete an OAuth client
         * @description Deletes the client and its secrets; it can no longer obtain tokens, and its id can be registered again. Tokens already issued stay valid until they expire.
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        /**
         * Update an OAuth client
         * @description Changes the name, description, status or allowed scopes. Requires `If-Match`. An administrative scope in `allowed_scopes` answers 400. Disabling makes token requests fail with `invalid_client`; tokens already issued stay valid until they expire. New allowed scopes apply to the next token request.
         */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/v2/clients/{client_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an OAuth client's secret
         * @description Issues a new secret for the client and answers it this once. The previous secret stops working at once, or after `grace_period_seconds` so the service can be redeployed with the new one without downtime. The body is optional.
         */
        post: operations["rotateClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/clients/{client_id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift an OAuth client's authentication throttling
         * @description Clears every failed-authentication counter and delay of the client id, from every client IP. A client that presents its correct secret is never throttled by anyone's failures, so this is for a service that itself sent a wrong secret (for example after a rotation) and must not wait for its delay to run out. Idempotent; records a `client_unlocked` audit event with the number of counters cleared.
         */
        post: operations["unlockClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List signing keys
         * @description The public metadata of the token signing keys, newest first: a `next` key published ahead of signing, the active key, retired keys still published in the JWKS, and expired ones. Private key material is never returned.
         */
        get: operations["listSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing key
         * @description Generates a new RSA key and publishes it in the JWKS at once, as `next`. It starts signing only at `activates_at`, `KEY_PUBLISH_AHEAD_SECONDS` later (600 by default: longer than the JWKS `Cache-Control: max-age`), so every verifier that caches the key set already holds it when the first token it signs arrives; a verifier that meets an unknown `kid` also refetches. At that moment the active key becomes `retired`: it signs nothing more but stays published for `KEY_RETIRED_TTL_SECONDS` (86400 by default, at least the access token lifetime), so the tokens it signed keep verifying until they expire. No valid token ever fails verification. Use it on a schedule, or when a private key may have leaked (then also revoke sessions as needed). Records a `key_rotated` audit event.
         */
        post: operations["rotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/keys/{kid}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The signing key's id, as in the `kid` header of the tokens it signs.
                 * @example hysNVe-52KkUHUUJ_2JpImvCzjMn6MK2KBzkp-NOffE
                 */
                kid: components["parameters"]["Kid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a signing key at once
         * @description For a private key that may have leaked: the key leaves the JWKS at once and signs nothing more; if it was the active key, a new key becomes active at once (verifiers fetch it when they meet its unknown `kid`). The auth service refuses the tokens the key signed at once; every other service refuses them once its cached copy of the JWKS is renewed, within 300 seconds (the kit verifier's JWKS cache time and the JWKS `Cache-Control: max-age`), plus whatever a gateway caches. Unlike a rotation, valid tokens signed by the key stop verifying: their holders sign in or fetch a client token again. Revoking a revoked key changes nothing. Records a `key_revoked` audit event.
         */
        post: operations["revokeSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description A page of security audit events, newest first, filtered by actor, target, type, outcome and time window (filters combine with AND; repeat `type` to match any of several types). Use it to investigate failed sign-ins and lockouts, refresh token reuse, and who changed which user, role, client or key.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check liveness
         * @description Answers while the process is up and serving requests; it checks no dependency. The gateway rate-limits every path, so even this one can answer 429.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check readiness
         * @description Checks every dependency the service needs (database, auth JWKS, engines, ...) and answers 200 when all are up, 503 otherwise, with the result of each check.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * LoginRequest
         * @description Email and password.
         */
        LoginRequest: {
            /**
             * Format: email
             * @description The sign-in email address (case-insensitive).
             */
            email: string;
            /**
             * Format: password
             * @description The password. Its policy is not checked here, so old passwords still work.
             */
            password: string;
        };
        /**
         * ValidationIssue
         * @description One field that failed validation.
         */
        ValidationIssue: {
            /**
             * @description Where the field was.
             * @enum {string}
             */
            location: "path" | "query" | "header" | "cookie" | "body";
            /**
             * @description The JSON pointer of the field inside its location (empty for the location itself).
             * @example /title
             */
            path?: string;
            /**
             * @description What is wrong with it.
             * @example must NOT have fewer than 1 characters
             */
            message: string;
        };
        /**
         * Problem
         * @description An RFC 9457 problem detail. Every error of every Ilenia API has this shape, served as `application/problem+json`.
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI that identifies the kind of problem; `about:blank` when the HTTP status says it all.
             * @example https://ilenia.dev/problems/validation
             */
            type: string;
            /**
             * @description A short, human-readable summary of the kind of problem.
             * @example Request validation failed
             */
            title: string;
            /**
             * @description The HTTP status code of this occurrence.
             * @example 400
             */
            status: number;
            /**
             * @description A human-readable explanation of this occurrence.
             * @example body/title must NOT have fewer than 1 characters
             */
            detail?: string;
            /**
             * Format: uri-reference
             * @description The request path of this occurrence.
             * @example /v1/events
             */
            instance?: string;
            /**
             * @description The request id, also in the `X-Request-Id` response header; quote it when reporting a problem.
             * @example 01J9Z8Y7X6W5V4T3S2R1Q0P9N8
             */
            request_id?: string;
            /** @description One entry per invalid field, for validation problems. */
            errors?: components["schemas"]["ValidationIssue"][];
            /** @description The permissions the caller lacks, for 403 problems. */
            missing_permissions?: string[];
            /** @description The allowed values or transitions, for conflicts such as a forbidden status change. */
            allowed?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: uuid
         * @description A UUID.
         * @example 0b6c3a4e-58d1-4f4e-9f5e-6a1f0e2d3c4b
         */
        Uuid: string;
        /**
         * @description `active` users can sign in; `disabled` users cannot (they get the same 401 as a wrong password) and their refresh tokens are revoked.
         * @example active
         * @enum {string}
         */
        UserStatus: "active" | "disabled";
        /**
         * @description A role's unique name, as it appears in the `roles` claim of access tokens: lower case letters, digits, `_` and `-`, starting with a letter.
         * @example manager
         */
        RoleName: string;
        /**
         * RoleRef
         * @description A role, by id and name.
         */
        RoleRef: {
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["RoleName"];
        };
        /**
         * @description A permission name from the catalogue (`specs/permissions.yaml`), `<resource>:<action>`.
         * @example events:write
         */
        PermissionName: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date and time with a timezone offset.
         * @example 2026-11-28T17:00:00Z
         */
        Timestamp: string;
        /**
         * User
         * @description A user account, with its roles and the effective permissions its next token will carry.
         */
        User: {
            id: components["schemas"]["Uuid"];
            /**
             * Format: email
             * @description The sign-in email address, unique (compared case-insensitively).
             * @example maria.manager@ilenia.dev
             */
            email: string;
            /**
             * @description The name shown to other people.
             * @example María Manager
             */
            display_name: string;
            status: components["schemas"]["UserStatus"];
            /** @description The roles assigned to the user. */
            roles: components["schemas"]["RoleRef"][];
            /** @description The effective permissions: those of the roles, plus grant overrides, minus revoke overrides, sorted by name. `GET /v2/users/{user_id}/permissions` explains where each comes from. */
            permissions: components["schemas"]["PermissionName"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the user last signed in with their password; null if never.
             * @example 2026-11-28T16:30:00Z
             */
            last_login_at: string | null;
            /**
             * Format: date-time
             * @description Until when sign-in is delayed after too many failed attempts from some client IP (the latest such delay; other addresses can still sign in); null when there is none. An administrator can clear it with `POST /v2/users/{user_id}/unlock`.
             * @example null
             */
            locked_until: string | null;
            /**
             * @description The version, also sent as the `ETag` (`"3"`); every change increments it.
             * @example 3
             */
            version: number;
        };
        /**
         * LoginResponse
         * @description A new access token for the signed-in user, with the user it identifies. The refresh token is not in the body: it travels in the `ilenia_refresh` cookie.
         */
        LoginResponse: {
            /**
             * @description The RS256 JWT access token (RFC 9068 profile; see the claims in the API description). Keep it in memory only.
             * @example eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6InhuSl9TMG1XYnJLV0hzUHlfdlNFcEltR1ZkV3k1TGNVV3llR2h1WXFMZHcifQ.eyJpc3MiOiJodHRwczovL2lsZW5pYS5leGFtcGxlLm9yZyIsImF1ZCI6WyJldmVudHMtc2VydmljZSIsImxpdmVraXQtcHJvdmlkZXIiLCJsaXZlLXNlcnZpY2UiXSwic3ViIjoiNWU4YTFjM2QtNmY5Yi00YTJlLThkN2MtMWI0ZTdhMGQzZjZjIiwiY2xpZW50X2lkIjoiaWxlbmlhLXdlYiIsImV4cCI6MTc5NTg4NDMwMCwiaWF0IjoxNzk1ODgzNDAwLCJuYmYiOjE3OTU4ODM0MDAsImF1dGhfdGltZSI6MTc5NTg4MzQwMCwianRpIjoiMGY1YzhlMmEtM2I3ZC00YzFlLTlhNmYtMmQ4YjRlMGM3YTE1Iiwic2lkIjoiYzdlMmE5ZjQtMWQ2Yi00ZThhLWIzYzUtOWYwZDJhN2U0YjYxIiwicm9sZXMiOlsibWFuYWdlciJdLCJwZXJtaXNzaW9ucyI6WyJldmVudHM6cmVhZCIsImV2ZW50czp3cml0ZSIsImxpdmU6bGlzdGVuIiwicm9sZXM6cmVhZCJdfQ.Yq3mB7xZ0kWc9TfL2pRv6HsN1dJ8uGa4EoKiQ5yXbVn
             */
            access_token: string;
            /**
             * @description Send the token as `Authorization: Bearer <access_token>`.
             * @constant
             */
            token_type: "Bearer";
            /**
             * @description Seconds until the access token expires; refresh a little before.
             * @example 900
             */
            expires_in: number;
            /**
             * @description Seconds until the sign-in session (the refresh cookie) ends and the user must sign in again.
             * @example 2592000
             */
            refresh_expires_in: number;
            user: components["schemas"]["User"];
        };
        /**
         * OAuthError
         * @description An OAuth 2.0 error response (RFC 6749 §5.2).
         */
        OAuthError: {
            /**
             * @description `invalid_request`: a parameter is missing, repeated or malformed, or credentials were sent both ways. `invalid_client`: unknown client, wrong secret, disabled client or no authentication. `invalid_grant`: reserved by RFC 6749, not produced by the client credentials grant. `unauthorized_client`: the client may not use this grant. `unsupported_grant_type`: the grant is not `client_credentials`. `invalid_scope`: a scope is unknown or not allowed for the client. `invalid_target` (RFC 8707 §2): a `resource` is not an audience of the platform, the granted scopes or permissions reach no operation of it, or (on refresh) it is outside the session's audiences.
             * @enum {string}
             */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "invalid_target";
            /**
             * @description A human-readable explanation, for developers (never shown to end users).
             * @example The scope rooms:manage is not allowed for this client.
             */
            error_description?: string;
            /**
             * Format: uri
             * @description A page that explains the error.
             * @example https://ilenia.dev/problems/oauth/invalid_scope
             */
            error_uri?: string;
        };
        /**
         * TokenRequest
         * @description A client credentials token request (RFC 6749 §4.4.2), form-urlencoded. The schema is deliberately lenient: RFC 6749 requires unknown parameters to be ignored and every error to be answered in the OAuth format (§5.2), so the endpoint itself checks the parameters and answers `invalid_request`, `unsupported_grant_type`, `invalid_scope` or `invalid_target` rather than a validation problem. Each parameter may therefore arrive as a list (when repeated), which the endpoint answers with `invalid_request`, except `resource`, which RFC 8707 lets a client repeat.
         */
        TokenRequest: {
            /**
             * @description Must be `client_credentials`; any other value is answered with `unsupported_grant_type`.
             * @example client_credentials
             */
            grant_type?: string | string[];
            /**
             * @description The scopes (permission names) wanted, space-separated; all of the client's `allowed_scopes` when absent. A scope outside them is answered with `invalid_scope`.
             * @example events:read agents:token
             */
            scope?: string | string[];
            /**
             * @description The client id, for `client_secret_post`; omit it when using HTTP Basic.
             * @example live-service
             */
            client_id?: string | string[];
            /**
             * @description The client secret, for `client_secret_post`; omit it when using HTTP Basic.
             * @example q8Zt3vN1xR7kP0sW5yB2mD9fH4jL6cA-eGuVoXiT1nE
             */
            client_secret?: string | string[];
            /**
             * @description RFC 8707 resource indicators: the audiences the token is for, repeated for several (`auth-service`, `event-service`, `live-event-service`, `livekit-service`, `live-service`). The token carries only these, plus the audiences of the services they call with the caller's token. Absent: the audiences of every service whose operations the granted scopes unlock. An unknown audience, or one that no granted scope reaches, is answered with `invalid_target`.
             * @example event-service
             */
            resource?: string | string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * TokenResponse
         * @description A successful token response (RFC 6749 §5.1). There is no refresh token for client credentials.
         */
        TokenResponse: {
            /**
             * @description The RS256 JWT access token (RFC 9068). Its `sub` and `client_id` are the client id and its `scope` the granted scopes; it has no `roles` or `permissions`.
             * @example eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6InhuSl9TMG1XYnJLV0hzUHlfdlNFcEltR1ZkV3k1TGNVV3llR2h1WXFMZHcifQ.eyJpc3MiOiJodHRwczovL2lsZW5pYS5leGFtcGxlLm9yZyIsImF1ZCI6WyJldmVudHMtc2VydmljZSIsImxpdmVraXQtcHJvdmlkZXIiLCJsaXZlLXNlcnZpY2UiXSwic3ViIjoibGl2ZS1zZXJ2aWNlIiwiY2xpZW50X2lkIjoibGl2ZS1zZXJ2aWNlIiwiZXhwIjoxNzk1ODg0OTAwLCJpYXQiOjE3OTU4ODQwMDAsIm5iZiI6MTc5NTg4NDAwMCwianRpIjoiNWEyYzllN2ItMGQzZi00YjZhLTljMWUtOGY0ZDJhN2IwZTM2Iiwic2NvcGUiOiJldmVudHM6cmVhZCBhZ2VudHM6dG9rZW4gc2Vzc2lvbl9yZWNvcmRzOndyaXRlIn0.Yq3mB7xZ0kWc9TfL2pRv6HsN1dJ8uGa4EoKiQ5yXbVn
             */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /**
             * @description Seconds until the token expires; request a new one shortly before.
             * @example 900
             */
            expires_in: number;
            /**
             * @description The scopes granted, space-separated (always sent, even when equal to those asked for).
             * @example events:read agents:token
             */
            scope: string;
        };
        /**
         * JsonWebKey
         * @description An RSA public key for verifying RS256 signatures (RFC 7517, RFC 7518 §6.3.1).
         */
        JsonWebKey: {
            /** @constant */
            kty: "RSA";
            /**
             * @description The key id, matched against the `kid` header of a token.
             * @example xnJ_S0mWbrKWHsPy_vSEpImGVdWy5LcUWyeGhuYqLdw
             */
            kid: string;
            /** @constant */
            use: "sig";
            /** @constant */
            alg: "RS256";
            /**
             * @description The modulus, base64url-encoded without padding.
             * @example zEePycNzK0CVIG-HsrIOSuGk0-Uq9loQX7oheEPUaMrIriMlMLS31PrBhTSGI2AbW_AG2BEmwUjEaw0EbOX9rs--i92VroCoNMCzlsnUtHDWubcCPoXDWWVea37TinNobbz2SaOF4BXoINsaf8kdr_-ROAEBJKH8D3ToMkHXq17zRqqtRE34-9aqaBkjAxzgovrWxmad-r0XjzOxNuBjEvh4DbF7pmXf5KR0XkBpc2_C-k7dMl6uuDndOn9os3CR40_M6l4prXWy1dzBKhellMCr394Lm6Mxg4HU1zkgitOcCLp-wE2EXmMwBlVUpSmEn-UMmI-LPhNjYf_94p0S9Q
             */
            n: string;
            /**
             * @description The public exponent, base64url-encoded.
             * @example AQAB
             */
            e: string;
        };
        /**
         * JsonWebKeySet
         * @description The public keys that verify Ilenia access tokens (RFC 7517 §5): the active key and the retired keys whose tokens may still be unexpired.
         */
        JsonWebKeySet: {
            keys: components["schemas"]["JsonWebKey"][];
        };
        /**
         * AuthorizationServerMetadata
         * @description OAuth 2.0 authorization server metadata (RFC 8414 §2).
         */
        AuthorizationServerMetadata: {
            /**
             * Format: uri
             * @description The issuer identifier, equal to the `iss` claim of every token.
             * @example https://ilenia.example.org
             */
            issuer: string;
            /**
             * Format: uri
             * @description Where clients obtain tokens.
             * @example https://ilenia.example.org/api/auth/v2/oauth/token
             */
            token_endpoint: string;
            /**
             * Format: uri
             * @description Where the public signing keys are published.
             * @example https://ilenia.example.org/api/auth/v2/.well-known/jwks.json
             */
            jwks_uri: string;
            /** @description Empty: the service has no authorization endpoint (people sign in with `POST /v2/auth/login`). */
            response_types_supported: string[];
            grant_types_supported: "client_credentials"[];
            token_endpoint_auth_methods_supported: ("client_secret_basic" | "client_secret_post")[];
            /** @description Every scope a client may be allowed: the permission catalogue. */
            scopes_supported: components["schemas"]["PermissionName"][];
            /**
             * Format: uri
             * @description Human-readable documentation of the service.
             * @example https://github.com/ilenia-platform/ilenia
             */
            service_documentation?: string;
        };
        /**
         * Format: password
         * @description A new password: 12 to 128 characters, any script. Passwords found in known breach lists or equal to the email address are refused with 400.
         * @example correct-horse-battery-staple
         */
        Password: string;
        /**
         * ChangePasswordRequest
         * @description The current password, to prove it is really the user, and the new one.
         */
        ChangePasswordRequest: {
            /**
             * Format: password
             * @description The password the user signs in with today.
             */
            current_password: string;
            new_password: components["schemas"]["Password"];
        };
        /**
         * UserList
         * @description A page of users, ordered by email.
         */
        UserList: {
            items: components["schemas"]["User"][];
            /** @description How many users match the filters, over all pages. */
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * CreateUserRequest
         * @description A new user account.
         */
        CreateUserRequest: {
            /**
             * Format: email
             * @description The sign-in email address; 409 when another account already uses it.
             */
            email: string;
            /** @description The name shown to other people. */
            display_name: string;
            password: components["schemas"]["Password"];
            /**
             * @description Ids of the roles to assign; 400 when one does not exist.
             * @default []
             */
            roles?: components["schemas"]["Uuid"][];
        };
        /**
         * UpdateUserRequest
         * @description The fields to change (JSON merge semantics: absent fields stay as they are). Setting `password` or `status: disabled` revokes every refresh token of the user.
         */
        UpdateUserRequest: {
            /**
             * Format: email
             * @description A new sign-in email address; 409 when another account already uses it.
             */
            email?: string;
            /** @description A new display name. */
            display_name?: string;
            status?: components["schemas"]["UserStatus"];
            password?: components["schemas"]["Password"];
            /** @description `null` clears a sign-in lockout caused by failed attempts. */
            locked_until?: null;
        };
        /**
         * RolePermissionSource
         * @description The permission comes from one of the user's roles.
         */
        RolePermissionSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "role";
            role: components["schemas"]["RoleRef"];
        };
        /**
         * @description `grant` gives the user the permission even if no role of theirs holds it; `revoke` withholds it even if a role holds it. A revoke wins over every role.
         * @example grant
         * @enum {string}
         */
        PermissionEffect: "grant" | "revoke";
        /**
         * PermissionOverride
         * @description A grant or revoke of one permission on one user, on top of their roles, with who set it and when.
         */
        PermissionOverride: {
            user_id: components["schemas"]["Uuid"];
            permission: components["schemas"]["PermissionName"];
            effect: components["schemas"]["PermissionEffect"];
            /**
             * @description Why the override was set, as the administrator wrote it.
             * @example Covers for the events team during the summit week.
             */
            reason: string | null;
            /** @description The id of the administrator who set the override (for grants and revokes alike). */
            granted_by: components["schemas"]["Uuid"];
            /** @description When the override was set or last changed. */
            granted_at: components["schemas"]["Timestamp"];
        };
        /**
         * OverridePermissionSource
         * @description The permission is granted (`grant_override`) or withheld (`revoke_override`) by an override on the user.
         */
        OverridePermissionSource: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "grant_override" | "revoke_override";
            override: components["schemas"]["PermissionOverride"];
        };
        /**
         * PermissionSource
         * @description One reason a user has, or lacks, a permission.
         */
        PermissionSource: components["schemas"]["RolePermissionSource"] | components["schemas"]["OverridePermissionSource"];
        /**
         * UserPermission
         * @description One permission of a user and every reason behind it.
         */
        UserPermission: {
            name: components["schemas"]["PermissionName"];
            /** @description Whether the user's next token carries it: true when a role or a grant override gives it and no revoke override withholds it. */
            effective: boolean;
            /** @description The roles that grant it and the override on it, if any. */
            sources: components["schemas"]["PermissionSource"][];
        };
        /**
         * UserPermissions
         * @description A user's permissions and why: every permission that one of their roles or an override touches, including the revoked ones, by name. Permissions nothing gives the user are not listed.
         */
        UserPermissions: {
            user_id: components["schemas"]["Uuid"];
            /** @description The effective permission names, exactly as the next token will carry them. */
            effective: components["schemas"]["PermissionName"][];
            permissions: components["schemas"]["UserPermission"][];
        };
        /**
         * SetPermissionOverrideRequest
         * @description Whether to grant or revoke the permission, and why.
         */
        SetPermissionOverrideRequest: {
            effect: components["schemas"]["PermissionEffect"];
            /** @description Why; recorded in the override and in the audit log. */
            reason?: string;
        };
        /**
         * Person
         * @description What an event manager may know about a person to assign them: their id, the name shown to others and their email. Nothing about their roles, permissions, status or sign-ins.
         */
        Person: {
            id: components["schemas"]["Uuid"];
            /**
             * @description The name shown to other people.
             * @example Sam Speaker
             */
            display_name: string;
            /**
             * Format: email
             * @description The sign-in email address.
             * @example sam.speaker@ilenia.dev
             */
            email: string;
        };
        /**
         * PersonList
         * @description A page of people, ordered by display name and then email.
         */
        PersonList: {
            items: components["schemas"]["Person"][];
            /** @description How many people match, over all pages. */
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * Permission
         * @description An entry of the permission catalogue.
         */
        Permission: {
            name: components["schemas"]["PermissionName"];
            /**
             * @description What the permission allows.
             * @example Create, update, delete events and change their status, channels and assignments.
             */
            description: string;
            /** @description The built-in roles that hold it by default, per the catalogue. */
            default_roles: components["schemas"]["RoleName"][];
            /** @description The roles that grant it now (built-in and custom), which may differ from the defaults after edits. */
            roles: components["schemas"]["RoleRef"][];
        };
        /**
         * PermissionList
         * @description A page of the permission catalogue, by name.
         */
        PermissionList: {
            items: components["schemas"]["Permission"][];
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * Role
         * @description A named set of permissions that users are assigned.
         */
        Role: {
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["RoleName"];
            /**
             * @description What the role is for.
             * @example Organises events, their channels, speakers and listeners.
             */
            description: string;
            /** @description The permissions the role grants, sorted by name. */
            permissions: components["schemas"]["PermissionName"][];
            /** @description True for `admin`, `manager`, `speaker` and `listener`, seeded from the permission catalogue. They cannot be renamed or deleted, and `admin` always holds every permission. */
            built_in: boolean;
            /**
             * @description How many users hold the role.
             * @example 4
             */
            user_count: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /**
             * @description The version, also sent as the `ETag`; every change increments it.
             * @example 1
             */
            version: number;
        };
        /**
         * RoleList
         * @description A page of roles, built-in ones first, then by name.
         */
        RoleList: {
            items: components["schemas"]["Role"][];
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * CreateRoleRequest
         * @description A new custom role.
         */
        CreateRoleRequest: {
            name: components["schemas"]["RoleName"];
            /**
             * @description What the role is for.
             * @default
             */
            description?: string;
            /** @description The permissions the role grants; 400 when one is not in the catalogue. */
            permissions: components["schemas"]["PermissionName"][];
        };
        /**
         * UpdateRoleRequest
         * @description The fields to change. `permissions` replaces the whole list. Built-in roles cannot be renamed, and the permissions of `admin` cannot be changed (409).
         */
        UpdateRoleRequest: {
            name?: components["schemas"]["RoleName"];
            /** @description What the role is for. */
            description?: string;
            /** @description The complete new list of permissions; 400 when one is not in the catalogue. */
            permissions?: components["schemas"]["PermissionName"][];
        };
        /**
         * @description An OAuth client id, chosen when the client is registered: lower case letters, digits and `-`, starting with a letter. It is the `sub` and `client_id` of the client's access tokens.
         * @example live-service
         */
        ClientIdentifier: string;
        /**
         * @description `active` clients can obtain tokens; `disabled` clients are refused with `invalid_client`. Tokens issued before the client was disabled stay valid until they expire.
         * @example active
         * @enum {string}
         */
        ClientStatus: "active" | "disabled";
        /**
         * Client
         * @description An OAuth client: a service that obtains access tokens with the client credentials grant. Its secret is stored hashed and never shown again after creation or rotation.
         */
        Client: {
            client_id: components["schemas"]["ClientIdentifier"];
            /**
             * @description A human-readable name.
             * @example Live service
             */
            name: string;
            /**
             * @description What the client is for.
             * @example Runs the transcription and translation pipeline of live sessions.
             */
            description: string | null;
            status: components["schemas"]["ClientStatus"];
            /** @description The permissions the client may obtain as scopes. A token request without `scope` gets all of them; asking for one outside this list fails with `invalid_scope`. */
            allowed_scopes: components["schemas"]["PermissionName"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** @description When the current secret was issued. */
            secret_rotated_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the client last obtained a token; null if never.
             * @example 2026-11-28T16:55:12Z
             */
            last_used_at: string | null;
            /**
             * @description The version, also sent as the `ETag`; every change increments it.
             * @example 2
             */
            version: number;
        };
        /**
         * ClientList
         * @description A page of OAuth clients, by client id.
         */
        ClientList: {
            items: components["schemas"]["Client"][];
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * CreateClientRequest
         * @description A new OAuth client.
         */
        CreateClientRequest: {
            client_id: components["schemas"]["ClientIdentifier"];
            /** @description A human-readable name. */
            name: string;
            /** @description What the client is for. */
            description?: string;
            /** @description The permissions the client may obtain as scopes; 400 when one is not in the catalogue. */
            allowed_scopes: components["schemas"]["PermissionName"][];
        };
        /**
         * ClientSecret
         * @description A newly issued client secret. It is shown only in this response; store it in the service's secret store now.
         */
        ClientSecret: {
            client_id: components["schemas"]["ClientIdentifier"];
            /**
             * @description The secret, 256 random bits in base64url (43 characters).
             * @example q8Zt3vN1xR7kP0sW5yB2mD9fH4jL6cA-eGuVoXiT1nE
             */
            client_secret: string;
            issued_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description Until when the previous secret keeps working (the grace period asked for); null when it stopped working at once, or when there was no previous secret.
             * @example 2026-11-29T17:00:00Z
             */
            previous_secret_expires_at: string | null;
        };
        /**
         * CreatedClient
         * @description The registered client and its first secret, which is shown only here.
         */
        CreatedClient: {
            client: components["schemas"]["Client"];
            secret: components["schemas"]["ClientSecret"];
        };
        /**
         * UpdateClientRequest
         * @description The fields to change. `allowed_scopes` replaces the whole list and applies to the next token request.
         */
        UpdateClientRequest: {
            /** @description A new name. */
            name?: string;
            /** @description A new description; null removes it. */
            description?: string | null;
            status?: components["schemas"]["ClientStatus"];
            /** @description The complete new list of allowed scopes; 400 when one is not in the catalogue. */
            allowed_scopes?: components["schemas"]["PermissionName"][];
        };
        /**
         * RotateClientSecretRequest
         * @description How long the previous secret keeps working, so the service can be redeployed without downtime.
         */
        RotateClientSecretRequest: {
            /**
             * @description Seconds the previous secret stays valid (at most 7 days); 0 revokes it at once.
             * @default 0
             */
            grace_period_seconds?: number;
        };
        /**
         * SigningKey
         * @description The public metadata of a token signing key; private material never leaves the service. A `next` key is already published in the JWKS but signs nothing until `activates_at`, so that every verifier has it before the first token it signs; the `active` key signs new tokens; a `retired` key no longer signs but stays in the JWKS until every token it signed has expired; an `expired` key is no longer published; a `revoked` key was taken out of the JWKS at once (`POST /v2/keys/{kid}/revoke`), and the tokens it signed are refused.
         */
        SigningKey: {
            /**
             * @description The key id (its RFC 7638 JWK thumbprint), as in the `kid` header of the tokens it signs.
             * @example xnJ_S0mWbrKWHsPy_vSEpImGVdWy5LcUWyeGhuYqLdw
             */
            kid: string;
            /** @constant */
            kty: "RSA";
            /** @constant */
            alg: "RS256";
            /** @constant */
            use: "sig";
            /**
             * @description The RSA modulus length in bits.
             * @example 2048
             * @enum {integer}
             */
            key_size: 2048 | 3072 | 4096;
            /** @enum {string} */
            status: "next" | "active" | "retired" | "expired" | "revoked";
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the key starts (or started) signing; in the future for a `next` key.
             * @example 2026-11-28T09:10:00Z
             */
            activates_at: string;
            /**
             * Format: date-time
             * @description When the key stops (or stopped) signing: the scheduled rotation for the active key (null when no automatic rotation is configured), the rotation time for retired and expired keys.
             * @example 2027-02-26T09:00:00Z
             */
            retires_at: string | null;
            /**
             * Format: date-time
             * @description When the key leaves (or left) the JWKS; null while the key is active.
             * @example null
             */
            expires_at: string | null;
        };
        /**
         * SigningKeyList
         * @description A page of signing keys, newest first.
         */
        SigningKeyList: {
            items: components["schemas"]["SigningKey"][];
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * KeyRotation
         * @description The outcome of a key rotation: the new key is published now and signs from `activates_at`; until then the current key keeps signing.
         */
        KeyRotation: {
            next_key: components["schemas"]["SigningKey"];
            /**
             * Format: date-time
             * @description When the new key starts signing and the current one retires.
             * @example 2026-11-28T09:10:00Z
             */
            activates_at: string;
            /**
             * @description The key that signs until `activates_at`.
             * @example hysNVe-52KkUHUUJ_2JpImvCzjMn6MK2KBzkp-NOffE
             */
            active_kid: string;
            /** @description Every key now in the JWKS (next, active and retired), so tokens signed by any of them verify. */
            published_keys: components["schemas"]["SigningKey"][];
        };
        /**
         * KeyRevocation
         * @description The outcome of revoking a signing key: it is out of the JWKS now, and a new key signs when the revoked one was the active key.
         */
        KeyRevocation: {
            revoked_key: components["schemas"]["SigningKey"];
            /**
             * @description The key that signs from now on (a new one when the active key was revoked).
             * @example xnJ_S0mWbrKWHsPy_vSEpImGVdWy5LcUWyeGhuYqLdw
             */
            active_kid: string;
            /** @description Every key now in the JWKS; the revoked key is not among them. */
            published_keys: components["schemas"]["SigningKey"][];
        };
        /**
         * @description What happened. Sign-in: `login_succeeded`, `login_failed`, `login_throttled` (an email from one client IP, or a client IP, must wait before its next attempt), `account_unlocked` (an administrator cleared a user's counters), `refresh_reused` (a rotated refresh token was presented and its family revoked), `logout`, `password_changed`, `sessions_revoked`; `account_locked` is no longer recorded (it meant the whole account was locked, which strangers could cause) and appears only in older events. Users, roles and permissions: `user_*`, `role_*`, `permission_granted`, `permission_revoked`, `permission_override_removed`. Clients: `client_*`, `client_authentication_failed`, `client_throttled`, `client_unlocked`. Keys: `key_rotated`, `key_revoked`.
         * @example login_failed
         * @enum {string}
         */
        AuditEventType: "login_succeeded" | "login_failed" | "account_locked" | "login_throttled" | "account_unlocked" | "refresh_reused" | "logout" | "password_changed" | "sessions_revoked" | "user_created" | "user_updated" | "user_deleted" | "role_assigned" | "role_removed" | "role_created" | "role_updated" | "role_deleted" | "permission_granted" | "permission_revoked" | "permission_override_removed" | "client_created" | "client_updated" | "client_deleted" | "client_secret_rotated" | "client_authentication_failed" | "client_throttled" | "client_unlocked" | "key_rotated" | "key_revoked";
        /**
         * AuditActor
         * @description Who acted.
         */
        AuditActor: {
            /**
             * @description `user` (a person), `client` (a service with client credentials) or `system` (the service itself, e.g. a scheduled key rotation).
             * @enum {string}
             */
            kind: "user" | "client" | "system";
            /**
             * @description The user id or client id; null for `system`, and for failed sign-ins with an unknown email (the email tried is then in `details.email`).
             * @example 9d3f6b2a-4c8e-4f1a-b7d2-6e0a3c9f5b18
             */
            id: string | null;
        };
        /**
         * AuditTarget
         * @description What was acted upon.
         */
        AuditTarget: {
            /**
             * @description The kind of resource; permission overrides and sessions target their user.
             * @enum {string}
             */
            type: "user" | "role" | "client" | "signing_key";
            /**
             * @description The resource id (user or role UUID, client id, or key id).
             * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
             */
            id: string;
        };
        /**
         * AuditEvent
         * @description One security-relevant event. Events are immutable and kept for `AUDIT_RETENTION_DAYS` (365 by default).
         */
        AuditEvent: {
            id: components["schemas"]["Uuid"];
            type: components["schemas"]["AuditEventType"];
            occurred_at: components["schemas"]["Timestamp"];
            actor: components["schemas"]["AuditActor"];
            /** @description What was acted upon; null when nothing was (e.g. a failed sign-in with an unknown email). */
            target: components["schemas"]["AuditTarget"] | null;
            /**
             * @description The caller's IP address (IPv4 or IPv6, from the gateway's `X-Forwarded-For`); null for `system`.
             * @example 203.0.113.24
             */
            client_ip: string | null;
            /**
             * @description The caller's `User-Agent`, truncated to 512 characters; null when absent.
             * @example Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15
             */
            user_agent: string | null;
            /** @enum {string} */
            outcome: "success" | "failure";
            /**
             * @description The id of the request that caused the event, as in its `X-Request-Id`.
             * @example 01J9Z8Y7X6W5V4T3S2R1Q0P9N8
             */
            request_id?: string | null;
            /** @description Type-specific facts, e.g. `email` and `reason` (`bad_credentials`, `unknown_email`, `account_disabled`, `throttled`) for `login_failed`; `scope` (`account_ip` or `ip`) and `retry_after_seconds` for `login_throttled` and `client_throttled`; `counters_cleared` for `*_unlocked`; `changed` (field names) for `*_updated`; `role` for role assignments; `permission`, `effect` and `reason` for overrides; `old_kid` and `new_kid` for `key_rotated`. Never contains passwords, secrets or tokens. */
            details: {
                [key: string]: unknown;
            };
        };
        /**
         * AuditEventList
         * @description A page of audit events, newest first.
         */
        AuditEventList: {
            items: components["schemas"]["AuditEvent"][];
            total: number;
            limit: number;
            offset: number;
        };
        /**
         * Health
         * @description The service process is up and serving requests.
         */
        Health: {
            /** @constant */
            status: "ok";
            /**
             * @description The service's name.
             * @example events
             */
            service: string;
            /**
             * @description The service's version.
             * @example 0.1.0
             */
            version: string;
            /**
             * @description Seconds since the process started.
             * @example 3600.5
             */
            uptime_seconds?: number;
        };
        /**
         * ReadinessCheck
         * @description The result of checking one dependency.
         */
        ReadinessCheck: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description How long the check took. */
            latency_ms?: number;
            /** @description Why the dependency is down, or what it reports (versions, languages). */
            detail?: string;
            /** @description What the dependency reports about itself (engine capabilities, versions). */
            info?: {
                [key: string]: unknown;
            };
        };
        /**
         * Readiness
         * @description Whether every dependency the service needs is reachable, each with its own result.
         */
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            /** @description One entry per dependency, by name (`database`, `jwks`, `redis`, `stt`, ...). */
            checks: {
                [key: string]: components["schemas"]["ReadinessCheck"];
            };
        };
    };
    responses: {
        /** @description Any other error, as an RFC 9457 problem. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Signed in: a new access token in the body and a new refresh token in the `ilenia_refresh` cookie. */
        SignedIn: {
            headers: {
                "Set-Cookie": components["headers"]["SetRefreshCookie"];
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LoginResponse"];
            };
        };
        /** @description The request does not match the API contract (`application/problem+json`: a parameter or field is invalid, a query parameter is unknown, the body is not valid JSON), or a `resource` is refused (`application/json`, RFC 8707 §2 `invalid_target`: not an audience of the platform, not reached by the user's permissions, or outside the session's audiences on refresh). */
        BadRequestOrInvalidTarget: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The request body is larger than the service accepts (1 MB of JSON or form data unless the operation says otherwise). Send less, or split the request. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body's `Content-Type` is not one the operation accepts (see its request body); JSON bodies are sent as `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests; retry after the number of seconds in `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The refresh cookie is missing, unknown, expired or revoked, was already used (its whole family is then revoked), or its user is disabled. The cookie is cleared; the user must sign in again. */
        RefreshRejected: {
            headers: {
                "Set-Cookie": components["headers"]["ClearRefreshCookie"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request comes from another site: its `Origin` is neither this service's own nor one of `CORS_ORIGINS`, or, without `Origin`, its `Sec-Fetch-Site` is `cross-site` or `same-site`. The session cookie is not used and nothing changes. Requests without either header (no browser) are not refused. */
        CrossSiteRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request does not match the API contract: a parameter or field is invalid, a query parameter is unknown to the operation, the body is not valid JSON, or text holds a NUL character or an unpaired UTF-16 surrogate (which cannot be stored). `errors` lists every invalid field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request carries no valid credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credentials are valid but lack a permission the operation requires. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource does not exist, or is not visible to the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The If-Match version is stale: someone changed the resource since it was read. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The update needs an If-Match header. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state of the resource. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description RFC 8707 resource indicators: the audiences the access token is for, one per parameter (`?resource=live-event-service&resource=event-service`): `auth-service`, `event-service`, `live-event-service`, `livekit-service` or `live-service`. The token (and, at sign-in and refresh, the session) is narrowed to them, plus the audiences of the services they call with the caller's token (the live services read events with it, so `event-service` comes along when reachable). A refresh keeps or narrows the session's audiences, never widens them. Absent: every audience the user's permissions need. An unknown audience, one the permissions do not reach, or one outside the session answers 400 `invalid_target` (RFC 8707 §2) in an OAuth error body.
         * @example [
         *       "live-event-service"
         *     ]
         */
        Resource: string[];
        /** @description How many items to return at most. */
        Limit: number;
        /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
        Offset: number;
        /**
         * @description The user's id.
         * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
         */
        UserId: string;
        /**
         * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description The role's id.
         * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
         */
        RoleId: string;
        /**
         * @description The permission's name, as in the catalogue (`GET /v2/permissions`).
         * @example events:manage_all
         */
        PermissionNameParam: components["schemas"]["PermissionName"];
        /**
         * @description The OAuth client's id (the `client_id` it authenticates with).
         * @example live-service
         */
        ClientId: components["schemas"]["ClientIdentifier"];
        /**
         * @description The signing key's id, as in the `kid` header of the tokens it signs.
         * @example hysNVe-52KkUHUUJ_2JpImvCzjMn6MK2KBzkp-NOffE
         */
        Kid: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The new refresh token in the `ilenia_refresh` cookie: `HttpOnly; Secure; SameSite=Strict; Path=/v2/auth`, with `Max-Age` set to the seconds left in the sign-in session (`REFRESH_TTL_SECONDS`, 30 days by default, counted from the sign-in; refreshes do not extend it).
         * @example ilenia_refresh=rt_Qm9vdHN0cmFwLXJlZnJlc2gtdG9rZW4tZXhhbXBsZQ; Max-Age=2592000; Path=/v2/auth; HttpOnly; Secure; SameSite=Strict
         */
        SetRefreshCookie: string;
        /**
         * @description Responses carrying tokens or secrets must never be cached (RFC 6749 §5.1).
         * @example no-store
         */
        CacheControlNoStore: "no-store";
        /**
         * @description Seconds to wait before retrying.
         * @example 300
         */
        RetryAfter: number;
        /**
         * @description Clears the `ilenia_refresh` cookie (empty value, `Max-Age=0`, same path and attributes).
         * @example ilenia_refresh=; Max-Age=0; Path=/v2/auth; HttpOnly; Secure; SameSite=Strict
         */
        ClearRefreshCookie: string;
        /**
         * @description The HTTP/1.0 counterpart of `Cache-Control: no-store`, for old intermediaries (RFC 6749 §5.1).
         * @example no-cache
         */
        PragmaNoCache: "no-cache";
        /**
         * @description The authentication scheme the token endpoint expects (RFC 6749 §5.2, `invalid_client`).
         * @example Basic realm="ilenia", charset="UTF-8"
         */
        WwwAuthenticateBasic: string;
        /**
         * @description Public, cacheable for a few minutes. Verifiers that meet an unknown `kid` refetch the key set at once, so caching does not delay a key rotation.
         * @example public, max-age=300
         */
        CacheControlPublic: string;
        /**
         * @description The resource's version as a strong entity tag; send it back in `If-Match` to update.
         * @example "3"
         */
        ETag: string;
        /**
         * @description The URL of the resource just created.
         * @example /v2/users/7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
         */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    loginUser: {
        parameters: {
            query?: {
                /**
                 * @description RFC 8707 resource indicators: the audiences the access token is for, one per parameter (`?resource=live-event-service&resource=event-service`): `auth-service`, `event-service`, `live-event-service`, `livekit-service` or `live-service`. The token (and, at sign-in and refresh, the session) is narrowed to them, plus the audiences of the services they call with the caller's token (the live services read events with it, so `event-service` comes along when reachable). A refresh keeps or narrows the session's audiences, never widens them. Absent: every audience the user's permissions need. An unknown audience, one the permissions do not reach, or one outside the session answers 400 `invalid_target` (RFC 8707 §2) in an OAuth error body.
                 * @example [
                 *       "live-event-service"
                 *     ]
                 */
                resource?: components["parameters"]["Resource"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: components["responses"]["SignedIn"];
            400: components["responses"]["BadRequestOrInvalidTarget"];
            /** @description The email and password do not match an active account. Deliberately the same for unknown emails, wrong passwords and disabled accounts. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    refreshAccessToken: {
        parameters: {
            query?: {
                /**
                 * @description RFC 8707 resource indicators: the audiences the access token is for, one per parameter (`?resource=live-event-service&resource=event-service`): `auth-service`, `event-service`, `live-event-service`, `livekit-service` or `live-service`. The token (and, at sign-in and refresh, the session) is narrowed to them, plus the audiences of the services they call with the caller's token (the live services read events with it, so `event-service` comes along when reachable). A refresh keeps or narrows the session's audiences, never widens them. Absent: every audience the user's permissions need. An unknown audience, one the permissions do not reach, or one outside the session answers 400 `invalid_target` (RFC 8707 §2) in an OAuth error body.
                 * @example [
                 *       "live-event-service"
                 *     ]
                 */
                resource?: components["parameters"]["Resource"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SignedIn"];
            400: components["responses"]["BadRequestOrInvalidTarget"];
            401: components["responses"]["RefreshRejected"];
            403: components["responses"]["CrossSiteRefused"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    logoutUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["ClearRefreshCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["CrossSiteRefused"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The access token (RFC 6749 §5.1). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    Pragma: components["headers"]["PragmaNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description The request is malformed (`invalid_request`: missing or repeated parameter, credentials sent both ways, a body that is not a form or is too large, an unknown query parameter, text that holds a NUL character), the grant is not `client_credentials` (`unsupported_grant_type`), the client may not use it (`unauthorized_client`), a scope is unknown or not allowed (`invalid_scope`), or a `resource` is unknown or not reached by the granted scopes (`invalid_target`). */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Client authentication failed (`invalid_client`): unknown client, wrong or expired secret, disabled client, or no credentials. `WWW-Authenticate` names the Basic scheme. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WwwAuthenticateBasic"];
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getJsonWebKeySet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlPublic"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getAuthorizationServerMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metadata. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlPublic"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationServerMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The token belongs to a service (client credentials), not to a user. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description The password is changed and the other sessions are revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is invalid, the new password breaks the policy (too short, breached, equal to the email or to the current one), or the current password is wrong; `errors` names the field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Case-insensitive text contained in the email or the display name.
                 * @example maria
                 */
                q?: string;
                /**
                 * @description Only users holding the role with this name.
                 * @example speaker
                 */
                role?: components["schemas"]["RoleName"];
                /**
                 * @description Only users with this status.
                 * @example active
                 */
                status?: components["schemas"]["UserStatus"];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Another account already uses this email. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Administrators cannot delete their own account. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The new email is already used by another account, or administrators tried to disable themselves. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    assignUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description The role's id.
                 * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user now holds the role. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such user, or no such role. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    removeUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description The role's id.
                 * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user does not hold the role (any more). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The user is the last active administrator. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    getUserPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's permissions and their sources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPermissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    setUserPermissionOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description The permission's name, as in the catalogue (`GET /v2/permissions`).
                 * @example events:manage_all
                 */
                permission: components["parameters"]["PermissionNameParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPermissionOverrideRequest"];
            };
        };
        responses: {
            /** @description The override now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionOverride"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such user, or the permission is not in the catalogue. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    deleteUserPermissionOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description The permission's name, as in the catalogue (`GET /v2/permissions`).
                 * @example events:manage_all
                 */
                permission: components["parameters"]["PermissionNameParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user has no override of this permission. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    revokeUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user has no valid session left. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    unlockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id.
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No failed-attempt counter of the user's email is left. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    searchPeople: {
        parameters: {
            query?: {
                /**
                 * @description Case-insensitive text contained in the display name or the email.
                 * @example sam
                 */
                q?: string;
                /** @description Only the people with these ids. Repeat the parameter for several (`?id=…&id=…`); a comma-separated list is not accepted (400). */
                id?: components["schemas"]["Uuid"][];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the catalogue, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            /** @description The role was created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description A role with this name exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The role's id.
                 * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The role's id.
                 * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The role is built in, or users still hold it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The role's id.
                 * @example c2f5a8d1-6e9b-4c3a-a7d4-1f6b9e2c8a05
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            /** @description The updated role. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The name is taken, a built-in role would be renamed, or the permissions of `admin` would change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClientRequest"];
            };
        };
        responses: {
            /** @description The client was registered; its secret is shown this once. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedClient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description A client with this id exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClientRequest"];
            };
        };
        responses: {
            /** @description The updated client. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    rotateClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateClientSecretRequest"];
            };
        };
        responses: {
            /** @description The new secret, shown this once. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    unlockClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The OAuth client's id (the `client_id` it authenticates with).
                 * @example live-service
                 */
                client_id: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No failed-authentication counter of the client is left. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listSigningKeys: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    rotateSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was rotated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Another rotation is in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    revokeSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The signing key's id, as in the `kid` header of the tokens it signs.
                 * @example hysNVe-52KkUHUUJ_2JpImvCzjMn6MK2KBzkp-NOffE
                 */
                kid: components["parameters"]["Kid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRevocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events by this actor (user id or client id).
                 * @example 9d3f6b2a-4c8e-4f1a-b7d2-6e0a3c9f5b18
                 */
                actor_id?: string;
                /**
                 * @description Only events about this target (user or role id, client id, or key id).
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                target_id?: string;
                /**
                 * @description Only events of these types (repeat the parameter for several).
                 * @example [
                 *       "login_failed",
                 *       "login_throttled"
                 *     ]
                 */
                type?: components["schemas"]["AuditEventType"][];
                /**
                 * @description Only successful or only failed actions.
                 * @example failure
                 */
                outcome?: "success" | "failure";
                /**
                 * @description Only events that occurred at or after this time.
                 * @example 2026-11-28T00:00:00Z
                 */
                since?: string;
                /**
                 * @description Only events that occurred before this time; 400 when not after `since`.
                 * @example 2026-11-29T00:00:00Z
                 */
                until?: string;
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency is reachable. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            /** @description At least one dependency is down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
}
