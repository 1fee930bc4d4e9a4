import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { roomServiceMethods } from './room-service.js';
import { RoomState } from './room-state.js';
import {
  BadToken,
  readJsonBody,
  sendJson,
  sendTwirpError,
  sendUnauthorised,
  TwirpFailure,
  verifyApiToken,
  type TwirpCode,
} from './twirp-wire.js';

/** What goes wrong with the LiveKit server, for tests of how its clients cope. */
export type LiveKitFault =
  /** Every connection is cut without an answer (a crashed server behind a proxy, a reset). */
  | { kind: 'down' }
  /** Every answer waits this long first (an overloaded server); the client's timeout should fire. */
  | { kind: 'slow'; delayMs: number }
  /** Every call answers this Twirp error. */
  | { kind: 'error'; code: TwirpCode; message?: string; status?: number };

/** One call the double received, for tests to assert what the client asked. */
export interface LiveKitCall {
  service: string;
  method: string;
  body: unknown;
}

export interface LiveKitDouble {
  /** `http://127.0.0.1:<port>`; the SDKs accept it as `LIVEKIT_URL` (they turn `ws` into `http`). */
  url: string;
  /** `ws://127.0.0.1:<port>`, what clients would be given to connect to. */
  wsUrl: string;
  apiKey: string;
  apiSecret: string;
  rooms: RoomState;
  calls: LiveKitCall[];
  /** Sets (or with undefined clears) the fault every following request meets. */
  fault(fault: LiveKitFault | undefined): void;
  close(): Promise<void>;
}

/**
 * Starts a LiveKit server's Twirp API on a free local port: `POST /twirp/livekit.RoomService/<Method>`
 * with the bearer JWT checked against the API secret and the grant each method needs, requests
 * parsed strictly by the protocol's classes and answers built from them, errors as LiveKit sends them.
 * There is no WebRTC behind it: participants are put into rooms with `rooms.addParticipant`.
 */
export async function startLiveKitDouble(options: { apiKey?: string; apiSecret?: string } = {}): Promise<LiveKitDouble> {
  const credentials = { apiKey: options.apiKey ?? 'devkey', apiSecret: options.apiSecret ?? 'secret-of-the-livekit-double-32chars' };
  const rooms = new RoomState();
  const services: Record<string, Record<string, (body: unknown, grant: Awaited<ReturnType<typeof verifyApiToken>>) => unknown>> = {
    'livekit.RoomService': roomServiceMethods(rooms),
  };
  const calls: LiveKitCall[] = [];
  const sockets = new Set<Socket>();
  const pendingDelays = new Set<NodeJS.Timeout>();
  let current: LiveKitFault | undefined;

  const server: Server = createServer((request, response) => {
    void (async () => {
      const fault = current;
      if (fault?.kind === 'down') {
        request.socket.destroy();
        return;
      }
      if (fault?.kind === 'slow') {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            pendingDelays.delete(timer);
            resolve();
          }, fault.delayMs);
          pendingDelays.add(timer);
        });
        if (response.destroyed) return;
      }
      const route = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(request.url ?? '');
      if (request.method !== 'POST' || !route) {
        sendTwirpError(response, new TwirpFailure('bad_route', `no handler for path ${request.url}`));
        return;
      }
      const [, service, method] = route as unknown as [string, string, string];
      let grant;
      try {
        grant = await verifyApiToken(request, credentials);
      } catch (error) {
        if (error instanceof BadToken) return sendUnauthorised(response, error.message);
        throw error;
      }
      const contentType = request.headers['content-type'] ?? '';
      if (!/^application\/json\b/.test(contentType)) {
        sendTwirpError(response, new TwirpFailure('malformed', `unexpected Content-Type: ${contentType}`));
        return;
      }
      try {
        const body = await readJsonBody(request);
        calls.push({ service, method, body });
        if (fault?.kind === 'error') {
          sendTwirpError(response, new TwirpFailure(fault.code, fault.message ?? `${fault.code} injected by the test`), fault.status);
          return;
        }
        const handler = services[service]?.[method];
        if (!handler) throw new TwirpFailure('bad_route', `no handler for path ${request.url}`);
        sendJson(response, handler(body, grant));
      } catch (error) {
        sendTwirpError(response, error instanceof TwirpFailure ? error : new TwirpFailure('internal', (error as Error).message));
      }
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    ...credentials,
    rooms,
    calls,
    fault(fault) {
      current = fault;
    },
    async close() {
      for (const timer of pendingDelays) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
