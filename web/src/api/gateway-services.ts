/**
 * Every service the web app reaches, by name: its path under `/api/` (nginx's location and the spec's
 * "Behind the nginx gateway" server) and its development port (`make dev`). The one list that
 * src/api/gateway.ts and vite.config.ts both read; `make new-service` adds to it.
 */
export const gatewayServices = {
  auth: { path: 'auth', port: 8081 },
  'live-event': { path: 'live-event', port: 8082 },
  events: { path: 'events', port: 8083 },
  'livekit-provider': { path: 'livekit', port: 8086 },
  'live-service': { path: 'live', port: 8092 },
} as const;

export type ServiceName = keyof typeof gatewayServices;
