/** The APIs of the platform: each names a `redocly.yaml` API and the root spec it bundles. */
export const openApiApis = ['auth', 'events', 'livekit-provider', 'live-service', 'live-event'] as const;

export const asyncApiApis = [{ name: 'live-event-ws', service: 'live-event' }] as const;

export function rootSpecPath(api: string): string {
  const asyncApi = asyncApiApis.find((entry) => entry.name === api);
  return asyncApi ? `specs/asyncapi/${asyncApi.service}/asyncapi.yaml` : `specs/openapi/${api}/openapi.yaml`;
}
