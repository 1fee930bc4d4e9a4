// GENERATED FILE - DO NOT EDIT.
// Source: specs/asyncapi/live-event/asyncapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

/** The `$id` of {@link messageSchemas}; a message schema is `${MESSAGE_SCHEMAS_ID}#/$defs/<MessageName>`. */
export const MESSAGE_SCHEMAS_ID = 'urn:ilenia:live-event:ws';

/** The JSON Schemas of every JSON message (extensions and OpenAPI-only keywords removed). */
export const messageSchemas = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:ilenia:live-event:ws",
  "title": "Ilenia Live Event WebSocket protocol",
  "$defs": {
    "AudioConfig": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "format"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "audio_config"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "format": {
          "$ref": "#/$defs/AudioFormat"
        },
        "frame_duration_ms": {
          "type": "integer",
          "minimum": 10,
          "maximum": 1000,
          "description": "How much audio the client puts in each binary frame (a hint for buffering). 20–100 ms keeps latency low; the server accepts any frame up to `max_frame_bytes`."
        },
        "echo_translations": {
          "type": "boolean",
          "default": false,
          "description": "Also send `translation_final` messages to the speaker (for a confidence monitor)."
        }
      },
      "title": "AudioConfig",
      "description": "Offer the audio format of the frames the speaker is about to send\n\nThe speaker's first message on a new connection (after an optional `session_resume`). The server answers `audio_accepted` (and, when no session is attached to the connection yet, a `session_started` just before it), or an `error` with code `unsupported_audio_format` and `details.supported` listing the formats it can decode, after which the client may offer again. Accepted today: `pcm_s16le`, 16000 Hz, mono. A second `audio_config` after `audio_accepted` is an `invalid_state` error. Starting a new session while this speaker's previous session of the channel is still `interrupted` ends that one (`session_state` ended, `end_reason: replaced`); while another speaker holds the channel the connection is closed with 4012."
    },
    "Pause": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "pause"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        }
      },
      "title": "Pause",
      "description": "Pause transcription\n\nThe speaker stops being transcribed until `resume`. The server answers `session_state` (state `paused`, change `paused`) to the speaker and every listener; audio frames sent while paused are discarded and the session audio clock stops. `pause` while already paused is an `invalid_state` error."
    },
    "Resume": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "resume"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        }
      },
      "title": "Resume",
      "description": "Resume transcription after a pause\n\nEnds a `pause`. The server answers `session_state` (state `live`, change `resumed`) to the speaker and every listener. `resume` while live is an `invalid_state` error. (To continue a session after a dropped connection, send `session_resume` instead.)"
    },
    "EndSession": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "end_session"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        }
      },
      "title": "EndSession",
      "description": "End the speaking session\n\nThe speaker is done. The server finishes recognising the audio it already has, sends the last `transcript_final` messages, then `session_state` (state `ended`, change `ended`) to the speaker and every listener, and closes the connection with 1000. The session cannot be resumed afterwards."
    },
    "SessionResume": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "session_id",
        "resume_token"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "session_resume"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "resume_token": {
          "type": "string",
          "minLength": 16,
          "maxLength": 256,
          "pattern": "^[A-Za-z0-9_-]+$",
          "description": "The `resume_token` of the latest `session_started` of that session."
        }
      },
      "title": "SessionResume",
      "description": "Continue a session after a dropped connection\n\nSent as the first message of a new connection (opened with a fresh ticket) to continue the session the speaker lost, within its grace period (`resume_grace_seconds` of `session_started`). The server answers `session_started` with `resumed: true` and a new resume token (the old one is spent), tells listeners `session_state` (change `speaker_connected`), and the client then negotiates audio again with `audio_config`. A wrong or expired token, an unknown session, a session of another speaker or channel, or a finished grace period is answered with a non-fatal `resume_failed` error: the client may then start a new session with `audio_config`. If the old connection is somehow still open, it is closed with 4010."
    },
    "Ping": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "ping"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "client_time": {
          "type": "string",
          "format": "date-time",
          "description": "An RFC 3339 date and time with a timezone offset."
        }
      },
      "title": "Ping",
      "description": "Check that the connection is alive and measure the round trip\n\nAn application-level ping, for browsers (which cannot send WebSocket protocol pings). The server answers `pong` at once. The server also sends protocol pings every 30 s and drops a connection that misses two of them (no close frame: the peer is gone)."
    },
    "SessionStarted": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "session_id",
        "event_id",
        "channel_id",
        "source_language",
        "resume_token",
        "resume_grace_seconds",
        "resumed",
        "last_sequence",
        "media_offset_ms"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "session_started"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "event_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "source_language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "resume_token": {
          "type": "string",
          "minLength": 16,
          "maxLength": 256,
          "pattern": "^[A-Za-z0-9_-]+$",
          "description": "The secret to send in `session_resume` after a dropped connection. Never log it."
        },
        "resume_grace_seconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 3600,
          "description": "How long the session waits for a resume after the connection drops."
        },
        "resumed": {
          "type": "boolean",
          "description": "True when this connection continues an existing session."
        },
        "last_sequence": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 1,
          "description": "The sequence of the channel's latest final segment, `null` when there is none yet."
        },
        "media_offset_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        }
      },
      "title": "SessionStarted",
      "description": "The speaking session the connection is attached to, new or resumed\n\nSent once per connection: before `audio_accepted` when the connection starts a new session with `audio_config` (`resumed: false`), or in answer to `session_resume` (`resumed: true`). Keep `session_id` and `resume_token`: if the connection drops without `end_session`, the session waits `resume_grace_seconds` (listeners see state `interrupted`) for a new connection that sends `session_resume`; after that it ends. The token is single-use: each `session_started` brings a new one."
    },
    "AudioAccepted": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "format",
        "max_frame_bytes"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "audio_accepted"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "format": {
          "$ref": "#/$defs/AudioFormat"
        },
        "max_frame_bytes": {
          "type": "integer",
          "minimum": 2,
          "maximum": 1048576,
          "description": "The largest binary frame the server takes; 32000 bytes (1 s of 16 kHz mono PCM) today."
        }
      },
      "title": "AudioAccepted",
      "description": "The negotiated audio format; binary frames may follow\n\nThe answer to an acceptable `audio_config`. From now on the speaker sends binary audio frames of at most `max_frame_bytes` each."
    },
    "TranscriptPartial": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "session_id",
        "segment_id",
        "revision",
        "language",
        "start_ms",
        "end_ms",
        "text",
        "timings"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "transcript_partial"
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "segment_id": {
          "$ref": "#/$defs/SegmentId"
        },
        "revision": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "description": "1 for the first partial of the segment, then +1 for each newer one."
        },
        "language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "start_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "end_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "text": {
          "type": "string",
          "maxLength": 2000,
          "description": "The text recognised so far (may be empty at the very start of speech)."
        },
        "timings": {
          "$ref": "#/$defs/TranscriptTimings"
        }
      },
      "title": "TranscriptPartial",
      "description": "The recogniser's current guess for the segment being spoken\n\nSent to the speaker while an utterance is in progress, at most every 250 ms. Each partial replaces the previous one with the same `segment_id` (`revision` grows); the `transcript_final` of that segment replaces them all. Partials are not numbered with a `sequence` and are never replayed."
    },
    "TranscriptFinal": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "session_id",
        "segment_id",
        "sequence",
        "language",
        "start_ms",
        "end_ms",
        "text",
        "timings"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "transcript_final"
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "segment_id": {
          "$ref": "#/$defs/SegmentId"
        },
        "sequence": {
          "$ref": "#/$defs/Sequence"
        },
        "language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "start_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "end_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "text": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000,
          "description": "The recognised text of the whole segment."
        },
        "timings": {
          "$ref": "#/$defs/TranscriptTimings"
        }
      },
      "title": "TranscriptFinal",
      "description": "The recognised text of a finished segment\n\nThe final text of an utterance in the source language, numbered with the channel's `sequence`. Listeners receive the same text as a `subtitle_final` with `is_source: true` and the same `sequence` and `segment_id`."
    },
    "TranslationFinal": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "session_id",
        "segment_id",
        "sequence",
        "source_language",
        "language",
        "start_ms",
        "end_ms",
        "text",
        "timings"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "translation_final"
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "segment_id": {
          "$ref": "#/$defs/SegmentId"
        },
        "sequence": {
          "$ref": "#/$defs/Sequence"
        },
        "source_language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "start_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "end_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "text": {
          "type": "string",
          "minLength": 1,
          "maxLength": 4000,
          "description": "The translated text."
        },
        "timings": {
          "$ref": "#/$defs/SubtitleTimings"
        }
      },
      "title": "TranslationFinal",
      "description": "A machine translation of a final segment, echoed to the speaker\n\nOnly sent when the speaker asked for it (`echo_translations: true` in `audio_config`): one per target language of the channel for each `transcript_final`, with the same `sequence` and `segment_id`. Listeners get the same text as `subtitle_final`."
    },
    "SessionState": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "event_id",
        "channel_id",
        "session_id",
        "state",
        "change",
        "at"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "session_state"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "event_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "state": {
          "$ref": "#/$defs/SessionStateName"
        },
        "change": {
          "type": "string",
          "enum": [
            "started",
            "paused",
            "resumed",
            "speaker_disconnected",
            "speaker_connected",
            "ended"
          ],
          "description": "What happened."
        },
        "end_reason": {
          "type": "string",
          "enum": [
            "speaker_ended",
            "ended_by_manager",
            "event_ended",
            "grace_expired",
            "replaced"
          ],
          "description": "Why the session ended; only with change `ended`."
        },
        "resume_deadline": {
          "type": "string",
          "format": "date-time",
          "description": "An RFC 3339 date and time with a timezone offset."
        },
        "at": {
          "type": "string",
          "format": "date-time",
          "description": "An RFC 3339 date and time with a timezone offset."
        }
      },
      "title": "SessionState",
      "description": "The channel's speaking session changed state\n\nSent to the speaker and to every listener subscribed to the channel whenever the session changes: `started` (a speaker started a new session), `paused` / `resumed` (the speaker's `pause` / `resume`), `speaker_disconnected` (the connection dropped; state `interrupted` until `resume_deadline`), `speaker_connected` (the speaker resumed), `ended` (`end_session`, a manager ended it, the event ended, or the grace period ran out). Answers the speaker's `pause`, `resume` and `end_session` with their `request_id`."
    },
    "Pong": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "server_time"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "pong"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "client_time": {
          "type": "string",
          "format": "date-time",
          "description": "An RFC 3339 date and time with a timezone offset."
        },
        "server_time": {
          "type": "string",
          "format": "date-time",
          "description": "An RFC 3339 date and time with a timezone offset."
        }
      },
      "title": "Pong",
      "description": "Answer to a ping\n\nSent at once for every `ping`, with the same `request_id`."
    },
    "ErrorMessage": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "code",
        "message",
        "fatal"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "error"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "code": {
          "$ref": "#/$defs/ErrorCode"
        },
        "message": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1000,
          "description": "A human-readable explanation, in English, for logs and developer tools."
        },
        "fatal": {
          "type": "boolean",
          "description": "True when the server closes the connection after this message."
        },
        "details": {
          "type": "object",
          "additionalProperties": true,
          "description": "Machine-readable context that depends on `code`: `issues` (array of `{path, message}`) for `invalid_message`, `received_type` for `unknown_type`, `supported` (array of audio formats) for `unsupported_audio_format`, `max_bytes` for `message_too_large`, `retry_after_ms` for `rate_limited`, `available` (array of language tags) for `language_not_available`, `close_code` when `fatal` is true."
        }
      },
      "title": "ErrorMessage",
      "description": "A client message could not be handled, or the session hit a problem\n\nReports a problem with a client message or with the session. When `fatal` is false the offending message was dropped and the connection stays usable; when `fatal` is true the server closes the connection right after this message, with the close code given in `details.close_code`. `request_id` is the one of the offending message when it had one."
    },
    "Gap": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "event_id",
        "channel_id",
        "session_id",
        "language",
        "from_ms",
        "to_ms",
        "after_sequence",
        "reason"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "gap"
        },
        "event_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "language": {
          "description": "The language without subtitles, or `null` when every language is affected.",
          "anyOf": [
            {
              "type": "string",
              "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
              "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
              "maxLength": 35
            },
            {
              "type": "null"
            }
          ]
        },
        "from_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "to_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "after_sequence": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 1,
          "description": "The last final segment before the gap; `null` when there was none."
        },
        "reason": {
          "type": "string",
          "enum": [
            "asr_failed",
            "mt_failed",
            "audio_overrun",
            "storage_unavailable"
          ]
        },
        "message": {
          "type": "string",
          "maxLength": 500,
          "description": "A human-readable explanation for logs."
        },
        "replayed": {
          "type": "boolean",
          "description": "True when sent from history after a resume rather than live."
        }
      },
      "title": "Gap",
      "description": "A stretch of the session that has no subtitles, and why\n\nTells listeners (and the UI) that part of the talk will never be subtitled: the speech recogniser failed (`asr_failed`, every language), a translation engine failed (`mt_failed`, only `language`), the server dropped audio it could not process in time (`audio_overrun`), or a final could not be stored or numbered before the service gave it up (`storage_unavailable`: the database or Redis stayed down longer than the service keeps finals waiting, or too many finals were waiting; `message` names the segment). `from_ms` and `to_ms` are on the session audio clock; `after_sequence` places the gap after that final segment (`null` when no final came before it). Sent once the gap is over (engines recovered), and replayed like finals after a resume. The speaker gets the same message (the recording still holds the audio of a gap)."
    },
    "ServiceWarning": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "dependency",
        "state",
        "pending_finals",
        "message"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "service_warning"
        },
        "dependency": {
          "type": "string",
          "enum": [
            "database",
            "redis"
          ],
          "description": "What is down (or back)."
        },
        "state": {
          "type": "string",
          "enum": [
            "unavailable",
            "recovered"
          ]
        },
        "pending_finals": {
          "type": "integer",
          "minimum": 0,
          "description": "Finals of this session waiting to be stored and sent."
        },
        "message": {
          "type": "string",
          "minLength": 1,
          "maxLength": 500,
          "description": "A human-readable explanation, in English, for logs and developer tools."
        }
      },
      "title": "ServiceWarning",
      "description": "A dependency of the service is down or back; finals wait for it\n\nTells the speaker that the database (`database`: where finals are stored) or Redis (`redis`: where finals are numbered and published to listeners) is unavailable (`state: unavailable`), or available again (`state: recovered`). Audio is still recorded and recognised meanwhile; finals wait in order in the service's memory (`pending_finals` of them) and are stored and sent once the dependency is back, late rather than never. A final the service cannot keep waiting (too long, or too many) becomes a `gap` with reason `storage_unavailable`. Sent once per dependency when the trouble starts and once when it is over."
    },
    "Subscribe": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "channel_id",
        "languages"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "subscribe"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "languages": {
          "type": "array",
          "minItems": 1,
          "maxItems": 10,
          "uniqueItems": true,
          "description": "The languages to receive (source and/or translations).",
          "items": {
            "type": "string",
            "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
            "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
            "maxLength": 35
          }
        },
        "include_partials": {
          "type": "boolean",
          "default": true,
          "description": "Also receive `subtitle_partial` messages (live captions that change as words arrive)."
        },
        "resume_from": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991,
          "description": "Replay the final subtitles with a sequence greater than this (0 = everything still held). Omit it for live subtitles only."
        }
      },
      "title": "Subscribe",
      "description": "Start receiving a channel's subtitles in some languages\n\nThe listener's first message. `channel_id` must be a channel of the event the ticket was issued for (otherwise `channel_not_found`), and every language must be offered by the channel (otherwise `language_not_available`, with the offered ones in `details.available`; nothing is subscribed). The server answers `subscribed`, then replays the missed final subtitles when `resume_from` is given (flagged `replayed: true`), then sends live subtitles. A second `subscribe` replaces the first (to switch channel); use `set_languages` to change languages only.\n\nResuming: send as `resume_from` the highest sequence N such that every final subtitle up to N was received in every subscribed language (the minimum over the languages of the last sequence received without holes). The server replays every final with a sequence above N in the subscribed languages that it still holds (the last 500 segments of the channel); the client drops duplicates by (language, sequence)."
    },
    "SetLanguages": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "languages"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "set_languages"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "languages": {
          "type": "array",
          "minItems": 1,
          "maxItems": 10,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
            "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
            "maxLength": 35
          }
        }
      },
      "title": "SetLanguages",
      "description": "Change the languages of the current subscription\n\nReplaces the subscribed languages of the current channel; answered with `subscribed` (without replay). Before `subscribe` it is an `invalid_state` error; an unknown language is a `language_not_available` error and leaves the subscription unchanged."
    },
    "Unsubscribe": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "unsubscribe"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        }
      },
      "title": "Unsubscribe",
      "description": "Stop receiving subtitles without closing the connection\n\nStops subtitle delivery; answered with `unsubscribed`. Session state changes also stop. Before `subscribe` it is an `invalid_state` error."
    },
    "Subscribed": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "event_id",
        "channel_id",
        "languages",
        "available_languages",
        "include_partials",
        "session",
        "last_sequence",
        "replay"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "subscribed"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "event_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "languages": {
          "type": "array",
          "minItems": 1,
          "maxItems": 10,
          "items": {
            "type": "string",
            "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
            "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
            "maxLength": 35
          },
          "description": "The languages now delivered."
        },
        "available_languages": {
          "type": "array",
          "minItems": 1,
          "maxItems": 50,
          "items": {
            "$ref": "#/$defs/ChannelLanguage"
          },
          "description": "Every language the channel offers (its source language and its translation targets)."
        },
        "include_partials": {
          "type": "boolean"
        },
        "session": {
          "$ref": "#/$defs/SessionSummary"
        },
        "last_sequence": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 1,
          "description": "The sequence of the channel's latest final segment; `null` when there is none yet."
        },
        "replay": {
          "type": [
            "object",
            "null"
          ],
          "description": "What is replayed after this message; `null` when nothing is (no `resume_from`, or nothing missed). With `count` 0 and `truncated` true, the client missed finals that are no longer held: it should show that part of the talk is missing.",
          "additionalProperties": false,
          "required": [
            "from_sequence",
            "to_sequence",
            "count",
            "truncated"
          ],
          "properties": {
            "from_sequence": {
              "description": "The first replayed sequence; `null` when nothing held is replayed (`count` 0).",
              "anyOf": [
                {
                  "$ref": "#/$defs/Sequence"
                },
                {
                  "type": "null"
                }
              ]
            },
            "to_sequence": {
              "description": "The last replayed sequence; `null` when nothing held is replayed (`count` 0).",
              "anyOf": [
                {
                  "$ref": "#/$defs/Sequence"
                },
                {
                  "type": "null"
                }
              ]
            },
            "count": {
              "type": "integer",
              "minimum": 0,
              "maximum": 10000,
              "description": "How many `subtitle_final` messages are replayed (segments × languages)."
            },
            "truncated": {
              "type": "boolean",
              "description": "True when older finals the client asked for are no longer held."
            }
          }
        }
      },
      "title": "Subscribed",
      "description": "The subscription now in force\n\nThe answer to `subscribe` and `set_languages`: the active languages, every language the channel offers, the session state, the channel's latest sequence and, after a `subscribe` with `resume_from`, what is about to be replayed. The `replay.count` replayed `subtitle_final` messages (`replayed: true`, ordered by sequence) follow immediately, before any live subtitle. `replay.truncated` is true when part of the requested history is no longer held (the first replayed sequence is then greater than `resume_from` + 1)."
    },
    "Unsubscribed": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "channel_id"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "unsubscribed"
        },
        "request_id": {
          "$ref": "#/$defs/RequestId"
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        }
      },
      "title": "Unsubscribed",
      "description": "Subtitle delivery stopped\n\nThe answer to `unsubscribe`; nothing more is sent until the next `subscribe`."
    },
    "SubtitlePartial": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "event_id",
        "channel_id",
        "session_id",
        "segment_id",
        "revision",
        "language",
        "is_source",
        "start_ms",
        "end_ms",
        "text",
        "timings"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "subtitle_partial"
        },
        "event_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "segment_id": {
          "$ref": "#/$defs/SegmentId"
        },
        "revision": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100000,
          "description": "1 for the first partial of the segment in this language, then +1 for each newer one."
        },
        "language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "is_source": {
          "type": "boolean",
          "description": "True when `language` is the speaker's language (recognised text, not a translation)."
        },
        "start_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "end_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "text": {
          "type": "string",
          "maxLength": 4000
        },
        "timings": {
          "$ref": "#/$defs/SubtitleTimings"
        }
      },
      "title": "SubtitlePartial",
      "description": "A live caption of the segment being spoken, which may still change\n\nSent only when the subscription has `include_partials: true`, for the source language and, when the server translates partial results, for the target languages. Each partial replaces the previous one with the same `segment_id` and `language` (`revision` grows); the `subtitle_final` of the segment replaces them all. Partials have no `sequence` and are never replayed."
    },
    "SubtitleFinal": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "event_id",
        "channel_id",
        "session_id",
        "segment_id",
        "sequence",
        "language",
        "is_source",
        "start_ms",
        "end_ms",
        "text",
        "timings",
        "replayed"
      ],
      "properties": {
        "type": {
          "type": "string",
          "const": "subtitle_final"
        },
        "event_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "channel_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "session_id": {
          "type": "string",
          "format": "uuid",
          "description": "A UUID."
        },
        "segment_id": {
          "$ref": "#/$defs/SegmentId"
        },
        "sequence": {
          "$ref": "#/$defs/Sequence"
        },
        "language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "is_source": {
          "type": "boolean",
          "description": "True when `language` is the speaker's language (recognised text, not a translation)."
        },
        "start_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "end_ms": {
          "$ref": "#/$defs/MediaOffsetMs"
        },
        "text": {
          "type": "string",
          "minLength": 1,
          "maxLength": 4000
        },
        "timings": {
          "$ref": "#/$defs/SubtitleTimings"
        },
        "replayed": {
          "type": "boolean",
          "description": "True when sent from history after a resume rather than live."
        }
      },
      "title": "SubtitleFinal",
      "description": "The final subtitle of a segment in one language\n\nThe definitive text of a segment in one subscribed language. `sequence` numbers the channel's final segments and is shared by the source text and all its translations; (language, sequence) is unique, so a client drops any duplicate it receives after a resume. Within a language, finals arrive in sequence order. `replayed: true` marks finals sent from history after a `subscribe` with `resume_from` (they come right after `subscribed`, before live ones)."
    },
    "AudioFormat": {
      "type": "object",
      "title": "AudioFormat",
      "description": "The shape of the binary audio frames: raw little-endian signed 16-bit PCM (`pcm_s16le`) today. The server accepts exactly `pcm_s16le` at 16000 Hz, mono; any other well-formed combination is answered with an `error` whose code is `unsupported_audio_format` (the connection stays open so the client can offer again).",
      "additionalProperties": false,
      "required": [
        "encoding",
        "sample_rate_hz",
        "channels"
      ],
      "properties": {
        "encoding": {
          "type": "string",
          "enum": [
            "pcm_s16le",
            "opus"
          ],
          "description": "The sample encoding. `pcm_s16le` is accepted; `opus` is reserved for a later version and is answered with `unsupported_audio_format`."
        },
        "sample_rate_hz": {
          "type": "integer",
          "enum": [
            8000,
            16000,
            22050,
            24000,
            32000,
            44100,
            48000
          ],
          "description": "Samples per second. Only 16000 is accepted today; resample on the client."
        },
        "channels": {
          "type": "integer",
          "minimum": 1,
          "maximum": 2,
          "description": "Interleaved channels. Only 1 (mono) is accepted today; downmix on the client."
        }
      }
    },
    "ChannelLanguage": {
      "type": "object",
      "title": "ChannelLanguage",
      "description": "One language a channel is subtitled in.",
      "additionalProperties": false,
      "required": [
        "language",
        "is_source"
      ],
      "properties": {
        "language": {
          "type": "string",
          "description": "A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).",
          "pattern": "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$",
          "maxLength": 35
        },
        "is_source": {
          "type": "boolean",
          "description": "True for the language the speaker talks in; false for machine translations of it."
        }
      }
    },
    "ErrorCode": {
      "type": "string",
      "title": "ErrorCode",
      "description": "What went wrong. `invalid_message`: not JSON, or a field is missing, has the wrong type or is out of bounds (`details.issues` names the fields); `unknown_type`: the `type` is not a message the client may send on this channel; `unsupported_audio_format`: the offered audio format is well-formed but the server cannot decode it (`details.supported` lists what it can); `not_negotiated`: a binary audio frame (or a control message) arrived before `audio_accepted`; `invalid_state`: the message does not fit the current state (`pause` while paused, a second `audio_config`, `set_languages` before `subscribe`, ...); `message_too_large`: a text message above 16 KiB or an audio frame above `max_frame_bytes` (the message is dropped); `rate_limited`: too many messages, or audio faster than twice real time (the message is dropped; persisting closes the connection with 1008); `language_not_available`: a requested language is not offered by the channel (`details.available` lists them); `channel_not_found`: the channel is not part of the ticket's event; `resume_failed`: unknown session, wrong or expired resume token, or the grace period is over (start a new session instead); `engine_unavailable`: the speech recogniser is failing, audio is not transcribed until it recovers (listeners get a `gap`); `internal_error`: an unexpected server fault. Refusals of the connection itself are fatal and followed by their close code: `ticket_invalid` (4001: missing, expired, used, or for the other role), `forbidden` (4003: not or no longer assigned), `event_not_found` (4004: the event is gone; a gone channel is `channel_not_found`), `event_not_live` (4009), `channel_busy` (4012: another speaker holds the channel's session).",
      "enum": [
        "invalid_message",
        "unknown_type",
        "unsupported_audio_format",
        "not_negotiated",
        "invalid_state",
        "message_too_large",
        "rate_limited",
        "language_not_available",
        "channel_not_found",
        "resume_failed",
        "engine_unavailable",
        "internal_error",
        "ticket_invalid",
        "forbidden",
        "event_not_found",
        "event_not_live",
        "channel_busy"
      ]
    },
    "MediaOffsetMs": {
      "type": "integer",
      "title": "MediaOffsetMs",
      "minimum": 0,
      "maximum": 86400000,
      "description": "Milliseconds of session audio before this point: the clock counts received audio, so it stops while paused or disconnected and goes on after a resume."
    },
    "RequestId": {
      "type": "string",
      "title": "RequestId",
      "description": "A correlation id chosen by the client (a counter or a random string). The server copies it into the message that answers this one (`audio_accepted`, `session_started`, `subscribed`, `session_state`, `pong` or `error`), so the client can match answers to requests.",
      "minLength": 1,
      "maxLength": 64,
      "pattern": "^[A-Za-z0-9._:-]+$"
    },
    "SegmentId": {
      "type": "string",
      "title": "SegmentId",
      "format": "uuid",
      "description": "Identifies one utterance (segment) from its first partial to its final result, in every language. Partials with the same `segment_id` replace each other; the final replaces them all."
    },
    "Sequence": {
      "type": "integer",
      "title": "Sequence",
      "minimum": 1,
      "maximum": 9007199254740991,
      "description": "The position of a final segment in its channel. The server numbers the channel's final segments 1, 2, 3, ... in the order recognition finished them, across every session of the channel, and gives the same number to the source text and to each of its translations. The pair (language, sequence) identifies a final subtitle; a language stream has no holes except where a `gap` says so. Partial results carry no sequence."
    },
    "SessionStateName": {
      "type": "string",
      "title": "SessionStateName",
      "description": "The state of a channel's speaking session. `idle`: no session yet (listeners wait); `live`: the speaker is connected and audio is transcribed; `paused`: the speaker paused (no subtitles); `interrupted`: the speaker's connection dropped and the session waits for a resume within its grace period; `ended`: the session is over (by `end_session`, by a manager, or because the grace period ran out).",
      "enum": [
        "idle",
        "live",
        "paused",
        "interrupted",
        "ended"
      ]
    },
    "SessionSummary": {
      "type": "object",
      "title": "SessionSummary",
      "description": "The speaking session of a channel as it is now.",
      "additionalProperties": false,
      "required": [
        "session_id",
        "state"
      ],
      "properties": {
        "session_id": {
          "type": [
            "string",
            "null"
          ],
          "format": "uuid",
          "description": "The current (or last) session of the channel; `null` before any speaker started one."
        },
        "state": {
          "$ref": "#/$defs/SessionStateName"
        }
      }
    },
    "SubtitleTimings": {
      "type": "object",
      "title": "SubtitleTimings",
      "description": "How long each stage of the pipeline took for this subtitle, so a listener (or a dashboard) can show the delay behind the speaker.",
      "additionalProperties": false,
      "required": [
        "recognition_ms",
        "translation_ms",
        "emitted_at"
      ],
      "properties": {
        "recognition_ms": {
          "type": "integer",
          "minimum": 0,
          "maximum": 600000,
          "description": "Milliseconds the speech recogniser took, from the last audio of the segment reaching the server to the source-language text."
        },
        "translation_ms": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0,
          "maximum": 600000,
          "description": "Milliseconds the machine translation took; `null` for the source language."
        },
        "emitted_at": {
          "type": "string",
          "format": "date-time",
          "description": "An RFC 3339 date and time with a timezone offset."
        },
        "delivery_ms": {
          "type": "integer",
          "minimum": 0,
          "maximum": 600000,
          "description": "Milliseconds from `emitted_at` to the moment the instance serving this listener handed the subtitle to its connection (the subtitle bus, Redis included, and the fan-out). Present on live subtitles sent to listeners; absent on replayed ones and on the speaker's echo."
        }
      }
    },
    "TranscriptTimings": {
      "type": "object",
      "title": "TranscriptTimings",
      "description": "How long the pipeline took for this result, for latency dashboards.",
      "additionalProperties": false,
      "required": [
        "recognition_ms",
        "emitted_at"
      ],
      "properties": {
        "recognition_ms": {
          "type": "integer",
          "minimum": 0,
          "maximum": 600000,
          "description": "Milliseconds the speech recogniser took, from the last audio of the segment reaching the server to this hypothesis."
        },
        "emitted_at": {
          "type": "string",
          "format": "date-time",
          "description": "An RFC 3339 date and time with a timezone offset."
        }
      }
    }
  }
};
