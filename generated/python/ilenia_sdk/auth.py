# GENERATED FILE - DO NOT EDIT.
# Source: specs/openapi/auth/openapi.yaml
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""Ilenia auth service 0.1.0: models and client."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import ApiClient, adapter, path_segment as _path

class LoginRequest(BaseModel):
    """Email and password."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The sign-in email address (case-insensitive).
    email: str
    #: The password.
    password: str


class ValidationIssue(BaseModel):
    """One field that failed validation."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: Where the field was.
    location: Literal["path", "query", "header", "cookie", "body"]
    #: The JSON pointer of the field inside its location (empty for the location itself).
    path: Optional[str] = None
    #: What is wrong with it.
    message: str


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: A URI that identifies the kind of problem; `about:blank` when the HTTP status says it all.
    type: str
    #: A short, human-readable summary of the kind of problem.
    title: str
    #: The HTTP status code of this occurrence.
    status: int
    #: A human-readable explanation of this occurrence.
    detail: Optional[str] = None
    #: The request path of this occurrence.
    instance: Optional[str] = None
    #: The request id, also in the `X-Request-Id` response header; quote it when reporting a problem.
    request_id: Optional[str] = None
    #: One entry per invalid field, for validation problems.
    errors: Optional[List['ValidationIssue']] = None
    #: The permissions the caller lacks, for 403 problems.
    missing_permissions: Optional[List[str]] = None
    #: The allowed values or transitions, for conflicts such as a forbidden status change.
    allowed: Optional[List[str]] = None


#: A UUID.
Uuid = str


#: `active` users can sign in; `disabled` users cannot (they get the same 401 as a wrong password) and their refresh tokens are revoked.
UserStatus = Literal["active", "disabled"]


#: A role's unique name, as it appears in the `roles` claim of access tokens: lower case letters, digits, `_` and `-`, starting with a letter.
RoleName = str


class RoleRef(BaseModel):
    """A role, by id and name."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    id: 'Uuid'
    name: 'RoleName'


#: A permission name from the catalogue (`specs/permissions.yaml`), `<resource>:<action>`.
PermissionName = str


#: An RFC 3339 date and time with a timezone offset.
Timestamp = str


class User(BaseModel):
    """A user account, with its roles and the effective permissions its next token will carry."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    id: 'Uuid'
    #: The sign-in email address, unique (compared case-insensitively).
    email: str
    #: The name shown to other people.
    display_name: str
    status: 'UserStatus'
    #: The roles assigned to the user.
    roles: List['RoleRef']
    #: The effective permissions: those of the roles, plus grant overrides, minus revoke overrides, sorted by name.
    permissions: List['PermissionName']
    created_at: 'Timestamp'
    updated_at: 'Timestamp'
    #: When the user last signed in with their password; null if never.
    last_login_at: Optional[str]
    #: Until when sign-in is delayed after too many failed attempts from some client IP (the latest such delay; other addresses can still sign in); null when there is none.
    locked_until: Optional[str]
    #: The version, also sent as the `ETag` (`"3"`); every change increments it.
    version: int


class LoginResponse(BaseModel):
    """A new access token for the signed-in user, with the user it identifies."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The RS256 JWT access token (RFC 9068 profile; see the claims in the API description).
    access_token: str
    #: Send the token as `Authorization: Bearer <access_token>`.
    token_type: Literal["Bearer"]
    #: Seconds until the access token expires; refresh a little before.
    expires_in: int
    #: Seconds until the sign-in session (the refresh cookie) ends and the user must sign in again.
    refresh_expires_in: int
    user: 'User'


class OAuthError(BaseModel):
    """An OAuth 2.0 error response (RFC 6749 §5.2)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: `invalid_request`: a parameter is missing, repeated or malformed, or credentials were sent both ways.
    error: Literal["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope", "invalid_target"]
    #: A human-readable explanation, for developers (never shown to end users).
    error_description: Optional[str] = None
    #: A page that explains the error.
    error_uri: Optional[str] = None


class TokenRequest(BaseModel):
    """A client credentials token request (RFC 6749 §4.4.2), form-urlencoded."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: Must be `client_credentials`; any other value is answered with `unsupported_grant_type`.
    grant_type: Optional[Union[str, List[str]]] = None
    #: The scopes (permission names) wanted, space-separated; all of the client's `allowed_scopes` when absent.
    scope: Optional[Union[str, List[str]]] = None
    #: The client id, for `client_secret_post`; omit it when using HTTP Basic.
    client_id: Optional[Union[str, List[str]]] = None
    #: The client secret, for `client_secret_post`; omit it when using HTTP Basic.
    client_secret: Optional[Union[str, List[str]]] = None
    #: RFC 8707 resource indicators: the audiences the token is for, repeated for several (`auth-service`, `event-service`, `live-event-service`, `livekit-service`, `live-service`).
    resource: Optional[Union[str, List[str]]] = None


class TokenResponse(BaseModel):
    """A successful token response (RFC 6749 §5.1)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The RS256 JWT access token (RFC 9068).
    access_token: str
    token_type: Literal["Bearer"]
    #: Seconds until the token expires; request a new one shortly before.
    expires_in: int
    #: The scopes granted, space-separated (always sent, even when equal to those asked for).
    scope: str


class JsonWebKey(BaseModel):
    """An RSA public key for verifying RS256 signatures (RFC 7517, RFC 7518 §6.3.1)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    kty: Literal["RSA"]
    #: The key id, matched against the `kid` header of a token.
    kid: str
    use: Literal["sig"]
    alg: Literal["RS256"]
    #: The modulus, base64url-encoded without padding.
    n: str
    #: The public exponent, base64url-encoded.
    e: str


class JsonWebKeySet(BaseModel):
    """The public keys that verify Ilenia access tokens (RFC 7517 §5): the active key and the retired keys whose tokens may still be unexpired."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    keys: List['JsonWebKey']


class AuthorizationServerMetadata(BaseModel):
    """OAuth 2.0 authorization server metadata (RFC 8414 §2)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The issuer identifier, equal to the `iss` claim of every token.
    issuer: str
    #: Where clients obtain tokens.
    token_endpoint: str
    #: Where the public signing keys are published.
    jwks_uri: str
    #: Empty: the service has no authorization endpoint (people sign in with `POST /v2/auth/login`).
    response_types_supported: List[str]
    grant_types_supported: List[Literal["client_credentials"]]
    token_endpoint_auth_methods_supported: List[Literal["client_secret_basic", "client_secret_post"]]
    #: Every scope a client may be allowed: the permission catalogue.
    scopes_supported: List['PermissionName']
    #: Human-readable documentation of the service.
    service_documentation: Optional[str] = None


#: A new password: 12 to 128 characters, any script.
Password = str


class ChangePasswordRequest(BaseModel):
    """The current password, to prove it is really the user, and the new one."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The password the user signs in with today.
    current_password: str
    new_password: 'Password'


class UserList(BaseModel):
    """A page of users, ordered by email."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['User']
    #: How many users match the filters, over all pages.
    total: int
    limit: int
    offset: int


class CreateUserRequest(BaseModel):
    """A new user account."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The sign-in email address; 409 when another account already uses it.
    email: str
    #: The name shown to other people.
    display_name: str
    password: 'Password'
    #: Ids of the roles to assign; 400 when one does not exist.
    roles: Optional[List['Uuid']] = None


class UpdateUserRequest(BaseModel):
    """The fields to change (JSON merge semantics: absent fields stay as they are)."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: A new sign-in email address; 409 when another account already uses it.
    email: Optional[str] = None
    #: A new display name.
    display_name: Optional[str] = None
    status: Optional['UserStatus'] = None
    password: Optional['Password'] = None
    #: `null` clears a sign-in lockout caused by failed attempts.
    locked_until: Optional[Optional[Any]] = None


class RolePermissionSource(BaseModel):
    """The permission comes from one of the user's roles."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    kind: Literal["role"]
    role: 'RoleRef'


#: `grant` gives the user the permission even if no role of theirs holds it; `revoke` withholds it even if a role holds it.
PermissionEffect = Literal["grant", "revoke"]


class PermissionOverride(BaseModel):
    """A grant or revoke of one permission on one user, on top of their roles, with who set it and when."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    user_id: 'Uuid'
    permission: 'PermissionName'
    effect: 'PermissionEffect'
    #: Why the override was set, as the administrator wrote it.
    reason: Optional[str]
    #: The id of the administrator who set the override (for grants and revokes alike).
    granted_by: 'Uuid'
    #: When the override was set or last changed.
    granted_at: 'Timestamp'


class OverridePermissionSource(BaseModel):
    """The permission is granted (`grant_override`) or withheld (`revoke_override`) by an override on the user."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    kind: Literal["grant_override", "revoke_override"]
    override: 'PermissionOverride'


#: One reason a user has, or lacks, a permission.
PermissionSource = Union['RolePermissionSource', 'OverridePermissionSource']


class UserPermission(BaseModel):
    """One permission of a user and every reason behind it."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    name: 'PermissionName'
    #: Whether the user's next token carries it: true when a role or a grant override gives it and no revoke override withholds it.
    effective: bool
    #: The roles that grant it and the override on it, if any.
    sources: List['PermissionSource']


class UserPermissions(BaseModel):
    """A user's permissions and why: every permission that one of their roles or an override touches, including the revoked ones, by name."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    user_id: 'Uuid'
    #: The effective permission names, exactly as the next token will carry them.
    effective: List['PermissionName']
    permissions: List['UserPermission']


class SetPermissionOverrideRequest(BaseModel):
    """Whether to grant or revoke the permission, and why."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    effect: 'PermissionEffect'
    #: Why; recorded in the override and in the audit log.
    reason: Optional[str] = None


class Person(BaseModel):
    """What an event manager may know about a person to assign them: their id, the name shown to others and their email."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    id: 'Uuid'
    #: The name shown to other people.
    display_name: str
    #: The sign-in email address.
    email: str


class PersonList(BaseModel):
    """A page of people, ordered by display name and then email."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Person']
    #: How many people match, over all pages.
    total: int
    limit: int
    offset: int


class Permission(BaseModel):
    """An entry of the permission catalogue."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    name: 'PermissionName'
    #: What the permission allows.
    description: str
    #: The built-in roles that hold it by default, per the catalogue.
    default_roles: List['RoleName']
    #: The roles that grant it now (built-in and custom), which may differ from the defaults after edits.
    roles: List['RoleRef']


class PermissionList(BaseModel):
    """A page of the permission catalogue, by name."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Permission']
    total: int
    limit: int
    offset: int


class Role(BaseModel):
    """A named set of permissions that users are assigned."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    id: 'Uuid'
    name: 'RoleName'
    #: What the role is for.
    description: str
    #: The permissions the role grants, sorted by name.
    permissions: List['PermissionName']
    #: True for `admin`, `manager`, `speaker` and `listener`, seeded from the permission catalogue.
    built_in: bool
    #: How many users hold the role.
    user_count: int
    created_at: 'Timestamp'
    updated_at: 'Timestamp'
    #: The version, also sent as the `ETag`; every change increments it.
    version: int


class RoleList(BaseModel):
    """A page of roles, built-in ones first, then by name."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Role']
    total: int
    limit: int
    offset: int


class CreateRoleRequest(BaseModel):
    """A new custom role."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    name: 'RoleName'
    #: What the role is for.
    description: Optional[str] = None
    #: The permissions the role grants; 400 when one is not in the catalogue.
    permissions: List['PermissionName']


class UpdateRoleRequest(BaseModel):
    """The fields to change."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    name: Optional['RoleName'] = None
    #: What the role is for.
    description: Optional[str] = None
    #: The complete new list of permissions; 400 when one is not in the catalogue.
    permissions: Optional[List['PermissionName']] = None


#: An OAuth client id, chosen when the client is registered: lower case letters, digits and `-`, starting with a letter.
ClientIdentifier = str


#: `active` clients can obtain tokens; `disabled` clients are refused with `invalid_client`.
ClientStatus = Literal["active", "disabled"]


class Client(BaseModel):
    """An OAuth client: a service that obtains access tokens with the client credentials grant."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    client_id: 'ClientIdentifier'
    #: A human-readable name.
    name: str
    #: What the client is for.
    description: Optional[str]
    status: 'ClientStatus'
    #: The permissions the client may obtain as scopes.
    allowed_scopes: List['PermissionName']
    created_at: 'Timestamp'
    updated_at: 'Timestamp'
    #: When the current secret was issued.
    secret_rotated_at: 'Timestamp'
    #: When the client last obtained a token; null if never.
    last_used_at: Optional[str]
    #: The version, also sent as the `ETag`; every change increments it.
    version: int


class ClientList(BaseModel):
    """A page of OAuth clients, by client id."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Client']
    total: int
    limit: int
    offset: int


class CreateClientRequest(BaseModel):
    """A new OAuth client."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    client_id: 'ClientIdentifier'
    #: A human-readable name.
    name: str
    #: What the client is for.
    description: Optional[str] = None
    #: The permissions the client may obtain as scopes; 400 when one is not in the catalogue.
    allowed_scopes: List['PermissionName']


class ClientSecret(BaseModel):
    """A newly issued client secret."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    client_id: 'ClientIdentifier'
    #: The secret, 256 random bits in base64url (43 characters).
    client_secret: str
    issued_at: 'Timestamp'
    #: Until when the previous secret keeps working (the grace period asked for); null when it stopped working at once, or when there was no previous secret.
    previous_secret_expires_at: Optional[str]


class CreatedClient(BaseModel):
    """The registered client and its first secret, which is shown only here."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    client: 'Client'
    secret: 'ClientSecret'


class UpdateClientRequest(BaseModel):
    """The fields to change."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: A new name.
    name: Optional[str] = None
    #: A new description; null removes it.
    description: Optional[Optional[str]] = None
    status: Optional['ClientStatus'] = None
    #: The complete new list of allowed scopes; 400 when one is not in the catalogue.
    allowed_scopes: Optional[List['PermissionName']] = None


class RotateClientSecretRequest(BaseModel):
    """How long the previous secret keeps working, so the service can be redeployed without downtime."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: Seconds the previous secret stays valid (at most 7 days); 0 revokes it at once.
    grace_period_seconds: Optional[int] = None


class SigningKey(BaseModel):
    """The public metadata of a token signing key; private material never leaves the service."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The key id (its RFC 7638 JWK thumbprint), as in the `kid` header of the tokens it signs.
    kid: str
    kty: Literal["RSA"]
    alg: Literal["RS256"]
    use: Literal["sig"]
    #: The RSA modulus length in bits.
    key_size: Literal[2048, 3072, 4096]
    status: Literal["next", "active", "retired", "expired", "revoked"]
    created_at: 'Timestamp'
    #: When the key starts (or started) signing; in the future for a `next` key.
    activates_at: str
    #: When the key stops (or stopped) signing: the scheduled rotation for the active key (null when no automatic rotation is configured), the rotation time for retired and expired keys.
    retires_at: Optional[str]
    #: When the key leaves (or left) the JWKS; null while the key is active.
    expires_at: Optional[str]


class SigningKeyList(BaseModel):
    """A page of signing keys, newest first."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['SigningKey']
    total: int
    limit: int
    offset: int


class KeyRotation(BaseModel):
    """The outcome of a key rotation: the new key is published now and signs from `activates_at`; until then the current key keeps signing."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    next_key: 'SigningKey'
    #: When the new key starts signing and the current one retires.
    activates_at: str
    #: The key that signs until `activates_at`.
    active_kid: str
    #: Every key now in the JWKS (next, active and retired), so tokens signed by any of them verify.
    published_keys: List['SigningKey']


class KeyRevocation(BaseModel):
    """The outcome of revoking a signing key: it is out of the JWKS now, and a new key signs when the revoked one was the active key."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    revoked_key: 'SigningKey'
    #: The key that signs from now on (a new one when the active key was revoked).
    active_kid: str
    #: Every key now in the JWKS; the revoked key is not among them.
    published_keys: List['SigningKey']


#: What happened.
AuditEventType = Literal["login_succeeded", "login_failed", "account_locked", "login_throttled", "account_unlocked", "refresh_reused", "logout", "password_changed", "sessions_revoked", "user_created", "user_updated", "user_deleted", "role_assigned", "role_removed", "role_created", "role_updated", "role_deleted", "permission_granted", "permission_revoked", "permission_override_removed", "client_created", "client_updated", "client_deleted", "client_secret_rotated", "client_authentication_failed", "client_throttled", "client_unlocked", "key_rotated", "key_revoked"]


class AuditActor(BaseModel):
    """Who acted."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: `user` (a person), `client` (a service with client credentials) or `system` (the service itself, e.g.
    kind: Literal["user", "client", "system"]
    #: The user id or client id; null for `system`, and for failed sign-ins with an unknown email (the email tried is then in `details.email`).
    id: Optional[str]


class AuditTarget(BaseModel):
    """What was acted upon."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The kind of resource; permission overrides and sessions target their user.
    type: Literal["user", "role", "client", "signing_key"]
    #: The resource id (user or role UUID, client id, or key id).
    id: str


class AuditEvent(BaseModel):
    """One security-relevant event."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    id: 'Uuid'
    type: 'AuditEventType'
    occurred_at: 'Timestamp'
    actor: 'AuditActor'
    #: What was acted upon; null when nothing was (e.g.
    target: Union['AuditTarget', Optional[Any]]
    #: The caller's IP address (IPv4 or IPv6, from the gateway's `X-Forwarded-For`); null for `system`.
    client_ip: Optional[str]
    #: The caller's `User-Agent`, truncated to 512 characters; null when absent.
    user_agent: Optional[str]
    outcome: Literal["success", "failure"]
    #: The id of the request that caused the event, as in its `X-Request-Id`.
    request_id: Optional[Optional[str]] = None
    #: Type-specific facts, e.g.
    details: Dict[str, Any]


class AuditEventList(BaseModel):
    """A page of audit events, newest first."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['AuditEvent']
    total: int
    limit: int
    offset: int


class Health(BaseModel):
    """The service process is up and serving requests."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    status: Literal["ok"]
    #: The service's name.
    service: str
    #: The service's version.
    version: str
    #: Seconds since the process started.
    uptime_seconds: Optional[float] = None


class ReadinessCheck(BaseModel):
    """The result of checking one dependency."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    status: Literal["up", "down"]
    #: How long the check took.
    latency_ms: Optional[float] = None
    #: Why the dependency is down, or what it reports (versions, languages).
    detail: Optional[str] = None
    #: What the dependency reports about itself (engine capabilities, versions).
    info: Optional[Dict[str, Any]] = None


class Readiness(BaseModel):
    """Whether every dependency the service needs is reachable, each with its own result."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    status: Literal["ready", "not_ready"]
    #: One entry per dependency, by name (`database`, `jwks`, `redis`, `stt`, ...).
    checks: Dict[str, 'ReadinessCheck']


for _model in (LoginRequest, ValidationIssue, Problem, RoleRef, User, LoginResponse, OAuthError, TokenRequest, TokenResponse, JsonWebKey, JsonWebKeySet, AuthorizationServerMetadata, ChangePasswordRequest, UserList, CreateUserRequest, UpdateUserRequest, RolePermissionSource, PermissionOverride, OverridePermissionSource, UserPermission, UserPermissions, SetPermissionOverrideRequest, Person, PersonList, Permission, PermissionList, Role, RoleList, CreateRoleRequest, UpdateRoleRequest, Client, ClientList, CreateClientRequest, ClientSecret, CreatedClient, UpdateClientRequest, RotateClientSecretRequest, SigningKey, SigningKeyList, KeyRotation, KeyRevocation, AuditActor, AuditTarget, AuditEvent, AuditEventList, Health, ReadinessCheck, Readiness,):
    _model.model_rebuild()


_login_user_200 = adapter(LoginResponse)
_refresh_access_token_200 = adapter(LoginResponse)
_issue_token_200 = adapter(TokenResponse)
_get_json_web_key_set_200 = adapter(JsonWebKeySet)
_get_authorization_server_metadata_200 = adapter(AuthorizationServerMetadata)
_get_current_user_200 = adapter(User)
_list_users_200 = adapter(UserList)
_create_user_201 = adapter(User)
_get_user_200 = adapter(User)
_update_user_200 = adapter(User)
_assign_user_role_200 = adapter(User)
_get_user_permissions_200 = adapter(UserPermissions)
_set_user_permission_override_200 = adapter(PermissionOverride)
_search_people_200 = adapter(PersonList)
_list_permissions_200 = adapter(PermissionList)
_list_roles_200 = adapter(RoleList)
_create_role_201 = adapter(Role)
_get_role_200 = adapter(Role)
_update_role_200 = adapter(Role)
_list_clients_200 = adapter(ClientList)
_create_client_201 = adapter(CreatedClient)
_get_client_200 = adapter(Client)
_update_client_200 = adapter(Client)
_rotate_client_secret_200 = adapter(ClientSecret)
_list_signing_keys_200 = adapter(SigningKeyList)
_rotate_signing_key_200 = adapter(KeyRotation)
_revoke_signing_key_200 = adapter(KeyRevocation)
_list_audit_events_200 = adapter(AuditEventList)
_get_health_200 = adapter(Health)
_get_readiness_200 = adapter(Readiness)


class AuthClient(ApiClient):
    """One method per operation of Ilenia auth service; errors raise ProblemError subclasses."""

    def login_user(self, body: Union['LoginRequest', Dict[str, Any]], *, resource: Optional[List[str]] = None) -> 'LoginResponse':
        """Sign in with email and password (`POST /v2/auth/login`)."""
        return self._call(
            "loginUser",
            "POST",
            "/v2/auth/login",
            secured=False,
            query={"resource": resource},
            expects={"200": ("json", _login_user_200)}, body=body,
        )

    def refresh_access_token(self, *, resource: Optional[List[str]] = None) -> 'LoginResponse':
        """Refresh the access token (`POST /v2/auth/refresh`)."""
        return self._call(
            "refreshAccessToken",
            "POST",
            "/v2/auth/refresh",
            secured=False,
            query={"resource": resource},
            expects={"200": ("json", _refresh_access_token_200)},
        )

    def logout_user(self) -> None:
        """Sign out (`POST /v2/auth/logout`)."""
        return self._call(
            "logoutUser",
            "POST",
            "/v2/auth/logout",
            secured=False,
            expects={"204": ("none", None)},
        )

    def issue_token(self, body: Union['TokenRequest', Dict[str, Any]]) -> 'TokenResponse':
        """Obtain a token with client credentials (`POST /v2/oauth/token`)."""
        return self._call(
            "issueToken",
            "POST",
            "/v2/oauth/token",
            secured=False,
            expects={"200": ("json", _issue_token_200)}, form=body,
        )

    def get_json_web_key_set(self) -> 'JsonWebKeySet':
        """Get the public signing keys (`GET /v2/.well-known/jwks.json`)."""
        return self._call(
            "getJsonWebKeySet",
            "GET",
            "/v2/.well-known/jwks.json",
            secured=False,
            expects={"200": ("json", _get_json_web_key_set_200)},
        )

    def get_authorization_server_metadata(self) -> 'AuthorizationServerMetadata':
        """Get the authorization server metadata (`GET /.well-known/oauth-authorization-server`)."""
        return self._call(
            "getAuthorizationServerMetadata",
            "GET",
            "/.well-known/oauth-authorization-server",
            secured=False,
            expects={"200": ("json", _get_authorization_server_metadata_200)},
        )

    def get_current_user(self) -> 'User':
        """Get the signed-in user (`GET /v2/users/me`)."""
        return self._call(
            "getCurrentUser",
            "GET",
            "/v2/users/me",
            secured=True,
            expects={"200": ("json", _get_current_user_200)},
        )

    def change_own_password(self, body: Union['ChangePasswordRequest', Dict[str, Any]]) -> None:
        """Change the signed-in user's password (`PUT /v2/users/me/password`)."""
        return self._call(
            "changeOwnPassword",
            "PUT",
            "/v2/users/me/password",
            secured=True,
            expects={"204": ("none", None)}, body=body,
        )

    def list_users(self, *, q: Optional[str] = None, role: Optional['RoleName'] = None, status: Optional['UserStatus'] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'UserList':
        """List users (`GET /v2/users`)."""
        return self._call(
            "listUsers",
            "GET",
            "/v2/users",
            secured=True,
            query={"q": q, "role": role, "status": status, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_users_200)},
        )

    def create_user(self, body: Union['CreateUserRequest', Dict[str, Any]]) -> 'User':
        """Create a user (`POST /v2/users`)."""
        return self._call(
            "createUser",
            "POST",
            "/v2/users",
            secured=True,
            expects={"201": ("json", _create_user_201)}, body=body,
        )

    def get_user(self, user_id: str) -> 'User':
        """Get a user (`GET /v2/users/{user_id}`)."""
        return self._call(
            "getUser",
            "GET",
            f"/v2/users/{_path(user_id)}",
            secured=True,
            expects={"200": ("json", _get_user_200)},
        )

    def delete_user(self, user_id: str) -> None:
        """Delete a user (`DELETE /v2/users/{user_id}`)."""
        return self._call(
            "deleteUser",
            "DELETE",
            f"/v2/users/{_path(user_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def update_user(self, user_id: str, body: Union['UpdateUserRequest', Dict[str, Any]], *, if_match: str) -> 'User':
        """Update a user (`PATCH /v2/users/{user_id}`)."""
        return self._call(
            "updateUser",
            "PATCH",
            f"/v2/users/{_path(user_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"200": ("json", _update_user_200)}, body=body,
        )

    def assign_user_role(self, user_id: str, role_id: str) -> 'User':
        """Assign a role to a user (`PUT /v2/users/{user_id}/roles/{role_id}`)."""
        return self._call(
            "assignUserRole",
            "PUT",
            f"/v2/users/{_path(user_id)}/roles/{_path(role_id)}",
            secured=True,
            expects={"200": ("json", _assign_user_role_200)},
        )

    def remove_user_role(self, user_id: str, role_id: str) -> None:
        """Remove a role from a user (`DELETE /v2/users/{user_id}/roles/{role_id}`)."""
        return self._call(
            "removeUserRole",
            "DELETE",
            f"/v2/users/{_path(user_id)}/roles/{_path(role_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def get_user_permissions(self, user_id: str) -> 'UserPermissions':
        """Explain a user's permissions (`GET /v2/users/{user_id}/permissions`)."""
        return self._call(
            "getUserPermissions",
            "GET",
            f"/v2/users/{_path(user_id)}/permissions",
            secured=True,
            expects={"200": ("json", _get_user_permissions_200)},
        )

    def set_user_permission_override(self, user_id: str, permission: 'PermissionName', body: Union['SetPermissionOverrideRequest', Dict[str, Any]]) -> 'PermissionOverride':
        """Grant or revoke one permission on a user (`PUT /v2/users/{user_id}/permissions/{permission}`)."""
        return self._call(
            "setUserPermissionOverride",
            "PUT",
            f"/v2/users/{_path(user_id)}/permissions/{_path(permission)}",
            secured=True,
            expects={"200": ("json", _set_user_permission_override_200)}, body=body,
        )

    def delete_user_permission_override(self, user_id: str, permission: 'PermissionName') -> None:
        """Remove a permission override from a user (`DELETE /v2/users/{user_id}/permissions/{permission}`)."""
        return self._call(
            "deleteUserPermissionOverride",
            "DELETE",
            f"/v2/users/{_path(user_id)}/permissions/{_path(permission)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def revoke_user_sessions(self, user_id: str) -> None:
        """Sign a user out everywhere (`DELETE /v2/users/{user_id}/sessions`)."""
        return self._call(
            "revokeUserSessions",
            "DELETE",
            f"/v2/users/{_path(user_id)}/sessions",
            secured=True,
            expects={"204": ("none", None)},
        )

    def unlock_user(self, user_id: str) -> None:
        """Lift a user's sign-in throttling (`POST /v2/users/{user_id}/unlock`)."""
        return self._call(
            "unlockUser",
            "POST",
            f"/v2/users/{_path(user_id)}/unlock",
            secured=True,
            expects={"204": ("none", None)},
        )

    def search_people(self, *, q: Optional[str] = None, id: Optional[List['Uuid']] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'PersonList':
        """Search people (`GET /v2/people`)."""
        return self._call(
            "searchPeople",
            "GET",
            "/v2/people",
            secured=True,
            query={"q": q, "id": id, "limit": limit, "offset": offset},
            expects={"200": ("json", _search_people_200)},
        )

    def list_permissions(self, *, limit: Optional[int] = None, offset: Optional[int] = None) -> 'PermissionList':
        """List the permission catalogue (`GET /v2/permissions`)."""
        return self._call(
            "listPermissions",
            "GET",
            "/v2/permissions",
            secured=True,
            query={"limit": limit, "offset": offset},
            expects={"200": ("json", _list_permissions_200)},
        )

    def list_roles(self, *, limit: Optional[int] = None, offset: Optional[int] = None) -> 'RoleList':
        """List roles (`GET /v2/roles`)."""
        return self._call(
            "listRoles",
            "GET",
            "/v2/roles",
            secured=True,
            query={"limit": limit, "offset": offset},
            expects={"200": ("json", _list_roles_200)},
        )

    def create_role(self, body: Union['CreateRoleRequest', Dict[str, Any]]) -> 'Role':
        """Create a role (`POST /v2/roles`)."""
        return self._call(
            "createRole",
            "POST",
            "/v2/roles",
            secured=True,
            expects={"201": ("json", _create_role_201)}, body=body,
        )

    def get_role(self, role_id: str) -> 'Role':
        """Get a role (`GET /v2/roles/{role_id}`)."""
        return self._call(
            "getRole",
            "GET",
            f"/v2/roles/{_path(role_id)}",
            secured=True,
            expects={"200": ("json", _get_role_200)},
        )

    def delete_role(self, role_id: str) -> None:
        """Delete a role (`DELETE /v2/roles/{role_id}`)."""
        return self._call(
            "deleteRole",
            "DELETE",
            f"/v2/roles/{_path(role_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def update_role(self, role_id: str, body: Union['UpdateRoleRequest', Dict[str, Any]], *, if_match: str) -> 'Role':
        """Update a role (`PATCH /v2/roles/{role_id}`)."""
        return self._call(
            "updateRole",
            "PATCH",
            f"/v2/roles/{_path(role_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"200": ("json", _update_role_200)}, body=body,
        )

    def list_clients(self, *, limit: Optional[int] = None, offset: Optional[int] = None) -> 'ClientList':
        """List OAuth clients (`GET /v2/clients`)."""
        return self._call(
            "listClients",
            "GET",
            "/v2/clients",
            secured=True,
            query={"limit": limit, "offset": offset},
            expects={"200": ("json", _list_clients_200)},
        )

    def create_client(self, body: Union['CreateClientRequest', Dict[str, Any]]) -> 'CreatedClient':
        """Register an OAuth client (`POST /v2/clients`)."""
        return self._call(
            "createClient",
            "POST",
            "/v2/clients",
            secured=True,
            expects={"201": ("json", _create_client_201)}, body=body,
        )

    def get_client(self, client_id: 'ClientIdentifier') -> 'Client':
        """Get an OAuth client (`GET /v2/clients/{client_id}`)."""
        return self._call(
            "getClient",
            "GET",
            f"/v2/clients/{_path(client_id)}",
            secured=True,
            expects={"200": ("json", _get_client_200)},
        )

    def delete_client(self, client_id: 'ClientIdentifier') -> None:
        """Delete an OAuth client (`DELETE /v2/clients/{client_id}`)."""
        return self._call(
            "deleteClient",
            "DELETE",
            f"/v2/clients/{_path(client_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def update_client(self, client_id: 'ClientIdentifier', body: Union['UpdateClientRequest', Dict[str, Any]], *, if_match: str) -> 'Client':
        """Update an OAuth client (`PATCH /v2/clients/{client_id}`)."""
        return self._call(
            "updateClient",
            "PATCH",
            f"/v2/clients/{_path(client_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"200": ("json", _update_client_200)}, body=body,
        )

    def rotate_client_secret(self, client_id: 'ClientIdentifier', body: Optional[Union['RotateClientSecretRequest', Dict[str, Any]]] = None) -> 'ClientSecret':
        """Rotate an OAuth client's secret (`POST /v2/clients/{client_id}/secret`)."""
        return self._call(
            "rotateClientSecret",
            "POST",
            f"/v2/clients/{_path(client_id)}/secret",
            secured=True,
            expects={"200": ("json", _rotate_client_secret_200)}, body=body,
        )

    def unlock_client(self, client_id: 'ClientIdentifier') -> None:
        """Lift an OAuth client's authentication throttling (`POST /v2/clients/{client_id}/unlock`)."""
        return self._call(
            "unlockClient",
            "POST",
            f"/v2/clients/{_path(client_id)}/unlock",
            secured=True,
            expects={"204": ("none", None)},
        )

    def list_signing_keys(self, *, limit: Optional[int] = None, offset: Optional[int] = None) -> 'SigningKeyList':
        """List signing keys (`GET /v2/keys`)."""
        return self._call(
            "listSigningKeys",
            "GET",
            "/v2/keys",
            secured=True,
            query={"limit": limit, "offset": offset},
            expects={"200": ("json", _list_signing_keys_200)},
        )

    def rotate_signing_key(self) -> 'KeyRotation':
        """Rotate the signing key (`POST /v2/keys/rotate`)."""
        return self._call(
            "rotateSigningKey",
            "POST",
            "/v2/keys/rotate",
            secured=True,
            expects={"200": ("json", _rotate_signing_key_200)},
        )

    def revoke_signing_key(self, kid: str) -> 'KeyRevocation':
        """Revoke a signing key at once (`POST /v2/keys/{kid}/revoke`)."""
        return self._call(
            "revokeSigningKey",
            "POST",
            f"/v2/keys/{_path(kid)}/revoke",
            secured=True,
            expects={"200": ("json", _revoke_signing_key_200)},
        )

    def list_audit_events(self, *, actor_id: Optional[str] = None, target_id: Optional[str] = None, type: Optional[List['AuditEventType']] = None, outcome: Optional[Literal["success", "failure"]] = None, since: Optional[str] = None, until: Optional[str] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'AuditEventList':
        """List audit events (`GET /v2/audit-events`)."""
        return self._call(
            "listAuditEvents",
            "GET",
            "/v2/audit-events",
            secured=True,
            query={"actor_id": actor_id, "target_id": target_id, "type": type, "outcome": outcome, "since": since, "until": until, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_audit_events_200)},
        )

    def get_health(self) -> 'Health':
        """Check liveness (`GET /health`)."""
        return self._call(
            "getHealth",
            "GET",
            "/health",
            secured=False,
            expects={"200": ("json", _get_health_200)},
        )

    def get_readiness(self) -> 'Readiness':
        """Check readiness (`GET /ready`)."""
        return self._call(
            "getReadiness",
            "GET",
            "/ready",
            secured=False,
            expects={"200": ("json", _get_readiness_200)},
        )
