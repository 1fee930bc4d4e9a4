# GENERATED FILE - DO NOT EDIT.
# Source: scripts/generate/python/runtime.py
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""What every generated Ilenia client shares: HTTP calls, bearer tokens with refresh, typed problems."""
from __future__ import annotations

import http.cookiejar
import re
import threading
from urllib.parse import quote, urlencode
from typing import Any, Dict, List, Mapping, Optional, Tuple, Type

import requests
from pydantic import BaseModel, ConfigDict, TypeAdapter

__all__ = [
    "ApiClient",
    "ClientCredentials",
    "Credentials",
    "Problem",
    "ProblemError",
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "ConflictError",
    "PreconditionFailedError",
    "TooManyRequestsError",
    "ServerError",
]


class Problem(BaseModel):
    """An RFC 9457 problem detail; extension members are kept as extra fields."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str = ""
    status: int = 0
    detail: Optional[str] = None
    instance: Optional[str] = None


class ProblemError(Exception):
    """An Ilenia API answered with an error status; `problem` is its RFC 9457 body."""

    def __init__(self, status: int, problem: Problem, operation: str) -> None:
        super().__init__(f"{operation}: {status} {problem.title}" + (f": {problem.detail}" if problem.detail else ""))
        self.status = status
        self.problem = problem
        self.operation = operation

    @property
    def type(self) -> str:
        return self.problem.type

    @property
    def title(self) -> str:
        return self.problem.title

    @property
    def detail(self) -> Optional[str]:
        return self.problem.detail


class BadRequestError(ProblemError):
    pass


class UnauthorizedError(ProblemError):
    pass


class ForbiddenError(ProblemError):
    pass


class NotFoundError(ProblemError):
    pass


class ConflictError(ProblemError):
    pass


class PreconditionFailedError(ProblemError):
    pass


class TooManyRequestsError(ProblemError):
    pass


class ServerError(ProblemError):
    pass


_errors_by_status: Dict[int, Type[ProblemError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    429: TooManyRequestsError,
}

_refresh_cookie = re.compile(r"(?:^|[\s,])ilenia_refresh=([^;,\s]*)")


def _no_cookie_jar() -> http.cookiejar.CookieJar:
    # The refresh cookie is Secure and scoped to /v2/auth; Credentials carries it by hand so that it
    # also works over plain HTTP in development and never leaks to another service.
    jar = requests.cookies.RequestsCookieJar()
    jar.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
    return jar


class Credentials:
    """
    A person's tokens: the access token sent as `Authorization: Bearer`, and the single-use refresh
    token (the `ilenia_refresh` cookie) that buys a new one from the auth service when it expires.
    Share one instance between the clients of every API; refreshing is serialised.
    """

    def __init__(self, access_token: str, refresh_token: Optional[str] = None, auth_url: Optional[str] = None, session: Optional[requests.Session] = None) -> None:
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.auth_url = auth_url.rstrip("/") if auth_url else None
        self._session = session or _new_session()
        self._lock = threading.Lock()

    @classmethod
    def sign_in(cls, auth_url: str, email: str, password: str, session: Optional[requests.Session] = None, timeout: float = 30.0) -> "Credentials":
        """Signs in with `POST /v2/auth/login`; raises a ProblemError (e.g. UnauthorizedError) on failure."""
        http_session = session or _new_session()
        response = http_session.post(f"{auth_url.rstrip('/')}/v2/auth/login", json={"email": email, "password": password}, timeout=timeout)
        _raise_for_problem(response, "loginUser")
        return cls(response.json()["access_token"], _refresh_token_of(response), auth_url, http_session)

    @property
    def can_refresh(self) -> bool:
        return self.refresh_token is not None and self.auth_url is not None

    def refresh(self, timeout: float = 30.0) -> None:
        """Rotates the refresh token for a new access token (`POST /v2/auth/refresh`)."""
        with self._lock:
            self._refresh_locked(timeout)

    def refresh_unless_changed(self, stale_access_token: str, timeout: float = 30.0) -> None:
        """Refreshes only if no other thread did since `stale_access_token` was rejected."""
        with self._lock:
            if self.access_token == stale_access_token:
                self._refresh_locked(timeout)

    def _refresh_locked(self, timeout: float) -> None:
        if not self.can_refresh:
            raise RuntimeError("These credentials hold no refresh token (sign in with Credentials.sign_in).")
        response = self._session.post(f"{self.auth_url}/v2/auth/refresh", headers={"Cookie": f"ilenia_refresh={self.refresh_token}"}, timeout=timeout)
        _raise_for_problem(response, "refreshAccessToken")
        self.access_token = response.json()["access_token"]
        self.refresh_token = _refresh_token_of(response) or self.refresh_token

    def sign_out(self, timeout: float = 30.0) -> None:
        """Revokes the refresh token's family (`POST /v2/auth/logout`)."""
        if not self.can_refresh:
            return
        with self._lock:
            response = self._session.post(f"{self.auth_url}/v2/auth/logout", headers={"Cookie": f"ilenia_refresh={self.refresh_token}"}, timeout=timeout)
            _raise_for_problem(response, "logoutUser")
            self.refresh_token = None


class ClientCredentials(Credentials):
    """
    A service's tokens from its OAuth client (client credentials grant, RFC 6749 §4.4). The grant gives
    no refresh token, so a token the API rejects (expired) is replaced by asking again with the secret
    (`client_secret_post`). `scope` and `resource` (RFC 8707 audiences) narrow what the token is for.
    """

    def __init__(self, auth_url: str, client_id: str, client_secret: str, scope: Optional[str] = None, resource: Optional[List[str]] = None, session: Optional[requests.Session] = None, timeout: float = 30.0) -> None:
        super().__init__("", None, auth_url, session)
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self.resource = resource
        self.refresh(timeout)

    @property
    def can_refresh(self) -> bool:
        return True

    def _refresh_locked(self, timeout: float) -> None:
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret, "scope": self.scope, "resource": self.resource}
        response = self._session.post(f"{self.auth_url}/v2/oauth/token", data={name: value for name, value in form.items() if value is not None}, timeout=timeout)
        _raise_for_problem(response, "issueToken")
        self.access_token = response.json()["access_token"]

    def sign_out(self, timeout: float = 30.0) -> None:
        """A client's tokens cannot be revoked one by one; they expire (`expires_in`)."""


class ApiClient:
    """The transport of one API's generated client."""

    def __init__(self, base_url: str, credentials: Optional[Credentials] = None, session: Optional[requests.Session] = None, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self.session = session or _new_session()
        self.timeout = timeout

    def _call(
        self,
        operation: str,
        method: str,
        path: str,
        *,
        secured: bool,
        query: Optional[Mapping[str, Any]] = None,
        headers: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        form: Any = None,
        expects: Optional[Mapping[str, Tuple[str, Any]]] = None,
    ) -> Any:
        """
        Sends one request. `expects` maps each success status to (kind, adapter): kind is `json`,
        `text`, `bytes`, `none`, or `json|text` / `json|bytes` for an answer the operation also gives in
        other representations (the answer's media type decides). A 401 on a secured operation refreshes
        the credentials once and retries. `body` is sent as JSON, `form` as application/x-www-form-urlencoded
        (a list value repeats its parameter, as RFC 8707 `resource` does).
        """
        json_body = _plain(body)
        form_body = _plain(form)
        params = {name: _query_value(value) for name, value in (query or {}).items() if value is not None}
        sent_headers = {name: str(value) for name, value in (headers or {}).items() if value is not None}
        response, used_token = self._send(method, path, params, sent_headers, json_body, form_body, secured)
        if response.status_code == 401 and secured and self.credentials is not None and self.credentials.can_refresh:
            self.credentials.refresh_unless_changed(used_token or "", self.timeout)
            response, _ = self._send(method, path, params, sent_headers, json_body, form_body, secured)
        _raise_for_problem(response, operation)
        kind, adapter = (expects or {}).get(str(response.status_code), ("none", None))
        if kind.startswith("json|"):
            kind = "json" if _is_json_media_type(response.headers.get("Content-Type", "")) else kind.split("|", 1)[1]
        if kind == "json":
            return adapter.validate_python(response.json()) if adapter is not None else response.json()
        if kind == "text":
            # requests reads text/* without a charset as ISO-8859-1; the APIs' text (WebVTT, SubRip, plain) is UTF-8.
            if "charset" not in response.headers.get("Content-Type", "").lower():
                response.encoding = "utf-8"
            return response.text
        if kind == "bytes":
            return response.content
        return None

    def _send(self, method: str, path: str, params: Dict[str, Any], headers: Dict[str, str], json_body: Any, form_body: Any, secured: bool) -> Tuple[requests.Response, Optional[str]]:
        token = self.credentials.access_token if secured and self.credentials is not None else None
        request_headers = dict(headers)
        if token:
            request_headers["Authorization"] = f"Bearer {token}"
        # requests would write spaces as `+`; the services accept only percent-encoding (RFC 3986) in queries.
        query_string = urlencode(params, doseq=True, safe="", quote_via=quote)
        url = f"{self.base_url}{path}" + (f"?{query_string}" if query_string else "")
        response = self.session.request(method, url, headers=request_headers, json=json_body, data=form_body, timeout=self.timeout)
        return response, token


def adapter(type_: Any) -> TypeAdapter:
    """A validator for a response type (models and aliases of the calling module)."""
    return TypeAdapter(type_)


def path_segment(value: Any) -> str:
    """A path parameter, percent-encoded so that it stays one segment."""
    return quote(str(value), safe="")


def _new_session() -> requests.Session:
    session = requests.Session()
    session.cookies = _no_cookie_jar()
    return session


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return [_query_value(item) for item in value]
    return value


def _plain(body: Any) -> Any:
    return body.model_dump(mode="json", by_alias=True, exclude_unset=True) if isinstance(body, BaseModel) else body


def _is_json_media_type(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type.endswith("/json") or media_type.endswith("+json")


def _refresh_token_of(response: requests.Response) -> Optional[str]:
    match = _refresh_cookie.search(response.headers.get("Set-Cookie", ""))
    return match.group(1) or None if match else None


def _raise_for_problem(response: requests.Response, operation: str) -> None:
    if response.status_code < 400:
        return
    try:
        payload = response.json()
        if isinstance(payload, dict) and "type" not in payload and isinstance(payload.get("error"), str):
            # The OAuth token endpoint answers RFC 6749 §5.2 errors; `error` and `error_description` stay as extra members.
            payload = {**payload, "title": payload["error"], "status": response.status_code, "detail": payload.get("error_description")}
        problem = Problem.model_validate(payload)
    except ValueError:
        problem = Problem(title=response.reason or "Error", status=response.status_code, detail=response.text[:500] or None)
    error = _errors_by_status.get(response.status_code, ServerError if response.status_code >= 500 else ProblemError)
    raise error(response.status_code, problem, operation)
