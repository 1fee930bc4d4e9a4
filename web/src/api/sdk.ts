/**
 * The one module of the app that imports the generated SDKs, the hand-written client façade and the
 * WebSocket message models. Everything else imports them from here, so moving them into packages
 * (`@ilenia/api-client`, `@ilenia/generated`) changes this file only. Every import is browser-safe:
 * openapi-fetch clients, plain types and constants, no Node module.
 */
export { createAuthClient, type AuthClient } from '@ilenia/api-client/auth';
export { createEventsClient, type EventsClient } from '@ilenia/api-client/events';
export { createLiveEventClient, type LiveEventClient } from '@ilenia/api-client/live-event';
export { createLivekitProviderClient, type LivekitProviderClient } from '@ilenia/api-client/livekit-provider';
export { createLiveServiceClient, type LiveServiceClient } from '@ilenia/api-client/live-service';
export { unwrap, ProblemError, type Problem, type ApiClientOptions } from '@ilenia/api-client';

import type { components as AuthComponents } from '@ilenia/generated/openapi/auth/types';
import type { components as EventsComponents, paths as EventsPaths } from '@ilenia/generated/openapi/events/types';
import type { components as LiveEventComponents } from '@ilenia/generated/openapi/live-event/types';
import type { components as LiveServiceComponents } from '@ilenia/generated/openapi/live-service/types';

export type { EventsPaths };
export type LoginResponse = AuthComponents['schemas']['LoginResponse'];
export type CurrentUser = LoginResponse['user'];
export type Person = AuthComponents['schemas']['Person'];
export type EventStatus = EventsComponents['schemas']['EventStatus'];
export type EventSummary = EventsComponents['schemas']['EventSummary'];
export type Event = EventsComponents['schemas']['Event'];
export type Channel = EventsComponents['schemas']['Channel'];
export type WebSocketTicket = LiveEventComponents['schemas']['WebSocketTicket'];
export type ChannelLiveStatus = LiveEventComponents['schemas']['ChannelLiveStatus'];
export type FinalLatency = LiveEventComponents['schemas']['FinalLatency'];
export type LiveSession = LiveEventComponents['schemas']['Session'];
export type RecordingMetadata = LiveEventComponents['schemas']['RecordingMetadata'];
export type AgentSession = LiveServiceComponents['schemas']['LiveSession'];
export type SessionAgent = LiveServiceComponents['schemas']['SessionAgent'];

export {
  CloseCode,
  type ErrorCode,
  type ErrorMessage,
  type Gap,
  type ListenerClientMessage,
  type ListenerServerMessage,
  type SpeakerClientMessage,
  type SpeakerServerMessage,
  type TranscriptFinal,
  type TranscriptPartial,
  type SessionStateName,
  type ServiceWarning,
  type SubtitleFinal,
  type SubtitlePartial,
  type Subscribed,
  type ChannelLanguage,
} from '@ilenia/generated/asyncapi/live-event/messages';
