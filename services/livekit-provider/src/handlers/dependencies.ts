import type { Request } from 'express';
import type { Principal } from '@ilenia/kit';
import type { EventsDirectory } from '@ilenia/kit/upstream';
import type { Caller } from '../domain/room-access.js';
import type { AccessTokenMinter } from '../livekit/access-tokens.js';
import type { RoomGateway } from '../livekit/room-gateway.js';

/** What the handlers are built from. */
export interface HandlerDependencies {
  directory: EventsDirectory;
  rooms: RoomGateway;
  tokens: AccessTokenMinter;
  /** The URL clients connect to (`LIVEKIT_URL`). */
  livekitUrl: string;
  tokenTtlSeconds: { speaker: number; listener: number; agent: number };
}

/** The caller of a request, with the bearer token it came with. */
export function callerOf(context: { principal: Principal; request: Request }): Caller {
  const accessToken = /^Bearer (.+)$/i.exec(context.request.headers.authorization ?? '')?.[1] ?? '';
  return { principal: context.principal, accessToken };
}

/** Token answers carry a credential: never stored by browsers or proxies. */
export const noStore = { 'Cache-Control': 'no-store' } as const;
