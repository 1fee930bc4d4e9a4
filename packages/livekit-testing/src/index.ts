/** A LiveKit server's Twirp API for tests: livekit-provider's and live-service's. */
export { startLiveKitDouble, type LiveKitDouble, type LiveKitFault, type LiveKitCall } from './livekit-double.js';
export { RoomState, type ParticipantSeed } from './room-state.js';
export type { TwirpCode } from './twirp-wire.js';
