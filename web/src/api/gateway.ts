import { gatewayServices, type ServiceName } from './gateway-services';

export type { ServiceName } from './gateway-services';

/**
 * Where the app reaches each service: on its own origin under `/api/<path>`, as the Vite dev server
 * and nginx both lay it out, so the refresh cookie is first-party and no CORS is needed.
 */
export function serviceBaseUrl(service: ServiceName, origin: string = window.location.origin): string {
  return `${origin}/api/${gatewayServices[service].path}`;
}

/**
 * The WebSocket URL to open for a ticket. The service names its own address, which is the gateway's
 * only when it is configured with its public URL; otherwise (development) the same path is reached
 * through the gateway on the page's origin.
 */
export function webSocketUrlFor(
  ticketUrl: string,
  ticket: string,
  location: Pick<Location, 'origin' | 'protocol' | 'host'> = window.location,
): string {
  const given = new URL(ticketUrl);
  const pageWebSocketOrigin = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
  const url = given.host === location.host ? given : new URL(`/api/live-event${given.pathname}`, pageWebSocketOrigin);
  url.searchParams.set('ticket', ticket);
  return url.href;
}
