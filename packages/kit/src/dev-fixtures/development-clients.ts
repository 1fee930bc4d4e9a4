/**
 * The OAuth clients the auth service registers in development when their variables are not set, so
 * that `make dev` needs no setup. The live services use the same values as their own development
 * defaults. Outside development there are no defaults: each client's id and secret must be given.
 */
export const developmentClients = {
  liveService: { id: 'live-service', secret: 'live-service-dev-secret-not-for-production' },
  liveEvent: { id: 'live-event', secret: 'live-event-dev-secret-not-for-production' },
  livekitProvider: { id: 'livekit-provider', secret: 'livekit-provider-dev-secret-not-for-production' },
} as const;
