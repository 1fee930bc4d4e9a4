/**
 * The line the kit logs for each answered request, with the request's id: what an operator follows a
 * request by, across the gateway and the services.
 */
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createServiceApp } from '../src/app.js';

function appWithLogLines(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const router = express.Router();
  router.get('/ok', (_request, response) => {
    response.json({ ok: true });
  });
  router.get('/teapot', (_request, response) => {
    response.status(418).json({ ok: false });
  });
  return { app: createServiceApp({ logger: pino({ level }, destination), routers: [router] }), lines };
}

describe('the request log', () => {
  it('logs a 4xx at info, with the request id, method, path, status and duration', async () => {
    const { app, lines } = appWithLogLines('info');
    await request(app).get('/teapot').set('X-Request-Id', 'trace-1').expect(418);
    await request(app).get('/ok').expect(200);
    await expect.poll(() => lines.length).toBe(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', request_id: 'trace-1', method: 'GET', path: '/teapot', status: 418 });
    expect(lines[0]!.duration_ms).toEqual(expect.any(Number));
  });

  it('logs a success only at debug, once per request', async () => {
    const { app, lines } = appWithLogLines('debug');
    await request(app).get('/ok').expect(200);
    await request(app).get('/ok').expect(200);
    await expect.poll(() => lines.filter((line) => line.msg === 'request completed').length).toBe(2);
  });
});
