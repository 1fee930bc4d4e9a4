// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/live-service/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
export interface paths {
    "/v1/sessions/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the agents of a channel
         * @description Starts a session for one channel: its one channel agent joins the channel's LiveKit room
         *     `event-<event_id>-channel-<channel_id>` as a hidden participant, subscribes to the speaker's `original`
         *     track, and publishes captions (text streams on `lk.transcription`) and translated audio
         *     (`translation-<lang>` tracks). Its stages (`asr`, `mt`, one `tts` per target) are the session's
         *     `agents`. The speaker does not need to be connected yet: the agent waits in the room for the
         *     `original` track.
         *
         *     The service obtains its own client-credentials token, reads the event from the events service and then:
         *     1. **404** when the event or the channel does not exist or is not visible to the caller;
         *     2. **403** when the caller is not a speaker of the channel, an organiser of the event, nor a holder of
         *        `events:manage_all`;
         *     3. **409** when the event is not `ready` or `live`, or when the channel's previous session is still
         *        `stopping` (retry after `Retry-After` seconds);
         *     4. **200** with the running session when the channel already has one `starting` or `active`
         *        (idempotent: a reload of the speaker page, or two speakers pressing start together, never start a
         *        second set of agents); nothing is changed, whoever started it;
         *     5. **422** when an engine cannot serve a language of the channel (ASR the source language, MT a source →
         *        target pair, TTS a target language): `language` and `engine` name the first one, and nothing starts;
         *     6. asks the livekit-provider for the agent's token and launches the agent (**502** naming the
         *        dependency when one fails; no session is kept);
         *     7. **201** with the new session, answered once the agent has joined the room (`active`), or after 10
         *        seconds with the session still `starting` and the late stages `starting`.
         *
         *     The source and target languages are those of the channel at start time; a change of the channel's
         *     languages applies to the next session.
         */
        post: operations["startSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a session
         * @description Stops a session: the service marks it `stopping`, disconnects its agent (the last partial captions are
         *     flushed as final first), marks it `ended` with `end_reason: stopped`, and writes its record (times,
         *     languages, agents, counters) to the events service, where it is listed among the event's session records.
         *     The answer comes once the agent is disconnected (at most 10 seconds; an agent process that does not
         *     leave in time is terminated, and LiveKit drops its connection). The room itself stays open: the speaker and the listeners
         *     remain connected, without captions or translations; close it with the livekit-provider's
         *     `DELETE /v2/rooms/{room_name}`.
         *
         *     Allowed to the speakers of the session's channel, the organisers of the event and holders of
         *     `events:manage_all` (**403** otherwise). Stopping a session that has already `ended` or `failed` returns it
         *     unchanged with 200 (idempotent). If the events service cannot take the record, the session still ends and
         *     `record_saved_at` stays null while the service retries in the background.
         */
        post: operations["stopSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session, as returned by `POST /v1/sessions/start`.
                 * @example 6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
                 */
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * Read a session
         * @description Reads a session with the status of each agent and the counters: seconds of audio received, final
         *     segments transcribed and translated per language, and the last activity. While the session runs the
         *     counters are live (poll every few seconds to show progress); once it has ended they are final.
         *
         *     Visible to the speakers of the event, its organisers and holders of `events:manage_all`; any other
         *     session answers 404.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/transcripts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session, as returned by `POST /v1/sessions/start`.
                 * @example 6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
                 */
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a session's transcripts
         * @description Lists the languages a LiveKit session has a transcript in (its source language and each target language of its channel) with how many final segments each holds. While the session runs the counts grow and `complete` is `false`. Download one with `GET /v1/sessions/{session_id}/transcripts/{language}`. Visible to whoever the events service shows the event to; any other session is a 404.
         */
        get: operations["listSessionTranscripts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/transcripts/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session, as returned by `POST /v1/sessions/start`.
                 * @example 6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
                 */
                session_id: components["parameters"]["SessionIdPath"];
                /**
                 * @description The language of the transcript, as a BCP 47 tag: the source language of the channel or one of its target languages.
                 * @example es
                 */
                language: components["parameters"]["TranscriptLanguage"];
            };
            cookie?: never;
        };
        /**
         * Download a session's transcript in one language
         * @description Returns the transcript of a LiveKit session in one language: the transcription when `language` is the
         *     session's source language, a translation otherwise. These are the finals the channel agent published
         *     on `lk.transcription`, stored per segment; times are milliseconds of the session's audio.
         *
         *     **Choosing the representation.** `format` wins when given (`json`, `vtt`, `srt`, `txt`). Without
         *     it, the first of `application/json`, `text/vtt`, `application/x-subrip` and `text/plain` that `Accept`
         *     prefers is served; with no usable `Accept`, JSON. The answer always says what it is in `Content-Type`
         *     (and `Vary: Accept`), and names a file in `Content-Disposition` (`attachment` for VTT, SRT and text,
         *     so a link downloads it). The formats are the same as the WebSocket mode's (live-event).
         *
         *     While the session runs the transcript holds the segments finalised so far (`complete: false` in
         *     JSON). Visible to whoever the events service shows the event to (listeners included); any other
         *     session, or a language the session has no transcript in, is a 404.
         */
        get: operations["getSessionTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event, as known to the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the sessions of an event
         * @description Lists the sessions of every channel of an event, the most recently started first, optionally only
         *     those in some statuses (`?status=starting&status=active` for what runs now). Ended sessions stay listed
         *     here; their records are also in the events service.
         *
         *     **404** when the event does not exist or is not visible to the caller; an event without sessions answers an
         *     empty list. Visible to the speakers of the event, its organisers and holders of `events:manage_all`.
         */
        get: operations["listEventSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/transcripts/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event, as known to the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventIdPath"];
                /**
                 * @description The language of the transcript, as a BCP 47 tag: the source language of the channel or one of its target languages.
                 * @example es
                 */
                language: components["parameters"]["TranscriptLanguage"];
            };
            cookie?: never;
        };
        /**
         * Download an event's transcript in one language
         * @description Concatenates the transcripts of every LiveKit session of an event (or only of the channel given in
         *     `channel_id`) in one language, session after session in the order they started. The times run on
         *     one clock made of the sessions' audio clocks laid end to end, as if their recordings were played
         *     back to back; in JSON, `sessions[].offset_ms` gives where each session starts on it. This is the way
         *     for a listener, who cannot list sessions, to get the whole event's text. Visible to whoever the
         *     events service shows the event to (listeners included), as in the WebSocket mode (live-event).
         *
         *     The representation is chosen as for a session transcript: `format` wins; otherwise `Accept`; otherwise
         *     JSON. In WebVTT a `NOTE` block marks the start of each session and cues keep the segments' `sequence`
         *     as identifiers (unique within a channel); in SubRip, whose cues must be numbered 1, 2, 3, ..., cues
         *     are renumbered; in text the sessions simply follow each other.
         *
         *     A language that the event offers but nobody has spoken in yet answers an empty transcript (200); a
         *     language the event does not offer, or an event the caller cannot see, is a 404.
         */
        get: operations["getLiveEventTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check liveness
         * @description Answers while the process is up and serving requests; it checks no dependency. The gateway rate-limits every path, so even this one can answer 429.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check readiness
         * @description Checks every dependency the service needs (database, auth JWKS, engines, ...) and answers 200 when all are up, 503 otherwise, with the result of each check.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: uuid
         * @description A UUID.
         * @example 0b6c3a4e-58d1-4f4e-9f5e-6a1f0e2d3c4b
         */
        Uuid: string;
        /**
         * StartSessionRequest
         * @description The channel whose agents to start.
         */
        StartSessionRequest: {
            /** @description The event, as known to the events service. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel of that event; its room is `event-<event_id>-channel-<channel_id>`. */
            channel_id: components["schemas"]["Uuid"];
        };
        /**
         * ValidationIssue
         * @description One field that failed validation.
         */
        ValidationIssue: {
            /**
             * @description Where the field was.
             * @enum {string}
             */
            location: "path" | "query" | "header" | "cookie" | "body";
            /**
             * @description The JSON pointer of the field inside its location (empty for the location itself).
             * @example /title
             */
            path?: string;
            /**
             * @description What is wrong with it.
             * @example must NOT have fewer than 1 characters
             */
            message: string;
        };
        /**
         * Problem
         * @description An RFC 9457 problem detail. Every error of every Ilenia API has this shape, served as `application/problem+json`.
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI that identifies the kind of problem; `about:blank` when the HTTP status says it all.
             * @example https://ilenia.dev/problems/validation
             */
            type: string;
            /**
             * @description A short, human-readable summary of the kind of problem.
             * @example Request validation failed
             */
            title: string;
            /**
             * @description The HTTP status code of this occurrence.
             * @example 400
             */
            status: number;
            /**
             * @description A human-readable explanation of this occurrence.
             * @example body/title must NOT have fewer than 1 characters
             */
            detail?: string;
            /**
             * Format: uri-reference
             * @description The request path of this occurrence.
             * @example /v1/events
             */
            instance?: string;
            /**
             * @description The request id, also in the `X-Request-Id` response header; quote it when reporting a problem.
             * @example 01J9Z8Y7X6W5V4T3S2R1Q0P9N8
             */
            request_id?: string;
            /** @description One entry per invalid field, for validation problems. */
            errors?: components["schemas"]["ValidationIssue"][];
            /** @description The permissions the caller lacks, for 403 problems. */
            missing_permissions?: string[];
            /** @description The allowed values or transitions, for conflicts such as a forbidden status change. */
            allowed?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * SessionStatus
         * @description Where the session is in its lifecycle: `starting` (agents launched, joining the room), `active` (every agent joined), `stopping` (stop requested, agents disconnecting), `ended` (stopped, or its room closed), `failed` (the ASR or MT agent failed for good).
         * @example active
         * @enum {string}
         */
        SessionStatus: "starting" | "active" | "stopping" | "ended" | "failed";
        /**
         * Format: date-time
         * @description An RFC 3339 date and time with a timezone offset.
         * @example 2026-11-28T17:00:00Z
         */
        Timestamp: string;
        /**
         * @description A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
         * @example es
         */
        LanguageTag: string;
        /**
         * AgentType
         * @description The stage of the channel agent: `asr` transcribes the speaker's `original` track in the source language, `mt` translates every final segment into each target language, `tts` voices one target language as the audio track `translation-<lang>`.
         * @example asr
         * @enum {string}
         */
        AgentType: "asr" | "mt" | "tts";
        /**
         * AgentStatus
         * @description Where a stage of the channel agent is: `starting` (token obtained, connecting), `running` (joined the room and working), `restarting` (lost its connection or its engine and is being started again), `stopped` (disconnected on purpose), `failed` (gave up after its restarts; `last_error` says why).
         * @example running
         * @enum {string}
         */
        AgentStatus: "starting" | "running" | "restarting" | "stopped" | "failed";
        /**
         * AgentError
         * @description The last error an agent met.
         */
        AgentError: {
            /**
             * @description A stable error code: `engine_unreachable`, `engine_error`, `livekit_disconnected`, `token_refused`, `no_speaker_track` or `internal`.
             * @example engine_unreachable
             * @enum {string}
             */
            code: "engine_unreachable" | "engine_error" | "livekit_disconnected" | "token_refused" | "no_speaker_track" | "internal";
            /**
             * @description A human-readable explanation, for operators.
             * @example TTS engine did not answer within 5 s (POST /synthesize, language fr).
             */
            message: string;
            /** @description When the error happened. */
            occurred_at: components["schemas"]["Timestamp"];
        };
        /**
         * SessionAgent
         * @description One stage of the session's channel agent (the one participant of the channel's room): `asr`, `mt`, or `tts` for one target language, with its own status, restarts and last error.
         */
        SessionAgent: {
            agent_type: components["schemas"]["AgentType"];
            /**
             * @description The channel agent's participant identity in the room, as its token from the livekit-provider names it: the same for every stage of the session, since they are one participant.
             * @example agent-asr
             */
            identity: string;
            /**
             * @description The languages it works in: the source language for `asr`, the target languages for `mt`, its one target language for `tts`.
             * @example [
             *       "en"
             *     ]
             */
            languages: components["schemas"]["LanguageTag"][];
            status: components["schemas"]["AgentStatus"];
            /**
             * Format: date-time
             * @description When it last joined the room; null while it has not joined yet.
             * @example 2026-11-28T17:00:03Z
             */
            joined_at: string | null;
            /**
             * @description How many times it was restarted after an error.
             * @example 0
             */
            restarts: number;
            /** @description The last error it met; null when it has met none. */
            last_error: components["schemas"]["AgentError"] | null;
        };
        /**
         * SessionCounters
         * @description What the session has produced so far (final when the session has ended).
         */
        SessionCounters: {
            /**
             * @description Seconds of the speaker's audio the ASR agent has received.
             * @example 1804.2
             */
            audio_seconds: number;
            /**
             * @description Final segments the ASR agent has published (partial results are not counted).
             * @example 412
             */
            segments_transcribed: number;
            /**
             * @description Final segments the MT agent has published, per target language.
             * @example {
             *       "es": 412,
             *       "fr": 411
             *     }
             */
            segments_translated: {
                [key: string]: number;
            };
            /**
             * Format: date-time
             * @description When any agent last published a segment or audio; null until the first segment.
             * @example 2026-11-28T17:30:07Z
             */
            last_activity_at: string | null;
        };
        /**
         * LiveSession
         * @description A session of the channel agent of one channel's LiveKit room, with each of its stages' status and the counters.
         */
        LiveSession: {
            /** @description The session. */
            session_id: components["schemas"]["Uuid"];
            /** @description The event. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel. */
            channel_id: components["schemas"]["Uuid"];
            /**
             * @description The channel's LiveKit room, `event-<event_id>-channel-<channel_id>`.
             * @example event-3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d-channel-a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
             */
            room_name: string;
            status: components["schemas"]["SessionStatus"];
            /** @description When the session was started. */
            started_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When it ended or failed; null while it runs.
             * @example null
             */
            ended_at: string | null;
            /**
             * @description Why it ended: `stopped` (`POST /v1/sessions/stop`), `room_closed` (the room was closed or emptied), `event_closed` (the event left `ready`/`live`), `agent_failed` (status `failed`); null while it runs.
             * @example null
             * @enum {string|null}
             */
            end_reason: "stopped" | "room_closed" | "event_closed" | "agent_failed" | null;
            /** @description The user who started it. */
            started_by: components["schemas"]["Uuid"];
            /**
             * Format: uuid
             * @description The user who stopped it; null while it runs or when it ended by itself.
             * @example null
             */
            stopped_by: string | null;
            /** @description The language the speaker speaks, from the channel at start time. */
            source_language: components["schemas"]["LanguageTag"];
            /**
             * @description The languages it translates into, from the channel at start time.
             * @example [
             *       "es",
             *       "fr"
             *     ]
             */
            target_languages: components["schemas"]["LanguageTag"][];
            /** @description The stages of the session's one channel agent, `asr` first, then `mt`, then one `tts` per target language. */
            agents: components["schemas"]["SessionAgent"][];
            counters: components["schemas"]["SessionCounters"];
            /**
             * Format: date-time
             * @description When the session record was written to the events service; null while the session runs, and after it ended until the write succeeds (the service retries it in the background).
             * @example null
             */
            record_saved_at: string | null;
        };
        /**
         * StopSessionRequest
         * @description The session to stop, and the event it belongs to.
         */
        StopSessionRequest: {
            /** @description The event the session belongs to; a session of another event answers 404. */
            event_id: components["schemas"]["Uuid"];
            /** @description The session, as returned by `POST /v1/sessions/start`. */
            session_id: components["schemas"]["Uuid"];
        };
        /**
         * TranscriptLanguageSummary
         * @description One language a session has a transcript in.
         */
        TranscriptLanguageSummary: {
            language: components["schemas"]["LanguageTag"];
            /** @description `true` for the transcription of what the speaker said; `false` for a translation of it. */
            is_source: boolean;
            /**
             * @description How many segments the transcript has. A translation can lag behind the source while the session is active, or miss segments the MT engine failed on.
             * @example 618
             */
            segment_count: number;
        };
        /**
         * LiveTranscriptIndex
         * @description The transcripts a session has, one per language.
         */
        LiveTranscriptIndex: {
            session_id: components["schemas"]["Uuid"];
            event_id: components["schemas"]["Uuid"];
            channel_id: components["schemas"]["Uuid"];
            /** @description The language the speaker spoke in. */
            source_language: components["schemas"]["LanguageTag"];
            /** @description `false` while the session runs: the transcripts are still growing. */
            complete: boolean;
            /** @description The source language first, then each translation. */
            languages: components["schemas"]["TranscriptLanguageSummary"][];
        };
        /**
         * LiveTranscriptSegment
         * @description One final segment the channel agent published, in the transcript's language. A translation has the same `sequence` and timings as the source segment it translates.
         */
        LiveTranscriptSegment: {
            /**
             * @description The segment's position among the session's finals, shared by the source text and its translations; it continues across a restart of the service (a picked-up session keeps counting).
             * @example 0
             */
            sequence: number;
            /**
             * @description Where the segment starts, in milliseconds of the session's audio.
             * @example 1200
             */
            start_ms: number;
            /**
             * @description Where the segment ends, on the same clock as `start_ms`.
             * @example 4350
             */
            end_ms: number;
            /**
             * @description The text in the transcript's language.
             * @example Hola a todos y gracias por estar aquí tan temprano.
             */
            text: string;
        };
        /**
         * LiveTranscript
         * @description The transcript of one LiveKit session in one language.
         */
        LiveTranscript: {
            /** @description The session. */
            session_id: components["schemas"]["Uuid"];
            /** @description The event. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel. */
            channel_id: components["schemas"]["Uuid"];
            /** @description The language of `segments[].text`. */
            language: components["schemas"]["LanguageTag"];
            /** @description The language the speaker spoke in. */
            source_language: components["schemas"]["LanguageTag"];
            /** @description `true` when this is the transcription itself (`language` = `source_language`), `false` for a translation. */
            is_source: boolean;
            /** @description `false` while the session runs: later requests may return more segments. */
            complete: boolean;
            /** @description The segments in `sequence` order. */
            segments: components["schemas"]["LiveTranscriptSegment"][];
        };
        /**
         * SessionList
         * @description A page of an event's sessions, the most recently started first.
         */
        SessionList: {
            items: components["schemas"]["LiveSession"][];
            /**
             * @description How many sessions match the filters, across all pages.
             * @example 2
             */
            total: number;
            /**
             * @description The page size applied.
             * @example 50
             */
            limit: number;
            /**
             * @description The number of sessions skipped.
             * @example 0
             */
            offset: number;
        };
        /**
         * LiveEventTranscriptSession
         * @description One LiveKit session included in an event transcript, and where it sits on the transcript's clock.
         */
        LiveEventTranscriptSession: {
            session_id: components["schemas"]["Uuid"];
            channel_id: components["schemas"]["Uuid"];
            /** @description When the session started. */
            started_at: components["schemas"]["Timestamp"];
            /**
             * @description Where this session starts on the event transcript's clock: the total audio length of the sessions before it (as if their recordings were played back to back). Add it to a time of the session's own transcript to get the time used in the event transcript's `segments`.
             * @example 3412500
             */
            offset_ms: number;
            source_language: components["schemas"]["LanguageTag"];
            /** @description Whether the session's text in this language is its transcription (`true`) or a translation. */
            is_source: boolean;
        };
        /**
         * LiveEventTranscriptSegment
         * @description One final segment of an event transcript: a session's segment with its session named and its times moved onto the event transcript's clock (the session's `offset_ms` added).
         */
        LiveEventTranscriptSegment: {
            /** @description The session the segment belongs to. */
            session_id: components["schemas"]["Uuid"];
            /**
             * @description The segment's `sequence` in its session (unique within a channel).
             * @example 0
             */
            sequence: number;
            /**
             * @description Where the segment starts, in milliseconds of the event transcript's clock.
             * @example 1200
             */
            start_ms: number;
            /**
             * @description Where the segment ends, on the same clock as `start_ms`.
             * @example 4350
             */
            end_ms: number;
            /**
             * @description The text in the transcript's language.
             * @example Hola a todos y gracias por estar aquí tan temprano.
             */
            text: string;
        };
        /**
         * LiveEventTranscript
         * @description The transcripts of every LiveKit session of an event (or of one channel) in one language, concatenated in the order the sessions started, on one clock: the sessions' audio clocks laid end to end, as if their recordings were played back to back.
         */
        LiveEventTranscript: {
            event_id: components["schemas"]["Uuid"];
            /**
             * Format: uuid
             * @description The channel the transcript was restricted to; `null` for every channel of the event.
             * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
             */
            channel_id: string | null;
            language: components["schemas"]["LanguageTag"];
            /** @description `false` while any included session is still `active`. */
            complete: boolean;
            /** @description The sessions included, in start order. */
            sessions: components["schemas"]["LiveEventTranscriptSession"][];
            /** @description Every segment of those sessions, session after session, each session's segments in `sequence` order. */
            segments: components["schemas"]["LiveEventTranscriptSegment"][];
        };
        /**
         * Health
         * @description The service process is up and serving requests.
         */
        Health: {
            /** @constant */
            status: "ok";
            /**
             * @description The service's name.
             * @example events
             */
            service: string;
            /**
             * @description The service's version.
             * @example 0.1.0
             */
            version: string;
            /**
             * @description Seconds since the process started.
             * @example 3600.5
             */
            uptime_seconds?: number;
        };
        /**
         * ReadinessCheck
         * @description The result of checking one dependency.
         */
        ReadinessCheck: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description How long the check took. */
            latency_ms?: number;
            /** @description Why the dependency is down, or what it reports (versions, languages). */
            detail?: string;
            /** @description What the dependency reports about itself (engine capabilities, versions). */
            info?: {
                [key: string]: unknown;
            };
        };
        /**
         * Readiness
         * @description Whether every dependency the service needs is reachable, each with its own result.
         */
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            /** @description One entry per dependency, by name (`database`, `jwks`, `redis`, `stt`, ...). */
            checks: {
                [key: string]: components["schemas"]["ReadinessCheck"];
            };
        };
    };
    responses: {
        /** @description Any other error, as an RFC 9457 problem. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request does not match the API contract: a parameter or field is invalid, a query parameter is unknown to the operation, the body is not valid JSON, or text holds a NUL character or an unpaired UTF-16 surrogate (which cannot be stored). `errors` lists every invalid field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request carries no valid credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than the service accepts (1 MB of JSON or form data unless the operation says otherwise). Send less, or split the request. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body's `Content-Type` is not one the operation accepts (see its request body); JSON bodies are sent as `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A dependency could not be reached, refused the service's credentials, or answered an error the service cannot map: `upstream` names it (`auth`, `events_service`, `livekit_provider`, `asr`, `mt`, `tts`). A start that fails this way leaves no session behind (agents already launched are stopped); a stop that fails this way still ends the session, see `POST /v1/sessions/stop`. Retrying is safe. */
        UpstreamFailure: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No session with this id, or it belongs to an event the caller cannot see (or, for a stop, to another event than `event_id`). */
        SessionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credentials are valid but lack a permission the operation requires. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The event does not exist or is not visible to the caller in the events service. */
        EventNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests; retry after the number of seconds in `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The session, as returned by `POST /v1/sessions/start`.
         * @example 6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
         */
        SessionIdPath: components["schemas"]["Uuid"];
        /**
         * @description The language of the transcript, as a BCP 47 tag: the source language of the channel or one of its target languages.
         * @example es
         */
        TranscriptLanguage: components["schemas"]["LanguageTag"];
        /**
         * @description The representation to return. It takes precedence over `Accept`:
         *     - `json` → `application/json`, a structured transcript with timings (the default);
         *     - `vtt` → `text/vtt`, WebVTT subtitles;
         *     - `srt` → `application/x-subrip`, SubRip subtitles;
         *     - `txt` → `text/plain; charset=utf-8`, the text only, one segment per line.
         *
         *     Without `format`, the service picks the first of these four media types that the `Accept` header
         *     allows, by preference (q-value); when `Accept` is absent, is `*\/*` or allows none of them, it answers
         *     JSON. It never answers 406.
         * @example vtt
         */
        TranscriptFormat: "json" | "vtt" | "srt" | "txt";
        /**
         * @description The event, as known to the events service.
         * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
         */
        EventIdPath: components["schemas"]["Uuid"];
        /**
         * @description Only sessions in one of these statuses; repeat the parameter for several (`?status=ended&status=failed`). All statuses when omitted.
         * @example [
         *       "ended",
         *       "failed"
         *     ]
         */
        SessionStatusQuery: components["schemas"]["SessionStatus"][];
        /** @description How many items to return at most. */
        Limit: number;
        /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
        Offset: number;
        /**
         * @description Only the sessions of this channel of the event.
         * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
         */
        ChannelIdFilter: components["schemas"]["Uuid"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The URL of the new session (`/v1/sessions/{session_id}`).
         * @example /v1/sessions/6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
         */
        Location: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 300
         */
        RetryAfter: number;
        /**
         * @description Names the file for a download: `attachment` for `vtt`, `srt` and `txt`, `inline` for `json`, with `filename="session-<session_id>.<language>.<ext>"`.
         * @example attachment; filename="session-6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f.es.vtt"
         */
        TranscriptContentDisposition: string;
        /**
         * @description `Accept`: without `format`, the representation depends on the `Accept` header.
         * @example Accept
         */
        VaryAccept: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    startSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartSessionRequest"];
            };
        };
        responses: {
            /** @description The channel already had a `starting` or `active` session: it is returned unchanged and nothing new is started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSession"];
                };
            };
            /** @description A new session was started; `Location` is its URL. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The token lacks `live_sessions:control`, or the caller may see the event but is not a speaker of this channel, an organiser of the event, nor a holder of `events:manage_all`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event does not exist or is not visible to the caller, or the channel is not one of its channels. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not `ready` or `live` (`event_status` says what it is), or the previous session of the channel is still `stopping` (`Retry-After` says when to retry). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description An engine cannot serve one of the channel's languages: `engine` (`asr`, `mt` or `tts`) and `language` name the first one found (for MT, `language` is the target and `source_language` the source). Change the channel's languages or configure an engine that serves them. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            502: components["responses"]["UpstreamFailure"];
            default: components["responses"]["Problem"];
        };
    };
    stopSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopSessionRequest"];
            };
        };
        responses: {
            /** @description The session has ended (now, or before this call). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The token lacks `live_sessions:control`, or the caller is not a speaker of the session's channel, an organiser of the event, nor a holder of `events:manage_all`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            502: components["responses"]["UpstreamFailure"];
            default: components["responses"]["Problem"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session, as returned by `POST /v1/sessions/start`.
                 * @example 6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
                 */
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listSessionTranscripts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session, as returned by `POST /v1/sessions/start`.
                 * @example 6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
                 */
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's transcripts, by language. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveTranscriptIndex"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    getSessionTranscript: {
        parameters: {
            query?: {
                /**
                 * @description The representation to return. It takes precedence over `Accept`:
                 *     - `json` → `application/json`, a structured transcript with timings (the default);
                 *     - `vtt` → `text/vtt`, WebVTT subtitles;
                 *     - `srt` → `application/x-subrip`, SubRip subtitles;
                 *     - `txt` → `text/plain; charset=utf-8`, the text only, one segment per line.
                 *
                 *     Without `format`, the service picks the first of these four media types that the `Accept` header
                 *     allows, by preference (q-value); when `Accept` is absent, is `*\/*` or allows none of them, it answers
                 *     JSON. It never answers 406.
                 * @example vtt
                 */
                format?: components["parameters"]["TranscriptFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description The session, as returned by `POST /v1/sessions/start`.
                 * @example 6d2f9b4e-1a7c-4e3b-8f5d-0c9a2e7b4d1f
                 */
                session_id: components["parameters"]["SessionIdPath"];
                /**
                 * @description The language of the transcript, as a BCP 47 tag: the source language of the channel or one of its target languages.
                 * @example es
                 */
                language: components["parameters"]["TranscriptLanguage"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript, as JSON (`format=json`), WebVTT (`format=vtt`), SubRip (`format=srt`) or plain text (`format=txt`, UTF-8, one segment per line). */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["TranscriptContentDisposition"];
                    Vary: components["headers"]["VaryAccept"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveTranscript"];
                    "text/vtt": string;
                    "application/x-subrip": string;
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The session does not exist or is not visible to the caller, or it has no transcript in this language. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listEventSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only sessions in one of these statuses; repeat the parameter for several (`?status=ended&status=failed`). All statuses when omitted.
                 * @example [
                 *       "ended",
                 *       "failed"
                 *     ]
                 */
                status?: components["parameters"]["SessionStatusQuery"];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The event, as known to the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["EventNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    getLiveEventTranscript: {
        parameters: {
            query?: {
                /**
                 * @description Only the sessions of this channel of the event.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id?: components["parameters"]["ChannelIdFilter"];
                /**
                 * @description The representation to return. It takes precedence over `Accept`:
                 *     - `json` → `application/json`, a structured transcript with timings (the default);
                 *     - `vtt` → `text/vtt`, WebVTT subtitles;
                 *     - `srt` → `application/x-subrip`, SubRip subtitles;
                 *     - `txt` → `text/plain; charset=utf-8`, the text only, one segment per line.
                 *
                 *     Without `format`, the service picks the first of these four media types that the `Accept` header
                 *     allows, by preference (q-value); when `Accept` is absent, is `*\/*` or allows none of them, it answers
                 *     JSON. It never answers 406.
                 * @example vtt
                 */
                format?: components["parameters"]["TranscriptFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description The event, as known to the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventIdPath"];
                /**
                 * @description The language of the transcript, as a BCP 47 tag: the source language of the channel or one of its target languages.
                 * @example es
                 */
                language: components["parameters"]["TranscriptLanguage"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event's transcript, as JSON (`format=json`), WebVTT (`format=vtt`), SubRip (`format=srt`) or plain text (`format=txt`, UTF-8, one segment per line). */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["TranscriptContentDisposition"];
                    Vary: components["headers"]["VaryAccept"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveEventTranscript"];
                    "text/vtt": string;
                    "application/x-subrip": string;
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The event does not exist or is not visible to the caller, the channel is not one of its channels, or the event does not offer this language. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency is reachable. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            /** @description At least one dependency is down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
}
