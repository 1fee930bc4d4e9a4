import { describe, expect, it } from 'vitest';
import { healthHandlers } from './health.js';
import type { HandlerContext } from './openapi/operation.js';

const context = {} as HandlerContext;

describe('health and readiness', () => {
  it('is alive with no dependency checked', () => {
    const result = healthHandlers({ name: 'events' }, {}).getHealth(undefined, context);
    expect(result).toMatchObject({ status: 200, body: { status: 'ok', service: 'events' } });
  });

  it('is ready when every probe answers, with what each reports', async () => {
    const result = await healthHandlers(
      { name: 'live-event' },
      { database: () => Promise.resolve(), stt: () => Promise.resolve({ info: { languages: ['en'] } }) },
    ).getReadiness(undefined, context);
    expect(result.status).toBe(200);
    expect(result.body.checks.stt).toMatchObject({ status: 'up', info: { languages: ['en'] } });
  });

  it('is not ready (503) when a probe fails or hangs, and says which and why', async () => {
    const handlers = healthHandlers(
      { name: 'events' },
      {
        database: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
        jwks: () => new Promise(() => {}),
        redis: () => Promise.resolve(),
      },
      100,
    );
    const result = await handlers.getReadiness(undefined, context);
    expect(result.status).toBe(503);
    expect(result.body.status).toBe('not_ready');
    expect(result.body.checks.database).toMatchObject({ status: 'down', detail: 'connect ECONNREFUSED 127.0.0.1:5432' });
    expect(result.body.checks.jwks).toMatchObject({ status: 'down', detail: 'no answer within 100 ms' });
    expect(result.body.checks.redis!.status).toBe('up');
  });
});
