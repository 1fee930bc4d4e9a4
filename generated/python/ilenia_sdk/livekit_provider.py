# GENERATED FILE - DO NOT EDIT.
# Source: specs/openapi/livekit-provider/openapi.yaml
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""Ilenia LiveKit Provider API 0.1.0: models and client."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import ApiClient, adapter, path_segment as _path

#: A UUID.
Uuid = str


class CreateOrJoinRoomRequest(BaseModel):
    """The channel whose room the speaker wants to create or join."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The event, as known to the events service.
    event_id: 'Uuid'
    #: The channel of that event the caller speaks in.
    channel_id: 'Uuid'


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


#: The LiveKit room of one channel of one event, named `event-<event_id>-channel-<channel_id>` with both UUIDs in lowercase canonical form.
RoomName = str


#: The WebSocket URL of the LiveKit server to connect to (`LIVEKIT_URL` of the provider, `wss://` outside local development).
LiveKitUrl = str


#: A LiveKit access token: an HS256 JWT signed with the LiveKit API secret, with `iss` = the LiveKit API key, `sub` = the participant identity and the grants under the `video` claim.
LiveKitToken = str


#: An RFC 3339 date and time with a timezone offset.
Timestamp = str


#: The kind of source a LiveKit track comes from.
TrackSource = Literal["camera", "microphone", "screen_share", "screen_share_audio", "unknown"]


class TokenGrants(BaseModel):
    """What the LiveKit token allows, as written into its `video` grant (`roomJoin` is always true and `room` is always the answer's `room_name`, so they are not repeated)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: May publish media tracks (`canPublish`).
    can_publish: bool
    #: May subscribe to the tracks of others (`canSubscribe`).
    can_subscribe: bool
    #: May send data packets and text streams, such as captions (`canPublishData`).
    can_publish_data: bool
    #: The only sources the participant may publish from (`canPublishSources`); empty when `can_publish` is false.
    can_publish_sources: List['TrackSource']
    #: The participant is invisible to the others' participant lists (`hidden`); true for agents only.
    hidden: bool
    #: The participant is marked as an agent (`agent`); true for agents only.
    agent: bool


class SpeakerRoomAccess(BaseModel):
    """Everything a speaker's client needs to connect to the channel's room and publish in it."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    room_name: 'RoomName'
    #: The event.
    event_id: 'Uuid'
    #: The channel the room belongs to.
    channel_id: 'Uuid'
    #: True when this call created the room; false when it already existed.
    room_created: bool
    livekit_url: 'LiveKitUrl'
    livekit_token: 'LiveKitToken'
    #: The participant identity inside the token, `speaker-<user_id>`.
    identity: str
    #: When the token stops being accepted for joining (its `exp`); a connected participant is not affected.
    expires_at: 'Timestamp'
    #: The name to publish the microphone track under.
    track_name: Literal["original"]
    grants: 'TokenGrants'


#: A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
LanguageTag = str


class JoinRoomRequest(BaseModel):
    """The event (and optionally the channel and languages) a listener wants to follow."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The event, as known to the events service.
    event_id: 'Uuid'
    #: The channel to follow.
    channel_id: Optional['Uuid'] = None
    #: The languages the listener wants, to narrow `tracks` in the answer to `original` (when the source language is asked for) and the matching `translation-<lang>` tracks.
    languages: Optional[List['LanguageTag']] = None


class RoomTrack(BaseModel):
    """An audio track a listener can subscribe to in a channel's room: the speaker's voice (`original`) or a synthetic voice of one translation (`translation-<lang>`)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The LiveKit track name to look for in `TrackPublished` events.
    track_name: str
    #: Whether the track is the speaker's own voice or a translation.
    kind: Literal["original", "translation"]
    #: The language spoken on the track (the channel's source language for `original`).
    language: 'LanguageTag'
    #: Whether the track is published in the room right now.
    published: bool


class ListenerRoomAccess(BaseModel):
    """Everything a listener's client needs to connect to a channel's room, subscribe-only, and the tracks it can subscribe to there."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    room_name: 'RoomName'
    #: The event.
    event_id: 'Uuid'
    #: The channel joined (the one asked for, or the event's first channel).
    channel_id: 'Uuid'
    livekit_url: 'LiveKitUrl'
    livekit_token: 'LiveKitToken'
    #: The participant identity inside the token, `listener-<user_id>`.
    identity: str
    #: When the token stops being accepted for joining (its `exp`); a connected participant is not affected.
    expires_at: 'Timestamp'
    #: The language the speaker of the channel speaks (the `original` track).
    source_language: 'LanguageTag'
    #: The languages the channel is translated into, each with a `translation-<lang>` track.
    target_languages: List['LanguageTag']
    grants: 'TokenGrants'
    #: The audio tracks of the room the listener asked for (all of them when `languages` was omitted).
    tracks: List['RoomTrack']


class AgentTokenRequest(BaseModel):
    """The channel whose room the live service's agent is about to join."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The event, as known to the events service.
    event_id: 'Uuid'
    #: The channel whose room the agent joins.
    channel_id: 'Uuid'


#: The job of an agent in a room.
AgentType = Literal["translator"]


class AgentToken(BaseModel):
    """A LiveKit token for one agent of the live service, and where to use it."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    room_name: 'RoomName'
    #: The event.
    event_id: 'Uuid'
    #: The channel whose room the agent joins.
    channel_id: 'Uuid'
    agent_type: 'AgentType'
    #: The language the speaker speaks (the `original` track), which the agent transcribes.
    source_language: 'LanguageTag'
    #: The languages the channel is translated into: the agent publishes captions in each and one audio track `translation-<lang>` per language.
    target_languages: List['LanguageTag']
    livekit_url: 'LiveKitUrl'
    livekit_token: 'LiveKitToken'
    #: The agent's participant identity, `agent-translator`: the same in every room, so an agent restarted with a new token replaces its previous connection instead of joining twice.
    identity: Literal["agent-translator"]
    #: When the token stops being accepted for joining (its `exp`); a connected agent is not affected.
    expires_at: 'Timestamp'
    grants: 'TokenGrants'


class Room(BaseModel):
    """A channel's LiveKit room as the LiveKit server reports it now."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    room_name: 'RoomName'
    #: The event, parsed from the room name.
    event_id: 'Uuid'
    #: The channel, parsed from the room name.
    channel_id: 'Uuid'
    #: When the LiveKit server created the room.
    created_at: 'Timestamp'
    #: Participants connected now, hidden agents included.
    num_participants: int
    #: Participants publishing at least one track now (the speaker and the TTS agents).
    num_publishers: int
    #: Whether a LiveKit egress (recording) of the room is running.
    recording_active: bool


class RoomList(BaseModel):
    """A page of rooms, newest first."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Room']
    #: How many rooms match the filters, across all pages.
    total: int
    #: The page size applied.
    limit: int
    #: The number of rooms skipped.
    offset: int


class ParticipantTrack(BaseModel):
    """A track a participant publishes."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The LiveKit track id.
    sid: str
    #: The track name (`original` for the speaker, `translation-<lang>` for TTS agents).
    name: str
    #: The media type.
    type: Literal["audio", "video"]
    source: 'TrackSource'
    #: Whether the publisher has muted it.
    muted: bool


class Participant(BaseModel):
    """A participant connected to a room, as derived from its identity."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The participant identity (`speaker-<user_id>`, `listener-<user_id>`, `agent-translator`).
    identity: str
    #: What the participant is, from its identity prefix.
    kind: Literal["speaker", "listener", "agent"]
    #: The Ilenia user, for speakers and listeners; null for agents.
    user_id: Optional[str]
    #: The agent's job, for agents; null for people.
    agent_type: Union['AgentType', Optional[Any]]
    #: When the participant connected.
    joined_at: 'Timestamp'
    #: The tracks the participant publishes now (empty for listeners; `translation-<lang>` for the agent).
    tracks: List['ParticipantTrack']


class RoomDetail(BaseModel):
    """A channel's LiveKit room as the LiveKit server reports it now, with every participant connected to it."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    room_name: 'RoomName'
    #: The event, parsed from the room name.
    event_id: 'Uuid'
    #: The channel, parsed from the room name.
    channel_id: 'Uuid'
    #: When the LiveKit server created the room.
    created_at: 'Timestamp'
    #: Participants connected now, hidden agents included.
    num_participants: int
    #: Participants publishing at least one track now (the speaker and the TTS agents).
    num_publishers: int
    #: Whether a LiveKit egress (recording) of the room is running.
    recording_active: bool
    #: Everyone connected now, hidden agents included, in order of arrival.
    participants: List['Participant']


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


for _model in (CreateOrJoinRoomRequest, ValidationIssue, Problem, TokenGrants, SpeakerRoomAccess, JoinRoomRequest, RoomTrack, ListenerRoomAccess, AgentTokenRequest, AgentToken, Room, RoomList, ParticipantTrack, Participant, RoomDetail, Health, ReadinessCheck, Readiness,):
    _model.model_rebuild()


_create_or_join_room_200 = adapter(SpeakerRoomAccess)
_join_room_200 = adapter(ListenerRoomAccess)
_create_agent_token_200 = adapter(AgentToken)
_list_rooms_200 = adapter(RoomList)
_get_room_200 = adapter(RoomDetail)
_get_health_200 = adapter(Health)
_get_readiness_200 = adapter(Readiness)


class LivekitProviderClient(ApiClient):
    """One method per operation of Ilenia LiveKit Provider API; errors raise ProblemError subclasses."""

    def create_or_join_room(self, body: Union['CreateOrJoinRoomRequest', Dict[str, Any]]) -> 'SpeakerRoomAccess':
        """Create or join a channel's room as its speaker (`POST /v2/rooms/create-or-join`)."""
        return self._call(
            "createOrJoinRoom",
            "POST",
            "/v2/rooms/create-or-join",
            secured=True,
            expects={"200": ("json", _create_or_join_room_200)}, body=body,
        )

    def join_room(self, body: Union['JoinRoomRequest', Dict[str, Any]]) -> 'ListenerRoomAccess':
        """Join a channel's room as a listener (`POST /v2/rooms/join`)."""
        return self._call(
            "joinRoom",
            "POST",
            "/v2/rooms/join",
            secured=True,
            expects={"200": ("json", _join_room_200)}, body=body,
        )

    def create_agent_token(self, body: Union['AgentTokenRequest', Dict[str, Any]]) -> 'AgentToken':
        """Mint a LiveKit token for a live-service agent (`POST /v2/agents/token`)."""
        return self._call(
            "createAgentToken",
            "POST",
            "/v2/agents/token",
            secured=True,
            expects={"200": ("json", _create_agent_token_200)}, body=body,
        )

    def list_rooms(self, *, event_id: Optional['Uuid'] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'RoomList':
        """List the rooms of events (`GET /v2/rooms`)."""
        return self._call(
            "listRooms",
            "GET",
            "/v2/rooms",
            secured=True,
            query={"event_id": event_id, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_rooms_200)},
        )

    def get_room(self, room_name: 'RoomName') -> 'RoomDetail':
        """Read a room and its participants (`GET /v2/rooms/{room_name}`)."""
        return self._call(
            "getRoom",
            "GET",
            f"/v2/rooms/{_path(room_name)}",
            secured=True,
            expects={"200": ("json", _get_room_200)},
        )

    def delete_room(self, room_name: 'RoomName') -> None:
        """Close a room (`DELETE /v2/rooms/{room_name}`)."""
        return self._call(
            "deleteRoom",
            "DELETE",
            f"/v2/rooms/{_path(room_name)}",
            secured=True,
            expects={"204": ("none", None)},
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
