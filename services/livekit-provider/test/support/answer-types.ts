/** The types of livekit-provider's answers, from its spec, for tests reading their bodies. */
import type { components } from '@ilenia/generated/openapi/livekit-provider/types';

export type Schemas = components['schemas'];

/** What a speaker's, listener's and agent's token answers have in common. */
export type RoomAccess = Schemas['SpeakerRoomAccess'] | Schemas['ListenerRoomAccess'] | Schemas['AgentToken'];
