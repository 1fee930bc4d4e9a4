/**
 * The WebSocket fuzzer's oracles catch what they are meant to, against a server that breaks the
 * contract on purpose (a reply without its required field, an undeclared close code, a fatal error
 * followed by another close code), and the spec-driven expectations follow the AsyncAPI document.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { Json } from '../check-breaking/diff-schema.js';
import { classifyText, clientMessages, declaredCloseCodes } from './ws-cases.js';
import { WebSocketProbe } from './ws-probe.js';

const spec = JSON.parse(readFileSync(new URL('../../generated/specs/live-event-ws.json', import.meta.url), 'utf8')) as Json;
let server: WebSocketServer | undefined;
afterEach(() => server?.close());

/** A server that answers every text frame with `reply(text)`: a list of frames, then maybe a close code. */
async function misbehavingServer(reply: (text: string) => { frames: string[]; close?: number }): Promise<string> {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server.on('connection', (socket) =>
    socket.on('message', (data: Buffer) => {
      const { frames, close } = reply(data.toString());
      for (const frame of frames) socket.send(frame);
      if (close) socket.close(close);
    }),
  );
  await new Promise((resolve) => server!.once('listening', resolve));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/ws/listener`;
}

describe('the WebSocket fuzzer', () => {
  it('reports a reply that does not validate against the server messages', async () => {
    const url = await misbehavingServer((text) => ({
      frames: [
        JSON.stringify({ type: 'subscribed', languages: ['es'] }),
        JSON.stringify({
          type: 'pong',
          request_id: (JSON.parse(text) as { request_id?: string }).request_id,
          server_time: new Date().toISOString(),
        }),
      ],
    }));
    const probe = new WebSocketProbe('listener', url, declaredCloseCodes(spec, 'listener'));
    await probe.opened;
    await probe.send({ kind: 'text', text: '{"type":"ping"}' });
    await probe.close();
    expect(probe.violations.join('\n')).toMatch(/does not validate against the listener server messages.*subscribed/);
  });

  it('reports a close code the channel does not declare, and a fatal error closed with another code', async () => {
    const fatal = { type: 'error', code: 'rate_limited', message: 'stop', fatal: true, details: { close_code: 1008 } };
    const url = await misbehavingServer(() => ({ frames: [JSON.stringify(fatal)], close: 4010 }));
    const probe = new WebSocketProbe('listener', url, declaredCloseCodes(spec, 'listener'));
    await probe.opened;
    const outcome = await probe.send({ kind: 'text', text: '{"type":"ping"}' });
    expect(outcome.closed?.code).toBe(4010);
    expect(probe.violations).toEqual([
      expect.stringMatching(/closed with 4010 .*does not declare/),
      'a fatal error named close code 1008, but the connection closed with 4010',
    ]);
  });

  it('expects from each frame what the AsyncAPI document says', () => {
    expect([...clientMessages(spec, 'listener').keys()].sort()).toEqual(['Ping', 'SetLanguages', 'Subscribe', 'Unsubscribe']);
    expect(declaredCloseCodes(spec, 'listener').has(4010)).toBe(false);
    expect(declaredCloseCodes(spec, 'speaker').has(4010)).toBe(true);
    expect(classifyText('listener', '{"type":"ping"}')).toEqual({ kind: 'accepted' });
    expect(classifyText('listener', '{"type":"audio_config"}')).toEqual({ kind: 'refused', codes: ['unknown_type'] });
    expect(classifyText('speaker', '{"type":"pause","extra":1}')).toEqual({ kind: 'refused', codes: ['invalid_message'] });
    expect(classifyText('speaker', '{"type":')).toEqual({ kind: 'refused', codes: ['invalid_message'] });
    expect(classifyText('speaker', JSON.stringify({ type: 'ping', padding: 'x'.repeat(17_000) }))).toEqual({
      kind: 'refused',
      codes: ['message_too_large'],
    });
  });
});
