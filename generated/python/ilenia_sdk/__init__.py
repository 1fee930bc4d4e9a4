# GENERATED FILE - DO NOT EDIT.
# Source: specs/ (every API in scripts/generate/apis.ts)
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""Ilenia's Python SDK: one client per API, models in each API's module, WebSocket models in live_event_ws."""
from ._runtime import (
    ApiClient,
    BadRequestError,
    ClientCredentials,
    ConflictError,
    Credentials,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
    Problem,
    ProblemError,
    ServerError,
    TooManyRequestsError,
    UnauthorizedError,
)
from .auth import AuthClient
from .events import EventsClient
from .livekit_provider import LivekitProviderClient
from .live_service import LiveServiceClient
from .live_event import LiveEventClient
from .subtitles import SubtitleConnectionClosed, SubtitleStream, SubtitleStreamError, follow_subtitles
