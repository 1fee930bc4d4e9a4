/**
 * The generated Python SDK's LiveKit-mode clients against the real services: auth, events,
 * livekit-provider and live-service as processes (development fixtures: demo users and event), with
 * the LiveKit contract double behind livekit-provider (no LiveKit server can run here). The stories
 * are sdk-tests/python/test_livekit_provider_sdk.py and test_live_service_sdk.py; they use only what
 * answers without a channel agent in the room (tokens, rooms, refusals, sessions and transcripts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoChannelId, demoEventId, demoPassword, developmentClients } from '@ilenia/kit';
import { startServiceProcesses, type ServiceProcesses } from '@ilenia/kit/testing';
import { startLiveKitDouble, type LiveKitDouble } from '@ilenia/livekit-testing';
import { pythonSdkRunnable, runPytest } from './pytest-runner.js';

const pythonRunnable = await pythonSdkRunnable();

describe.skipIf(!pythonRunnable)('the Python SDK against the real livekit-provider and live-service', () => {
  let livekit: LiveKitDouble;
  let services: ServiceProcesses<'events' | 'livekit-provider' | 'live-service'>;

  beforeAll(async () => {
    livekit = await startLiveKitDouble();
    services = await startServiceProcesses(['events', 'livekit-provider', 'live-service'], {
      LIVEKIT_URL: livekit.wsUrl,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
    });
    // A hang guard, not a margin: four service processes start from source, slow on a loaded machine.
  }, 600_000);
  afterAll(async () => {
    await services?.stop();
    await livekit?.close();
  });

  it('passes the pytest stories of the livekit_provider and live_service clients (tokens, rooms, sessions, typed problems)', async () => {
    const run = await runPytest(['sdk-tests/python/test_livekit_provider_sdk.py', 'sdk-tests/python/test_live_service_sdk.py'], {
      ILENIA_AUTH_URL: services.urls.auth,
      ILENIA_EVENTS_URL: services.urls.events,
      ILENIA_LIVEKIT_PROVIDER_URL: services.urls['livekit-provider'],
      ILENIA_LIVE_SERVICE_URL: services.urls['live-service'],
      ILENIA_DEMO_PASSWORD: demoPassword,
      ILENIA_DEMO_EVENT_ID: demoEventId,
      ILENIA_DEMO_CHANNEL_ID: demoChannelId,
      ILENIA_LIVE_SERVICE_CLIENT_ID: developmentClients.liveService.id,
      ILENIA_LIVE_SERVICE_CLIENT_SECRET: developmentClients.liveService.secret,
    });
    expect(run.code, run.output).toBe(0);
    // Every story ran: one not collected, or skipped, would pass unseen.
    expect(run.output).toMatch(/\b13 passed/);
    expect(run.output).not.toMatch(/skipped|deselected/);
  }, 300_000);
});
