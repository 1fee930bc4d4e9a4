import { createLivekitProviderClient } from '@ilenia/api-client/livekit-provider';
import type { AccessTokenSource } from '@ilenia/kit/upstream';
import { NamedUpstreamError } from './upstream-failure.js';

/** A LiveKit token for the one agent participant of a channel's room. */
export interface AgentToken {
  roomName: string;
  identity: string;
  livekitUrl: string;
  token: string;
}

/** Where the channel agent's LiveKit tokens come from. */
export interface AgentTokenSource {
  tokenFor(target: { eventId: string; channelId: string }): Promise<AgentToken>;
}

export interface LivekitProviderAgentTokensOptions {
  baseUrl: URL;
  /** The service's own client-credentials token (needs `agents:token`). */
  tokens: AccessTokenSource;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The livekit-provider's `POST /v2/agents/token` through the generated SDK: one token for the channel's
 * one agent participant. Unreachable, slow or refusing, it is a NamedUpstreamError naming
 * `livekit_provider` (the 502 the spec asks for), never a 500 or a hang.
 */
export function livekitProviderAgentTokens(options: LivekitProviderAgentTokensOptions): AgentTokenSource {
  const baseFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const where = `the livekit-provider at ${options.baseUrl.origin}`;
  const client = createLivekitProviderClient({
    baseUrl: options.baseUrl.href.replace(/\/$/, ''),
    fetch: async (request: Request) => {
      try {
        const authorised = new Request(request, { signal: AbortSignal.timeout(timeoutMs) });
        authorised.headers.set('Authorization', `Bearer ${await options.tokens.token()}`);
        return await baseFetch(authorised);
      } catch (error) {
        if (error instanceof NamedUpstreamError) throw error;
        throw new NamedUpstreamError(
          'livekit_provider',
          `Could not reach ${where} for an agent token (${error instanceof Error ? error.message : String(error)}).`,
          { cause: error },
        );
      }
    },
  });

  return {
    async tokenFor(target) {
      const { data, error, response } = await client.createAgentToken({ body: { event_id: target.eventId, channel_id: target.channelId } });
      if (response.status === 401) options.tokens.invalidate();
      if (!response.ok || !data) {
        const detail = error && typeof error === 'object' && 'detail' in error ? `: ${String((error as { detail?: unknown }).detail)}` : '';
        throw new NamedUpstreamError(
          'livekit_provider',
          `The livekit-provider answered ${response.status} to POST /v2/agents/token${detail}`,
        );
      }
      return { roomName: data.room_name, identity: data.identity, livekitUrl: data.livekit_url, token: data.livekit_token };
    },
  };
}
