// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/live-event/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
export interface paths {
    "/v1/tickets/speaker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a speaker WebSocket ticket
         * @description Issues a single-use ticket that lets the caller open `/v1/ws/speaker` and stream audio into one
         *     channel of an event. Before issuing it the service checks, in this order:
         *     1. the event and the channel exist and the caller can see them (otherwise 404);
         *     2. the caller is assigned as a speaker of that channel (otherwise 403; `events:manage_all` skips it);
         *     3. the event is `live` (otherwise 409: in the events service, sessions run only while the event is
         *        live), and no other speaker has an active or interrupted session in the channel (otherwise 409);
         *     4. the STT engine transcribes the channel's source language and the MT engine has a pair from it to
         *        every target language (otherwise 422, naming each missing language).
         *
         *     The ticket is valid for `expires_in` seconds (30 by default) and for one handshake; ask for a new one
         *     on every (re)connection. The same speaker may hold several tickets: a newer connection replaces the
         *     older one (closed with 4010), and a connection that dropped is continued with the WebSocket
         *     `session_resume` message on a new connection opened with a new ticket.
         */
        post: operations["createSpeakerTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/listener": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a listener WebSocket ticket
         * @description Issues a single-use ticket that lets the caller open `/v1/ws/listener` and receive the subtitles of
         *     the event; the channel and languages are chosen on the WebSocket with `subscribe`. Before issuing it
         *     the service checks:
         *     1. the event exists and the caller can see it: an organiser, a speaker or a listener assigned to it,
         *        or a holder of `events:manage_all` (otherwise 404);
         *     2. the event is `ready` or `live` (otherwise 409); a listener of a `ready` event connects and waits
         *        (session state `idle`) for the first session to start;
         *     3. every language in `languages`, if given, is the source or a target language of a channel of the
         *        event (otherwise 422, naming each one).
         *
         *     The ticket is valid for `expires_in` seconds (30 by default) and for one handshake; ask for a new one
         *     on every (re)connection.
         */
        post: operations["createListenerTicket"];
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
                 * @description The event's id, as in the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * List an event's sessions
         * @description Lists the WebSocket speaking sessions of an event, current and past, oldest first. Each session is one speaker's talk in one channel; a dropped connection that the speaker resumes stays the same session. The caller must be able to see the event (organiser, assigned speaker, or `events:manage_all`), otherwise 404. Sessions of LiveKit mode are not here (see the live service); the events service keeps the records of both modes once sessions end.
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
    "/v1/events/{event_id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id, as in the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * See who is connected and how fast finals flow
         * @description What a manager watches during an event, gathered from every instance of the service (through Redis when several run): per channel, its session that has not ended (state, speaker, start), the listener connections per language, and the latest finals with how long each stage took: recognition (end of speech to the final text), translation per language, and delivery (publication to the hand-over to every listener's socket). Meant to be polled every few seconds; nothing is stored for it beyond an hour. The caller must be able to see the event's session records (its organiser, or `events:manage_all`), otherwise 404.
         */
        get: operations["getEventLiveStatus"];
        put?: never;
        post?: never;
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
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description Returns one WebSocket speaking session: its channel, speaker, status, timings, languages, how many segments it produced and whether its recording can be downloaded. A session of an event the caller cannot see answers 404.
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
    "/v1/sessions/{session_id}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Download a session's recording
         * @description Streams the speaker's audio of a session as it was received, as a WAV file (`audio/wav`, 16-bit PCM,
         *     mono, 16 kHz; `GET .../recording/metadata` tells the exact format and size). Pauses and
         *     interruptions are not in the file, so it runs on the session's audio clock: a transcript segment's
         *     `start_ms` is its position in the recording.
         *
         *     Byte ranges are supported (`Accept-Ranges: bytes`), so downloads can be resumed and players can seek:
         *     send `Range` (and optionally `If-Range` with the `ETag` received) to get 206 with that slice and a
         *     `Content-Range`. Only one range per request is honoured; a malformed or multi-range `Range` is
         *     ignored (200, whole file); a range past the end of the file is a 416.
         *
         *     The recording is available once the session has ended (409 while it is `active` or `interrupted`). A
         *     session without recording is a 404.
         */
        get: operations["getSessionRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/recording/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session's recording metadata
         * @description Describes the recording of a session (format, encoding, sample rate, channels, duration, size) without downloading it, e.g. to show its length and size before a download or to prepare a player. Same availability as the recording: 409 until the session has ended, 404 when it has no recording.
         */
        get: operations["getSessionRecordingMetadata"];
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
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List a session's transcripts
         * @description Lists the languages a session has a transcript in (its source language and each target language it was translated into) with how many segments each holds. While the session is active the counts grow and `complete` is `false`. Download one with `GET /v1/sessions/{session_id}/transcripts/{language}`.
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
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
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
         * @description Returns the transcript of a session in one language: the transcription when `language` is the
         *     session's source language, a translation otherwise. Segments carry the same `segment_id` and
         *     `sequence` as on the WebSocket; times are milliseconds on the session's audio clock (pauses and
         *     interruptions excluded), which is also the position in the session's recording.
         *
         *     **Choosing the representation.** `format` wins when given (`json`, `vtt`, `srt`, `txt`). Without
         *     it, the first of `application/json`, `text/vtt`, `application/x-subrip` and `text/plain` that `Accept`
         *     prefers is served; with no usable `Accept`, JSON. The answer always says what it is in `Content-Type`
         *     (and `Vary: Accept`), and names a file in `Content-Disposition` (`attachment` for VTT, SRT and text,
         *     so a link downloads it).
         *
         *     While the session is active the transcript holds the segments finalised so far (`complete: false` in
         *     JSON). A language the session has no transcript in is a 404.
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
    "/v1/events/{event_id}/transcripts/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id, as in the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
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
         * @description Concatenates the transcripts of every session of an event (or only of the channel given in
         *     `channel_id`) in one language, session after session in the order they started. The times run on
         *     one clock made of the sessions' audio clocks laid end to end, as if their recordings were played
         *     back to back; in JSON, `sessions[].offset_ms` gives where each session starts on it. This is the way
         *     for a listener, who cannot list sessions, to get the whole event's text.
         *
         *     The representation is chosen as for a session transcript: `format` wins; otherwise `Accept`; otherwise
         *     JSON. In WebVTT a `NOTE` block marks the start of each session and cues keep the segments' `sequence`
         *     as identifiers (unique within a channel); in SubRip, whose cues must be numbered 1, 2, 3, ..., cues
         *     are renumbered; in text the sessions simply follow each other.
         *
         *     A language that the event offers but nobody has spoken in yet answers an empty transcript (200); a
         *     language the event does not offer, or an event the caller cannot see, is a 404.
         */
        get: operations["getEventTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Prometheus metrics
         * @description The service's metrics in the Prometheus text exposition format 0.0.4: live sessions and connected
         *     listeners, audio received, segments transcribed and translated, engine latencies and errors, and
         *     HTTP requests. The OpenMetrics format is not offered.
         *
         *     **Scrape token, not a user token**: outside development the service is configured with
         *     `METRICS_TOKEN`, and Prometheus sends it as `Authorization: Bearer <METRICS_TOKEN>` (its
         *     `authorization` scrape setting); a request without it gets 401. In development, with no token
         *     configured, the metrics are public. The spec's `security: []` says that no token of the auth service
         *     is asked for. The metrics carry counts and latencies only, labelled by language, stage and engine,
         *     never event or session ids, titles, user ids or text. The nginx gateway does not route `/metrics`.
         */
        get: operations["getMetrics"];
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
         * SpeakerTicketRequest
         * @description The channel a speaker wants to stream audio into.
         */
        SpeakerTicketRequest: {
            /** @description The event, which must be `live` in the events service. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel of that event; the caller must be assigned as its speaker. */
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
         * WebSocketTicket
         * @description A single-use credential for one WebSocket handshake. Open `websocket_url` with `?ticket=<ticket>` appended before `expires_at`; the handshake consumes the ticket, and the connection then carries the user, role, event and (for a speaker) channel the ticket was issued for. A refused ticket closes the connection with a 4xxx code (see the AsyncAPI document).
         */
        WebSocketTicket: {
            /**
             * @description The opaque ticket. Treat it as a secret; it is useless once used or expired.
             * @example tkt_Zk3pQ9vR2mXc8LtY4hB7nJ1sD6fG0aWe
             */
            ticket: string;
            /** @description When the ticket stops being accepted. */
            expires_at: components["schemas"]["Timestamp"];
            /**
             * @description Seconds from issue to `expires_at` (30 unless configured otherwise), to schedule the handshake without relying on the client's clock.
             * @example 30
             */
            expires_in: number;
            /**
             * Format: uri
             * @description Where to connect, without the ticket: `/v1/ws/speaker` or `/v1/ws/listener` of this service, as seen from the client (`ws://localhost:8082/...` locally, `wss://<host>/api/live-event/...` behind the gateway).
             * @example ws://localhost:8082/v1/ws/speaker
             */
            websocket_url: string;
            /**
             * @description The role the connection will have.
             * @enum {string}
             */
            role: "speaker" | "listener";
            /** @description The event the ticket is bound to. */
            event_id: components["schemas"]["Uuid"];
            /**
             * Format: uuid
             * @description The channel a speaker ticket is bound to; `null` for a listener ticket, which is bound to the event only (the listener picks the channel with the WebSocket `subscribe` message).
             * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
             */
            channel_id: string | null;
            /** @description For a speaker, the channel's source language followed by its target languages (what the session will produce). For a listener, the languages requested (all checked as offered by the event), or, when none were, every language the event offers; the listener still names the languages it wants in the WebSocket `subscribe` message. */
            languages: components["schemas"]["LanguageTag"][];
        };
        /**
         * UnsupportedLanguage
         * @description One language that cannot be served, and why.
         */
        UnsupportedLanguage: {
            language: components["schemas"]["LanguageTag"];
            /**
             * @description - `stt_unsupported`: the STT engine cannot transcribe this source language;
             *     - `mt_unsupported`: the MT engine has no `source_language` → `language` pair;
             *     - `not_offered`: no channel of the event has this language as source or target (listener tickets).
             * @enum {string}
             */
            reason: "stt_unsupported" | "mt_unsupported" | "not_offered";
            /**
             * @description The source language of the missing pair, for `mt_unsupported`; `null` otherwise.
             * @example en
             */
            source_language: string | null;
        };
        /**
         * UnsupportedLanguagesProblem
         * @description A problem (type `https://ilenia.dev/problems/unsupported-languages`) naming every language of the request or of the channel that the configured engines or the event cannot serve.
         */
        UnsupportedLanguagesProblem: components["schemas"]["Problem"] & {
            /** @description Each language that cannot be served. */
            unsupported_languages: components["schemas"]["UnsupportedLanguage"][];
        };
        /**
         * ListenerTicketRequest
         * @description The event a listener wants to follow.
         */
        ListenerTicketRequest: {
            /** @description The event, which must be `ready` or `live` in the events service. */
            event_id: components["schemas"]["Uuid"];
            /** @description The languages the listener intends to subscribe to, checked now so that a language no channel of the event offers is refused here (422) rather than after connecting. The ticket is not restricted to them: the channel and languages are chosen with the WebSocket `subscribe` message and can be changed with `set_languages`. */
            languages?: components["schemas"]["LanguageTag"][];
        };
        /**
         * SessionStatus
         * @description Where the session is in its life (the WebSocket `session_state` message gives finer states):
         *     - `active`: the speaker is connected; audio is transcribed and translated, or the speaker paused
         *       (`live` or `paused` on the WebSocket). Transcripts are still growing.
         *     - `interrupted`: the speaker's connection dropped without `end_session`; the session waits for the
         *       speaker to resume it from a new connection within its grace period, after which it ends (with
         *       `end_reason` `grace_expired`).
         *     - `ended`: the session is over (see `end_reason`); its recording and transcripts are final.
         * @example ended
         * @enum {string}
         */
        SessionStatus: "active" | "interrupted" | "ended";
        /**
         * SessionEndReason
         * @description Why the session ended, as in the WebSocket `session_state` message; `null` until it has ended.
         *     - `speaker_ended`: the speaker sent `end_session`;
         *     - `ended_by_manager`: a manager ended it;
         *     - `event_ended`: the event's status moved to `ended`;
         *     - `grace_expired`: the speaker's connection dropped and no resume came within the grace period;
         *     - `replaced`: a new session of the channel took its place.
         * @example speaker_ended
         * @enum {string|null}
         */
        SessionEndReason: "speaker_ended" | "ended_by_manager" | "event_ended" | "grace_expired" | "replaced" | null;
        /**
         * Session
         * @description One speaking session of one channel: from the speaker's `audio_config` on a new WebSocket connection to `end_session` (or the end of the event, or a resume grace period that ran out). A speaker whose connection drops continues the same session by resuming it from a new connection. When the session ends, the service writes its record (with links to its recording and transcripts) to the events service.
         */
        Session: {
            /** @description The session's id, as in the WebSocket `session_started` message. */
            id: components["schemas"]["Uuid"];
            /** @description The event the session belongs to. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel the speaker streamed into. */
            channel_id: components["schemas"]["Uuid"];
            status: components["schemas"]["SessionStatus"];
            end_reason: components["schemas"]["SessionEndReason"];
            /** @description When the session started (the service's `session_started`). */
            started_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the session ended; `null` while `active` or `interrupted`.
             * @example 2026-11-28T18:00:00Z
             */
            ended_at: string | null;
            /** @description The user who spoke (the `sub` of the speaker's token). */
            speaker_id: components["schemas"]["Uuid"];
            /** @description The language the speaker spoke in, as configured on the channel when the session started. */
            source_language: components["schemas"]["LanguageTag"];
            /** @description Every language the session has a transcript in: the source language first, then the target languages of the channel when the session started. */
            languages: components["schemas"]["LanguageTag"][];
            /**
             * @description How many final segments the speech recogniser produced in the source language so far.
             * @example 618
             */
            segment_count: number;
            /**
             * @description The largest number of listener connections subscribed to the channel at once during the session.
             * @example 183
             */
            listeners_peak: number;
            /** @description Whether the speaker's audio can be downloaded from `/v1/sessions/{session_id}/recording`: `false` until the session has ended, when recording was disabled, or once the recording was deleted. */
            recording_available: boolean;
            /**
             * @description Wall-clock seconds from `started_at` to `ended_at` (or to now, while not ended), pauses and interruptions included; the recording can be shorter.
             * @example 3597
             */
            duration_seconds: number;
        };
        /**
         * SessionList
         * @description One page of sessions, oldest first (by `started_at`, then `id`).
         */
        SessionList: {
            items: components["schemas"]["Session"][];
            /**
             * @description How many sessions match the filters, over all pages.
             * @example 2
             */
            total: number;
            /**
             * @description The `limit` applied.
             * @example 50
             */
            limit: number;
            /**
             * @description The `offset` applied.
             * @example 0
             */
            offset: number;
        };
        /**
         * ChannelLiveSession
         * @description The speaking session of a channel that has not ended.
         */
        ChannelLiveSession: {
            /** @description The session's id. */
            id: components["schemas"]["Uuid"];
            /**
             * @description `live`: the speaker is connected and talking; `paused`: the speaker paused; `interrupted`: the speaker's connection dropped and the session waits for a resume.
             * @example live
             * @enum {string}
             */
            state: "live" | "paused" | "interrupted";
            /** @description The user who speaks. */
            speaker_id: components["schemas"]["Uuid"];
            /** @description When the session started. */
            started_at: components["schemas"]["Timestamp"];
        };
        /**
         * LanguageListeners
         * @description How many listener connections receive one language of a channel.
         */
        LanguageListeners: {
            language: components["schemas"]["LanguageTag"];
            /**
             * @description Listener connections subscribed to this language, on every instance.
             * @example 25
             */
            listeners: number;
        };
        /**
         * FinalLanguageLatency
         * @description The stages of one final in one language.
         */
        FinalLanguageLatency: {
            language: components["schemas"]["LanguageTag"];
            /** @description Whether this is the source language (not translated). */
            is_source: boolean;
            /**
             * @description Milliseconds the machine translation took; `null` for the source language.
             * @example 85
             */
            translation_ms: number | null;
            /**
             * @description Milliseconds from the final's publication to its hand-over to the sockets of every listener of the language, on the slowest instance; `null` when no listener of the language was connected.
             * @example 3
             */
            delivery_ms: number | null;
        };
        /**
         * FinalLatency
         * @description How long one final segment took through the pipeline: recognition once, then translation and delivery per language.
         */
        FinalLatency: {
            /** @description The session the final belongs to. */
            session_id: components["schemas"]["Uuid"];
            /**
             * @description The final's sequence in the channel, as on the WebSocket.
             * @example 118
             */
            sequence: number;
            /** @description When the source-language final was published. */
            emitted_at: components["schemas"]["Timestamp"];
            /**
             * @description Milliseconds from the last audio of the segment reaching the server to the recogniser's final text (the end of speech to the final).
             * @example 420
             */
            recognition_ms: number;
            /** @description The source language first, then each target language the final was published in so far. */
            languages: components["schemas"]["FinalLanguageLatency"][];
        };
        /**
         * ChannelLiveStatus
         * @description One channel of an event as it is now.
         */
        ChannelLiveStatus: {
            /** @description The channel's id. */
            channel_id: components["schemas"]["Uuid"];
            /** @description The channel's session that has not ended; `null` when nobody is speaking in it. */
            session: components["schemas"]["ChannelLiveSession"] | null;
            /**
             * @description Listener connections subscribed to the channel, on every instance.
             * @example 40
             */
            listeners: number;
            /** @description Every language the channel offers (its source language first, then its target languages) with the listener connections that receive it. A connection that follows two languages counts in both. */
            languages: components["schemas"]["LanguageListeners"][];
            /** @description The channel's latest finals (of this session or earlier ones), newest first, with how long each stage took. Kept for an hour after the final. */
            finals: components["schemas"]["FinalLatency"][];
        };
        /**
         * EventLiveStatus
         * @description What is happening in an event right now, gathered from every instance of the service: per channel, its speaking session, who is listening in which language, and how long the pipeline took for the latest finals.
         */
        EventLiveStatus: {
            /** @description The event's id. */
            event_id: components["schemas"]["Uuid"];
            /** @description When this answer was put together. */
            observed_at: components["schemas"]["Timestamp"];
            /**
             * @description Listener connections open to the event on every instance, subscribed to a channel or not yet.
             * @example 42
             */
            listeners: number;
            /** @description Every channel of the event, in the events service's order. */
            channels: components["schemas"]["ChannelLiveStatus"][];
        };
        /**
         * RecordingMetadata
         * @description What the recording of a session is, without downloading it.
         */
        RecordingMetadata: {
            /** @description The session recorded. */
            session_id: components["schemas"]["Uuid"];
            /**
             * @description The `Content-Type` the recording is downloaded with.
             * @constant
             */
            media_type: "audio/wav";
            /**
             * @description The container format.
             * @enum {string}
             */
            format: "wav";
            /**
             * @description The sample encoding (linear PCM, signed 16-bit little-endian), as received from the speaker.
             * @enum {string}
             */
            encoding: "pcm_s16le";
            /**
             * @description Samples per second.
             * @example 16000
             */
            sample_rate: number;
            /**
             * @description Audio channels (1 = mono).
             * @example 1
             */
            channels: number;
            /**
             * @description Bits per sample.
             * @enum {integer}
             */
            bits_per_sample: 16;
            /**
             * @description Length of the audio, the seconds received; it excludes pauses and interruptions, so it can be shorter than the session's `duration_seconds`.
             * @example 3412.5
             */
            duration_seconds: number;
            /**
             * @description Size of the WAV file, header included; the `Content-Length` of a full download.
             * @example 109200044
             */
            size_bytes: number;
            /** @description When the recording was finalised (the session's end). */
            created_at: components["schemas"]["Timestamp"];
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
         * TranscriptIndex
         * @description The transcripts a session has, one per language.
         */
        TranscriptIndex: {
            session_id: components["schemas"]["Uuid"];
            event_id: components["schemas"]["Uuid"];
            channel_id: components["schemas"]["Uuid"];
            /** @description The language the speaker spoke in. */
            source_language: components["schemas"]["LanguageTag"];
            /** @description `false` while the session is `active`: the transcripts are still growing. */
            complete: boolean;
            /** @description The source language first, then each translation. */
            languages: components["schemas"]["TranscriptLanguageSummary"][];
        };
        /**
         * TranscriptSegment
         * @description One finalised stretch of speech (usually a sentence) and its text in the transcript's language. A translation has the same `segment_id`, `sequence` and timings as the source segment it translates.
         */
        TranscriptSegment: {
            /** @description The segment's id, the same in every language and in the WebSocket subtitle messages. */
            segment_id: components["schemas"]["Uuid"];
            /** @description The session the segment belongs to. */
            session_id: components["schemas"]["Uuid"];
            /**
             * @description The segment's position among the final segments of its channel: numbered 1, 2, 3, ... across every session of the channel, shared by the source text and its translations, as in the WebSocket `transcript_final` and `subtitle_final` messages. A translation can miss a sequence where the MT engine failed (a `gap` on the WebSocket).
             * @example 1
             */
            sequence: number;
            /**
             * @description Where the segment starts, in milliseconds of audio: on the session's audio clock in a session transcript (the clock of the WebSocket messages, which stops while the speaker is paused or disconnected, and so also the position in the session's recording); on the event transcript's clock in an event transcript (see `EventTranscriptSession.offset_ms`).
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
             * @example Buenas tardes y bienvenidos al Open Science Summit.
             */
            text: string;
            /** @description The user who spoke the segment. */
            speaker_id: components["schemas"]["Uuid"];
        };
        /**
         * Transcript
         * @description The transcript of one session in one language.
         */
        Transcript: {
            session_id: components["schemas"]["Uuid"];
            event_id: components["schemas"]["Uuid"];
            channel_id: components["schemas"]["Uuid"];
            /** @description The language of `segments[].text`. */
            language: components["schemas"]["LanguageTag"];
            /** @description The language the speaker spoke in. */
            source_language: components["schemas"]["LanguageTag"];
            /** @description `true` when this is the transcription itself (`language` = `source_language`), `false` for a translation. */
            is_source: boolean;
            /** @description `false` while the session is `active`: later requests may return more segments. */
            complete: boolean;
            /** @description The segments in `sequence` order (which is also `start_ms` order). */
            segments: components["schemas"]["TranscriptSegment"][];
        };
        /**
         * EventTranscriptSession
         * @description One session included in an event transcript, and where it sits on the transcript's clock.
         */
        EventTranscriptSession: {
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
         * EventTranscript
         * @description The transcripts of every session of an event (or of one channel) in one language, concatenated in the order the sessions started, on one clock: the sessions' audio clocks laid end to end, as if their recordings were played back to back.
         */
        EventTranscript: {
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
            sessions: components["schemas"]["EventTranscriptSession"][];
            /** @description Every segment of those sessions, session after session, each session's segments in `sequence` order. */
            segments: components["schemas"]["TranscriptSegment"][];
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
        /** @description The request does not match the API contract; `errors` lists every invalid field. */
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
        /** @description Too many tickets asked for by this user (the service allows a burst of 10 per minute per user, which a client that reconnects with backoff never reaches); retry after `Retry-After` seconds. */
        TicketRateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
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
        /** @description The service or one of its dependencies is temporarily unavailable. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource does not exist, or is not visible to the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The session does not exist or is not visible to the caller, or it has no recording: recording was disabled when it ran, it received no audio, or the recording was deleted by the retention policy. */
        RecordingNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The session has not ended (`active`, or `interrupted` and waiting for a resume): its recording is written as the speaker talks and becomes available when the session ends. */
        RecordingInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The `Range` starts at or past the end of the file; `Content-Range` gives the file's size so the client can ask again. */
        RangeNotSatisfiable: {
            headers: {
                "Content-Range": components["headers"]["UnsatisfiedContentRange"];
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
         * @description The event's id, as in the events service.
         * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
         */
        EventId: components["schemas"]["Uuid"];
        /**
         * @description Only the sessions of this channel of the event.
         * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
         */
        ChannelIdFilter: components["schemas"]["Uuid"];
        /**
         * @description Only the sessions in this status.
         * @example ended
         */
        SessionStatusFilter: components["schemas"]["SessionStatus"];
        /** @description How many items to return at most. */
        Limit: number;
        /** @description How many items to skip, in the list's stable order. */
        Offset: number;
        /**
         * @description How many of each channel's latest finals to report, newest first.
         * @example 10
         */
        FinalsLimit: number;
        /**
         * @description The session's id (the `id` of a Session).
         * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
         */
        SessionId: components["schemas"]["Uuid"];
        /**
         * @description One byte range of the file (RFC 9110 §14.2), to resume a download or to seek in a player:
         *     `bytes=<first>-<last>`, `bytes=<first>-` (to the end) or `bytes=-<length>` (the last bytes). A
         *     satisfiable range is answered with 206 and that slice; a range that starts past the end of the file with
         *     416. A header that is malformed, or asks for several ranges, is ignored: the answer is 200 with the
         *     whole file.
         * @example bytes=0-1048575
         */
        Range: string;
        /**
         * @description The `ETag` of the recording the client already holds part of. When it still matches, `Range` is honoured (206); when it does not, `Range` is ignored and the whole current file is sent (200).
         * @example "6d2f9a4c-109200044"
         */
        IfRange: string;
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
    };
    requestBodies: never;
    headers: {
        /**
         * @description `no-store`: the answer carries a credential and must not be cached by browsers or proxies.
         * @example no-store
         */
        CacheControlNoStore: "no-store";
        /**
         * @description Seconds to wait before retrying.
         * @example 300
         */
        RetryAfter: number;
        /**
         * @description Always `bytes`; the recording can be fetched in byte ranges with `Range`.
         * @example bytes
         */
        AcceptRanges: "bytes";
        /**
         * @description The size of the body in bytes (the slice, for a 206).
         * @example 109200044
         */
        ContentLength: number;
        /**
         * @description Names the file for a download, `session-<session_id>.wav`.
         * @example attachment; filename="session-6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47.wav"
         */
        RecordingContentDisposition: string;
        /**
         * @description A strong entity tag of the recording file. A finished recording never changes, so the tag is stable; send it in `If-Range` when resuming a download.
         * @example "6d2f9a4c-109200044"
         */
        RecordingETag: string;
        /**
         * @description The slice sent and the full size of the file, `bytes <first>-<last>/<size>`.
         * @example bytes 0-1048575/109200044
         */
        ContentRange: string;
        /**
         * @description The full size of the file, `bytes *\/<size>`, so the client can ask for a valid range.
         * @example bytes *\/109200044
         */
        UnsatisfiedContentRange: string;
        /**
         * @description Names the file for a download: `attachment` for `vtt`, `srt` and `txt`, `inline` for `json`, with `filename="session-<session_id>.<language>.<ext>"` (`event-<event_id>.<language>.<ext>` for an event's transcript).
         * @example attachment; filename="session-6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47.es.vtt"
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
    createSpeakerTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeakerTicketRequest"];
            };
        };
        responses: {
            /** @description The ticket; open `websocket_url?ticket=<ticket>` before it expires. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebSocketTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The token lacks `live:speak`, or the caller is not assigned as a speaker of this channel. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event, or the channel in that event, does not exist or is not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is neither `ready` nor `live` (`allowed` lists the statuses that are), or another speaker has an active or interrupted session in the channel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The configured engines cannot serve the channel's languages; `unsupported_languages` names each one and why. Fix the channel in the events service or configure the engines, then ask again. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedLanguagesProblem"];
                };
            };
            429: components["responses"]["TicketRateLimited"];
            /** @description The events service or an engine the check needs is unreachable; retry shortly. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    createListenerTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListenerTicketRequest"];
            };
        };
        responses: {
            /** @description The ticket; open `websocket_url?ticket=<ticket>` before it expires. */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebSocketTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The event does not exist, or the caller is neither its organiser nor assigned to it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not `ready` or `live`; `allowed` lists the statuses that are. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A requested language is not offered by any channel of the event; `unsupported_languages` names each one. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedLanguagesProblem"];
                };
            };
            429: components["responses"]["TicketRateLimited"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    listEventSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only the sessions of this channel of the event.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id?: components["parameters"]["ChannelIdFilter"];
                /**
                 * @description Only the sessions in this status.
                 * @example ended
                 */
                status?: components["parameters"]["SessionStatusFilter"];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The event's id, as in the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the event's sessions. */
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
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    getEventLiveStatus: {
        parameters: {
            query?: {
                /**
                 * @description How many of each channel's latest finals to report, newest first.
                 * @example 10
                 */
                finals?: components["parameters"]["FinalsLimit"];
            };
            header?: never;
            path: {
                /**
                 * @description The event's id, as in the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event as it is now. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventLiveStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
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
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    getSessionRecording: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One byte range of the file (RFC 9110 §14.2), to resume a download or to seek in a player:
                 *     `bytes=<first>-<last>`, `bytes=<first>-` (to the end) or `bytes=-<length>` (the last bytes). A
                 *     satisfiable range is answered with 206 and that slice; a range that starts past the end of the file with
                 *     416. A header that is malformed, or asks for several ranges, is ignored: the answer is 200 with the
                 *     whole file.
                 * @example bytes=0-1048575
                 */
                Range?: components["parameters"]["Range"];
                /**
                 * @description The `ETag` of the recording the client already holds part of. When it still matches, `Range` is honoured (206); when it does not, `Range` is ignored and the whole current file is sent (200).
                 * @example "6d2f9a4c-109200044"
                 */
                "If-Range"?: components["parameters"]["IfRange"];
            };
            path: {
                /**
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole recording. */
            200: {
                headers: {
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    "Content-Length": components["headers"]["ContentLength"];
                    "Content-Disposition": components["headers"]["RecordingContentDisposition"];
                    ETag: components["headers"]["RecordingETag"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/wav": string;
                };
            };
            /** @description The byte range asked for in `Range`. */
            206: {
                headers: {
                    "Accept-Ranges": components["headers"]["AcceptRanges"];
                    "Content-Range": components["headers"]["ContentRange"];
                    "Content-Length": components["headers"]["ContentLength"];
                    ETag: components["headers"]["RecordingETag"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/wav": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecordingNotFound"];
            409: components["responses"]["RecordingInProgress"];
            416: components["responses"]["RangeNotSatisfiable"];
            default: components["responses"]["Problem"];
        };
    };
    getSessionRecordingMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording's metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingMetadata"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RecordingNotFound"];
            409: components["responses"]["RecordingInProgress"];
            default: components["responses"]["Problem"];
        };
    };
    listSessionTranscripts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
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
                    "application/json": components["schemas"]["TranscriptIndex"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description The session's id (the `id` of a Session).
                 * @example 6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47
                 */
                session_id: components["parameters"]["SessionId"];
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
                    "application/json": components["schemas"]["Transcript"];
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
            default: components["responses"]["Problem"];
        };
    };
    getEventTranscript: {
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
                 * @description The event's id, as in the events service.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
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
                    "application/json": components["schemas"]["EventTranscript"];
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
            default: components["responses"]["Problem"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `Bearer <METRICS_TOKEN>`; required when the service is configured with a scrape token (always outside development).
                 * @example Bearer 5f0c8c3e1f7a4b2d9e6a
                 */
                Authorization?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4": string;
                };
            };
            /** @description A scrape token is configured and the request does not carry it. */
            401: {
                headers: {
                    /** @description `Bearer realm="metrics"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `Accept` header excludes `text/plain`, the only format served (Prometheus sends `text/plain;version=0.0.4` among its accepted types, so a scraper never gets this). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
