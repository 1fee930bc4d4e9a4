// GENERATED FILE - DO NOT EDIT.
// Source: specs/asyncapi/live-event/asyncapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

/**
 * Any JSON (text frame) message of the protocol, in either direction.
 */
export type JsonMessage =
  | AudioConfig
  | Pause
  | Resume
  | EndSession
  | SessionResume
  | Ping
  | SessionStarted
  | AudioAccepted
  | TranscriptPartial
  | TranscriptFinal
  | TranslationFinal
  | SessionState
  | Pong
  | ErrorMessage
  | Gap
  | ServiceWarning
  | Subscribe
  | SetLanguages
  | Unsubscribe
  | Subscribed
  | Unsubscribed
  | SubtitlePartial
  | SubtitleFinal;
/**
 * A correlation id chosen by the client (a counter or a random string). The server copies it into the message that answers this one (`audio_accepted`, `session_started`, `subscribed`, `session_state`, `pong` or `error`), so the client can match answers to requests.
 */
export type RequestId = string;
/**
 * Milliseconds of session audio before this point: the clock counts received audio, so it stops while paused or disconnected and goes on after a resume.
 */
export type MediaOffsetMs = number;
/**
 * Identifies one utterance (segment) from its first partial to its final result, in every language. Partials with the same `segment_id` replace each other; the final replaces them all.
 */
export type SegmentId = string;
/**
 * The position of a final segment in its channel. The server numbers the channel's final segments 1, 2, 3, ... in the order recognition finished them, across every session of the channel, and gives the same number to the source text and to each of its translations. The pair (language, sequence) identifies a final subtitle; a language stream has no holes except where a `gap` says so. Partial results carry no sequence.
 */
export type Sequence = number;
/**
 * The state of a channel's speaking session. `idle`: no session yet (listeners wait); `live`: the speaker is connected and audio is transcribed; `paused`: the speaker paused (no subtitles); `interrupted`: the speaker's connection dropped and the session waits for a resume within its grace period; `ended`: the session is over (by `end_session`, by a manager, or because the grace period ran out).
 */
export type SessionStateName = 'idle' | 'live' | 'paused' | 'interrupted' | 'ended';
/**
 * What went wrong. `invalid_message`: not JSON, or a field is missing, has the wrong type or is out of bounds (`details.issues` names the fields); `unknown_type`: the `type` is not a message the client may send on this channel; `unsupported_audio_format`: the offered audio format is well-formed but the server cannot decode it (`details.supported` lists what it can); `not_negotiated`: a binary audio frame (or a control message) arrived before `audio_accepted`; `invalid_state`: the message does not fit the current state (`pause` while paused, a second `audio_config`, `set_languages` before `subscribe`, ...); `message_too_large`: a text message above 16 KiB or an audio frame above `max_frame_bytes` (the message is dropped); `rate_limited`: too many messages, or audio faster than twice real time (the message is dropped; persisting closes the connection with 1008); `language_not_available`: a requested language is not offered by the channel (`details.available` lists them); `channel_not_found`: the channel is not part of the ticket's event; `resume_failed`: unknown session, wrong or expired resume token, or the grace period is over (start a new session instead); `engine_unavailable`: the speech recogniser is failing, audio is not transcribed until it recovers (listeners get a `gap`); `internal_error`: an unexpected server fault. Refusals of the connection itself are fatal and followed by their close code: `ticket_invalid` (4001: missing, expired, used, or for the other role), `forbidden` (4003: not or no longer assigned), `event_not_found` (4004: the event is gone; a gone channel is `channel_not_found`), `event_not_live` (4009), `channel_busy` (4012: another speaker holds the channel's session).
 */
export type ErrorCode =
  | 'invalid_message'
  | 'unknown_type'
  | 'unsupported_audio_format'
  | 'not_negotiated'
  | 'invalid_state'
  | 'message_too_large'
  | 'rate_limited'
  | 'language_not_available'
  | 'channel_not_found'
  | 'resume_failed'
  | 'engine_unavailable'
  | 'internal_error'
  | 'ticket_invalid'
  | 'forbidden'
  | 'event_not_found'
  | 'event_not_live'
  | 'channel_busy';

/**
 * Offer the audio format of the frames the speaker is about to send
 *
 * The speaker's first message on a new connection (after an optional `session_resume`). The server answers `audio_accepted` (and, when no session is attached to the connection yet, a `session_started` just before it), or an `error` with code `unsupported_audio_format` and `details.supported` listing the formats it can decode, after which the client may offer again. Accepted today: `pcm_s16le`, 16000 Hz, mono. A second `audio_config` after `audio_accepted` is an `invalid_state` error. Starting a new session while this speaker's previous session of the channel is still `interrupted` ends that one (`session_state` ended, `end_reason: replaced`); while another speaker holds the channel the connection is closed with 4012.
 */
export interface AudioConfig {
  type: 'audio_config';
  request_id?: RequestId;
  format: AudioFormat;
  /**
   * How much audio the client puts in each binary frame (a hint for buffering). 20–100 ms keeps latency low; the server accepts any frame up to `max_frame_bytes`.
   */
  frame_duration_ms?: number;
  /**
   * Also send `translation_final` messages to the speaker (for a confidence monitor).
   */
  echo_translations?: boolean;
}
/**
 * The shape of the binary audio frames: raw little-endian signed 16-bit PCM (`pcm_s16le`) today. The server accepts exactly `pcm_s16le` at 16000 Hz, mono; any other well-formed combination is answered with an `error` whose code is `unsupported_audio_format` (the connection stays open so the client can offer again).
 */
export interface AudioFormat {
  /**
   * The sample encoding. `pcm_s16le` is accepted; `opus` is reserved for a later version and is answered with `unsupported_audio_format`.
   */
  encoding: 'pcm_s16le' | 'opus';
  /**
   * Samples per second. Only 16000 is accepted today; resample on the client.
   */
  sample_rate_hz: 8000 | 16000 | 22050 | 24000 | 32000 | 44100 | 48000;
  /**
   * Interleaved channels. Only 1 (mono) is accepted today; downmix on the client.
   */
  channels: number;
}
/**
 * Pause transcription
 *
 * The speaker stops being transcribed until `resume`. The server answers `session_state` (state `paused`, change `paused`) to the speaker and every listener; audio frames sent while paused are discarded and the session audio clock stops. `pause` while already paused is an `invalid_state` error.
 */
export interface Pause {
  type: 'pause';
  request_id?: RequestId;
}
/**
 * Resume transcription after a pause
 *
 * Ends a `pause`. The server answers `session_state` (state `live`, change `resumed`) to the speaker and every listener. `resume` while live is an `invalid_state` error. (To continue a session after a dropped connection, send `session_resume` instead.)
 */
export interface Resume {
  type: 'resume';
  request_id?: RequestId;
}
/**
 * End the speaking session
 *
 * The speaker is done. The server finishes recognising the audio it already has, sends the last `transcript_final` messages, then `session_state` (state `ended`, change `ended`) to the speaker and every listener, and closes the connection with 1000. The session cannot be resumed afterwards.
 */
export interface EndSession {
  type: 'end_session';
  request_id?: RequestId;
}
/**
 * Continue a session after a dropped connection
 *
 * Sent as the first message of a new connection (opened with a fresh ticket) to continue the session the speaker lost, within its grace period (`resume_grace_seconds` of `session_started`). The server answers `session_started` with `resumed: true` and a new resume token (the old one is spent), tells listeners `session_state` (change `speaker_connected`), and the client then negotiates audio again with `audio_config`. A wrong or expired token, an unknown session, a session of another speaker or channel, or a finished grace period is answered with a non-fatal `resume_failed` error: the client may then start a new session with `audio_config`. If the old connection is somehow still open, it is closed with 4010.
 */
export interface SessionResume {
  type: 'session_resume';
  request_id?: RequestId;
  /**
   * A UUID.
   */
  session_id: string;
  /**
   * The `resume_token` of the latest `session_started` of that session.
   */
  resume_token: string;
}
/**
 * Check that the connection is alive and measure the round trip
 *
 * An application-level ping, for browsers (which cannot send WebSocket protocol pings). The server answers `pong` at once. The server also sends protocol pings every 30 s and drops a connection that misses two of them (no close frame: the peer is gone).
 */
export interface Ping {
  type: 'ping';
  request_id?: RequestId;
  /**
   * An RFC 3339 date and time with a timezone offset.
   */
  client_time?: string;
}
/**
 * The speaking session the connection is attached to, new or resumed
 *
 * Sent once per connection: before `audio_accepted` when the connection starts a new session with `audio_config` (`resumed: false`), or in answer to `session_resume` (`resumed: true`). Keep `session_id` and `resume_token`: if the connection drops without `end_session`, the session waits `resume_grace_seconds` (listeners see state `interrupted`) for a new connection that sends `session_resume`; after that it ends. The token is single-use: each `session_started` brings a new one.
 */
export interface SessionStarted {
  type: 'session_started';
  request_id?: RequestId;
  /**
   * A UUID.
   */
  session_id: string;
  /**
   * A UUID.
   */
  event_id: string;
  /**
   * A UUID.
   */
  channel_id: string;
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  source_language: string;
  /**
   * The secret to send in `session_resume` after a dropped connection. Never log it.
   */
  resume_token: string;
  /**
   * How long the session waits for a resume after the connection drops.
   */
  resume_grace_seconds: number;
  /**
   * True when this connection continues an existing session.
   */
  resumed: boolean;
  /**
   * The sequence of the channel's latest final segment, `null` when there is none yet.
   */
  last_sequence: number | null;
  media_offset_ms: MediaOffsetMs;
}
/**
 * The negotiated audio format; binary frames may follow
 *
 * The answer to an acceptable `audio_config`. From now on the speaker sends binary audio frames of at most `max_frame_bytes` each.
 */
export interface AudioAccepted {
  type: 'audio_accepted';
  request_id?: RequestId;
  format: AudioFormat;
  /**
   * The largest binary frame the server takes; 32000 bytes (1 s of 16 kHz mono PCM) today.
   */
  max_frame_bytes: number;
}
/**
 * The recogniser's current guess for the segment being spoken
 *
 * Sent to the speaker while an utterance is in progress, at most every 250 ms. Each partial replaces the previous one with the same `segment_id` (`revision` grows); the `transcript_final` of that segment replaces them all. Partials are not numbered with a `sequence` and are never replayed.
 */
export interface TranscriptPartial {
  type: 'transcript_partial';
  /**
   * A UUID.
   */
  session_id: string;
  segment_id: SegmentId;
  /**
   * 1 for the first partial of the segment, then +1 for each newer one.
   */
  revision: number;
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  language: string;
  start_ms: MediaOffsetMs;
  end_ms: MediaOffsetMs;
  /**
   * The text recognised so far (may be empty at the very start of speech).
   */
  text: string;
  timings: TranscriptTimings;
}
/**
 * How long the pipeline took for this result, for latency dashboards.
 */
export interface TranscriptTimings {
  /**
   * Milliseconds the speech recogniser took, from the last audio of the segment reaching the server to this hypothesis.
   */
  recognition_ms: number;
  /**
   * An RFC 3339 date and time with a timezone offset.
   */
  emitted_at: string;
}
/**
 * The recognised text of a finished segment
 *
 * The final text of an utterance in the source language, numbered with the channel's `sequence`. Listeners receive the same text as a `subtitle_final` with `is_source: true` and the same `sequence` and `segment_id`.
 */
export interface TranscriptFinal {
  type: 'transcript_final';
  /**
   * A UUID.
   */
  session_id: string;
  segment_id: SegmentId;
  sequence: Sequence;
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  language: string;
  start_ms: MediaOffsetMs;
  end_ms: MediaOffsetMs;
  /**
   * The recognised text of the whole segment.
   */
  text: string;
  timings: TranscriptTimings;
}
/**
 * A machine translation of a final segment, echoed to the speaker
 *
 * Only sent when the speaker asked for it (`echo_translations: true` in `audio_config`): one per target language of the channel for each `transcript_final`, with the same `sequence` and `segment_id`. Listeners get the same text as `subtitle_final`.
 */
export interface TranslationFinal {
  type: 'translation_final';
  /**
   * A UUID.
   */
  session_id: string;
  segment_id: SegmentId;
  sequence: Sequence;
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  source_language: string;
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  language: string;
  start_ms: MediaOffsetMs;
  end_ms: MediaOffsetMs;
  /**
   * The translated text.
   */
  text: string;
  timings: SubtitleTimings;
}
/**
 * How long each stage of the pipeline took for this subtitle, so a listener (or a dashboard) can show the delay behind the speaker.
 */
export interface SubtitleTimings {
  /**
   * Milliseconds the speech recogniser took, from the last audio of the segment reaching the server to the source-language text.
   */
  recognition_ms: number;
  /**
   * Milliseconds the machine translation took; `null` for the source language.
   */
  translation_ms: number | null;
  /**
   * An RFC 3339 date and time with a timezone offset.
   */
  emitted_at: string;
  /**
   * Milliseconds from `emitted_at` to the moment the instance serving this listener handed the subtitle to its connection (the subtitle bus, Redis included, and the fan-out). Present on live subtitles sent to listeners; absent on replayed ones and on the speaker's echo.
   */
  delivery_ms?: number;
}
/**
 * The channel's speaking session changed state
 *
 * Sent to the speaker and to every listener subscribed to the channel whenever the session changes: `started` (a speaker started a new session), `paused` / `resumed` (the speaker's `pause` / `resume`), `speaker_disconnected` (the connection dropped; state `interrupted` until `resume_deadline`), `speaker_connected` (the speaker resumed), `ended` (`end_session`, a manager ended it, the event ended, or the grace period ran out). Answers the speaker's `pause`, `resume` and `end_session` with their `request_id`.
 */
export interface SessionState {
  type: 'session_state';
  request_id?: RequestId;
  /**
   * A UUID.
   */
  event_id: string;
  /**
   * A UUID.
   */
  channel_id: string;
  /**
   * A UUID.
   */
  session_id: string;
  state: SessionStateName;
  /**
   * What happened.
   */
  change: 'started' | 'paused' | 'resumed' | 'speaker_disconnected' | 'speaker_connected' | 'ended';
  /**
   * Why the session ended; only with change `ended`.
   */
  end_reason?: 'speaker_ended' | 'ended_by_manager' | 'event_ended' | 'grace_expired' | 'replaced';
  /**
   * An RFC 3339 date and time with a timezone offset.
   */
  resume_deadline?: string;
  /**
   * An RFC 3339 date and time with a timezone offset.
   */
  at: string;
}
/**
 * Answer to a ping
 *
 * Sent at once for every `ping`, with the same `request_id`.
 */
export interface Pong {
  type: 'pong';
  request_id?: RequestId;
  /**
   * An RFC 3339 date and time with a timezone offset.
   */
  client_time?: string;
  /**
   * An RFC 3339 date and time with a timezone offset.
   */
  server_time: string;
}
/**
 * A client message could not be handled, or the session hit a problem
 *
 * Reports a problem with a client message or with the session. When `fatal` is false the offending message was dropped and the connection stays usable; when `fatal` is true the server closes the connection right after this message, with the close code given in `details.close_code`. `request_id` is the one of the offending message when it had one.
 */
export interface ErrorMessage {
  type: 'error';
  request_id?: RequestId;
  code: ErrorCode;
  /**
   * A human-readable explanation, in English, for logs and developer tools.
   */
  message: string;
  /**
   * True when the server closes the connection after this message.
   */
  fatal: boolean;
  /**
   * Machine-readable context that depends on `code`: `issues` (array of `{path, message}`) for `invalid_message`, `received_type` for `unknown_type`, `supported` (array of audio formats) for `unsupported_audio_format`, `max_bytes` for `message_too_large`, `retry_after_ms` for `rate_limited`, `available` (array of language tags) for `language_not_available`, `close_code` when `fatal` is true.
   */
  details?: {
    [k: string]: unknown | undefined;
  };
}
/**
 * A stretch of the session that has no subtitles, and why
 *
 * Tells listeners (and the UI) that part of the talk will never be subtitled: the speech recogniser failed (`asr_failed`, every language), a translation engine failed (`mt_failed`, only `language`), the server dropped audio it could not process in time (`audio_overrun`), or a final could not be stored or numbered before the service gave it up (`storage_unavailable`: the database or Redis stayed down longer than the service keeps finals waiting, or too many finals were waiting; `message` names the segment). `from_ms` and `to_ms` are on the session audio clock; `after_sequence` places the gap after that final segment (`null` when no final came before it). Sent once the gap is over (engines recovered), and replayed like finals after a resume. The speaker gets the same message (the recording still holds the audio of a gap).
 */
export interface Gap {
  type: 'gap';
  /**
   * A UUID.
   */
  event_id: string;
  /**
   * A UUID.
   */
  channel_id: string;
  /**
   * A UUID.
   */
  session_id: string;
  /**
   * The language without subtitles, or `null` when every language is affected.
   */
  language: string | null;
  from_ms: MediaOffsetMs;
  to_ms: MediaOffsetMs;
  /**
   * The last final segment before the gap; `null` when there was none.
   */
  after_sequence: number | null;
  reason: 'asr_failed' | 'mt_failed' | 'audio_overrun' | 'storage_unavailable';
  /**
   * A human-readable explanation for logs.
   */
  message?: string;
  /**
   * True when sent from history after a resume rather than live.
   */
  replayed?: boolean;
}
/**
 * A dependency of the service is down or back; finals wait for it
 *
 * Tells the speaker that the database (`database`: where finals are stored) or Redis (`redis`: where finals are numbered and published to listeners) is unavailable (`state: unavailable`), or available again (`state: recovered`). Audio is still recorded and recognised meanwhile; finals wait in order in the service's memory (`pending_finals` of them) and are stored and sent once the dependency is back, late rather than never. A final the service cannot keep waiting (too long, or too many) becomes a `gap` with reason `storage_unavailable`. Sent once per dependency when the trouble starts and once when it is over.
 */
export interface ServiceWarning {
  type: 'service_warning';
  /**
   * What is down (or back).
   */
  dependency: 'database' | 'redis';
  state: 'unavailable' | 'recovered';
  /**
   * Finals of this session waiting to be stored and sent.
   */
  pending_finals: number;
  /**
   * A human-readable explanation, in English, for logs and developer tools.
   */
  message: string;
}
/**
 * Start receiving a channel's subtitles in some languages
 *
 * The listener's first message. `channel_id` must be a channel of the event the ticket was issued for (otherwise `channel_not_found`), and every language must be offered by the channel (otherwise `language_not_available`, with the offered ones in `details.available`; nothing is subscribed). The server answers `subscribed`, then replays the missed final subtitles when `resume_from` is given (flagged `replayed: true`), then sends live subtitles. A second `subscribe` replaces the first (to switch channel); use `set_languages` to change languages only.
 *
 * Resuming: send as `resume_from` the highest sequence N such that every final subtitle up to N was received in every subscribed language (the minimum over the languages of the last sequence received without holes). The server replays every final with a sequence above N in the subscribed languages that it still holds (the last 500 segments of the channel); the client drops duplicates by (language, sequence).
 */
export interface Subscribe {
  type: 'subscribe';
  request_id?: RequestId;
  /**
   * A UUID.
   */
  channel_id: string;
  /**
   * The languages to receive (source and/or translations).
   *
   * @minItems 1
   * @maxItems 10
   */
  languages: string[];
  /**
   * Also receive `subtitle_partial` messages (live captions that change as words arrive).
   */
  include_partials?: boolean;
  /**
   * Replay the final subtitles with a sequence greater than this (0 = everything still held). Omit it for live subtitles only.
   */
  resume_from?: number;
}
/**
 * Change the languages of the current subscription
 *
 * Replaces the subscribed languages of the current channel; answered with `subscribed` (without replay). Before `subscribe` it is an `invalid_state` error; an unknown language is a `language_not_available` error and leaves the subscription unchanged.
 */
export interface SetLanguages {
  type: 'set_languages';
  request_id?: RequestId;
  /**
   * @minItems 1
   * @maxItems 10
   */
  languages: string[];
}
/**
 * Stop receiving subtitles without closing the connection
 *
 * Stops subtitle delivery; answered with `unsubscribed`. Session state changes also stop. Before `subscribe` it is an `invalid_state` error.
 */
export interface Unsubscribe {
  type: 'unsubscribe';
  request_id?: RequestId;
}
/**
 * The subscription now in force
 *
 * The answer to `subscribe` and `set_languages`: the active languages, every language the channel offers, the session state, the channel's latest sequence and, after a `subscribe` with `resume_from`, what is about to be replayed. The `replay.count` replayed `subtitle_final` messages (`replayed: true`, ordered by sequence) follow immediately, before any live subtitle. `replay.truncated` is true when part of the requested history is no longer held (the first replayed sequence is then greater than `resume_from` + 1).
 */
export interface Subscribed {
  type: 'subscribed';
  request_id?: RequestId;
  /**
   * A UUID.
   */
  event_id: string;
  /**
   * A UUID.
   */
  channel_id: string;
  /**
   * The languages now delivered.
   *
   * @minItems 1
   * @maxItems 10
   */
  languages: string[];
  /**
   * Every language the channel offers (its source language and its translation targets).
   *
   * @minItems 1
   * @maxItems 50
   */
  available_languages: ChannelLanguage[];
  include_partials: boolean;
  session: SessionSummary;
  /**
   * The sequence of the channel's latest final segment; `null` when there is none yet.
   */
  last_sequence: number | null;
  /**
   * What is replayed after this message; `null` when nothing is (no `resume_from`, or nothing missed). With `count` 0 and `truncated` true, the client missed finals that are no longer held: it should show that part of the talk is missing.
   */
  replay: {
    /**
     * The first replayed sequence; `null` when nothing held is replayed (`count` 0).
     */
    from_sequence: Sequence | null;
    /**
     * The last replayed sequence; `null` when nothing held is replayed (`count` 0).
     */
    to_sequence: Sequence | null;
    /**
     * How many `subtitle_final` messages are replayed (segments × languages).
     */
    count: number;
    /**
     * True when older finals the client asked for are no longer held.
     */
    truncated: boolean;
  } | null;
}
/**
 * One language a channel is subtitled in.
 */
export interface ChannelLanguage {
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  language: string;
  /**
   * True for the language the speaker talks in; false for machine translations of it.
   */
  is_source: boolean;
}
/**
 * The speaking session of a channel as it is now.
 */
export interface SessionSummary {
  /**
   * The current (or last) session of the channel; `null` before any speaker started one.
   */
  session_id: string | null;
  state: SessionStateName;
}
/**
 * Subtitle delivery stopped
 *
 * The answer to `unsubscribe`; nothing more is sent until the next `subscribe`.
 */
export interface Unsubscribed {
  type: 'unsubscribed';
  request_id?: RequestId;
  /**
   * A UUID.
   */
  channel_id: string;
}
/**
 * A live caption of the segment being spoken, which may still change
 *
 * Sent only when the subscription has `include_partials: true`, for the source language and, when the server translates partial results, for the target languages. Each partial replaces the previous one with the same `segment_id` and `language` (`revision` grows); the `subtitle_final` of the segment replaces them all. Partials have no `sequence` and are never replayed.
 */
export interface SubtitlePartial {
  type: 'subtitle_partial';
  /**
   * A UUID.
   */
  event_id: string;
  /**
   * A UUID.
   */
  channel_id: string;
  /**
   * A UUID.
   */
  session_id: string;
  segment_id: SegmentId;
  /**
   * 1 for the first partial of the segment in this language, then +1 for each newer one.
   */
  revision: number;
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  language: string;
  /**
   * True when `language` is the speaker's language (recognised text, not a translation).
   */
  is_source: boolean;
  start_ms: MediaOffsetMs;
  end_ms: MediaOffsetMs;
  text: string;
  timings: SubtitleTimings;
}
/**
 * The final subtitle of a segment in one language
 *
 * The definitive text of a segment in one subscribed language. `sequence` numbers the channel's final segments and is shared by the source text and all its translations; (language, sequence) is unique, so a client drops any duplicate it receives after a resume. Within a language, finals arrive in sequence order. `replayed: true` marks finals sent from history after a `subscribe` with `resume_from` (they come right after `subscribed`, before live ones).
 */
export interface SubtitleFinal {
  type: 'subtitle_final';
  /**
   * A UUID.
   */
  event_id: string;
  /**
   * A UUID.
   */
  channel_id: string;
  /**
   * A UUID.
   */
  session_id: string;
  segment_id: SegmentId;
  sequence: Sequence;
  /**
   * A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
   */
  language: string;
  /**
   * True when `language` is the speaker's language (recognised text, not a translation).
   */
  is_source: boolean;
  start_ms: MediaOffsetMs;
  end_ms: MediaOffsetMs;
  text: string;
  timings: SubtitleTimings;
  /**
   * True when sent from history after a resume rather than live.
   */
  replayed: boolean;
}

/**
 * A binary WebSocket frame of raw audio in the negotiated format
 *
 * Raw audio samples in the format accepted by `audio_accepted` (today: little-endian signed 16-bit PCM, 16000 Hz, mono, so 32 bytes per millisecond), sent as a binary WebSocket frame with no header. A frame must hold whole samples (an even number of bytes) and at most `max_frame_bytes` (32000 bytes = 1 s); larger frames are dropped with a `message_too_large` error, and frames above the 1 MiB connection limit close the connection with 1009. Frames before `audio_accepted` are dropped with a `not_negotiated` error; frames while paused are discarded silently. Send audio in real time: more than twice real time is `rate_limited`.
 *
 * Content type `application/octet-stream`, sent by a speaker client to the server on `/v1/ws/speaker`.
 */
export type AudioFrame = Uint8Array | ArrayBuffer;

/** The `type` discriminator of every JSON message, by message name. */
export const MessageType = {
  /** `audio_config`: Offer the audio format of the frames the speaker is about to send */
  AudioConfig: 'audio_config',
  /** `pause`: Pause transcription */
  Pause: 'pause',
  /** `resume`: Resume transcription after a pause */
  Resume: 'resume',
  /** `end_session`: End the speaking session */
  EndSession: 'end_session',
  /** `session_resume`: Continue a session after a dropped connection */
  SessionResume: 'session_resume',
  /** `ping`: Check that the connection is alive and measure the round trip */
  Ping: 'ping',
  /** `session_started`: The speaking session the connection is attached to, new or resumed */
  SessionStarted: 'session_started',
  /** `audio_accepted`: The negotiated audio format; binary frames may follow */
  AudioAccepted: 'audio_accepted',
  /** `transcript_partial`: The recogniser's current guess for the segment being spoken */
  TranscriptPartial: 'transcript_partial',
  /** `transcript_final`: The recognised text of a finished segment */
  TranscriptFinal: 'transcript_final',
  /** `translation_final`: A machine translation of a final segment, echoed to the speaker */
  TranslationFinal: 'translation_final',
  /** `session_state`: The channel's speaking session changed state */
  SessionState: 'session_state',
  /** `pong`: Answer to a ping */
  Pong: 'pong',
  /** `error`: A client message could not be handled, or the session hit a problem */
  ErrorMessage: 'error',
  /** `gap`: A stretch of the session that has no subtitles, and why */
  Gap: 'gap',
  /** `service_warning`: A dependency of the service is down or back; finals wait for it */
  ServiceWarning: 'service_warning',
  /** `subscribe`: Start receiving a channel's subtitles in some languages */
  Subscribe: 'subscribe',
  /** `set_languages`: Change the languages of the current subscription */
  SetLanguages: 'set_languages',
  /** `unsubscribe`: Stop receiving subtitles without closing the connection */
  Unsubscribe: 'unsubscribe',
  /** `subscribed`: The subscription now in force */
  Subscribed: 'subscribed',
  /** `unsubscribed`: Subtitle delivery stopped */
  Unsubscribed: 'unsubscribed',
  /** `subtitle_partial`: A live caption of the segment being spoken, which may still change */
  SubtitlePartial: 'subtitle_partial',
  /** `subtitle_final`: The final subtitle of a segment in one language */
  SubtitleFinal: 'subtitle_final',
} as const;

/** Any `type` value of the protocol. */
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** The message type for each `type` value. */
export interface MessageByType {
  audio_config: AudioConfig;
  pause: Pause;
  resume: Resume;
  end_session: EndSession;
  session_resume: SessionResume;
  ping: Ping;
  session_started: SessionStarted;
  audio_accepted: AudioAccepted;
  transcript_partial: TranscriptPartial;
  transcript_final: TranscriptFinal;
  translation_final: TranslationFinal;
  session_state: SessionState;
  pong: Pong;
  error: ErrorMessage;
  gap: Gap;
  service_warning: ServiceWarning;
  subscribe: Subscribe;
  set_languages: SetLanguages;
  unsubscribe: Unsubscribe;
  subscribed: Subscribed;
  unsubscribed: Unsubscribed;
  subtitle_partial: SubtitlePartial;
  subtitle_final: SubtitleFinal;
}

/** A JSON message sent by a speaker client to the server on `/v1/ws/speaker`. */
export type SpeakerClientMessage =
  | AudioConfig
  | Pause
  | Resume
  | EndSession
  | SessionResume
  | Ping;

/** The `type` values of SpeakerClientMessage. */
export const SpeakerClientMessageTypes = [
  MessageType.AudioConfig,
  MessageType.Pause,
  MessageType.Resume,
  MessageType.EndSession,
  MessageType.SessionResume,
  MessageType.Ping,
] as const;

/** A binary frame sent by a speaker client to the server on `/v1/ws/speaker`: {@link AudioFrame}. */
export type SpeakerClientBinaryMessage = AudioFrame;

/** A JSON message sent by the server to a speaker client on `/v1/ws/speaker`. */
export type SpeakerServerMessage =
  | SessionStarted
  | AudioAccepted
  | TranscriptPartial
  | TranscriptFinal
  | TranslationFinal
  | SessionState
  | Pong
  | ErrorMessage
  | Gap
  | ServiceWarning;

/** The `type` values of SpeakerServerMessage. */
export const SpeakerServerMessageTypes = [
  MessageType.SessionStarted,
  MessageType.AudioAccepted,
  MessageType.TranscriptPartial,
  MessageType.TranscriptFinal,
  MessageType.TranslationFinal,
  MessageType.SessionState,
  MessageType.Pong,
  MessageType.ErrorMessage,
  MessageType.Gap,
  MessageType.ServiceWarning,
] as const;

/** A JSON message sent by a listener client to the server on `/v1/ws/listener`. */
export type ListenerClientMessage =
  | Subscribe
  | SetLanguages
  | Unsubscribe
  | Ping;

/** The `type` values of ListenerClientMessage. */
export const ListenerClientMessageTypes = [
  MessageType.Subscribe,
  MessageType.SetLanguages,
  MessageType.Unsubscribe,
  MessageType.Ping,
] as const;

/** A JSON message sent by the server to a listener client on `/v1/ws/listener`. */
export type ListenerServerMessage =
  | Subscribed
  | Unsubscribed
  | SubtitlePartial
  | SubtitleFinal
  | SessionState
  | Gap
  | Pong
  | ErrorMessage;

/** The `type` values of ListenerServerMessage. */
export const ListenerServerMessageTypes = [
  MessageType.Subscribed,
  MessageType.Unsubscribed,
  MessageType.SubtitlePartial,
  MessageType.SubtitleFinal,
  MessageType.SessionState,
  MessageType.Gap,
  MessageType.Pong,
  MessageType.ErrorMessage,
] as const;

/** Every WebSocket close code the server uses (`x-close-codes` in the spec). */
export const CloseCode = {
  /** 1000: The conversation is over: the speaker's `end_session` completed, or the client closed the connection. Do not reconnect. */
  NormalClosure: 1000,
  /** 1001: The server is shutting down or restarting. Get a new ticket and reconnect after a short random delay; speakers send `session_resume`, listeners `subscribe` with `resume_from`. */
  GoingAway: 1001,
  /** 1008: The client kept breaking the protocol after non-fatal errors (for example it stayed `rate_limited`, or sent no first message within 10 s). Do not reconnect automatically. */
  PolicyViolation: 1008,
  /** 1009: A frame was above the 1 MiB connection limit. Fix the client before reconnecting. */
  MessageTooBig: 1009,
  /** 1011: An unexpected server fault ended the connection (for a listener, also the loss of the instance's subtitle bus). Reconnect with backoff and a new ticket; listeners resubscribe with `resume_from` to replay what they missed. */
  InternalError: 1011,
  /** 4001: The ticket is missing, malformed, expired, already used, or issued for the other role. Get a new ticket (with a valid access token) and reconnect. */
  TicketInvalid: 4001,
  /** 4003: The ticket's user is not (or no longer) assigned to the event or channel in this role. Do not reconnect. */
  Forbidden: 4003,
  /** 4004: The event or channel does not exist (any more). Do not reconnect. */
  NotFound: 4004,
  /** 4008: The listener did not read fast enough and its send buffer passed its bound (1 MiB or 1000 queued messages). Reconnect with a new ticket and `subscribe` with `resume_from` to catch up. */
  SlowConsumer: 4008,
  /** 4009: The event cannot take this connection in its current status: speakers and listeners need a `ready` or `live` event (not `draft`, not `ended`). */
  EventNotLive: 4009,
  /** 4010: A newer connection of the same speaker took over the channel (another tab or device, or a resume). Do not reconnect from this one. */
  Replaced: 4010,
  /** 4011: The session or the event ended (a manager ended it, the event ended, or the speaker's grace period ran out). Speakers may start a new session with a new ticket if the event is still live; listeners stop. */
  SessionEnded: 4011,
  /** 4012: Another speaker holds the channel's session (live, paused or interrupted). Retry once that session has ended (listeners see it in `session_state`). */
  ChannelBusy: 4012,
} as const;

/** Any close code of {@link CloseCode}. */
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** The name of each close code, for logs. */
export const CloseCodeName: Readonly<Record<CloseCode, keyof typeof CloseCode>> = {
  1000: 'NormalClosure',
  1001: 'GoingAway',
  1008: 'PolicyViolation',
  1009: 'MessageTooBig',
  1011: 'InternalError',
  4001: 'TicketInvalid',
  4003: 'Forbidden',
  4004: 'NotFound',
  4008: 'SlowConsumer',
  4009: 'EventNotLive',
  4010: 'Replaced',
  4011: 'SessionEnded',
  4012: 'ChannelBusy',
};
