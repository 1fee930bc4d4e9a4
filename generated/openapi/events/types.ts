// GENERATED FILE - DO NOT EDIT.
// Source: specs/openapi/events/openapi.yaml
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.
export interface paths {
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Lists the events the caller can see, ordered by `starts_at`, then `id`, without their channels (read one event for them). Visibility: managers and other users see the events they organise and the ones they are assigned to as speaker or listener; holders of `events:manage_all` (admins) and service tokens see every event. The filters narrow that set and combine with AND; `role` restricts it to the events where the calling user is assigned as `speaker` or `listener`.
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Create an event
         * @description Creates a `draft` event organised by the caller (or by `organiser_id`, for holders of `events:manage_all` and service tokens), optionally with its channels. Answers the event with its channels, its `Location` and its `ETag`. To start from a template, use `POST /v1/templates/{template_id}/events` instead.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * Get an event
         * @description Reads one event with its channels, their languages and their speakers: what the live services read, with a service token, before a session starts. The `ETag` is the event's version, to send back in `If-Match` when changing the event or its channels. Visible to its organiser, to the speakers and listeners assigned to it, to holders of `events:manage_all` and to service tokens; anyone else gets 404, as for an event that does not exist.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /**
         * Delete an event
         * @description Deletes a `draft` or `ended` event together with its channels, its speaker and listener assignments and its session records (the recording and transcript files those records point to are kept by the live services). A `ready` or `live` event answers 409 with `allowed: [draft, ended]`: move a ready event back to draft first. Needs `If-Match` with the event's current version (412 if stale, 428 if missing). Only the organiser or a holder of `events:manage_all` may delete the event: other callers who can see it get 403, callers who cannot get 404.
         */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        /**
         * Update an event
         * @description Changes the title, description, times or time zone of an event with JSON merge patch semantics (RFC 7396), sent as `application/json`: fields present replace the stored ones, absent ones stay, `description: null` removes the description. Allowed in every status. Needs `If-Match` with the event's current version (412 if stale, 428 if missing); answers the updated event and its new `ETag`. Only the organiser or a holder of `events:manage_all` may change the event: other callers who can see it get 403, callers who cannot get 404. Status, channels and assignments have their own operations.
         */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/v1/events/{event_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change an event's status
         * @description Moves the event along its life cycle. The allowed moves are:
         *
         *     | from    | to              |
         *     |---------|-----------------|
         *     | `draft` | `ready`         |
         *     | `ready` | `draft`, `live` |
         *     | `live`  | `ended`         |
         *     | `ended` | —               |
         *
         *     Any other move, including to the current status, answers 409 with `allowed` listing the statuses
         *     reachable from the current one. Moving to `ready` also needs at least one channel with at least one
         *     speaker (409 explaining which is missing otherwise). Moving to `live` freezes the channels and their
         *     languages; `ended` is final. Session records are written separately by the live services and do not
         *     change the status.
         *
         *     Needs `If-Match` with the event's current version (412 if stale, 428 if missing); answers the event
         *     and its new `ETag`. Only the organiser or a holder of `events:manage_all` may change the status
         *     (service clients granted that scope included): other callers who can see the event get 403, callers
         *     who cannot get 404.
         */
        put: operations["setEventStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * List an event's channels
         * @description Lists the channels of an event in creation order (`created_at`, then `id`), with their languages and speakers. Visible to whoever can see the event (its organiser, its assigned speakers and listeners, holders of `events:manage_all`, service tokens); anyone else gets 404. The `ETag` is the event's version, to send in `If-Match` when changing a channel.
         */
        get: operations["listChannels"];
        put?: never;
        /**
         * Add a channel to an event
         * @description Adds a channel to a `draft` or `ready` event (409 with `allowed: [draft, ready]` while it is `live` or `ended`, or when another channel of the event has that name). The server also checks that `target_languages` does not contain `source_language` (400 naming `/target_languages`). Takes the event's `If-Match` (412 if stale, 428 if missing) and bumps the event's version: the new `ETag` is the event's. Only the organiser or a holder of `events:manage_all` may add channels: other callers who can see the event get 403, callers who cannot get 404.
         */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        /**
         * Get a channel
         * @description Reads one channel of an event, with its languages and speakers. Visible to whoever can see the event; anyone else gets 404, as for a channel that does not exist. The `ETag` is the event's version, to send in `If-Match` when changing the channel.
         */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        /**
         * Delete a channel
         * @description Deletes a channel and its speaker assignments. Only while the event is `draft` or `ready` (409 with `allowed` otherwise), and not when it is the only channel with a speaker of a `ready` event (409: move the event back to draft first). Session records of the channel, if any, are kept. Takes the event's `If-Match` (412 if stale, 428 if missing) and bumps the event's version: the new `ETag` is the event's. Only the organiser or a holder of `events:manage_all` may delete channels: other callers who can see the event get 403, callers who cannot get 404.
         */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        /**
         * Update a channel
         * @description Changes a channel's name or languages with JSON merge patch semantics (RFC 7396), sent as `application/json`: fields present replace the stored ones (`target_languages` replaces the whole list), absent ones stay. Only while the event is `draft` or `ready` (409 with `allowed` otherwise); a name taken by another channel of the event is also a 409. After merging, `target_languages` must not contain `source_language` (400 naming `/target_languages`). Takes the event's `If-Match` (412 if stale, 428 if missing) and bumps the event's version: the new `ETag` is the event's. Only the organiser or a holder of `events:manage_all` may change channels: other callers who can see the event get 403, callers who cannot get 404.
         */
        patch: operations["updateChannel"];
        trace?: never;
    };
    "/v1/events/{event_id}/channels/{channel_id}/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        /**
         * List a channel's speakers
         * @description Lists the speakers assigned to a channel, in assignment order (`assigned_at`, then `user_id`), with who assigned them and when. Visible to whoever can see the event (its organiser, its assigned speakers and listeners, holders of `events:manage_all`, service tokens); anyone else gets 404. The user ids are those of the auth service, which has their names.
         */
        get: operations["listChannelSpeakers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
                /**
                 * @description The user's id, as issued by the auth service (not checked against it).
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Check a speaker assignment
         * @description Answers the assignment when the user is a speaker of the channel, 404 when not. Lets a live service or the LiveKit provider check, with a service token, that a user may speak in a channel. Visible to whoever can see the event; anyone else gets 404.
         */
        get: operations["getChannelSpeaker"];
        /**
         * Assign a speaker to a channel
         * @description Makes the user a speaker of the channel, which also lets them see the event. Idempotent: assigning an existing speaker changes nothing and also answers 204. Allowed while the event is `draft`, `ready` or `live` (a substitute speaker may join a live event), not once it has `ended` (409). The user id is not checked against the auth service. Takes no `If-Match`, but a new assignment bumps the event's version (the event embeds its speakers): the `ETag` is the event's version afterwards. Only the organiser or a holder of `events:manage_all` may assign speakers: other callers who can see the event get 403, callers who cannot get 404.
         */
        put: operations["assignChannelSpeaker"];
        post?: never;
        /**
         * Remove a speaker from a channel
         * @description Removes the user from the channel's speakers; they keep seeing the event only if assigned to it otherwise. Idempotent: removing a user who is not a speaker of the channel also answers 204. Allowed while the event is `draft`, `ready` or `live`, not once it has `ended` (409); refused (409) when it would leave a `ready` or `live` event without any channel that has a speaker. Takes no `If-Match`, but an actual removal bumps the event's version: the `ETag` is the event's version afterwards. Only the organiser or a holder of `events:manage_all` may remove speakers: other callers who can see the event get 403, callers who cannot get 404.
         */
        delete: operations["removeChannelSpeaker"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/listeners": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * List an event's listeners
         * @description Lists the listeners assigned to an event, in assignment order (`assigned_at`, then `user_id`), with who assigned them and when. Only for the event's organiser, holders of `events:manage_all` and service tokens: the event's speakers and listeners, who can see the event but not its audience, get 403; callers who cannot see the event get 404. The user ids are those of the auth service, which has their names.
         */
        get: operations["listEventListeners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/listeners/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The listener's user id, as issued by the auth service (not checked against it).
                 * @example 2c6e9a3d-8f1b-4d7a-b5c2-9e3a6d1f4b8c
                 */
                user_id: components["parameters"]["ListenerUserId"];
            };
            cookie?: never;
        };
        /**
         * Check a listener assignment
         * @description Answers the assignment when the user is a listener of the event, 404 when not. Lets the live services and the LiveKit provider check, with a service token, that a user may listen to an event. Allowed to the event's organiser, holders of `events:manage_all`, service tokens, and the user themselves (a listener checking their own assignment); other callers who can see the event get 403, callers who cannot get 404.
         */
        get: operations["getEventListener"];
        /**
         * Assign a listener to an event
         * @description Makes the user a listener of the event, which lets them see it, follow it live and read its transcripts. Idempotent: assigning an existing listener changes nothing and also answers 204. Allowed in every status, `ended` included (to give access to the transcripts afterwards). The user id is not checked against the auth service. Listener assignments are not part of the event's representation: they take no `If-Match` and do not change the event's version. Only the organiser or a holder of `events:manage_all` may assign listeners: other callers who can see the event get 403, callers who cannot get 404.
         */
        put: operations["assignEventListener"];
        post?: never;
        /**
         * Remove a listener from an event
         * @description Removes the user from the event's listeners; they keep seeing the event only if they are one of its speakers. Idempotent: removing a user who is not a listener also answers 204. Allowed in every status. Takes no `If-Match` and does not change the event's version. Only the organiser or a holder of `events:manage_all` may remove listeners: other callers who can see the event get 403, callers who cannot get 404.
         */
        delete: operations["removeEventListener"];
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
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * List an event's session records
         * @description Lists the records of the event's past live sessions, ordered by `started_at`, then `id`, optionally of one channel only. The event must be visible to the caller as for reading it: managers see the records of the events they organise, holders of `events:manage_all` and service tokens those of every event; anyone else gets 404.
         */
        get: operations["listSessionRecords"];
        put?: never;
        /**
         * Record a finished live session
         * @description Written by a live service (`live-service` in LiveKit mode, `live-event` in WebSocket mode) with its service token when a session of one channel ends. Only for `ready`, `live` or `ended` events (the statuses in which speakers may stream; 409 with `allowed` for a draft); the server also checks that `channel_id` is a channel of the event and that `ended_at` is not before `started_at` (400 naming the field). The record's `id` is the live session's id, which makes retries safe: writing the same record again answers 200 with the stored one, a different record with the same id answers 409. Records are immutable, and writing one does not change the event's status or version: ending the event is a separate status change.
         */
        post: operations["createSessionRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The session's id; a session of another event answers 404.
                 * @example c7e2a9f4-1b6d-4e3a-9f8c-2d5b7e0a4c19
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session record
         * @description Reads the record of one past live session of the event. The event must be visible to the caller as for reading it (its organiser, holders of `events:manage_all`, service tokens); otherwise, or when the session belongs to another event, 404.
         */
        get: operations["getSessionRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description Lists the templates, ordered by name (case-insensitively), then `id`. Templates are shared: every holder of `templates:read` sees all of them.
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Creates a template. Channel names must be unique within it and no channel may translate into its own source language (400 naming the field); a name already used by another template is a 409. Answers the template with its `Location` and `ETag`.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's id.
                 * @example 6a0d2f4b-9c3e-4b7a-8e1d-5f2c7a9b3e60
                 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        /**
         * Get a template
         * @description Reads one template. Templates are shared: every holder of `templates:read` sees all of them. The `ETag` is the template's version, to send back in `If-Match` when changing or deleting it.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a template
         * @description Deletes a template. Events created from it are not affected (their `template_id` keeps pointing to the deleted template). Needs `If-Match` with the template's current version (412 if stale, 428 if missing). Any holder of `templates:write` may delete any template.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /**
         * Update a template
         * @description Changes a template with JSON merge patch semantics (RFC 7396), sent as `application/json`: fields present replace the stored ones (`channels` replaces the whole list), absent ones stay, `description: null` removes the description. Events already created from the template do not change. Needs `If-Match` with the template's current version (412 if stale, 428 if missing); a name used by another template is a 409. Any holder of `templates:write` may change any template.
         */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/v1/templates/{template_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's id.
                 * @example 6a0d2f4b-9c3e-4b7a-8e1d-5f2c7a9b3e60
                 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an event from a template
         * @description Creates a `draft` event with the template's channels and languages (without speakers) and its description, unless the body gives one (`null` for none). The event is organised by the caller, or by `organiser_id` for holders of `events:manage_all` and service tokens, and records the template in `template_id`; later changes to the template do not affect it. Needs both `templates:write` (which covers creating events from templates) and `events:write`. Answers the event with its `Location` and `ETag`, exactly as `POST /v1/events`.
         */
        post: operations["createEventFromTemplate"];
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
         * EventStatus
         * @description Where the event is in its life cycle. `draft`: being prepared. `ready`: prepared, with at least one channel that has at least one speaker; it may still go back to `draft`. `live`: sessions may run; channels and languages are frozen. `ended`: over; channels are frozen, session records remain. Allowed moves: `draft` → `ready`, `ready` → `draft`, `ready` → `live`, `live` → `ended`.
         * @example ready
         * @enum {string}
         */
        EventStatus: "draft" | "ready" | "live" | "ended";
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
         * Format: uuid
         * @description A UUID.
         * @example 0b6c3a4e-58d1-4f4e-9f5e-6a1f0e2d3c4b
         */
        Uuid: string;
        /**
         * EventTitle
         * @description The event's title, as shown to speakers and listeners.
         * @example Open Science Summit 2026 — Keynote
         */
        EventTitle: string;
        /**
         * EventDescription
         * @description A longer, plain-text description of the event; `null` when there is none.
         * @example Opening keynote of the Open Science Summit, with live Spanish and French subtitles.
         */
        EventDescription: string | null;
        /**
         * Format: date-time
         * @description An RFC 3339 date and time with a timezone offset.
         * @example 2026-11-28T17:00:00Z
         */
        Timestamp: string;
        /**
         * Timezone
         * @description An IANA time zone name (`Europe/Madrid`, `America/Mexico_City`, `UTC`), in which the event is shown to its audience. The server also checks the name against its time zone database and refuses an unknown one with a 400 naming the field.
         * @example Europe/Madrid
         */
        Timezone: string;
        /**
         * EventSummary
         * @description An event as listed, without its channels (see `channel_count`; read the event for them).
         */
        EventSummary: {
            /** @description The event's id. */
            id: components["schemas"]["Uuid"];
            title: components["schemas"]["EventTitle"];
            description: components["schemas"]["EventDescription"];
            /** @description When the event starts, with the offset of its time zone at that instant. */
            starts_at: components["schemas"]["Timestamp"];
            /** @description When the event ends; always after `starts_at`. */
            ends_at: components["schemas"]["Timestamp"];
            timezone: components["schemas"]["Timezone"];
            /** @description The user id of the event's organiser (its owner), who may change it. */
            organiser_id: components["schemas"]["Uuid"];
            status: components["schemas"]["EventStatus"];
            /**
             * Format: uuid
             * @description The template the event was created from, or `null`. The template may have been deleted since.
             */
            template_id: string | null;
            /** @description How many channels the event has. */
            channel_count: number;
            /** @description Grows by one on every change of the event or its channels; also sent as `ETag` when reading the event. */
            version: number;
            /** @description When the event was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the event or its channels last changed. */
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * EventPage
         * @description One page of events, ordered by `starts_at`, then `id`.
         */
        EventPage: {
            items: components["schemas"]["EventSummary"][];
            /** @description How many events match the filters, over all pages. */
            total: number;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` applied. */
            offset: number;
        };
        /**
         * ChannelName
         * @description The channel's name, unique within its event (compared case-insensitively), e.g. the room or stage whose audio it carries.
         * @example Main stage
         */
        ChannelName: string;
        /**
         * @description A BCP 47 language tag (`en`, `es`, `pt-BR`, `zh-Hant`).
         * @example es
         */
        LanguageTag: string;
        /**
         * TargetLanguages
         * @description The languages the channel's speech is translated into, without repetitions and never containing the channel's `source_language`. Empty for a transcription-only channel. The server compares tags case-insensitively and also checks that the source language is absent: a list containing it is refused with a 400 whose `errors` name `/target_languages`.
         * @example [
         *       "es",
         *       "fr"
         *     ]
         */
        TargetLanguages: components["schemas"]["LanguageTag"][];
        /**
         * ChannelCreate
         * @description A new channel of an event, optionally with its first speakers.
         */
        ChannelCreate: {
            name: components["schemas"]["ChannelName"];
            /** @description The language spoken in the channel. */
            source_language: components["schemas"]["LanguageTag"];
            target_languages: components["schemas"]["TargetLanguages"];
            /**
             * @description User ids to assign as speakers right away (same as assigning them one by one afterwards). The ids are not checked against the auth service.
             * @default []
             */
            speakers?: components["schemas"]["Uuid"][];
        };
        /**
         * EventCreate
         * @description A new event, created as `draft`. The server also checks that `ends_at` is after `starts_at` and that `timezone` is known, answering 400 naming the field otherwise.
         */
        EventCreate: {
            title: components["schemas"]["EventTitle"];
            description?: components["schemas"]["EventDescription"];
            /** @description When the event starts (RFC 3339 with offset). */
            starts_at: components["schemas"]["Timestamp"];
            /** @description When the event ends; must be after `starts_at`. */
            ends_at: components["schemas"]["Timestamp"];
            timezone: components["schemas"]["Timezone"];
            /** @description The organiser, when not the caller. Defaults to the calling user. Setting another user needs `events:manage_all` (403 otherwise); service tokens, which have no user, must set it (400 otherwise). */
            organiser_id?: components["schemas"]["Uuid"];
            /**
             * @description Channels to create with the event, in this order (same as creating them one by one).
             * @default []
             */
            channels?: components["schemas"]["ChannelCreate"][];
        };
        /**
         * Channel
         * @description One channel of an event: a single audio source (a stage, a room), spoken in `source_language`, transcribed, and translated into each of `target_languages`.
         */
        Channel: {
            /** @description The channel's id. */
            id: components["schemas"]["Uuid"];
            /** @description The id of the event the channel belongs to. */
            event_id: components["schemas"]["Uuid"];
            name: components["schemas"]["ChannelName"];
            /** @description The language spoken in the channel, transcribed by the STT engine. */
            source_language: components["schemas"]["LanguageTag"];
            target_languages: components["schemas"]["TargetLanguages"];
            /** @description The user ids of the speakers assigned to the channel, in assignment order. Managed with `PUT`/`DELETE /v1/events/{event_id}/channels/{channel_id}/speakers/{user_id}`. */
            speakers: components["schemas"]["Uuid"][];
            /** @description When the channel was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the channel, its languages or its speakers last changed. */
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * Event
         * @description An event with its channels embedded: everything a live service needs to start a session (languages, speakers). The `ETag` of a response carrying it is `"<version>"`.
         */
        Event: {
            /** @description The event's id. */
            id: components["schemas"]["Uuid"];
            title: components["schemas"]["EventTitle"];
            description: components["schemas"]["EventDescription"];
            /** @description When the event starts, with the offset of its time zone at that instant. */
            starts_at: components["schemas"]["Timestamp"];
            /** @description When the event ends; always after `starts_at`. */
            ends_at: components["schemas"]["Timestamp"];
            timezone: components["schemas"]["Timezone"];
            /** @description The user id of the event's organiser (its owner), who may change it. */
            organiser_id: components["schemas"]["Uuid"];
            status: components["schemas"]["EventStatus"];
            /**
             * Format: uuid
             * @description The template the event was created from, or `null`. The template may have been deleted since.
             */
            template_id: string | null;
            /** @description The event's channels, in creation order. */
            channels: components["schemas"]["Channel"][];
            /** @description Grows by one on every change of the event, its channels or their speakers; sent as `ETag`. */
            version: number;
            /** @description When the event was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the event, its channels or their speakers last changed. */
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * EventUpdate
         * @description A JSON merge patch (RFC 7396) of an event, sent as `application/json`: the fields present replace the stored ones, absent fields are left unchanged, and `description: null` removes the description (the other fields cannot be removed). After merging, `ends_at` must still be after `starts_at` and `timezone` must be known (400 naming the field otherwise). Status, organiser and channels are changed with their own operations.
         */
        EventUpdate: {
            title?: components["schemas"]["EventTitle"];
            description?: components["schemas"]["EventDescription"];
            /** @description When the event starts (RFC 3339 with offset). */
            starts_at?: components["schemas"]["Timestamp"];
            /** @description When the event ends. */
            ends_at?: components["schemas"]["Timestamp"];
            timezone?: components["schemas"]["Timezone"];
        };
        /**
         * EventStatusChange
         * @description The status to move the event to.
         */
        EventStatusChange: {
            status: components["schemas"]["EventStatus"];
        };
        /**
         * ChannelPage
         * @description One page of an event's channels, in creation order (`created_at`, then `id`).
         */
        ChannelPage: {
            items: components["schemas"]["Channel"][];
            /** @description How many channels the event has. */
            total: number;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` applied. */
            offset: number;
        };
        /**
         * ChannelUpdate
         * @description A JSON merge patch (RFC 7396) of a channel: the fields present replace the stored ones, absent fields are left unchanged. `target_languages`, when present, replaces the whole list. Speakers are changed with the speaker assignment operations, not here.
         */
        ChannelUpdate: {
            name?: components["schemas"]["ChannelName"];
            /** @description The language spoken in the channel; it must not be among the resulting target languages. */
            source_language?: components["schemas"]["LanguageTag"];
            target_languages?: components["schemas"]["TargetLanguages"];
        };
        /**
         * SpeakerAssignment
         * @description A user assigned as speaker of a channel.
         */
        SpeakerAssignment: {
            /** @description The speaker's user id. */
            user_id: components["schemas"]["Uuid"];
            /** @description The event's id. */
            event_id: components["schemas"]["Uuid"];
            /** @description The channel's id. */
            channel_id: components["schemas"]["Uuid"];
            /** @description When the speaker was assigned. */
            assigned_at: components["schemas"]["Timestamp"];
            /**
             * @description The `sub` of the token that made the assignment (a user id, or a service's client id).
             * @example 5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c
             */
            assigned_by: string;
        };
        /**
         * SpeakerAssignmentPage
         * @description One page of a channel's speakers, in assignment order (`assigned_at`, then `user_id`).
         */
        SpeakerAssignmentPage: {
            items: components["schemas"]["SpeakerAssignment"][];
            /** @description How many speakers the channel has. */
            total: number;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` applied. */
            offset: number;
        };
        /**
         * ListenerAssignment
         * @description A user assigned as listener of an event.
         */
        ListenerAssignment: {
            /** @description The listener's user id. */
            user_id: components["schemas"]["Uuid"];
            /** @description The event's id. */
            event_id: components["schemas"]["Uuid"];
            /** @description When the listener was assigned. */
            assigned_at: components["schemas"]["Timestamp"];
            /**
             * @description The `sub` of the token that made the assignment (a user id, or a service's client id).
             * @example 5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c
             */
            assigned_by: string;
        };
        /**
         * ListenerAssignmentPage
         * @description One page of an event's listeners, in assignment order (`assigned_at`, then `user_id`).
         */
        ListenerAssignmentPage: {
            items: components["schemas"]["ListenerAssignment"][];
            /** @description How many listeners the event has. */
            total: number;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` applied. */
            offset: number;
        };
        /**
         * SessionMode
         * @description How the session was broadcast: `websocket` (subtitles over WebSocket, by the live-event service) or `livekit` (audio and translations over LiveKit rooms, by the live service).
         * @example livekit
         * @enum {string}
         */
        SessionMode: "websocket" | "livekit";
        /**
         * TranscriptLink
         * @description Where the transcript of a session in one language can be downloaded (needs `transcripts:read`).
         */
        TranscriptLink: {
            /** @description The transcript's language (the channel's source language, or one of its target languages). */
            language: components["schemas"]["LanguageTag"];
            /**
             * Format: uri
             * @description The transcript's URL.
             * @example https://ilenia.example.org/api/live/v1/sessions/c7e2a9f4-1b6d-4e3a-9f8c-2d5b7e0a4c19/transcripts/es
             */
            url: string;
        };
        /**
         * SessionRecord
         * @description The record of one live session of one channel, written by the live service that ran it when the session ended. Records are immutable. They keep their `channel_id` even if the channel is later deleted, and are deleted with their event.
         */
        SessionRecord: {
            /** @description The session's id, as issued by the live service that ran it. */
            id: components["schemas"]["Uuid"];
            /** @description The event's id. */
            event_id: components["schemas"]["Uuid"];
            /** @description The id of the channel the session transcribed and translated. */
            channel_id: components["schemas"]["Uuid"];
            mode: components["schemas"]["SessionMode"];
            /** @description When the session started. */
            started_at: components["schemas"]["Timestamp"];
            /** @description When the session ended; not before `started_at`. */
            ended_at: components["schemas"]["Timestamp"];
            /**
             * @description How many final transcript segments the session produced in the source language.
             * @example 412
             */
            segment_count: number;
            /**
             * @description The largest number of listeners connected at the same time.
             * @example 183
             */
            listeners_peak: number;
            /**
             * Format: uri
             * @description Where the session's audio recording can be downloaded (needs `recordings:read`); `null` when not recorded.
             * @example https://ilenia.example.org/api/live/v1/sessions/c7e2a9f4-1b6d-4e3a-9f8c-2d5b7e0a4c19/recording
             */
            recording_url: string | null;
            /** @description The session's transcripts, one per language; empty when none was kept. */
            transcripts: components["schemas"]["TranscriptLink"][];
            /**
             * @description The `sub` of the token that wrote the record (the live service's OAuth client id).
             * @example live-service
             */
            written_by: string;
            /** @description When the record was written. */
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * SessionRecordPage
         * @description One page of an event's session records, ordered by `started_at`, then `id`.
         */
        SessionRecordPage: {
            items: components["schemas"]["SessionRecord"][];
            /** @description How many records match, over all pages. */
            total: number;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` applied. */
            offset: number;
        };
        /**
         * SessionRecordCreate
         * @description The record of a session that just ended. The server also checks that `channel_id` is a channel of the event and that `ended_at` is not before `started_at` (400 naming the field otherwise).
         */
        SessionRecordCreate: {
            /** @description The session's id, as issued by the live service. Writing the same record again (same id, same content) is harmless: it answers 200 with the stored record. */
            id: components["schemas"]["Uuid"];
            /** @description The id of the channel the session transcribed and translated. */
            channel_id: components["schemas"]["Uuid"];
            mode: components["schemas"]["SessionMode"];
            /** @description When the session started. */
            started_at: components["schemas"]["Timestamp"];
            /** @description When the session ended. */
            ended_at: components["schemas"]["Timestamp"];
            /** @description How many final transcript segments the session produced in the source language. */
            segment_count: number;
            /** @description The largest number of listeners connected at the same time. */
            listeners_peak: number;
            /**
             * Format: uri
             * @description Where the session's recording can be downloaded; `null` or absent when not recorded.
             */
            recording_url?: string | null;
            /**
             * @description The session's transcripts, one per language.
             * @default []
             */
            transcripts?: components["schemas"]["TranscriptLink"][];
        };
        /**
         * TemplateName
         * @description The template's name, unique among templates (compared case-insensitively).
         * @example Keynote with Spanish and French subtitles
         */
        TemplateName: string;
        /**
         * TemplateChannel
         * @description The shape of one channel in a template: copied into each event created from it, without speakers. The same rules as for channels apply: unique names, and `target_languages` never containing `source_language` (checked by the server, 400 naming the field).
         */
        TemplateChannel: {
            name: components["schemas"]["ChannelName"];
            /** @description The language spoken in the channel. */
            source_language: components["schemas"]["LanguageTag"];
            target_languages: components["schemas"]["TargetLanguages"];
        };
        /**
         * Template
         * @description A reusable event shape: a name, a default description and channels with their languages. Templates are shared: every holder of `templates:read` sees all of them.
         */
        Template: {
            /** @description The template's id. */
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["TemplateName"];
            /** @description The description given to events created from the template, unless they override it; `null` for none. */
            description: components["schemas"]["EventDescription"];
            /** @description The channels of events created from the template, in this order. */
            channels: components["schemas"]["TemplateChannel"][];
            /**
             * @description The `sub` of the token that created the template (a user id, or a service's client id).
             * @example 5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c
             */
            created_by: string;
            /** @description Grows by one on every change; also sent as `ETag` when reading the template. */
            version: number;
            /** @description When the template was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the template last changed. */
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * TemplatePage
         * @description One page of templates, ordered by `name` (case-insensitively), then `id`.
         */
        TemplatePage: {
            items: components["schemas"]["Template"][];
            /** @description How many templates match, over all pages. */
            total: number;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` applied. */
            offset: number;
        };
        /**
         * TemplateCreate
         * @description A new template.
         */
        TemplateCreate: {
            name: components["schemas"]["TemplateName"];
            /** @description The default description of events created from the template; `null` or absent for none. */
            description?: components["schemas"]["EventDescription"];
            /** @description The channels of events created from the template, in this order; names must be unique. */
            channels: components["schemas"]["TemplateChannel"][];
        };
        /**
         * TemplateUpdate
         * @description A JSON merge patch (RFC 7396) of a template, sent as `application/json`: the fields present replace the stored ones, absent fields are left unchanged, `description: null` removes the description, and `channels`, when present, replaces the whole list. Events already created from the template do not change.
         */
        TemplateUpdate: {
            name?: components["schemas"]["TemplateName"];
            /** @description The default description of events created from the template; `null` removes it. */
            description?: components["schemas"]["EventDescription"];
            /** @description The new list of channels, replacing the stored one. */
            channels?: components["schemas"]["TemplateChannel"][];
        };
        /**
         * EventFromTemplate
         * @description What a new event takes besides its template: its title and times, and optionally a description replacing the template's. As for any new event, the server checks that `ends_at` is after `starts_at` and that `timezone` is known (400 naming the field otherwise).
         */
        EventFromTemplate: {
            title: components["schemas"]["EventTitle"];
            /** @description The event's description. Absent: the template's description is copied. `null`: the event has no description. */
            description?: components["schemas"]["EventDescription"];
            /** @description When the event starts (RFC 3339 with offset). */
            starts_at: components["schemas"]["Timestamp"];
            /** @description When the event ends; must be after `starts_at`. */
            ends_at: components["schemas"]["Timestamp"];
            timezone: components["schemas"]["Timezone"];
            /** @description The organiser, when not the caller. Defaults to the calling user. Setting another user needs `events:manage_all` (403 otherwise); service tokens, which have no user, must set it (400 otherwise). */
            organiser_id?: components["schemas"]["Uuid"];
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
        /** @description The request does not match the API contract, or breaks a rule the schema cannot express (`ends_at` not after `starts_at`, an unknown `timezone`, `from` after `to`, a service token not naming `organiser_id`, and for channels given in the body a repeated name or a `target_languages` containing the `source_language`); `errors` lists every invalid field. */
        EventValidationFailed: {
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
        /** @description The credentials are valid but lack a permission the operation requires. */
        Forbidden: {
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
        /** @description The request does not match the API contract: a parameter or field is invalid, a query parameter is unknown to the operation, the body is not valid JSON, or text holds a NUL character or an unpaired UTF-16 surrogate (which cannot be stored). `errors` lists every invalid field. */
        BadRequest: {
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
        /** @description The event is `ready` or `live`; only `draft` and `ended` events can be deleted (`allowed`). */
        EventNotDeletable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The If-Match version is stale: someone changed the resource since it was read. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The update needs an If-Match header. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The move is not allowed from the current status (`allowed` lists the statuses one may move to from it), or the event is not prepared for `ready` (it needs at least one channel with at least one speaker). */
        EventStatusConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request does not match the API contract, or breaks a rule the schema cannot express (a `target_languages` list containing the `source_language`); `errors` lists every invalid field. */
        ChannelValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The channels of the event cannot change now: the event is `live` or `ended` (`allowed` lists the statuses in which they can), another channel of the event has that name, or deleting the channel would leave a `ready` event without any channel that has a speaker. */
        ChannelConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The speakers cannot change: the event is `ended` (`allowed` lists the statuses in which they can), or removing this speaker would leave a `ready` or `live` event without any channel that has a speaker. */
        SpeakerConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A different record with this id already exists, or the event is a draft (records are written for `ready`, `live` and `ended` events, the statuses in which speakers may stream; `allowed` lists them). */
        SessionRecordConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Another template already has that name. */
        TemplateConflict: {
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
         * @description Only events in one of these statuses. Repeat the parameter for several (`?status=ready&status=live`); a comma-separated list is not accepted (400). Absent: every status.
         * @example [
         *       "ready",
         *       "live"
         *     ]
         */
        StatusFilter: components["schemas"]["EventStatus"][];
        /**
         * @description Only events that end at or after this instant (RFC 3339 with offset; encode a `+` offset as `%2B`). With `to`, it selects the events overlapping the range; `from` after `to` is a 400.
         * @example 2026-11-01T00:00:00Z
         */
        DateFrom: string;
        /**
         * @description Only events that start before this instant (RFC 3339 with offset; encode a `+` offset as `%2B`).
         * @example 2026-12-01T00:00:00Z
         */
        DateTo: string;
        /**
         * @description Only events whose title contains this text, compared case- and accent-insensitively.
         * @example summit
         */
        TitleQuery: string;
        /**
         * @description Only events where the calling user is assigned as `speaker` (of any channel) or as `listener`. Useful for the speaker and listener home pages; a service token (which has no user) gets an empty list.
         * @example speaker
         */
        RoleFilter: "speaker" | "listener";
        /**
         * @description Only events organised by this user. The visibility rules still apply: a manager filtering on a colleague sees only that colleague's events they are assigned to.
         * @example 5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c
         */
        OrganiserIdFilter: string;
        /** @description How many items to return at most. */
        Limit: number;
        /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
        Offset: number;
        /**
         * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
         * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
         */
        EventId: string;
        /**
         * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description The channel's id; a channel of another event answers 404.
         * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
         */
        ChannelId: string;
        /**
         * @description The user's id, as issued by the auth service (not checked against it).
         * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
         */
        UserId: string;
        /**
         * @description The listener's user id, as issued by the auth service (not checked against it).
         * @example 2c6e9a3d-8f1b-4d7a-b5c2-9e3a6d1f4b8c
         */
        ListenerUserId: string;
        /**
         * @description Only the sessions of this channel.
         * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
         */
        ChannelIdFilter: string;
        /**
         * @description The session's id; a session of another event answers 404.
         * @example c7e2a9f4-1b6d-4e3a-9f8c-2d5b7e0a4c19
         */
        SessionId: string;
        /**
         * @description The template's id.
         * @example 6a0d2f4b-9c3e-4b7a-8e1d-5f2c7a9b3e60
         */
        TemplateId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The path of the resource just created.
         * @example /v1/events/3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
         */
        Location: string;
        /**
         * @description The resource's version as a strong entity tag; send it back in `If-Match` to update.
         * @example "3"
         */
        ETag: string;
        /**
         * @description The event's version after this response, as a strong entity tag; send it back in `If-Match` to change the event or its channels.
         * @example "8"
         */
        EventETag: string;
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
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events in one of these statuses. Repeat the parameter for several (`?status=ready&status=live`); a comma-separated list is not accepted (400). Absent: every status.
                 * @example [
                 *       "ready",
                 *       "live"
                 *     ]
                 */
                status?: components["parameters"]["StatusFilter"];
                /**
                 * @description Only events that end at or after this instant (RFC 3339 with offset; encode a `+` offset as `%2B`). With `to`, it selects the events overlapping the range; `from` after `to` is a 400.
                 * @example 2026-11-01T00:00:00Z
                 */
                from?: components["parameters"]["DateFrom"];
                /**
                 * @description Only events that start before this instant (RFC 3339 with offset; encode a `+` offset as `%2B`).
                 * @example 2026-12-01T00:00:00Z
                 */
                to?: components["parameters"]["DateTo"];
                /**
                 * @description Only events whose title contains this text, compared case- and accent-insensitively.
                 * @example summit
                 */
                q?: components["parameters"]["TitleQuery"];
                /**
                 * @description Only events where the calling user is assigned as `speaker` (of any channel) or as `listener`. Useful for the speaker and listener home pages; a service token (which has no user) gets an empty list.
                 * @example speaker
                 */
                role?: components["parameters"]["RoleFilter"];
                /**
                 * @description Only events organised by this user. The visibility rules still apply: a manager filtering on a colleague sees only that colleague's events they are assigned to.
                 * @example 5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c
                 */
                organiser_id?: components["parameters"]["OrganiserIdFilter"];
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
            /** @description One page of the matching events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["EventValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCreate"];
            };
        };
        responses: {
            /** @description The event was created as `draft`. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["EventValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event, with its channels. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event and everything attached to it were deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["EventNotDeletable"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventUpdate"];
            };
        };
        responses: {
            /** @description The updated event. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["EventValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    setEventStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventStatusChange"];
            };
        };
        responses: {
            /** @description The event, in its new status. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["EventStatusConflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the event's channels. */
            200: {
                headers: {
                    ETag: components["headers"]["EventETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelCreate"];
            };
        };
        responses: {
            /** @description The channel was added. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["EventETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["ChannelValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ChannelConflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel. */
            200: {
                headers: {
                    ETag: components["headers"]["EventETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel was deleted. */
            204: {
                headers: {
                    ETag: components["headers"]["EventETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ChannelConflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelUpdate"];
            };
        };
        responses: {
            /** @description The updated channel. */
            200: {
                headers: {
                    ETag: components["headers"]["EventETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            400: components["responses"]["ChannelValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ChannelConflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    listChannelSpeakers: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the channel's speakers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAssignmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    getChannelSpeaker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
                /**
                 * @description The user's id, as issued by the auth service (not checked against it).
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is a speaker of the channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    assignChannelSpeaker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
                /**
                 * @description The user's id, as issued by the auth service (not checked against it).
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is a speaker of the channel. */
            204: {
                headers: {
                    ETag: components["headers"]["EventETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SpeakerConflict"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    removeChannelSpeaker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The channel's id; a channel of another event answers 404.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id: components["parameters"]["ChannelId"];
                /**
                 * @description The user's id, as issued by the auth service (not checked against it).
                 * @example 7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is not a speaker of the channel. */
            204: {
                headers: {
                    ETag: components["headers"]["EventETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SpeakerConflict"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listEventListeners: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the event's listeners. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListenerAssignmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    getEventListener: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The listener's user id, as issued by the auth service (not checked against it).
                 * @example 2c6e9a3d-8f1b-4d7a-b5c2-9e3a6d1f4b8c
                 */
                user_id: components["parameters"]["ListenerUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is a listener of the event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListenerAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    assignEventListener: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The listener's user id, as issued by the auth service (not checked against it).
                 * @example 2c6e9a3d-8f1b-4d7a-b5c2-9e3a6d1f4b8c
                 */
                user_id: components["parameters"]["ListenerUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is a listener of the event. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    removeEventListener: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The listener's user id, as issued by the auth service (not checked against it).
                 * @example 2c6e9a3d-8f1b-4d7a-b5c2-9e3a6d1f4b8c
                 */
                user_id: components["parameters"]["ListenerUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is not a listener of the event. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listSessionRecords: {
        parameters: {
            query?: {
                /**
                 * @description Only the sessions of this channel.
                 * @example a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a
                 */
                channel_id?: components["parameters"]["ChannelIdFilter"];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip, in the list's stable order (at most 2147483647, what a database integer holds). */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the event's session records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRecordPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    createSessionRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionRecordCreate"];
            };
        };
        responses: {
            /** @description The same record had already been written (a retry); nothing changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRecord"];
                };
            };
            /** @description The record was written. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SessionRecordConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    getSessionRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. An event the caller cannot see answers 404, as one that does not exist.
                 * @example 3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d
                 */
                event_id: components["parameters"]["EventId"];
                /**
                 * @description The session's id; a session of another event answers 404.
                 * @example c7e2a9f4-1b6d-4e3a-9f8c-2d5b7e0a4c19
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /**
                 * @description Only templates whose name contains this text, compared case- and accent-insensitively.
                 * @example keynote
                 */
                q?: string;
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
            /** @description One page of templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateCreate"];
            };
        };
        responses: {
            /** @description The template was created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["ChannelValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["TemplateConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            default: components["responses"]["Problem"];
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's id.
                 * @example 6a0d2f4b-9c3e-4b7a-8e1d-5f2c7a9b3e60
                 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            default: components["responses"]["Problem"];
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The template's id.
                 * @example 6a0d2f4b-9c3e-4b7a-8e1d-5f2c7a9b3e60
                 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version last read (the `ETag` of the resource); a stale version is refused with 412.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The template's id.
                 * @example 6a0d2f4b-9c3e-4b7a-8e1d-5f2c7a9b3e60
                 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateUpdate"];
            };
        };
        responses: {
            /** @description The updated template. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["ChannelValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["TemplateConflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            default: components["responses"]["Problem"];
        };
    };
    createEventFromTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's id.
                 * @example 6a0d2f4b-9c3e-4b7a-8e1d-5f2c7a9b3e60
                 */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventFromTemplate"];
            };
        };
        responses: {
            /** @description The event was created as `draft`. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["EventValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
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
