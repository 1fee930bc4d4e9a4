/** Subtitle distribution: the bus (in process or Redis) and the listener side of the WebSocket protocol. */
export type { ChannelBroadcast, ChannelHistory, ChannelKey, ChannelStatus, SubtitleBus } from './types.js';
export { readDistributionConfig, defaultListenerLimits, type DistributionConfig, type ListenerLimits } from './config.js';
export { createSubtitleBus } from './create-bus.js';
export { InProcessSubtitleBus } from './in-process-bus.js';
export { RedisSubtitleBus } from './redis-bus.js';
export {
  handleListenerConnection,
  type ListenerChannel,
  type ListenerConnectionContext,
  type ListenerConnectionHandle,
} from './listener-connection.js';
