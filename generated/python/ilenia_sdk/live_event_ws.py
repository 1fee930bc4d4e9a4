# GENERATED FILE - DO NOT EDIT.
# Source: specs/asyncapi/live-event/asyncapi.yaml
# Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
"""Ilenia Live Event WebSocket protocol 0.1.0: the JSON messages of both WebSocket roles."""
from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Type, Union

from pydantic import BaseModel, ConfigDict, Field

#: A correlation id chosen by the client (a counter or a random string).
RequestId = str


class AudioFormat(BaseModel):
    """The shape of the binary audio frames: raw little-endian signed 16-bit PCM (`pcm_s16le`) today."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The sample encoding.
    encoding: Literal["pcm_s16le", "opus"]
    #: Samples per second.
    sample_rate_hz: Literal[8000, 16000, 22050, 24000, 32000, 44100, 48000]
    #: Interleaved channels.
    channels: int


#: A UUID.
Uuid = str


#: An RFC 3339 date and time with a timezone offset.
Timestamp = str


#: A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
LanguageTag = str


#: Milliseconds of session audio before this point: the clock counts received audio, so it stops while paused or disconnected and goes on after a resume.
MediaOffsetMs = int


#: Identifies one utterance (segment) from its first partial to its final result, in every language.
SegmentId = str


class TranscriptTimings(BaseModel):
    """How long the pipeline took for this result, for latency dashboards."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: Milliseconds the speech recogniser took, from the last audio of the segment reaching the server to this hypothesis.
    recognition_ms: int
    emitted_at: 'Timestamp'


#: The position of a final segment in its channel.
Sequence = int


class SubtitleTimings(BaseModel):
    """How long each stage of the pipeline took for this subtitle, so a listener (or a dashboard) can show the delay behind the speaker."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: Milliseconds the speech recogniser took, from the last audio of the segment reaching the server to the source-language text.
    recognition_ms: int
    #: Milliseconds the machine translation took; `null` for the source language.
    translation_ms: Optional[int]
    emitted_at: 'Timestamp'
    #: Milliseconds from `emitted_at` to the moment the instance serving this listener handed the subtitle to its connection (the subtitle bus, Redis included, and the fan-out).
    delivery_ms: Optional[int] = None


#: The state of a channel's speaking session.
SessionStateName = Literal["idle", "live", "paused", "interrupted", "ended"]


#: What went wrong.
ErrorCode = Literal["invalid_message", "unknown_type", "unsupported_audio_format", "not_negotiated", "invalid_state", "message_too_large", "rate_limited", "language_not_available", "channel_not_found", "resume_failed", "engine_unavailable", "internal_error", "ticket_invalid", "forbidden", "event_not_found", "event_not_live", "channel_busy"]


class TicketQuery(BaseModel):
    """The query string of the WebSocket upgrade request."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The single-use ticket from `POST /v1/tickets/speaker` or `POST /v1/tickets/listener` (live-event REST API), valid for 30 s.
    ticket: str


class ChannelLanguage(BaseModel):
    """One language a channel is subtitled in."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    language: 'LanguageTag'
    #: True for the language the speaker talks in; false for machine translations of it.
    is_source: bool


class SessionSummary(BaseModel):
    """The speaking session of a channel as it is now."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The current (or last) session of the channel; `null` before any speaker started one.
    session_id: Optional[str]
    state: 'SessionStateName'


class AudioAccepted(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["audio_accepted"]
    request_id: Optional['RequestId'] = None
    format: 'AudioFormat'
    #: The largest binary frame the server takes; 32000 bytes (1 s of 16 kHz mono PCM) today.
    max_frame_bytes: int


class AudioConfig(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["audio_config"]
    request_id: Optional['RequestId'] = None
    format: 'AudioFormat'
    #: How much audio the client puts in each binary frame (a hint for buffering).
    frame_duration_ms: Optional[int] = None
    #: Also send `translation_final` messages to the speaker (for a confidence monitor).
    echo_translations: Optional[bool] = None


#: Raw PCM bytes (shown base64-encoded in the examples; sent as bytes).
AudioFrame = bytes


class EndSession(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["end_session"]
    request_id: Optional['RequestId'] = None


class ErrorMessage(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["error"]
    request_id: Optional['RequestId'] = None
    code: 'ErrorCode'
    #: A human-readable explanation, in English, for logs and developer tools.
    message: str
    #: True when the server closes the connection after this message.
    fatal: bool
    #: Machine-readable context that depends on `code`: `issues` (array of `{path, message}`) for `invalid_message`, `received_type` for `unknown_type`, `supported` (array of audio formats) for `unsupported_
    details: Optional[Dict[str, Any]] = None


class Gap(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["gap"]
    event_id: 'Uuid'
    channel_id: 'Uuid'
    session_id: 'Uuid'
    #: The language without subtitles, or `null` when every language is affected.
    language: Union['LanguageTag', Optional[Any]]
    from_ms: 'MediaOffsetMs'
    to_ms: 'MediaOffsetMs'
    #: The last final segment before the gap; `null` when there was none.
    after_sequence: Optional[int]
    reason: Literal["asr_failed", "mt_failed", "audio_overrun", "storage_unavailable"]
    #: A human-readable explanation for logs.
    message: Optional[str] = None
    #: True when sent from history after a resume rather than live.
    replayed: Optional[bool] = None


class Pause(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["pause"]
    request_id: Optional['RequestId'] = None


class Ping(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["ping"]
    request_id: Optional['RequestId'] = None
    client_time: Optional['Timestamp'] = None


class Pong(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["pong"]
    request_id: Optional['RequestId'] = None
    client_time: Optional['Timestamp'] = None
    server_time: 'Timestamp'


class ServiceWarning(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["service_warning"]
    #: What is down (or back).
    dependency: Literal["database", "redis"]
    state: Literal["unavailable", "recovered"]
    #: Finals of this session waiting to be stored and sent.
    pending_finals: int
    #: A human-readable explanation, in English, for logs and developer tools.
    message: str


class Resume(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["resume"]
    request_id: Optional['RequestId'] = None


class SessionResume(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["session_resume"]
    request_id: Optional['RequestId'] = None
    session_id: 'Uuid'
    #: The `resume_token` of the latest `session_started` of that session.
    resume_token: str


class SessionStarted(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["session_started"]
    request_id: Optional['RequestId'] = None
    session_id: 'Uuid'
    event_id: 'Uuid'
    channel_id: 'Uuid'
    source_language: 'LanguageTag'
    #: The secret to send in `session_resume` after a dropped connection.
    resume_token: str
    #: How long the session waits for a resume after the connection drops.
    resume_grace_seconds: int
    #: True when this connection continues an existing session.
    resumed: bool
    #: The sequence of the channel's latest final segment, `null` when there is none yet.
    last_sequence: Optional[int]
    media_offset_ms: 'MediaOffsetMs'


class SessionState(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["session_state"]
    request_id: Optional['RequestId'] = None
    event_id: 'Uuid'
    channel_id: 'Uuid'
    session_id: 'Uuid'
    state: 'SessionStateName'
    #: What happened.
    change: Literal["started", "paused", "resumed", "speaker_disconnected", "speaker_connected", "ended"]
    #: Why the session ended; only with change `ended`.
    end_reason: Optional[Literal["speaker_ended", "ended_by_manager", "event_ended", "grace_expired", "replaced"]] = None
    resume_deadline: Optional['Timestamp'] = None
    at: 'Timestamp'


class SetLanguages(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["set_languages"]
    request_id: Optional['RequestId'] = None
    languages: List['LanguageTag']


class Subscribe(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["subscribe"]
    request_id: Optional['RequestId'] = None
    channel_id: 'Uuid'
    #: The languages to receive (source and/or translations).
    languages: List['LanguageTag']
    #: Also receive `subtitle_partial` messages (live captions that change as words arrive).
    include_partials: Optional[bool] = None
    #: Replay the final subtitles with a sequence greater than this (0 = everything still held).
    resume_from: Optional[int] = None


class SubscribedReplay(BaseModel):
    """What is replayed after this message; `null` when nothing is (no `resume_from`, or nothing missed)."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    #: The first replayed sequence; `null` when nothing held is replayed (`count` 0).
    from_sequence: Union['Sequence', Optional[Any]]
    #: The last replayed sequence; `null` when nothing held is replayed (`count` 0).
    to_sequence: Union['Sequence', Optional[Any]]
    #: How many `subtitle_final` messages are replayed (segments × languages).
    count: int
    #: True when older finals the client asked for are no longer held.
    truncated: bool


class Subscribed(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["subscribed"]
    request_id: Optional['RequestId'] = None
    event_id: 'Uuid'
    channel_id: 'Uuid'
    #: The languages now delivered.
    languages: List['LanguageTag']
    #: Every language the channel offers (its source language and its translation targets).
    available_languages: List['ChannelLanguage']
    include_partials: bool
    session: 'SessionSummary'
    #: The sequence of the channel's latest final segment; `null` when there is none yet.
    last_sequence: Optional[int]
    #: What is replayed after this message; `null` when nothing is (no `resume_from`, or nothing missed).
    replay: Optional['SubscribedReplay']


class SubtitleFinal(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["subtitle_final"]
    event_id: 'Uuid'
    channel_id: 'Uuid'
    session_id: 'Uuid'
    segment_id: 'SegmentId'
    sequence: 'Sequence'
    language: 'LanguageTag'
    #: True when `language` is the speaker's language (recognised text, not a translation).
    is_source: bool
    start_ms: 'MediaOffsetMs'
    end_ms: 'MediaOffsetMs'
    text: str
    timings: 'SubtitleTimings'
    #: True when sent from history after a resume rather than live.
    replayed: bool


class SubtitlePartial(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["subtitle_partial"]
    event_id: 'Uuid'
    channel_id: 'Uuid'
    session_id: 'Uuid'
    segment_id: 'SegmentId'
    #: 1 for the first partial of the segment in this language, then +1 for each newer one.
    revision: int
    language: 'LanguageTag'
    #: True when `language` is the speaker's language (recognised text, not a translation).
    is_source: bool
    start_ms: 'MediaOffsetMs'
    end_ms: 'MediaOffsetMs'
    text: str
    timings: 'SubtitleTimings'


class TranscriptFinal(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["transcript_final"]
    session_id: 'Uuid'
    segment_id: 'SegmentId'
    sequence: 'Sequence'
    language: 'LanguageTag'
    start_ms: 'MediaOffsetMs'
    end_ms: 'MediaOffsetMs'
    #: The recognised text of the whole segment.
    text: str
    timings: 'TranscriptTimings'


class TranscriptPartial(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["transcript_partial"]
    session_id: 'Uuid'
    segment_id: 'SegmentId'
    #: 1 for the first partial of the segment, then +1 for each newer one.
    revision: int
    language: 'LanguageTag'
    start_ms: 'MediaOffsetMs'
    end_ms: 'MediaOffsetMs'
    #: The text recognised so far (may be empty at the very start of speech).
    text: str
    timings: 'TranscriptTimings'


class TranslationFinal(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["translation_final"]
    session_id: 'Uuid'
    segment_id: 'SegmentId'
    sequence: 'Sequence'
    source_language: 'LanguageTag'
    language: 'LanguageTag'
    start_ms: 'MediaOffsetMs'
    end_ms: 'MediaOffsetMs'
    #: The translated text.
    text: str
    timings: 'SubtitleTimings'


class Unsubscribe(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["unsubscribe"]
    request_id: Optional['RequestId'] = None


class Unsubscribed(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", protected_namespaces=())

    type: Literal["unsubscribed"]
    request_id: Optional['RequestId'] = None
    channel_id: 'Uuid'


for _model in (AudioFormat, TranscriptTimings, SubtitleTimings, TicketQuery, ChannelLanguage, SessionSummary, AudioAccepted, AudioConfig, EndSession, ErrorMessage, Gap, Pause, Ping, Pong, ServiceWarning, Resume, SessionResume, SessionStarted, SessionState, SetLanguages, Subscribe, SubscribedReplay, Subscribed, SubtitleFinal, SubtitlePartial, TranscriptFinal, TranscriptPartial, TranslationFinal, Unsubscribe, Unsubscribed,):
    _model.model_rebuild()


#: The name of every close code the server uses (`x-close-codes`), e.g. 4001: "TicketInvalid".
CLOSE_CODES: Dict[int, str] = {
    1000: "NormalClosure",
    1001: "GoingAway",
    1007: "InvalidFramePayloadData",
    1008: "PolicyViolation",
    1009: "MessageTooBig",
    1011: "InternalError",
    4001: "TicketInvalid",
    4003: "Forbidden",
    4004: "NotFound",
    4008: "SlowConsumer",
    4009: "EventNotLive",
    4010: "Replaced",
    4011: "SessionEnded",
    4012: "ChannelBusy",
}

#: The model of each JSON message, by its `type`.
MESSAGE_MODELS: Dict[str, Type[BaseModel]] = {
    "audio_accepted": AudioAccepted,
    "audio_config": AudioConfig,
    "end_session": EndSession,
    "error": ErrorMessage,
    "gap": Gap,
    "pause": Pause,
    "ping": Ping,
    "pong": Pong,
    "service_warning": ServiceWarning,
    "resume": Resume,
    "session_resume": SessionResume,
    "session_started": SessionStarted,
    "session_state": SessionState,
    "set_languages": SetLanguages,
    "subscribe": Subscribe,
    "subscribed": Subscribed,
    "subtitle_final": SubtitleFinal,
    "subtitle_partial": SubtitlePartial,
    "transcript_final": TranscriptFinal,
    "transcript_partial": TranscriptPartial,
    "translation_final": TranslationFinal,
    "unsubscribe": Unsubscribe,
    "unsubscribed": Unsubscribed,
}


def parse_message(data: Dict[str, Any]) -> BaseModel:
    """Validates a decoded JSON message into the model its `type` names; raises ValueError otherwise."""
    model = MESSAGE_MODELS.get(data.get("type")) if isinstance(data, dict) else None
    if model is None:
        raise ValueError(f"Unknown message type: {data.get('type') if isinstance(data, dict) else data!r}")
    return model.model_validate(data)
