// GENERATED FILE - DO NOT EDIT.
// Source: specs/permissions.yaml and x-required-permissions in specs/openapi/*
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

/** The audience (`aud`) each API's service accepts, by spec folder, and the audiences a token for it also needs (the APIs it calls with it). */
export const apiAudiences = {
  "auth": { audience: "auth-service", alsoNeeds: [] },
  "events": { audience: "event-service", alsoNeeds: [] },
  "live-event": { audience: "live-event-service", alsoNeeds: ["event-service"] },
  "livekit-provider": { audience: "livekit-service", alsoNeeds: ["event-service"] },
  "live-service": { audience: "live-service", alsoNeeds: ["event-service"] },
} as const satisfies Record<string, { audience: string; alsoNeeds: readonly string[] }>;

/** Every permission an operation can require, with the operations that require it and the audiences a token holding it needs. */
export const permissionCatalogue = {
  "users:read": {
    description: "List and read user accounts, their roles and effective permissions.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listUsers","auth.getUser","auth.getUserPermissions"],
    audiences: ["auth-service"],
  },
  "people:search": {
    description: "Find people by name or email, or by id, seeing only their id, display name and email (to assign them to events).",
    defaultRoles: ["admin","manager"],
    requiredBy: ["auth.searchPeople"],
    audiences: ["auth-service"],
  },
  "users:write": {
    description: "Create, update, disable and delete user accounts; assign and remove roles.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.createUser","auth.deleteUser","auth.updateUser","auth.assignUserRole","auth.removeUserRole","auth.revokeUserSessions","auth.unlockUser"],
    audiences: ["auth-service"],
  },
  "roles:read": {
    description: "List and read roles and the permission catalogue.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["auth.listPermissions","auth.listRoles","auth.getRole"],
    audiences: ["auth-service"],
  },
  "roles:write": {
    description: "Create, update and delete roles.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.createRole","auth.deleteRole","auth.updateRole"],
    audiences: ["auth-service"],
  },
  "permissions:write": {
    description: "Grant or revoke single permissions on a user, on top of their roles.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.setUserPermissionOverride","auth.deleteUserPermissionOverride"],
    audiences: ["auth-service"],
  },
  "clients:read": {
    description: "List and read OAuth clients.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listClients","auth.getClient"],
    audiences: ["auth-service"],
  },
  "clients:write": {
    description: "Register, disable and delete OAuth clients and rotate their secrets.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.createClient","auth.deleteClient","auth.updateClient","auth.rotateClientSecret","auth.unlockClient"],
    audiences: ["auth-service"],
  },
  "keys:rotate": {
    description: "Rotate the token signing key, or revoke a key at once.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listSigningKeys","auth.rotateSigningKey","auth.revokeSigningKey"],
    audiences: ["auth-service"],
  },
  "audit:read": {
    description: "Read the security audit log.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listAuditEvents"],
    audiences: ["auth-service"],
  },
  "events:read": {
    description: "List and read the events one may see (own, assigned, or all for admins and services).",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["events.listEvents","events.getEvent","events.listChannels","events.getChannel","events.listChannelSpeakers","events.getChannelSpeaker","events.listEventListeners","events.getEventListener"],
    audiences: ["event-service"],
  },
  "events:write": {
    description: "Create, update, delete events and change their status, channels and assignments.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.createEvent","events.deleteEvent","events.updateEvent","events.setEventStatus","events.createChannel","events.deleteChannel","events.updateChannel","events.assignChannelSpeaker","events.removeChannelSpeaker","events.assignEventListener","events.removeEventListener","events.createEventFromTemplate"],
    audiences: ["event-service"],
  },
  "events:manage_all": {
    description: "Act on every event, not only the ones one organises.",
    defaultRoles: ["admin"],
    requiredBy: [],
    audiences: [],
  },
  "templates:read": {
    description: "List and read event templates.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.listTemplates","events.getTemplate"],
    audiences: ["event-service"],
  },
  "templates:write": {
    description: "Create, update and delete event templates and create events from them.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.createTemplate","events.deleteTemplate","events.updateTemplate","events.createEventFromTemplate"],
    audiences: ["event-service"],
  },
  "session_records:read": {
    description: "Read the records of past live sessions of an event.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.listSessionRecords","events.getSessionRecord"],
    audiences: ["event-service"],
  },
  "session_records:write": {
    description: "Write the record of a live session when it ends (live services).",
    defaultRoles: [],
    requiredBy: ["events.createSessionRecord"],
    audiences: ["event-service"],
  },
  "rooms:speak": {
    description: "Create or join the LiveKit room of a channel as its speaker.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["livekit-provider.createOrJoinRoom"],
    audiences: ["event-service","livekit-service"],
  },
  "rooms:listen": {
    description: "Join the LiveKit rooms of an event as a listener.",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["livekit-provider.joinRoom"],
    audiences: ["event-service","livekit-service"],
  },
  "rooms:read": {
    description: "List LiveKit rooms and their participants.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["livekit-provider.listRooms","livekit-provider.getRoom"],
    audiences: ["event-service","livekit-service"],
  },
  "rooms:manage": {
    description: "Close LiveKit rooms.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["livekit-provider.deleteRoom"],
    audiences: ["event-service","livekit-service"],
  },
  "agents:token": {
    description: "Obtain LiveKit tokens for transcription and translation agents (services only).",
    defaultRoles: [],
    requiredBy: ["livekit-provider.createAgentToken"],
    audiences: ["event-service","livekit-service"],
  },
  "live_sessions:read": {
    description: "Read live sessions and list an event's sessions.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["live-service.getSession","live-service.listEventSessions","live-event.listEventSessions","live-event.getEventLiveStatus","live-event.getSession"],
    audiences: ["event-service","live-event-service","live-service"],
  },
  "live_sessions:control": {
    description: "Start and stop live transcription and translation sessions.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["live-service.startSession","live-service.stopSession"],
    audiences: ["event-service","live-service"],
  },
  "live:speak": {
    description: "Obtain a WebSocket ticket to stream audio into a channel one is assigned to.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["live-event.createSpeakerTicket"],
    audiences: ["event-service","live-event-service"],
  },
  "live:listen": {
    description: "Obtain a WebSocket ticket to receive subtitles of an event one is assigned to.",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["live-event.createListenerTicket"],
    audiences: ["event-service","live-event-service"],
  },
  "recordings:read": {
    description: "List and download session recordings.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["live-event.getSessionRecording","live-event.getSessionRecordingMetadata"],
    audiences: ["event-service","live-event-service"],
  },
  "transcripts:read": {
    description: "Download session transcripts in any language and format.",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["live-service.listSessionTranscripts","live-service.getSessionTranscript","live-service.getLiveEventTranscript","live-event.listSessionTranscripts","live-event.getSessionTranscript","live-event.getEventTranscript"],
    audiences: ["event-service","live-event-service","live-service"],
  },
} as const;

export type Permission = keyof typeof permissionCatalogue;

/** The default roles: templates of permissions that the auth service seeds. */
export const defaultRoles = {
  "admin": { description: "Administers the platform (people, roles, clients, keys, audit) and every event.", permissions: ["users:read","people:search","users:write","roles:read","roles:write","permissions:write","clients:read","clients:write","keys:rotate","audit:read","events:read","events:write","events:manage_all","templates:read","templates:write","session_records:read","rooms:speak","rooms:listen","rooms:read","rooms:manage","live_sessions:read","live_sessions:control","live:speak","live:listen","recordings:read","transcripts:read"] },
  "manager": { description: "Organises events, their channels, speakers and listeners.", permissions: ["people:search","roles:read","events:read","events:write","templates:read","templates:write","session_records:read","rooms:speak","rooms:listen","rooms:read","rooms:manage","live_sessions:read","live_sessions:control","live:speak","live:listen","recordings:read","transcripts:read"] },
  "speaker": { description: "Speaks in the channels of events they are assigned to.", permissions: ["events:read","rooms:speak","rooms:listen","live_sessions:read","live_sessions:control","live:speak","live:listen","transcripts:read"] },
  "listener": { description: "Follows the events they are assigned to.", permissions: ["events:read","rooms:listen","live:listen","transcripts:read"] },
} as const satisfies Record<string, { description: string; permissions: readonly Permission[] }>;
