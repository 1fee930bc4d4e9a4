import { AccessToken, TrackSource, type VideoGrant } from 'livekit-server-sdk';
import type { components } from '@ilenia/generated/openapi/livekit-provider/types';

export type TokenGrants = components['schemas']['TokenGrants'];

/** Who joins a room, and so which grants the token carries. */
export type RoomRole = 'speaker' | 'listener' | 'agent';

/** The identity of the live service's one agent per room: fixed, so a restarted agent replaces its old connection. */
export const agentIdentity = 'agent-translator';

/**
 * The grants of each role, in the API's words. Speakers publish their microphone and nothing else;
 * listeners only subscribe; the agent hears the speaker, publishes one voiced track per target
 * language (microphone source) and the captions as text streams (data), hidden from the others.
 */
const grantsByRole: Record<RoomRole, TokenGrants> = {
  speaker: {
    can_publish: true,
    can_subscribe: true,
    can_publish_data: false,
    can_publish_sources: ['microphone'],
    hidden: false,
    agent: false,
  },
  listener: { can_publish: false, can_subscribe: true, can_publish_data: false, can_publish_sources: [], hidden: false, agent: false },
  agent: { can_publish: true, can_subscribe: true, can_publish_data: true, can_publish_sources: ['microphone'], hidden: true, agent: true },
};

const trackSources: Record<TokenGrants['can_publish_sources'][number], TrackSource> = {
  camera: TrackSource.CAMERA,
  microphone: TrackSource.MICROPHONE,
  screen_share: TrackSource.SCREEN_SHARE,
  screen_share_audio: TrackSource.SCREEN_SHARE_AUDIO,
  unknown: TrackSource.UNKNOWN,
};

export interface MintedToken {
  token: string;
  identity: string;
  expiresAt: Date;
  grants: TokenGrants;
}

export interface AccessTokenMinter {
  mint(request: { role: RoomRole; roomName: string; identity: string; ttlSeconds: number }): Promise<MintedToken>;
}

/** Mints LiveKit access tokens (HS256 with the API secret) for one room and one role. */
export function accessTokenMinter(credentials: { apiKey: string; apiSecret: string }): AccessTokenMinter {
  return {
    async mint({ role, roomName, identity, ttlSeconds }) {
      const grants = grantsByRole[role];
      const token = new AccessToken(credentials.apiKey, credentials.apiSecret, { identity, ttl: ttlSeconds });
      const video: VideoGrant = {
        roomJoin: true,
        room: roomName,
        canPublish: grants.can_publish,
        canSubscribe: grants.can_subscribe,
        canPublishData: grants.can_publish_data,
        canPublishSources: grants.can_publish_sources.map((source) => trackSources[source]),
        hidden: grants.hidden,
        agent: grants.agent,
      };
      token.addGrant(video);
      // nbf is "now" in whole seconds; exp follows from the same clock, read back rather than recomputed.
      const jwt = await token.toJwt();
      const { exp } = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number };
      return {
        token: jwt,
        identity,
        expiresAt: new Date(exp * 1000),
        grants: { ...grants, can_publish_sources: [...grants.can_publish_sources] },
      };
    },
  };
}
