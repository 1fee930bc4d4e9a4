# GENERATED FILE - DO NOT EDIT.
# Source: specs/openapi/live-event/openapi.yaml
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""Ilenia Live Event API (WebSocket mode) 0.1.0: models and client."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import ApiClient, adapter, path_segment as _path

#: A UUID.
Uuid = str


class SpeakerTicketRequest(BaseModel):
    """The channel a speaker wants to stream audio into."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The event, which must be `live` in the events service.
    event_id: 'Uuid'
    #: The channel of that event; the caller must be assigned as its speaker.
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


#: An RFC 3339 date and time with a timezone offset.
Timestamp = str


#: A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
LanguageTag = str


class WebSocketTicket(BaseModel):
    """A single-use credential for one WebSocket handshake."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The opaque ticket.
    ticket: str
    #: When the ticket stops being accepted.
    expires_at: 'Timestamp'
    #: Seconds from issue to `expires_at` (30 unless configured otherwise), to schedule the handshake without relying on the client's clock.
    expires_in: int
    #: Where to connect, without the ticket: `/v1/ws/speaker` or `/v1/ws/listener` of this service, as seen from the client (`ws://localhost:8082/...` locally, `wss://<host>/api/live-event/...` behind the ga
    websocket_url: str
    #: The role the connection will have.
    role: Literal["speaker", "listener"]
    #: The event the ticket is bound to.
    event_id: 'Uuid'
    #: The channel a speaker ticket is bound to; `null` for a listener ticket, which is bound to the event only (the listener picks the channel with the WebSocket `subscribe` message).
    channel_id: Optional[str]
    #: For a speaker, the channel's source language followed by its target languages (what the session will produce).
    languages: List['LanguageTag']


class UnsupportedLanguage(BaseModel):
    """One language that cannot be served, and why."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    language: 'LanguageTag'
    #: - `stt_unsupported`: the STT engine cannot transcribe this source language; - `mt_unsupported`: the MT engine has no `source_language` → `language` pair; - `not_offered`: no channel of the event has t
    reason: Literal["stt_unsupported", "mt_unsupported", "not_offered"]
    #: The source language of the missing pair, for `mt_unsupported`; `null` otherwise.
    source_language: Optional[str]


class UnsupportedLanguagesProblem(BaseModel):
    """A problem (type `https://ilenia.dev/problems/unsupported-languages`) naming every language of the request or of the channel that the configured engines or the event cannot serve."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: Each language that cannot be served.
    unsupported_languages: List['UnsupportedLanguage']


class ListenerTicketRequest(BaseModel):
    """The event a listener wants to follow."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The event, which must be `ready` or `live` in the events service.
    event_id: 'Uuid'
    #: The languages the listener intends to subscribe to, checked now so that a language no channel of the event offers is refused here (422) rather than after connecting.
    languages: Optional[List['LanguageTag']] = None


#: Where the session is in its life (the WebSocket `session_state` message gives finer states): - `active`: the speaker is connected; audio is transcribed and translated, or the speaker paused (`live` or
SessionStatus = Literal["active", "interrupted", "ended"]


#: Why the session ended, as in the WebSocket `session_state` message; `null` until it has ended.
SessionEndReason = Literal["speaker_ended", "ended_by_manager", "event_ended", "grace_expired", "replaced", None]


class Session(BaseModel):
    """One speaking session of one channel: from the speaker's `audio_config` on a new WebSocket connection to `end_session` (or the end of the event, or a resume grace period that ran out)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session's id, as in the WebSocket `session_started` message.
    id: 'Uuid'
    #: The event the session belongs to.
    event_id: 'Uuid'
    #: The channel the speaker streamed into.
    channel_id: 'Uuid'
    status: 'SessionStatus'
    end_reason: 'SessionEndReason'
    #: When the session started (the service's `session_started`).
    started_at: 'Timestamp'
    #: When the session ended; `null` while `active` or `interrupted`.
    ended_at: Optional[str]
    #: The user who spoke (the `sub` of the speaker's token).
    speaker_id: 'Uuid'
    #: The language the speaker spoke in, as configured on the channel when the session started.
    source_language: 'LanguageTag'
    #: Every language the session has a transcript in: the source language first, then the target languages of the channel when the session started.
    languages: List['LanguageTag']
    #: How many final segments the speech recogniser produced in the source language so far.
    segment_count: int
    #: The largest number of listener connections subscribed to the channel at once during the session.
    listeners_peak: int
    #: Whether the speaker's audio can be downloaded from `/v1/sessions/{session_id}/recording`: `false` until the session has ended, when recording was disabled, or once the recording was deleted.
    recording_available: bool
    #: Wall-clock seconds from `started_at` to `ended_at` (or to now, while not ended), pauses and interruptions included; the recording can be shorter.
    duration_seconds: float


class SessionList(BaseModel):
    """One page of sessions, oldest first (by `started_at`, then `id`)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['Session']
    #: How many sessions match the filters, over all pages.
    total: int
    #: The `limit` applied.
    limit: int
    #: The `offset` applied.
    offset: int


class ChannelLiveSession(BaseModel):
    """The speaking session of a channel that has not ended."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session's id.
    id: 'Uuid'
    #: `live`: the speaker is connected and talking; `paused`: the speaker paused; `interrupted`: the speaker's connection dropped and the session waits for a resume.
    state: Literal["live", "paused", "interrupted"]
    #: The user who speaks.
    speaker_id: 'Uuid'
    #: When the session started.
    started_at: 'Timestamp'


class LanguageListeners(BaseModel):
    """How many listener connections receive one language of a channel."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    language: 'LanguageTag'
    #: Listener connections subscribed to this language, on every instance.
    listeners: int


class FinalLanguageLatency(BaseModel):
    """The stages of one final in one language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    language: 'LanguageTag'
    #: Whether this is the source language (not translated).
    is_source: bool
    #: Milliseconds the machine translation took; `null` for the source language.
    translation_ms: Optional[int]
    #: Milliseconds from the final's publication to its hand-over to the sockets of every listener of the language, on the slowest instance; `null` when no listener of the language was connected.
    delivery_ms: Optional[int]


class FinalLatency(BaseModel):
    """How long one final segment took through the pipeline: recognition once, then translation and delivery per language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session the final belongs to.
    session_id: 'Uuid'
    #: The final's sequence in the channel, as on the WebSocket.
    sequence: int
    #: When the source-language final was published.
    emitted_at: 'Timestamp'
    #: Milliseconds from the last audio of the segment reaching the server to the recogniser's final text (the end of speech to the final).
    recognition_ms: int
    #: The source language first, then each target language the final was published in so far.
    languages: List['FinalLanguageLatency']


class ChannelLiveStatus(BaseModel):
    """One channel of an event as it is now."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The channel's id.
    channel_id: 'Uuid'
    #: The channel's session that has not ended; `null` when nobody is speaking in it.
    session: Union['ChannelLiveSession', Optional[Any]]
    #: Listener connections subscribed to the channel, on every instance.
    listeners: int
    #: Every language the channel offers (its source language first, then its target languages) with the listener connections that receive it.
    languages: List['LanguageListeners']
    #: The channel's latest finals (of this session or earlier ones), newest first, with how long each stage took.
    finals: List['FinalLatency']


class EventLiveStatus(BaseModel):
    """What is happening in an event right now, gathered from every instance of the service: per channel, its speaking session, who is listening in which language, and how long the pipeline took for the late"""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The event's id.
    event_id: 'Uuid'
    #: When this answer was put together.
    observed_at: 'Timestamp'
    #: Listener connections open to the event on every instance, subscribed to a channel or not yet.
    listeners: int
    #: Every channel of the event, in the events service's order.
    channels: List['ChannelLiveStatus']


class RecordingMetadata(BaseModel):
    """What the recording of a session is, without downloading it."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session recorded.
    session_id: 'Uuid'
    #: The `Content-Type` the recording is downloaded with.
    media_type: Literal["audio/wav"]
    #: The container format.
    format: Literal["wav"]
    #: The sample encoding (linear PCM, signed 16-bit little-endian), as received from the speaker.
    encoding: Literal["pcm_s16le"]
    #: Samples per second.
    sample_rate: int
    #: Audio channels (1 = mono).
    channels: int
    #: Bits per sample.
    bits_per_sample: Literal[16]
    #: Length of the audio, the seconds received; it excludes pauses and interruptions, so it can be shorter than the session's `duration_seconds`.
    duration_seconds: float
    #: Size of the WAV file, header included; the `Content-Length` of a full download.
    size_bytes: int
    #: When the recording was finalised (the session's end).
    created_at: 'Timestamp'


class TranscriptLanguageSummary(BaseModel):
    """One language a session has a transcript in."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    language: 'LanguageTag'
    #: `true` for the transcription of what the speaker said; `false` for a translation of it.
    is_source: bool
    #: How many segments the transcript has.
    segment_count: int


class TranscriptIndex(BaseModel):
    """The transcripts a session has, one per language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    session_id: 'Uuid'
    event_id: 'Uuid'
    channel_id: 'Uuid'
    #: The language the speaker spoke in.
    source_language: 'LanguageTag'
    #: `false` while the session is `active`: the transcripts are still growing.
    complete: bool
    #: The source language first, then each translation.
    languages: List['TranscriptLanguageSummary']


class TranscriptSegment(BaseModel):
    """One finalised stretch of speech (usually a sentence) and its text in the transcript's language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The segment's id, the same in every language and in the WebSocket subtitle messages.
    segment_id: 'Uuid'
    #: The session the segment belongs to.
    session_id: 'Uuid'
    #: The segment's position among the final segments of its channel: numbered 1, 2, 3, ...
    sequence: int
    #: Where the segment starts, in milliseconds of audio: on the session's audio clock in a session transcript (the clock of the WebSocket messages, which stops while the speaker is paused or disconnected, 
    start_ms: int
    #: Where the segment ends, on the same clock as `start_ms`.
    end_ms: int
    #: The text in the transcript's language.
    text: str
    #: The user who spoke the segment.
    speaker_id: 'Uuid'


class Transcript(BaseModel):
    """The transcript of one session in one language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    session_id: 'Uuid'
    event_id: 'Uuid'
    channel_id: 'Uuid'
    #: The language of `segments[].text`.
    language: 'LanguageTag'
    #: The language the speaker spoke in.
    source_language: 'LanguageTag'
    #: `true` when this is the transcription itself (`language` = `source_language`), `false` for a translation.
    is_source: bool
    #: `false` while the session is `active`: later requests may return more segments.
    complete: bool
    #: The segments in `sequence` order (which is also `start_ms` order).
    segments: List['TranscriptSegment']


class EventTranscriptSession(BaseModel):
    """One session included in an event transcript, and where it sits on the transcript's clock."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    session_id: 'Uuid'
    channel_id: 'Uuid'
    #: When the session started.
    started_at: 'Timestamp'
    #: Where this session starts on the event transcript's clock: the total audio length of the sessions before it (as if their recordings were played back to back).
    offset_ms: int
    source_language: 'LanguageTag'
    #: Whether the session's text in this language is its transcription (`true`) or a translation.
    is_source: bool


class EventTranscript(BaseModel):
    """The transcripts of every session of an event (or of one channel) in one language, concatenated in the order the sessions started, on one clock: the sessions' audio clocks laid end to end, as if their """

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    event_id: 'Uuid'
    #: The channel the transcript was restricted to; `null` for every channel of the event.
    channel_id: Optional[str]
    language: 'LanguageTag'
    #: `false` while any included session is still `active`.
    complete: bool
    #: The sessions included, in start order.
    sessions: List['EventTranscriptSession']
    #: Every segment of those sessions, session after session, each session's segments in `sequence` order.
    segments: List['TranscriptSegment']


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


for _model in (SpeakerTicketRequest, ValidationIssue, Problem, WebSocketTicket, UnsupportedLanguage, UnsupportedLanguagesProblem, ListenerTicketRequest, Session, SessionList, ChannelLiveSession, LanguageListeners, FinalLanguageLatency, FinalLatency, ChannelLiveStatus, EventLiveStatus, RecordingMetadata, TranscriptLanguageSummary, TranscriptIndex, TranscriptSegment, Transcript, EventTranscriptSession, EventTranscript, Health, ReadinessCheck, Readiness,):
    _model.model_rebuild()


_create_speaker_ticket_201 = adapter(WebSocketTicket)
_create_listener_ticket_201 = adapter(WebSocketTicket)
_list_event_sessions_200 = adapter(SessionList)
_get_event_live_status_200 = adapter(EventLiveStatus)
_get_session_200 = adapter(Session)
_get_session_recording_metadata_200 = adapter(RecordingMetadata)
_list_session_transcripts_200 = adapter(TranscriptIndex)
_get_session_transcript_200 = adapter(Transcript)
_get_event_transcript_200 = adapter(EventTranscript)
_get_health_200 = adapter(Health)
_get_readiness_200 = adapter(Readiness)


class LiveEventClient(ApiClient):
    """One method per operation of Ilenia Live Event API (WebSocket mode); errors raise ProblemError subclasses."""

    def create_speaker_ticket(self, body: Union['SpeakerTicketRequest', Dict[str, Any]]) -> 'WebSocketTicket':
        """Get a speaker WebSocket ticket (`POST /v1/tickets/speaker`)."""
        return self._call(
            "createSpeakerTicket",
            "POST",
            "/v1/tickets/speaker",
            secured=True,
            expects={"201": ("json", _create_speaker_ticket_201)}, body=body,
        )

    def create_listener_ticket(self, body: Union['ListenerTicketRequest', Dict[str, Any]]) -> 'WebSocketTicket':
        """Get a listener WebSocket ticket (`POST /v1/tickets/listener`)."""
        return self._call(
            "createListenerTicket",
            "POST",
            "/v1/tickets/listener",
            secured=True,
            expects={"201": ("json", _create_listener_ticket_201)}, body=body,
        )

    def list_event_sessions(self, event_id: 'Uuid', *, channel_id: Optional['Uuid'] = None, status: Optional['SessionStatus'] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'SessionList':
        """List an event's sessions (`GET /v1/events/{event_id}/sessions`)."""
        return self._call(
            "listEventSessions",
            "GET",
            f"/v1/events/{_path(event_id)}/sessions",
            secured=True,
            query={"channel_id": channel_id, "status": status, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_event_sessions_200)},
        )

    def get_event_live_status(self, event_id: 'Uuid', *, finals: Optional[int] = None) -> 'EventLiveStatus':
        """See who is connected and how fast finals flow (`GET /v1/events/{event_id}/live`)."""
        return self._call(
            "getEventLiveStatus",
            "GET",
            f"/v1/events/{_path(event_id)}/live",
            secured=True,
            query={"finals": finals},
            expects={"200": ("json", _get_event_live_status_200)},
        )

    def get_session(self, session_id: 'Uuid') -> 'Session':
        """Get a session (`GET /v1/sessions/{session_id}`)."""
        return self._call(
            "getSession",
            "GET",
            f"/v1/sessions/{_path(session_id)}",
            secured=True,
            expects={"200": ("json", _get_session_200)},
        )

    def get_session_recording(self, session_id: 'Uuid', *, range: Optional[str] = None, if_range: Optional[str] = None) -> bytes:
        """Download a session's recording (`GET /v1/sessions/{session_id}/recording`)."""
        return self._call(
            "getSessionRecording",
            "GET",
            f"/v1/sessions/{_path(session_id)}/recording",
            secured=True,
            headers={"Range": range, "If-Range": if_range},
            expects={"200": ("bytes", None), "206": ("bytes", None)},
        )

    def get_session_recording_metadata(self, session_id: 'Uuid') -> 'RecordingMetadata':
        """Get a session's recording metadata (`GET /v1/sessions/{session_id}/recording/metadata`)."""
        return self._call(
            "getSessionRecordingMetadata",
            "GET",
            f"/v1/sessions/{_path(session_id)}/recording/metadata",
            secured=True,
            expects={"200": ("json", _get_session_recording_metadata_200)},
        )

    def list_session_transcripts(self, session_id: 'Uuid') -> 'TranscriptIndex':
        """List a session's transcripts (`GET /v1/sessions/{session_id}/transcripts`)."""
        return self._call(
            "listSessionTranscripts",
            "GET",
            f"/v1/sessions/{_path(session_id)}/transcripts",
            secured=True,
            expects={"200": ("json", _list_session_transcripts_200)},
        )

    def get_session_transcript(self, session_id: 'Uuid', language: 'LanguageTag', *, format: Optional[Literal["json", "vtt", "srt", "txt"]] = None) -> Union['Transcript', str]:
        """Download a session's transcript in one language (`GET /v1/sessions/{session_id}/transcripts/{language}`)."""
        return self._call(
            "getSessionTranscript",
            "GET",
            f"/v1/sessions/{_path(session_id)}/transcripts/{_path(language)}",
            secured=True,
            query={"format": format},
            expects={"200": ("json|text", _get_session_transcript_200)},
        )

    def get_event_transcript(self, event_id: 'Uuid', language: 'LanguageTag', *, channel_id: Optional['Uuid'] = None, format: Optional[Literal["json", "vtt", "srt", "txt"]] = None) -> Union['EventTranscript', str]:
        """Download an event's transcript in one language (`GET /v1/events/{event_id}/transcripts/{language}`)."""
        return self._call(
            "getEventTranscript",
            "GET",
            f"/v1/events/{_path(event_id)}/transcripts/{_path(language)}",
            secured=True,
            query={"channel_id": channel_id, "format": format},
            expects={"200": ("json|text", _get_event_transcript_200)},
        )

    def get_metrics(self) -> str:
        """Get Prometheus metrics (`GET /metrics`)."""
        return self._call(
            "getMetrics",
            "GET",
            "/metrics",
            secured=False,
            expects={"200": ("text", None)},
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
