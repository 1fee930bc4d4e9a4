/** The service's `startChannelAgent`: the channel agent on a LiveKit room through `@livekit/rtc-node`. */
import { createStartChannelAgent } from './channel-agent.js';
import type { StartChannelAgent } from './contract.js';
import { connectLiveKitRoom } from './livekit-room.js';

export const startChannelAgent: StartChannelAgent = createStartChannelAgent({ connectRoom: connectLiveKitRoom });
