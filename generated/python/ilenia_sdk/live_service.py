# GENERATED FILE - DO NOT EDIT.
# Source: specs/openapi/live-service/openapi.yaml
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""Ilenia Live Service API (LiveKit mode) 0.1.0: models and client."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import ApiClient, adapter, path_segment as _path

#: A UUID.
Uuid = str


class StartSessionRequest(BaseModel):
    """The channel whose agents to start."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The event, as known to the events service.
    event_id: 'Uuid'
    #: The channel of that event; its room is `event-<event_id>-channel-<channel_id>`.
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


#: Where the session is in its lifecycle: `starting` (agents launched, joining the room), `active` (every agent joined), `stopping` (stop requested, agents disconnecting), `ended` (stopped, or its room c
SessionStatus = Literal["starting", "active", "stopping", "ended", "failed"]


#: An RFC 3339 date and time with a timezone offset.
Timestamp = str


#: A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
LanguageTag = str


#: The stage of the channel agent: `asr` transcribes the speaker's `original` track in the source language, `mt` translates every final segment into each target language, `tts` voices one target language
AgentType = Literal["asr", "mt", "tts"]


#: Where a stage of the channel agent is: `starting` (token obtained, connecting), `running` (joined the room and working), `restarting` (lost its connection or its engine and is being started again), `s
AgentStatus = Literal["starting", "running", "restarting", "stopped", "failed"]


class AgentError(BaseModel):
    """The last error an agent met."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: A stable error code: `engine_unreachable`, `engine_error`, `livekit_disconnected`, `token_refused`, `no_speaker_track` or `internal`.
    code: Literal["engine_unreachable", "engine_error", "livekit_disconnected", "token_refused", "no_speaker_track", "internal"]
    #: A human-readable explanation, for operators.
    message: str
    #: When the error happened.
    occurred_at: 'Timestamp'


class SessionAgent(BaseModel):
    """One stage of the session's channel agent (the one participant of the channel's room): `asr`, `mt`, or `tts` for one target language, with its own status, restarts and last error."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    agent_type: 'AgentType'
    #: The channel agent's participant identity in the room, as its token from the livekit-provider names it: the same for every stage of the session, since they are one participant.
    identity: str
    #: The languages it works in: the source language for `asr`, the target languages for `mt`, its one target language for `tts`.
    languages: List['LanguageTag']
    status: 'AgentStatus'
    #: When it last joined the room; null while it has not joined yet.
    joined_at: Optional[str]
    #: How many times it was restarted after an error.
    restarts: int
    #: The last error it met; null when it has met none.
    last_error: Union['AgentError', Optional[Any]]


class SessionCounters(BaseModel):
    """What the session has produced so far (final when the session has ended)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: Seconds of the speaker's audio the ASR agent has received.
    audio_seconds: float
    #: Final segments the ASR agent has published (partial results are not counted).
    segments_transcribed: int
    #: Final segments the MT agent has published, per target language.
    segments_translated: Dict[str, int]
    #: When any agent last published a segment or audio; null until the first segment.
    last_activity_at: Optional[str]


class LiveSession(BaseModel):
    """A session of the channel agent of one channel's LiveKit room, with each of its stages' status and the counters."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session.
    session_id: 'Uuid'
    #: The event.
    event_id: 'Uuid'
    #: The channel.
    channel_id: 'Uuid'
    #: The channel's LiveKit room, `event-<event_id>-channel-<channel_id>`.
    room_name: str
    status: 'SessionStatus'
    #: When the session was started.
    started_at: 'Timestamp'
    #: When it ended or failed; null while it runs.
    ended_at: Optional[str]
    #: Why it ended: `stopped` (`POST /v1/sessions/stop`), `room_closed` (the room was closed or emptied), `event_closed` (the event left `ready`/`live`), `agent_failed` (status `failed`); null while it runs
    end_reason: Literal["stopped", "room_closed", "event_closed", "agent_failed", None]
    #: The user who started it.
    started_by: 'Uuid'
    #: The user who stopped it; null while it runs or when it ended by itself.
    stopped_by: Optional[str]
    #: The language the speaker speaks, from the channel at start time.
    source_language: 'LanguageTag'
    #: The languages it translates into, from the channel at start time.
    target_languages: List['LanguageTag']
    #: The stages of the session's one channel agent, `asr` first, then `mt`, then one `tts` per target language.
    agents: List['SessionAgent']
    counters: 'SessionCounters'
    #: When the session record was written to the events service; null while the session runs, and after it ended until the write succeeds (the service retries it in the background).
    record_saved_at: Optional[str]


class StopSessionRequest(BaseModel):
    """The session to stop, and the event it belongs to."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The event the session belongs to; a session of another event answers 404.
    event_id: 'Uuid'
    #: The session, as returned by `POST /v1/sessions/start`.
    session_id: 'Uuid'


class TranscriptLanguageSummary(BaseModel):
    """One language a session has a transcript in."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    language: 'LanguageTag'
    #: `true` for the transcription of what the speaker said; `false` for a translation of it.
    is_source: bool
    #: How many segments the transcript has.
    segment_count: int


class LiveTranscriptIndex(BaseModel):
    """The transcripts a session has, one per language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    session_id: 'Uuid'
    event_id: 'Uuid'
    channel_id: 'Uuid'
    #: The language the speaker spoke in.
    source_language: 'LanguageTag'
    #: `false` while the session runs: the transcripts are still growing.
    complete: bool
    #: The source language first, then each translation.
    languages: List['TranscriptLanguageSummary']


class LiveTranscriptSegment(BaseModel):
    """One final segment the channel agent published, in the transcript's language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The segment's position among the session's finals, shared by the source text and its translations; it continues across a restart of the service (a picked-up session keeps counting).
    sequence: int
    #: Where the segment starts, in milliseconds of the session's audio.
    start_ms: int
    #: Where the segment ends, on the same clock as `start_ms`.
    end_ms: int
    #: The text in the transcript's language.
    text: str


class LiveTranscript(BaseModel):
    """The transcript of one LiveKit session in one language."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session.
    session_id: 'Uuid'
    #: The event.
    event_id: 'Uuid'
    #: The channel.
    channel_id: 'Uuid'
    #: The language of `segments[].text`.
    language: 'LanguageTag'
    #: The language the speaker spoke in.
    source_language: 'LanguageTag'
    #: `true` when this is the transcription itself (`language` = `source_language`), `false` for a translation.
    is_source: bool
    #: `false` while the session runs: later requests may return more segments.
    complete: bool
    #: The segments in `sequence` order.
    segments: List['LiveTranscriptSegment']


class SessionList(BaseModel):
    """A page of an event's sessions, the most recently started first."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    items: List['LiveSession']
    #: How many sessions match the filters, across all pages.
    total: int
    #: The page size applied.
    limit: int
    #: The number of sessions skipped.
    offset: int


class LiveEventTranscriptSession(BaseModel):
    """One LiveKit session included in an event transcript, and where it sits on the transcript's clock."""

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


class LiveEventTranscriptSegment(BaseModel):
    """One final segment of an event transcript: a session's segment with its session named and its times moved onto the event transcript's clock (the session's `offset_ms` added)."""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    #: The session the segment belongs to.
    session_id: 'Uuid'
    #: The segment's `sequence` in its session (unique within a channel).
    sequence: int
    #: Where the segment starts, in milliseconds of the event transcript's clock.
    start_ms: int
    #: Where the segment ends, on the same clock as `start_ms`.
    end_ms: int
    #: The text in the transcript's language.
    text: str


class LiveEventTranscript(BaseModel):
    """The transcripts of every LiveKit session of an event (or of one channel) in one language, concatenated in the order the sessions started, on one clock: the sessions' audio clocks laid end to end, as i"""

    model_config = ConfigDict(populate_by_name=True, extra="allow", protected_namespaces=())

    event_id: 'Uuid'
    #: The channel the transcript was restricted to; `null` for every channel of the event.
    channel_id: Optional[str]
    language: 'LanguageTag'
    #: `false` while any included session is still `active`.
    complete: bool
    #: The sessions included, in start order.
    sessions: List['LiveEventTranscriptSession']
    #: Every segment of those sessions, session after session, each session's segments in `sequence` order.
    segments: List['LiveEventTranscriptSegment']


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


for _model in (StartSessionRequest, ValidationIssue, Problem, AgentError, SessionAgent, SessionCounters, LiveSession, StopSessionRequest, TranscriptLanguageSummary, LiveTranscriptIndex, LiveTranscriptSegment, LiveTranscript, SessionList, LiveEventTranscriptSession, LiveEventTranscriptSegment, LiveEventTranscript, Health, ReadinessCheck, Readiness,):
    _model.model_rebuild()


_start_session_200 = adapter(LiveSession)
_start_session_201 = adapter(LiveSession)
_stop_session_200 = adapter(LiveSession)
_get_session_200 = adapter(LiveSession)
_list_session_transcripts_200 = adapter(LiveTranscriptIndex)
_get_session_transcript_200 = adapter(LiveTranscript)
_list_event_sessions_200 = adapter(SessionList)
_get_live_event_transcript_200 = adapter(LiveEventTranscript)
_get_health_200 = adapter(Health)
_get_readiness_200 = adapter(Readiness)


class LiveServiceClient(ApiClient):
    """One method per operation of Ilenia Live Service API (LiveKit mode); errors raise ProblemError subclasses."""

    def start_session(self, body: Union['StartSessionRequest', Dict[str, Any]]) -> 'LiveSession':
        """Start the agents of a channel (`POST /v1/sessions/start`)."""
        return self._call(
            "startSession",
            "POST",
            "/v1/sessions/start",
            secured=True,
            expects={"200": ("json", _start_session_200), "201": ("json", _start_session_201)}, body=body,
        )

    def stop_session(self, body: Union['StopSessionRequest', Dict[str, Any]]) -> 'LiveSession':
        """Stop a session (`POST /v1/sessions/stop`)."""
        return self._call(
            "stopSession",
            "POST",
            "/v1/sessions/stop",
            secured=True,
            expects={"200": ("json", _stop_session_200)}, body=body,
        )

    def get_session(self, session_id: 'Uuid') -> 'LiveSession':
        """Read a session (`GET /v1/sessions/{session_id}`)."""
        return self._call(
            "getSession",
            "GET",
            f"/v1/sessions/{_path(session_id)}",
            secured=True,
            expects={"200": ("json", _get_session_200)},
        )

    def list_session_transcripts(self, session_id: 'Uuid') -> 'LiveTranscriptIndex':
        """List a session's transcripts (`GET /v1/sessions/{session_id}/transcripts`)."""
        return self._call(
            "listSessionTranscripts",
            "GET",
            f"/v1/sessions/{_path(session_id)}/transcripts",
            secured=True,
            expects={"200": ("json", _list_session_transcripts_200)},
        )

    def get_session_transcript(self, session_id: 'Uuid', language: 'LanguageTag', *, format: Optional[Literal["json", "vtt", "srt", "txt"]] = None) -> Union['LiveTranscript', str]:
        """Download a session's transcript in one language (`GET /v1/sessions/{session_id}/transcripts/{language}`)."""
        return self._call(
            "getSessionTranscript",
            "GET",
            f"/v1/sessions/{_path(session_id)}/transcripts/{_path(language)}",
            secured=True,
            query={"format": format},
            expects={"200": ("json|text", _get_session_transcript_200)},
        )

    def list_event_sessions(self, event_id: 'Uuid', *, status: Optional[List['SessionStatus']] = None, limit: Optional[int] = None, offset: Optional[int] = None) -> 'SessionList':
        """List the sessions of an event (`GET /v1/events/{event_id}/sessions`)."""
        return self._call(
            "listEventSessions",
            "GET",
            f"/v1/events/{_path(event_id)}/sessions",
            secured=True,
            query={"status": status, "limit": limit, "offset": offset},
            expects={"200": ("json", _list_event_sessions_200)},
        )

    def get_live_event_transcript(self, event_id: 'Uuid', language: 'LanguageTag', *, channel_id: Optional['Uuid'] = None, format: Optional[Literal["json", "vtt", "srt", "txt"]] = None) -> Union['LiveEventTranscript', str]:
        """Download an event's transcript in one language (`GET /v1/events/{event_id}/transcripts/{language}`)."""
        return self._call(
            "getLiveEventTranscript",
            "GET",
            f"/v1/events/{_path(event_id)}/transcripts/{_path(language)}",
            secured=True,
            query={"channel_id": channel_id, "format": format},
            expects={"200": ("json|text", _get_live_event_transcript_200)},
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
