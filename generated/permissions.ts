// GENERATED FILE - DO NOT EDIT.
// Source: specs/permissions.yaml and x-required-permissions in specs/openapi/*
// Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.

/** Every permission an operation can require, with the operations that require it. */
export const permissionCatalogue = {
  "users:read": {
    description: "List and read user accounts, their roles and effective permissions.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listUsers","auth.getUser","auth.getUserPermissions"],
  },
  "people:search": {
    description: "Find people by name or email, or by id, seeing only their id, display name and email (to assign them to events).",
    defaultRoles: ["admin","manager"],
    requiredBy: ["auth.searchPeople"],
  },
  "users:write": {
    description: "Create, update, disable and delete user accounts; assign and remove roles.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.createUser","auth.deleteUser","auth.updateUser","auth.assignUserRole","auth.removeUserRole","auth.revokeUserSessions","auth.unlockUser"],
  },
  "roles:read": {
    description: "List and read roles and the permission catalogue.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["auth.listPermissions","auth.listRoles","auth.getRole"],
  },
  "roles:write": {
    description: "Create, update and delete roles.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.createRole","auth.deleteRole","auth.updateRole"],
  },
  "permissions:write": {
    description: "Grant or revoke single permissions on a user, on top of their roles.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.setUserPermissionOverride","auth.deleteUserPermissionOverride"],
  },
  "clients:read": {
    description: "List and read OAuth clients.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listClients","auth.getClient"],
  },
  "clients:write": {
    description: "Register, disable and delete OAuth clients and rotate their secrets.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.createClient","auth.deleteClient","auth.updateClient","auth.rotateClientSecret","auth.unlockClient"],
  },
  "keys:rotate": {
    description: "Rotate the token signing key, or revoke a key at once.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listSigningKeys","auth.rotateSigningKey","auth.revokeSigningKey"],
  },
  "audit:read": {
    description: "Read the security audit log.",
    defaultRoles: ["admin"],
    requiredBy: ["auth.listAuditEvents"],
  },
  "events:read": {
    description: "List and read the events one may see (own, assigned, or all for admins and services).",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["events.listEvents","events.getEvent","events.listChannels","events.getChannel","events.listChannelSpeakers","events.getChannelSpeaker","events.listEventListeners","events.getEventListener"],
  },
  "events:write": {
    description: "Create, update, delete events and change their status, channels and assignments.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.createEvent","events.deleteEvent","events.updateEvent","events.setEventStatus","events.createChannel","events.deleteChannel","events.updateChannel","events.assignChannelSpeaker","events.removeChannelSpeaker","events.assignEventListener","events.removeEventListener","events.createEventFromTemplate"],
  },
  "events:manage_all": {
    description: "Act on every event, not only the ones one organises.",
    defaultRoles: ["admin"],
    requiredBy: [],
  },
  "templates:read": {
    description: "List and read event templates.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.listTemplates","events.getTemplate"],
  },
  "templates:write": {
    description: "Create, update and delete event templates and create events from them.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.createTemplate","events.deleteTemplate","events.updateTemplate","events.createEventFromTemplate"],
  },
  "session_records:read": {
    description: "Read the records of past live sessions of an event.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["events.listSessionRecords","events.getSessionRecord"],
  },
  "session_records:write": {
    description: "Write the record of a live session when it ends (live services).",
    defaultRoles: [],
    requiredBy: ["events.createSessionRecord"],
  },
  "rooms:speak": {
    description: "Create or join the LiveKit room of a channel as its speaker.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["livekit-provider.createOrJoinRoom"],
  },
  "rooms:listen": {
    description: "Join the LiveKit rooms of an event as a listener.",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["livekit-provider.joinRoom"],
  },
  "rooms:read": {
    description: "List LiveKit rooms and their participants.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["livekit-provider.listRooms","livekit-provider.getRoom"],
  },
  "rooms:manage": {
    description: "Close LiveKit rooms.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["livekit-provider.deleteRoom"],
  },
  "agents:token": {
    description: "Obtain LiveKit tokens for transcription and translation agents (services only).",
    defaultRoles: [],
    requiredBy: ["livekit-provider.createAgentToken"],
  },
  "live_sessions:read": {
    description: "Read live sessions and list an event's sessions.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["live-service.getSession","live-service.listEventSessions","live-event.listEventSessions","live-event.getEventLiveStatus","live-event.getSession"],
  },
  "live_sessions:control": {
    description: "Start and stop live transcription and translation sessions.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["live-service.startSession","live-service.stopSession"],
  },
  "live:speak": {
    description: "Obtain a WebSocket ticket to stream audio into a channel one is assigned to.",
    defaultRoles: ["admin","manager","speaker"],
    requiredBy: ["live-event.createSpeakerTicket"],
  },
  "live:listen": {
    description: "Obtain a WebSocket ticket to receive subtitles of an event one is assigned to.",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["live-event.createListenerTicket"],
  },
  "recordings:read": {
    description: "List and download session recordings.",
    defaultRoles: ["admin","manager"],
    requiredBy: ["live-event.getSessionRecording","live-event.getSessionRecordingMetadata"],
  },
  "transcripts:read": {
    description: "Download session transcripts in any language and format.",
    defaultRoles: ["admin","manager","speaker","listener"],
    requiredBy: ["live-service.listSessionTranscripts","live-service.getSessionTranscript","live-service.getLiveEventTranscript","live-event.listSessionTranscripts","live-event.getSessionTranscript","live-event.getEventTranscript"],
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
