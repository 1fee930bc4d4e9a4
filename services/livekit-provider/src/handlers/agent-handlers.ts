import type { LivekitProviderHandlers } from '@ilenia/generated/openapi/livekit-provider/server';
import { providerProblems, withUpstreams } from '../domain/problems.js';
import { agentAccess } from '../domain/room-access.js';
import { agentIdentity } from '../livekit/access-tokens.js';
import { noStore, type HandlerDependencies } from './dependencies.js';
import { openRoom } from './room-access-handlers.js';

export function agentHandlers(dependencies: HandlerDependencies): Pick<LivekitProviderHandlers, 'createAgentToken'> {
  const { directory, rooms, tokens } = dependencies;
  return {
    createAgentToken: (input, context) =>
      withUpstreams(async () => {
        // A hidden participant that may publish is a service's tool; no person gets one, whatever their permissions.
        if (context.principal.kind !== 'service')
          throw providerProblems.forbidden('Agent tokens are issued to services only; use a client-credentials access token.');
        const { event, channel } = await agentAccess(directory, { eventId: input.body.event_id, channelId: input.body.channel_id });
        const { room } = await openRoom(rooms, event, channel);
        const minted = await tokens.mint({
          role: 'agent',
          roomName: room.name,
          identity: agentIdentity,
          ttlSeconds: dependencies.tokenTtlSeconds.agent,
        });
        return {
          status: 200,
          headers: noStore,
          body: {
            room_name: room.name,
            event_id: event.id,
            channel_id: channel.id,
            agent_type: 'translator',
            source_language: channel.source_language,
            target_languages: channel.target_languages,
            livekit_url: dependencies.livekitUrl,
            livekit_token: minted.token,
            identity: agentIdentity,
            expires_at: minted.expiresAt.toISOString(),
            grants: minted.grants,
          },
        };
      }),
  };
}
