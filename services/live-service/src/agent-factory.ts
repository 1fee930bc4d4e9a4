import type { StartChannelAgent } from './agent/contract.js';

/**
 * The real channel agent (rtc-node), loaded when first used: its module is built beside this lifecycle
 * (`./agent/start-channel-agent.js`) and this keeps the service compiling and testable until it lands.
 */
export const startRealChannelAgent: StartChannelAgent = async (options) => {
  const modulePath = './agent/start-channel-agent.js';
  let agentModule: { startChannelAgent?: StartChannelAgent };
  try {
    agentModule = (await import(modulePath)) as { startChannelAgent?: StartChannelAgent };
  } catch (error) {
    throw new Error(`The channel agent (${modulePath}) is not available in this build: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (typeof agentModule.startChannelAgent !== 'function') throw new Error(`${modulePath} does not export startChannelAgent.`);
  return agentModule.startChannelAgent(options);
};
