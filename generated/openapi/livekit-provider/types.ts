// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/livekit-provider/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
export interface paths {
    "/v2/rooms/create-or-join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or join a channel's room as its speaker
         * @description Gives a speaker what it needs to publish in the LiveKit room of a channel, creating the room first
         *     when it does not exist yet.
         *
         *     The provider reads the event from the events service (with its service token), then:
         *     1. **404** when the event, or the channel inside it, does not exist or is not visible to the caller;
         *     2. **403** when the caller is not a speaker of that channel (organisers of the event and holders of
         *        `events:manage_all` count as speakers of every channel of it);
         *     3. **409** when the event is not `ready` or `live` (a `draft` or `ended` event has no room);
         *     4. creates the room `event-<event_id>-channel-<channel_id>` in LiveKit if it is missing (`room_created`
         *        tells which), with the event and channel ids in the room metadata; two concurrent calls create it
         *        once;
         *     5. mints a token for identity `speaker-<user_id>` that may publish microphone audio only (no camera,
         *        no screen, no data) and subscribe (to hear the translations).
         *
         *     The client connects with `livekit_token` to `livekit_url` and publishes its microphone as a track named
         *     `original` (`track_name`); then it asks the live service to start the agents. Calling again (a reload,
         *     a second device) returns a fresh token for the same identity, and LiveKit disconnects the older
         *     connection when the newer one joins.
         */
        post: operations["createOrJoinRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/rooms/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a channel's room as a listener
         * @description Gives a listener a subscribe-only token for the LiveKit room of one channel of an event, and the list
         *     of audio tracks that room carries: `original` (the speaker, in the channel's source language) and one
         *     `translation-<lang>` per target language (voiced by the live service's TTS agents).
         *
         *     The provider asks the events service, with the caller's token, whether the caller may follow the event
         *     (assigned listeners, its speakers and organiser, holders of `events:manage_all`):
         *     - **404** when the event, or the given channel, does not exist or is not visible to the caller (the
         *       events service shows an event to its organisers, assigned speakers and listeners, and holders of
         *       `events:manage_all`);
         *     - **409** when the event is not `ready` or `live`;
         *     - **422** when `languages` names a language the channel does not offer (`language` names it).
         *
         *     Without `channel_id` the event's first channel is joined. If the room does not exist yet (the speaker
         *     has not arrived) it is created, so listeners can wait inside it; the tracks are then listed with
         *     `published: false` and appear as `TrackPublished` events once the speaker and the agents publish.
         *
         *     The token (identity `listener-<user_id>`) may subscribe, and may neither publish media nor data.
         *     Connect with `autoSubscribe: false`, subscribe to the wanted tracks by name, call
         *     `room.startAudio()` after a user gesture, and register a text stream handler for topic
         *     `lk.transcription` to receive captions (attributes `lk.segment_id`, `lk.transcription_final`).
         */
        post: operations["joinRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/agents/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a LiveKit token for a live-service agent
         * @description Service-to-service only. The live service calls it before its agent joins a channel's room (and again
         *     for every reconnection), with a **client-credentials** access token (`POST /v2/oauth/token` of the
         *     auth service) that carries `agents:token`. No role holds that permission; a user token is refused
         *     with 403 even if a custom permission grants it.
         *
         *     The provider reads the event from the events service with its own service token (**404** when the
         *     event or channel does not exist, **409** when the event is not `ready` or `live`), creates the room
         *     if it is missing (the agent may start before the speaker connects), and mints a token for the one
         *     agent of the channel, identity `agent-translator`, valid in that room only:
         *
         *     | grant | value | why |
         *     | --- | --- | --- |
         *     | `can_subscribe` | true | hears the speaker's `original` track |
         *     | `can_publish` | true, `can_publish_sources: [microphone]` | one audio track `translation-<lang>` per target language |
         *     | `can_publish_data` | true | captions of every language as text streams on `lk.transcription` |
         *     | `hidden`, `agent` | true | listeners do not see it in the participant list, only its tracks and text streams |
         *
         *     The identity is fixed per room, so an agent restarted with a new token replaces the previous
         *     connection. The provider does not start or dispatch agents: the live service runs them.
         */
        post: operations["createAgentToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the rooms of events
         * @description Lists the rooms the LiveKit server has open now, newest first, for the events the caller organises
         *     (every event for holders of `events:manage_all`). Only rooms named by the convention
         *     `event-<event_id>-channel-<channel_id>` are considered. A room exists from its creation (first speaker,
         *     listener or agent) until it is closed with `DELETE /v2/rooms/{room_name}` or LiveKit removes it after
         *     it has stayed empty for its empty timeout.
         *
         *     With `event_id`, only that event's rooms are listed (an empty list when none is open); an event the
         *     caller cannot see answers 404.
         */
        get: operations["listRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/rooms/{room_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room, named `event-<event_id>-channel-<channel_id>` (lowercase UUIDs). A name that does not follow the convention is refused with 400.
                 * @example event-3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d-channel-a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                room_name: components["parameters"]["RoomNamePath"];
            };
            cookie?: never;
        };
        /**
         * Read a room and its participants
         * @description Reads a room from the LiveKit server with every participant connected now, hidden agents included,
         *     and the tracks each one publishes. The participant `kind` is derived from its identity
         *     (`speaker-<user_id>`, `listener-<user_id>`, `agent-translator`). Visible to the organisers of the event and to
         *     holders of `events:manage_all`; otherwise 404.
         */
        get: operations["getRoom"];
        put?: never;
        post?: never;
        /**
         * Close a room
         * @description Closes the room on the LiveKit server (`RoomService/DeleteRoom`): every participant, the speaker,
         *     listeners and the live service's agents, is disconnected at once and the room disappears. The live
         *     service notices its agents' disconnection and ends the channel's session (its record is still written).
         *     A room can be created again afterwards by `create-or-join`, `join` or an agent token, as long as the
         *     event is `ready` or `live`.
         *
         *     Allowed to the organisers of the event and to holders of `events:manage_all`; a room the caller may not
         *     manage, or that is not open, answers 404.
         */
        delete: operations["deleteRoom"];
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
         * CreateOrJoinRoomRequest
         * @description The channel whose room the speaker wants to create or join.
         */
        CreateOrJoinRoomRequest: {
            /** @description The event, as known to the events service. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel of that event the caller speaks in. */
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
         * RoomName
         * @description The LiveKit room of one channel of one event, named `event-<event_id>-channel-<channel_id>` with both UUIDs in lowercase canonical form. Any service can compute it from the two ids.
         * @example event-3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d-channel-a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
         */
        RoomName: string;
        /**
         * LiveKitUrl
         * Format: uri
         * @description The WebSocket URL of the LiveKit server to connect to (`LIVEKIT_URL` of the provider, `wss://` outside local development).
         * @example wss://livekit.ilenia.example.org
         */
        LiveKitUrl: string;
        /**
         * LiveKitToken
         * @description A LiveKit access token: an HS256 JWT signed with the LiveKit API secret, with `iss` = the LiveKit API key, `sub` = the participant identity and the grants under the `video` claim. Pass it, unchanged, to `Room.connect(livekit_url, livekit_token)` of a LiveKit SDK. Treat it as a secret: whoever holds it can join the room with its grants until it expires.
         * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ2aWRlbyI6eyJyb29tSm9pbiI6dHJ1ZX0sInN1YiI6InNwZWFrZXIifQ.mY3xq0Kq2b8P1s2aVvJ1l6n4bV4d9QeXh0cG9zZWQ
         */
        LiveKitToken: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date and time with a timezone offset.
         * @example 2026-11-28T17:00:00Z
         */
        Timestamp: string;
        /**
         * TrackSource
         * @description The kind of source a LiveKit track comes from.
         * @example microphone
         * @enum {string}
         */
        TrackSource: "camera" | "microphone" | "screen_share" | "screen_share_audio" | "unknown";
        /**
         * TokenGrants
         * @description What the LiveKit token allows, as written into its `video` grant (`roomJoin` is always true and `room` is always the answer's `room_name`, so they are not repeated). LiveKit enforces these; the client can use them to decide what to show (for example, no microphone button when `can_publish` is false).
         */
        TokenGrants: {
            /**
             * @description May publish media tracks (`canPublish`).
             * @example true
             */
            can_publish: boolean;
            /**
             * @description May subscribe to the tracks of others (`canSubscribe`).
             * @example true
             */
            can_subscribe: boolean;
            /**
             * @description May send data packets and text streams, such as captions (`canPublishData`).
             * @example true
             */
            can_publish_data: boolean;
            /**
             * @description The only sources the participant may publish from (`canPublishSources`); empty when `can_publish` is false.
             * @example [
             *       "microphone"
             *     ]
             */
            can_publish_sources: components["schemas"]["TrackSource"][];
            /**
             * @description The participant is invisible to the others' participant lists (`hidden`); true for agents only.
             * @example false
             */
            hidden: boolean;
            /**
             * @description The participant is marked as an agent (`agent`); true for agents only.
             * @example false
             */
            agent: boolean;
        };
        /**
         * SpeakerRoomAccess
         * @description Everything a speaker's client needs to connect to the channel's room and publish in it.
         */
        SpeakerRoomAccess: {
            room_name: components["schemas"]["RoomName"];
            /** @description The event. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel the room belongs to. */
            channel_id: components["schemas"]["Uuid"];
            /**
             * @description True when this call created the room; false when it already existed.
             * @example true
             */
            room_created: boolean;
            livekit_url: components["schemas"]["LiveKitUrl"];
            livekit_token: components["schemas"]["LiveKitToken"];
            /**
             * @description The participant identity inside the token, `speaker-<user_id>`.
             * @example speaker-7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
             */
            identity: string;
            /** @description When the token stops being accepted for joining (its `exp`); a connected participant is not affected. */
            expires_at: components["schemas"]["Timestamp"];
            /**
             * @description The name to publish the microphone track under. The live service's ASR agent and the listeners look for this name.
             * @constant
             */
            track_name: "original";
            grants: components["schemas"]["TokenGrants"];
        };
        /**
         * @description A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
         * @example es
         */
        LanguageTag: string;
        /**
         * JoinRoomRequest
         * @description The event (and optionally the channel and languages) a listener wants to follow.
         */
        JoinRoomRequest: {
            /** @description The event, as known to the events service. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel to follow. When omitted, the event's first channel (in the events service's order) is joined; the answer names it. */
            channel_id?: components["schemas"]["Uuid"];
            /** @description The languages the listener wants, to narrow `tracks` in the answer to `original` (when the source language is asked for) and the matching `translation-<lang>` tracks. Each must be the channel's source language or one of its target languages, or the request is refused with 422. When omitted, every track of the channel is listed. The token itself may subscribe to every track of the room: LiveKit grants cannot be narrowed to single tracks. */
            languages?: components["schemas"]["LanguageTag"][];
        };
        /**
         * RoomTrack
         * @description An audio track a listener can subscribe to in a channel's room: the speaker's voice (`original`) or a synthetic voice of one translation (`translation-<lang>`).
         */
        RoomTrack: {
            /**
             * @description The LiveKit track name to look for in `TrackPublished` events.
             * @example translation-es
             */
            track_name: string;
            /**
             * @description Whether the track is the speaker's own voice or a translation.
             * @example translation
             * @enum {string}
             */
            kind: "original" | "translation";
            /** @description The language spoken on the track (the channel's source language for `original`). */
            language: components["schemas"]["LanguageTag"];
            /**
             * @description Whether the track is published in the room right now. A track that is not yet published (the speaker has not connected, or the live service has not started its agents) appears later as a `TrackPublished` event.
             * @example true
             */
            published: boolean;
        };
        /**
         * ListenerRoomAccess
         * @description Everything a listener's client needs to connect to a channel's room, subscribe-only, and the tracks it can subscribe to there.
         */
        ListenerRoomAccess: {
            room_name: components["schemas"]["RoomName"];
            /** @description The event. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel joined (the one asked for, or the event's first channel). */
            channel_id: components["schemas"]["Uuid"];
            livekit_url: components["schemas"]["LiveKitUrl"];
            livekit_token: components["schemas"]["LiveKitToken"];
            /**
             * @description The participant identity inside the token, `listener-<user_id>`.
             * @example listener-2c6e9a3d-8f1b-4d7a-b5c2-9e3a6d1f4b8c
             */
            identity: string;
            /** @description When the token stops being accepted for joining (its `exp`); a connected participant is not affected. */
            expires_at: components["schemas"]["Timestamp"];
            /** @description The language the speaker of the channel speaks (the `original` track). */
            source_language: components["schemas"]["LanguageTag"];
            /** @description The languages the channel is translated into, each with a `translation-<lang>` track. */
            target_languages: components["schemas"]["LanguageTag"][];
            grants: components["schemas"]["TokenGrants"];
            /** @description The audio tracks of the room the listener asked for (all of them when `languages` was omitted). Connect with `autoSubscribe: false` and subscribe to these by name on `TrackPublished`. Captions are not tracks: register a text stream handler for topic `lk.transcription`. */
            tracks: components["schemas"]["RoomTrack"][];
        };
        /**
         * AgentTokenRequest
         * @description The channel whose room the live service's agent is about to join. One agent per channel transcribes the speaker, publishes the captions of every language and one audio track per target language, so one token covers all of it.
         */
        AgentTokenRequest: {
            /** @description The event, as known to the events service. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel whose room the agent joins. */
            channel_id: components["schemas"]["Uuid"];
        };
        /**
         * AgentType
         * @description The job of an agent in a room. There is one: `translator`, the live service's participant that subscribes to the speaker's `original` track, publishes the captions of the source and target languages as text streams on `lk.transcription`, and voices each target language as the audio track `translation-<lang>`.
         * @example translator
         * @enum {string}
         */
        AgentType: "translator";
        /**
         * AgentToken
         * @description A LiveKit token for one agent of the live service, and where to use it.
         */
        AgentToken: {
            room_name: components["schemas"]["RoomName"];
            /** @description The event. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel whose room the agent joins. */
            channel_id: components["schemas"]["Uuid"];
            agent_type: components["schemas"]["AgentType"];
            /** @description The language the speaker speaks (the `original` track), which the agent transcribes. */
            source_language: components["schemas"]["LanguageTag"];
            /** @description The languages the channel is translated into: the agent publishes captions in each and one audio track `translation-<lang>` per language. */
            target_languages: components["schemas"]["LanguageTag"][];
            livekit_url: components["schemas"]["LiveKitUrl"];
            livekit_token: components["schemas"]["LiveKitToken"];
            /**
             * @description The agent's participant identity, `agent-translator`: the same in every room, so an agent restarted with a new token replaces its previous connection instead of joining twice.
             * @constant
             */
            identity: "agent-translator";
            /** @description When the token stops being accepted for joining (its `exp`); a connected agent is not affected. */
            expires_at: components["schemas"]["Timestamp"];
            grants: components["schemas"]["TokenGrants"];
        };
        /**
         * Room
         * @description A channel's LiveKit room as the LiveKit server reports it now.
         */
        Room: {
            room_name: components["schemas"]["RoomName"];
            /** @description The event, parsed from the room name. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel, parsed from the room name. */
            channel_id: components["schemas"]["Uuid"];
            /** @description When the LiveKit server created the room. */
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Participants connected now, hidden agents included.
             * @example 4
             */
            num_participants: number;
            /**
             * @description Participants publishing at least one track now (the speaker and the TTS agents).
             * @example 3
             */
            num_publishers: number;
            /**
             * @description Whether a LiveKit egress (recording) of the room is running.
             * @example false
             */
            recording_active: boolean;
        };
        /**
         * RoomList
         * @description A page of rooms, newest first.
         */
        RoomList: {
            items: components["schemas"]["Room"][];
            /**
             * @description How many rooms match the filters, across all pages.
             * @example 2
             */
            total: number;
            /**
             * @description The page size applied.
             * @example 50
             */
            limit: number;
            /**
             * @description The number of rooms skipped.
             * @example 0
             */
            offset: number;
        };
        /**
         * ParticipantTrack
         * @description A track a participant publishes.
         */
        ParticipantTrack: {
            /**
             * @description The LiveKit track id.
             * @example TR_AMkS8bq3D4xK
             */
            sid: string;
            /**
             * @description The track name (`original` for the speaker, `translation-<lang>` for TTS agents).
             * @example original
             */
            name: string;
            /**
             * @description The media type.
             * @example audio
             * @enum {string}
             */
            type: "audio" | "video";
            source: components["schemas"]["TrackSource"];
            /**
             * @description Whether the publisher has muted it.
             * @example false
             */
            muted: boolean;
        };
        /**
         * Participant
         * @description A participant connected to a room, as derived from its identity.
         */
        Participant: {
            /**
             * @description The participant identity (`speaker-<user_id>`, `listener-<user_id>`, `agent-translator`).
             * @example speaker-7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
             */
            identity: string;
            /**
             * @description What the participant is, from its identity prefix.
             * @example speaker
             * @enum {string}
             */
            kind: "speaker" | "listener" | "agent";
            /**
             * Format: uuid
             * @description The Ilenia user, for speakers and listeners; null for agents.
             * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
             */
            user_id: string | null;
            /** @description The agent's job, for agents; null for people. */
            agent_type: components["schemas"]["AgentType"] | null;
            /** @description When the participant connected. */
            joined_at: components["schemas"]["Timestamp"];
            /** @description The tracks the participant publishes now (empty for listeners; `translation-<lang>` for the agent). */
            tracks: components["schemas"]["ParticipantTrack"][];
        };
        /**
         * RoomDetail
         * @description A channel's LiveKit room as the LiveKit server reports it now, with every participant connected to it.
         */
        RoomDetail: {
            room_name: components["schemas"]["RoomName"];
            /** @description The event, parsed from the room name. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel, parsed from the room name. */
            channel_id: components["schemas"]["Uuid"];
            /** @description When the LiveKit server created the room. */
            created_at: components["schemas"]["Timestamp"];
            /**
             * @description Participants connected now, hidden agents included.
             * @example 4
             */
            num_participants: number;
            /**
             * @description Participants publishing at least one track now (the speaker and the TTS agents).
             * @example 3
             */
            num_publishers: number;
            /**
             * @description Whether a LiveKit egress (recording) of the room is running.
             * @example false
             */
            recording_active: boolean;
            /** @description Everyone connected now, hidden agents included, in order of arrival. */
            participants: components["schemas"]["Participant"][];
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
        /** @description The event does not exist or is not visible to the caller in the events service, or the channel is not one of the event's channels. */
        EventOrChannelNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The event is not `ready` or `live`, so its rooms cannot be joined: a `draft` event is still being prepared, an `ended` one is over. `event_status` carries the event's current status. */
        EventNotOpen: {
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
        /** @description The LiveKit server or the events service could not be reached, refused the provider's credentials, or answered an error the provider cannot map. `upstream` names which (`livekit` or `events_service`); the request had no effect on the provider's side and may be retried. */
        UpstreamFailure: {
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
        /** @description No room with this name is open on the LiveKit server (never created, closed, or removed after staying empty), or it belongs to an event the caller does not organise. */
        RoomNotFound: {
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
         * @description Only the rooms of this event (one per channel that has a room now).
         * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
         */
        EventIdQuery: components["schemas"]["Uuid"];
        /** @description How many items to return at most. */
        Limit: number;
        /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
        Offset: number;
        /**
         * @description The room, named `event-<event_id>-channel-<channel_id>` (lowercase UUIDs). A name that does not follow the convention is refused with 400.
         * @example event-3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d-channel-a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
         */
        RoomNamePath: components["schemas"]["RoomName"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The answer carries a credential; it must not be stored by browsers or proxies.
         * @example no-store
         */
        CacheControlNoStore: "no-store";
        /**
         * @description Seconds to wait before retrying.
         * @example 300
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createOrJoinRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrJoinRoomRequest"];
            };
        };
        responses: {
            /** @description The room exists (created now or before) and the token lets the caller publish in it. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerRoomAccess"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The token lacks `rooms:speak`, or the caller may see the event but is not a speaker of this channel (nor an organiser of the event, nor a holder of `events:manage_all`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["EventOrChannelNotFound"];
            409: components["responses"]["EventNotOpen"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            502: components["responses"]["UpstreamFailure"];
            default: components["responses"]["Problem"];
        };
    };
    joinRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRoomRequest"];
            };
        };
        responses: {
            /** @description A subscribe-only token for the channel's room, and the tracks to subscribe to. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListenerRoomAccess"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["EventOrChannelNotFound"];
            409: components["responses"]["EventNotOpen"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A requested language is neither the channel's source language nor one of its target languages; `language` names the first such language and `allowed` lists what the channel offers. */
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
    createAgentToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentTokenRequest"];
            };
        };
        responses: {
            /** @description A token the agent can join the channel's room with. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The token lacks `agents:token`, or it was issued to a user rather than to a service. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["EventOrChannelNotFound"];
            409: components["responses"]["EventNotOpen"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            502: components["responses"]["UpstreamFailure"];
            default: components["responses"]["Problem"];
        };
    };
    listRooms: {
        parameters: {
            query?: {
                /**
                 * @description Only the rooms of this event (one per channel that has a room now).
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id?: components["parameters"]["EventIdQuery"];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rooms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["EventOrChannelNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["UpstreamFailure"];
            default: components["responses"]["Problem"];
        };
    };
    getRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room, named `event-<event_id>-channel-<channel_id>` (lowercase UUIDs). A name that does not follow the convention is refused with 400.
                 * @example event-3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d-channel-a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                room_name: components["parameters"]["RoomNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room and who is in it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["UpstreamFailure"];
            default: components["responses"]["Problem"];
        };
    };
    deleteRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room, named `event-<event_id>-channel-<channel_id>` (lowercase UUIDs). A name that does not follow the convention is refused with 400.
                 * @example event-3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d-channel-a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                room_name: components["parameters"]["RoomNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room is closed and everyone in it was disconnected. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RoomNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["UpstreamFailure"];
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
