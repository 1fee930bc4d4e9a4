import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwtVerify, errors as joseErrors } from 'jose';

/**
 * The Twirp wire as a LiveKit server speaks it: what its auth middleware refuses before Twirp (a
 * plain-text 401), Twirp errors (`{code, msg, meta}` with a content type of exactly
 * `application/json`, which the server SDK compares verbatim) and JSON answers.
 */

/** Twirp error codes LiveKit answers, with the HTTP status Twirp gives each. */
const twirpStatus = {
  malformed: 400,
  invalid_argument: 400,
  bad_route: 404,
  not_found: 404,
  already_exists: 409,
  unauthenticated: 401,
  permission_denied: 403,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type TwirpCode = keyof typeof twirpStatus;

/** A Twirp error the double answers. */
export class TwirpFailure extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
    readonly meta: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendTwirpError(response: ServerResponse, failure: TwirpFailure, status: number = twirpStatus[failure.code]): void {
  const body = JSON.stringify({ code: failure.code, msg: failure.message, meta: failure.meta });
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

export function sendJson(response: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

/** LiveKit's auth middleware: a token it cannot verify never reaches Twirp. */
export function sendUnauthorised(response: ServerResponse, message: string): void {
  response.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}

/** The `video` grant of a LiveKit API token (camelCase, as the SDKs write it). */
export interface VideoGrantClaims {
  roomCreate?: boolean;
  roomList?: boolean;
  roomAdmin?: boolean;
  roomRecord?: boolean;
  room?: string;
  [other: string]: unknown;
}

export class BadToken extends Error {}

/** Verifies `Authorization: Bearer <jwt>` as LiveKit does: HS256 with the API secret, `iss` = the API key. */
export async function verifyApiToken(
  request: IncomingMessage,
  credentials: { apiKey: string; apiSecret: string },
): Promise<VideoGrantClaims> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer (.+)$/.exec(header)?.[1];
  if (!token) throw new BadToken('invalid authorization header. Must start with Bearer ');
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(credentials.apiSecret), {
      algorithms: ['HS256'],
      issuer: credentials.apiKey,
    });
    const video = payload.video;
    return typeof video === 'object' && video !== null ? (video as VideoGrantClaims) : {};
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) throw new BadToken(`invalid token: ${error.message}`);
    throw error;
  }
}

/** Reads a request body as JSON; a body that is not JSON is Twirp's `malformed`. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    throw new TwirpFailure('malformed', 'the json request could not be decoded');
  }
}
