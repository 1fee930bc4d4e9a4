# GENERATED FILE - DO NOT EDIT.
# Source: specs/openapi/events/openapi.yaml
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""Ilenia Events API 0.1.0: models and client."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import ApiClient, adapter, path_segment as _path

#: Where the event is in its life cycle.
EventStatus = Literal["draft", "ready", "live", "ended"]


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


#: The event's title, as shown to speakers and listeners.
EventTitle = str


#: A longer, plain-text description of the event; `null` when there is none.
EventDescription = Optional[str]


#: An RFC 3339 date and time with a timezone offset.
Timestamp = str


#: An IANA time zone name (`Europe/Madrid`, `America/Mexico_City`, `UTC`), in which the event is shown to its audience.
Timezone = str


class EventSummary(BaseModel):
    """An event as listed, without its channels (see `channel_count`; read the event for them)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The event's id.
    id: 'Uuid'
    title: 'EventTitle'
    description: 'EventDescription'
    #: When the event starts, with the offset of its time zone at that instant.
    starts_at: 'Timestamp'
    #: When the event ends; always after `starts_at`.
    ends_at: 'Timestamp'
    timezone: 'Timezone'
    #: The user id of the event's organiser (its owner), who may change it.
    organiser_id: 'Uuid'
    status: 'EventStatus'
    #: The template the event was created from, or `null`.
    template_id: Optional[str]
    #: How many channels the event has.
    channel_count: int
    #: Grows by one on every change of the event or its channels; also sent as `ETag` when reading the event.
    version: int
    #: When the event was created.
    created_at: 'Timestamp'
    #: When the event or its channels last changed.
    updated_at: 'Timestamp'


class EventPage(BaseModel):
    """One page of events, ordered by `starts_at`, then `id`."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['EventSummary']
    #: How many events match the filters, over all pages.
    total: int
    #: The `limit` applied.
    limit: int
    #: The `offset` applied.
    offset: int


#: The channel's name, unique within its event (compared case-insensitively), e.g.
ChannelName = str


#: A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
LanguageTag = str


#: The languages the channel's speech is translated into, without repetitions and never containing the channel's `source_language`.
TargetLanguages = List['LanguageTag']


class ChannelCreate(BaseModel):
    """A new channel of an event, optionally with its first speakers."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    name: 'ChannelName'
    #: The language spoken in the channel.
    source_language: 'LanguageTag'
    target_languages: 'TargetLanguages'
    #: User ids to assign as speakers right away (same as assigning them one by one afterwards).
    speakers: Optional[List['Uuid']] = None


class EventCreate(BaseModel):
    """A new event, created as `draft`."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    title: 'EventTitle'
    description: Optional['EventDescription'] = None
    #: When the event starts (RFC 3339 with offset).
    starts_at: 'Timestamp'
    #: When the event ends; must be after `starts_at`.
    ends_at: 'Timestamp'
    timezone: 'Timezone'
    #: The organiser, when not the caller.
    organiser_id: Optional['Uuid'] = None
    #: Channels to create with the event, in this order (same as creating them one by one).
    channels: Optional[List['ChannelCreate']] = None


class Channel(BaseModel):
    """One channel of an event: a single audio source (a stage, a room), spoken in `source_language`, transcribed, and translated into each of `target_languages`."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The channel's id.
    id: 'Uuid'
    #: The id of the event the channel belongs to.
    event_id: 'Uuid'
    name: 'ChannelName'
    #: The language spoken in the channel, transcribed by the STT engine.
    source_language: 'LanguageTag'
    target_languages: 'TargetLanguages'
    #: The user ids of the speakers assigned to the channel, in assignment order.
    speakers: List['Uuid']
    #: When the channel was created.
    created_at: 'Timestamp'
    #: When the channel, its languages or its speakers last changed.
    updated_at: 'Timestamp'


class Event(BaseModel):
    """An event with its channels embedded: everything a live service needs to start a session (languages, speakers)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The event's id.
    id: 'Uuid'
    title: 'EventTitle'
    description: 'EventDescription'
    #: When the event starts, with the offset of its time zone at that instant.
    starts_at: 'Timestamp'
    #: When the event ends; always after `starts_at`.
    ends_at: 'Timestamp'
    timezone: 'Timezone'
    #: The user id of the event's organiser (its owner), who may change it.
    organiser_id: 'Uuid'
    status: 'EventStatus'
    #: The template the event was created from, or `null`.
    template_id: Optional[str]
    #: The event's channels, in creation order.
    channels: List['Channel']
    #: Grows by one on every change of the event, its channels or their speakers; sent as `ETag`.
    version: int
    #: When the event was created.
    created_at: 'Timestamp'
    #: When the event, its channels or their speakers last changed.
    updated_at: 'Timestamp'


class EventUpdate(BaseModel):
    """A JSON merge patch (RFC 7396) of an event, sent as `application/json`: the fields present replace the stored ones, absent fields are left unchanged, and `description: null` removes the description (th"""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    title: Optional['EventTitle'] = None
    description: Optional['EventDescription'] = None
    #: When the event starts (RFC 3339 with offset).
    starts_at: Optional['Timestamp'] = None
    #: When the event ends.
    ends_at: Optional['Timestamp'] = None
    timezone: Optional['Timezone'] = None


class EventStatusChange(BaseModel):
    """The status to move the event to."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    status: 'EventStatus'


class ChannelPage(BaseModel):
    """One page of an event's channels, in creation order (`created_at`, then `id`)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Channel']
    #: How many channels the event has.
    total: int
    #: The `limit` applied.
    limit: int
    #: The `offset` applied.
    offset: int


class ChannelUpdate(BaseModel):
    """A JSON merge patch (RFC 7396) of a channel: the fields present replace the stored ones, absent fields are left unchanged."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    name: Optional['ChannelName'] = None
    #: The language spoken in the channel; it must not be among the resulting target languages.
    source_language: Optional['LanguageTag'] = None
    target_languages: Optional['TargetLanguages'] = None


class SpeakerAssignment(BaseModel):
    """A user assigned as speaker of a channel."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The speaker's user id.
    user_id: 'Uuid'
    #: The event's id.
    event_id: 'Uuid'
    #: The channel's id.
    channel_id: 'Uuid'
    #: When the speaker was assigned.
    assigned_at: 'Timestamp'
    #: The `sub` of the token that made the assignment (a user id, or a service's client id).
    assigned_by: str


class SpeakerAssignmentPage(BaseModel):
    """One page of a channel's speakers, in assignment order (`assigned_at`, then `user_id`)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['SpeakerAssignment']
    #: How many speakers the channel has.
    total: int
    #: The `limit` applied.
    limit: int
    #: The `offset` applied.
    offset: int


class ListenerAssignment(BaseModel):
    """A user assigned as listener of an event."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The listener's user id.
    user_id: 'Uuid'
    #: The event's id.
    event_id: 'Uuid'
    #: When the listener was assigned.
    assigned_at: 'Timestamp'
    #: The `sub` of the token that made the assignment (a user id, or a service's client id).
    assigned_by: str


class ListenerAssignmentPage(BaseModel):
    """One page of an event's listeners, in assignment order (`assigned_at`, then `user_id`)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['ListenerAssignment']
    #: How many listeners the event has.
    total: int
    #: The `limit` applied.
    limit: int
    #: The `offset` applied.
    offset: int


#: How the session was broadcast: `websocket` (subtitles over WebSocket, by the live-event service) or `livekit` (audio and translations over LiveKit rooms, by the live service).
SessionMode = Literal["websocket", "livekit"]


class TranscriptLink(BaseModel):
    """Where the transcript of a session in one language can be downloaded (needs `transcripts:read`)."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The transcript's language (the channel's source language, or one of its target languages).
    language: 'LanguageTag'
    #: The transcript's URL.
    url: str


class SessionRecord(BaseModel):
    """The record of one live session of one channel, written by the live service that ran it when the session ended."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session's id, as issued by the live service that ran it.
    id: 'Uuid'
    #: The event's id.
    event_id: 'Uuid'
    #: The id of the channel the session transcribed and translated.
    channel_id: 'Uuid'
    mode: 'SessionMode'
    #: When the session started.
    started_at: 'Timestamp'
    #: When the session ended; not before `started_at`.
    ended_at: 'Timestamp'
    #: How many final transcript segments the session produced in the source language.
    segment_count: int
    #: The largest number of listeners connected at the same time.
    listeners_peak: int
    #: Where the session's audio recording can be downloaded (needs `recordings:read`); `null` when not recorded.
    recording_url: Optional[str]
    #: The session's transcripts, one per language; empty when none was kept.
    transcripts: List['TranscriptLink']
    #: The `sub` of the token that wrote the record (the live service's OAuth client id).
    written_by: str
    #: When the record was written.
    created_at: 'Timestamp'


class SessionRecordPage(BaseModel):
    """One page of an event's session records, ordered by `started_at`, then `id`."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['SessionRecord']
    #: How many records match, over all pages.
    total: int
    #: The `limit` applied.
    limit: int
    #: The `offset` applied.
    offset: int


class SessionRecordCreate(BaseModel):
    """The record of a session that just ended."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The session's id, as issued by the live service.
    id: 'Uuid'
    #: The id of the channel the session transcribed and translated.
    channel_id: 'Uuid'
    mode: 'SessionMode'
    #: When the session started.
    started_at: 'Timestamp'
    #: When the session ended.
    ended_at: 'Timestamp'
    #: How many final transcript segments the session produced in the source language.
    segment_count: int
    #: The largest number of listeners connected at the same time.
    listeners_peak: int
    #: Where the session's recording can be downloaded; `null` or absent when not recorded.
    recording_url: Optional[Optional[str]] = None
    #: The session's transcripts, one per language.
    transcripts: Optional[List['TranscriptLink']] = None


#: The template's name, unique among templates (compared case-insensitively).
TemplateName = str


class TemplateChannel(BaseModel):
    """The shape of one channel in a template: copied into each event created from it, without speakers."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    name: 'ChannelName'
    #: The language spoken in the channel.
    source_language: 'LanguageTag'
    target_languages: 'TargetLanguages'


class Template(BaseModel):
    """A reusable event shape: a name, a default description and channels with their languages."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The template's id.
    id: 'Uuid'
    name: 'TemplateName'
    #: The description given to events created from the template, unless they override it; `null` for none.
    description: 'EventDescription'
    #: The channels of events created from the template, in this order.
    channels: List['TemplateChannel']
    #: The `sub` of the token that created the template (a user id, or a service's client id).
    created_by: str
    #: Grows by one on every change; also sent as `ETag` when reading the template.
    version: int
    #: When the template was created.
    created_at: 'Timestamp'
    #: When the template last changed.
    updated_at: 'Timestamp'


class TemplatePage(BaseModel):
    """One page of templates, ordered by `name` (case-insensitively), then `id`."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Template']
    #: How many templates match, over all pages.
    total: int
    #: The `limit` applied.
    limit: int
    #: The `offset` applied.
    offset: int


class TemplateCreate(BaseModel):
    """A new template."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    name: 'TemplateName'
    #: The default description of events created from the template; `null` or absent for none.
    description: Optional['EventDescription'] = None
    #: The channels of events created from the template, in this order; names must be unique.
    channels: List['TemplateChannel']


class TemplateUpdate(BaseModel):
    """A JSON merge patch (RFC 7396) of a template, sent as `application/json`: the fields present replace the stored ones, absent fields are left unchanged, `description: null` removes the description, and """

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    name: Optional['TemplateName'] = None
    #: The default description of events created from the template; `null` removes it.
    description: Optional['EventDescription'] = None
    #: The new list of channels, replacing the stored one.
    channels: Optional[List['TemplateChannel']] = None


class EventFromTemplate(BaseModel):
    """What a new event takes besides its template: its title and times, and optionally a description replacing the template's."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    title: 'EventTitle'
    #: The event's description.
    description: Optional['EventDescription'] = None
    #: When the event starts (RFC 3339 with offset).
    starts_at: 'Timestamp'
    #: When the event ends; must be after `starts_at`.
    ends_at: 'Timestamp'
    timezone: 'Timezone'
    #: The organiser, when not the caller.
    organiser_id: Optional['Uuid'] = None


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


for _model in (ValidationIssue, Problem, EventSummary, EventPage, ChannelCreate, EventCreate, Channel, Event, EventUpdate, EventStatusChange, ChannelPage, ChannelUpdate, SpeakerAssignment, SpeakerAssignmentPage, ListenerAssignment, ListenerAssignmentPage, TranscriptLink, SessionRecord, SessionRecordPage, SessionRecordCreate, TemplateChannel, Template, TemplatePage, TemplateCreate, TemplateUpdate, EventFromTemplate, Health, ReadinessCheck, Readiness,):
    _model.model_rebuild()


_list_events_200 = adapter(EventPage)
_create_event_201 = adapter(Event)
_get_event_200 = adapter(Event)
_update_event_200 = adapter(Event)
_set_event_status_200 = adapter(Event)
_list_channels_200 = adapter(ChannelPage)
_create_channel_201 = adapter(Channel)
_get_channel_200 = adapter(Channel)
_update_channel_200 = adapter(Channel)
_list_channel_speakers_200 = adapter(SpeakerAssignmentPage)
_get_channel_speaker_200 = adapter(SpeakerAssignment)
_list_event_listeners_200 = adapter(ListenerAssignmentPage)
_get_event_listener_200 = adapter(ListenerAssignment)
_list_session_records_200 = adapter(SessionRecordPage)
_create_session_record_200 = adapter(SessionRecord)
_create_session_record_201 = adapter(SessionRecord)
_get_session_record_200 = adapter(SessionRecord)
_list_templates_200 = adapter(TemplatePage)
_create_template_201 = adapter(Template)
_get_template_200 = adapter(Template)
_update_template_200 = adapter(Template)
_create_event_from_template_201 = adapter(Event)
_get_health_200 = adapter(Health)
_get_readiness_200 = adapter(Readiness)


class EventsClient(ApiClient):
    """One method per operation of Ilenia Events API; errors raise ProblemError subclasses."""

    def list_events(self, *, status: Optional[List['EventStatus']] = None, from_: Optional[str] = None, to: Optional[str] = None, q: Optional[str] = None, role: Optional[Literal["speaker", "listener"]] = None, organiser_id: Optional[str] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'EventPage':
        """List events (`GET /v1/events`)."""
        return self._call(
            "listEvents",
            "GET",
            "/v1/events",
            secured=True,
            query={"status": status, "from": from_, "to": to, "q": q, "role": role, "organiser_id": organiser_id, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_events_200)},
        )

    def create_event(self, body: Union['EventCreate', Dict[str, Any]]) -> 'Event':
        """Create an event (`POST /v1/events`)."""
        return self._call(
            "createEvent",
            "POST",
            "/v1/events",
            secured=True,
            expects={"201": ("json", _create_event_201)}, body=body,
        )

    def get_event(self, event_id: str) -> 'Event':
        """Get an event (`GET /v1/events/{event_id}`)."""
        return self._call(
            "getEvent",
            "GET",
            f"/v1/events/{_path(event_id)}",
            secured=True,
            expects={"200": ("json", _get_event_200)},
        )

    def delete_event(self, event_id: str, *, if_match: str) -> None:
        """Delete an event (`DELETE /v1/events/{event_id}`)."""
        return self._call(
            "deleteEvent",
            "DELETE",
            f"/v1/events/{_path(event_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"204": ("none", None)},
        )

    def update_event(self, event_id: str, body: Union['EventUpdate', Dict[str, Any]], *, if_match: str) -> 'Event':
        """Update an event (`PATCH /v1/events/{event_id}`)."""
        return self._call(
            "updateEvent",
            "PATCH",
            f"/v1/events/{_path(event_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"200": ("json", _update_event_200)}, body=body,
        )

    def set_event_status(self, event_id: str, body: Union['EventStatusChange', Dict[str, Any]], *, if_match: str) -> 'Event':
        """Change an event's status (`PUT /v1/events/{event_id}/status`)."""
        return self._call(
            "setEventStatus",
            "PUT",
            f"/v1/events/{_path(event_id)}/status",
            secured=True,
            headers={"If-Match": if_match},
            expects={"200": ("json", _set_event_status_200)}, body=body,
        )

    def list_channels(self, event_id: str, *, limit: Optional[int] = None, offset: Optional[int] = None) -> 'ChannelPage':
        """List an event's channels (`GET /v1/events/{event_id}/channels`)."""
        return self._call(
            "listChannels",
            "GET",
            f"/v1/events/{_path(event_id)}/channels",
            secured=True,
            query={"limit": limit, "offset": offset},
            expects={"200": ("json", _list_channels_200)},
        )

    def create_channel(self, event_id: str, body: Union['ChannelCreate', Dict[str, Any]], *, if_match: str) -> 'Channel':
        """Add a channel to an event (`POST /v1/events/{event_id}/channels`)."""
        return self._call(
            "createChannel",
            "POST",
            f"/v1/events/{_path(event_id)}/channels",
            secured=True,
            headers={"If-Match": if_match},
            expects={"201": ("json", _create_channel_201)}, body=body,
        )

    def get_channel(self, event_id: str, channel_id: str) -> 'Channel':
        """Get a channel (`GET /v1/events/{event_id}/channels/{channel_id}`)."""
        return self._call(
            "getChannel",
            "GET",
            f"/v1/events/{_path(event_id)}/channels/{_path(channel_id)}",
            secured=True,
            expects={"200": ("json", _get_channel_200)},
        )

    def delete_channel(self, event_id: str, channel_id: str, *, if_match: str) -> None:
        """Delete a channel (`DELETE /v1/events/{event_id}/channels/{channel_id}`)."""
        return self._call(
            "deleteChannel",
            "DELETE",
            f"/v1/events/{_path(event_id)}/channels/{_path(channel_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"204": ("none", None)},
        )

    def update_channel(self, event_id: str, channel_id: str, body: Union['ChannelUpdate', Dict[str, Any]], *, if_match: str) -> 'Channel':
        """Update a channel (`PATCH /v1/events/{event_id}/channels/{channel_id}`)."""
        return self._call(
            "updateChannel",
            "PATCH",
            f"/v1/events/{_path(event_id)}/channels/{_path(channel_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"200": ("json", _update_channel_200)}, body=body,
        )

    def list_channel_speakers(self, event_id: str, channel_id: str, *, limit: Optional[int] = None, offset: Optional[int] = None) -> 'SpeakerAssignmentPage':
        """List a channel's speakers (`GET /v1/events/{event_id}/channels/{channel_id}/speakers`)."""
        return self._call(
            "listChannelSpeakers",
            "GET",
            f"/v1/events/{_path(event_id)}/channels/{_path(channel_id)}/speakers",
            secured=True,
            query={"limit": limit, "offset": offset},
            expects={"200": ("json", _list_channel_speakers_200)},
        )

    def get_channel_speaker(self, event_id: str, channel_id: str, user_id: str) -> 'SpeakerAssignment':
        """Check a speaker assignment (`GET /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}`)."""
        return self._call(
            "getChannelSpeaker",
            "GET",
            f"/v1/events/{_path(event_id)}/channels/{_path(channel_id)}/speakers/{_path(user_id)}",
            secured=True,
            expects={"200": ("json", _get_channel_speaker_200)},
        )

    def assign_channel_speaker(self, event_id: str, channel_id: str, user_id: str) -> None:
        """Assign a speaker to a channel (`PUT /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}`)."""
        return self._call(
            "assignChannelSpeaker",
            "PUT",
            f"/v1/events/{_path(event_id)}/channels/{_path(channel_id)}/speakers/{_path(user_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def remove_channel_speaker(self, event_id: str, channel_id: str, user_id: str) -> None:
        """Remove a speaker from a channel (`DELETE /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}`)."""
        return self._call(
            "removeChannelSpeaker",
            "DELETE",
            f"/v1/events/{_path(event_id)}/channels/{_path(channel_id)}/speakers/{_path(user_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def list_event_listeners(self, event_id: str, *, limit: Optional[int] = None, offset: Optional[int] = None) -> 'ListenerAssignmentPage':
        """List an event's listeners (`GET /v1/events/{event_id}/listeners`)."""
        return self._call(
            "listEventListeners",
            "GET",
            f"/v1/events/{_path(event_id)}/listeners",
            secured=True,
            query={"limit": limit, "offset": offset},
            expects={"200": ("json", _list_event_listeners_200)},
        )

    def get_event_listener(self, event_id: str, user_id: str) -> 'ListenerAssignment':
        """Check a listener assignment (`GET /v1/events/{event_id}/listeners/{user_id}`)."""
        return self._call(
            "getEventListener",
            "GET",
            f"/v1/events/{_path(event_id)}/listeners/{_path(user_id)}",
            secured=True,
            expects={"200": ("json", _get_event_listener_200)},
        )

    def assign_event_listener(self, event_id: str, user_id: str) -> None:
        """Assign a listener to an event (`PUT /v1/events/{event_id}/listeners/{user_id}`)."""
        return self._call(
            "assignEventListener",
            "PUT",
            f"/v1/events/{_path(event_id)}/listeners/{_path(user_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def remove_event_listener(self, event_id: str, user_id: str) -> None:
        """Remove a listener from an event (`DELETE /v1/events/{event_id}/listeners/{user_id}`)."""
        return self._call(
            "removeEventListener",
            "DELETE",
            f"/v1/events/{_path(event_id)}/listeners/{_path(user_id)}",
            secured=True,
            expects={"204": ("none", None)},
        )

    def list_session_records(self, event_id: str, *, channel_id: Optional[str] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'SessionRecordPage':
        """List an event's session records (`GET /v1/events/{event_id}/sessions`)."""
        return self._call(
            "listSessionRecords",
            "GET",
            f"/v1/events/{_path(event_id)}/sessions",
            secured=True,
            query={"channel_id": channel_id, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_session_records_200)},
        )

    def create_session_record(self, event_id: str, body: Union['SessionRecordCreate', Dict[str, Any]]) -> 'SessionRecord':
        """Record a finished live session (`POST /v1/events/{event_id}/sessions`)."""
        return self._call(
            "createSessionRecord",
            "POST",
            f"/v1/events/{_path(event_id)}/sessions",
            secured=True,
            expects={"200": ("json", _create_session_record_200), "201": ("json", _create_session_record_201)}, body=body,
        )

    def get_session_record(self, event_id: str, session_id: str) -> 'SessionRecord':
        """Get a session record (`GET /v1/events/{event_id}/sessions/{session_id}`)."""
        return self._call(
            "getSessionRecord",
            "GET",
            f"/v1/events/{_path(event_id)}/sessions/{_path(session_id)}",
            secured=True,
            expects={"200": ("json", _get_session_record_200)},
        )

    def list_templates(self, *, q: Optional[str] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'TemplatePage':
        """List templates (`GET /v1/templates`)."""
        return self._call(
            "listTemplates",
            "GET",
            "/v1/templates",
            secured=True,
            query={"q": q, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_templates_200)},
        )

    def create_template(self, body: Union['TemplateCreate', Dict[str, Any]]) -> 'Template':
        """Create a template (`POST /v1/templates`)."""
        return self._call(
            "createTemplate",
            "POST",
            "/v1/templates",
            secured=True,
            expects={"201": ("json", _create_template_201)}, body=body,
        )

    def get_template(self, template_id: str) -> 'Template':
        """Get a template (`GET /v1/templates/{template_id}`)."""
        return self._call(
            "getTemplate",
            "GET",
            f"/v1/templates/{_path(template_id)}",
            secured=True,
            expects={"200": ("json", _get_template_200)},
        )

    def delete_template(self, template_id: str, *, if_match: str) -> None:
        """Delete a template (`DELETE /v1/templates/{template_id}`)."""
        return self._call(
            "deleteTemplate",
            "DELETE",
            f"/v1/templates/{_path(template_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"204": ("none", None)},
        )

    def update_template(self, template_id: str, body: Union['TemplateUpdate', Dict[str, Any]], *, if_match: str) -> 'Template':
        """Update a template (`PATCH /v1/templates/{template_id}`)."""
        return self._call(
            "updateTemplate",
            "PATCH",
            f"/v1/templates/{_path(template_id)}",
            secured=True,
            headers={"If-Match": if_match},
            expects={"200": ("json", _update_template_200)}, body=body,
        )

    def create_event_from_template(self, template_id: str, body: Union['EventFromTemplate', Dict[str, Any]]) -> 'Event':
        """Create an event from a template (`POST /v1/templates/{template_id}/events`)."""
        return self._call(
            "createEventFromTemplate",
            "POST",
            f"/v1/templates/{_path(template_id)}/events",
            secured=True,
            expects={"201": ("json", _create_event_from_template_201)}, body=body,
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
