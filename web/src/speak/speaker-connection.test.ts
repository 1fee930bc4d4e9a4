import { describe, expect, it } from 'vitest';
import type { WebSocketTicket } from '../api/sdk.js';
import { SpeakerConnection, type SpeakerSocketLike } from './speaker-connection.js';

const ticket: WebSocketTicket = {
  ticket: 't',
  expires_at: '2026-01-01T00:00:00Z',
  expires_in: 30,
  websocket_url: 'ws://localhost/v1/ws/speaker',
  role: 'speaker',
  event_id: 'e',
  channel_id: 'c',
  languages: ['en'],
};

class FakeSpeakerSocket implements SpeakerSocketLike {
  onopen: SpeakerSocketLike['onopen'] = null;
  onmessage: SpeakerSocketLike['onmessage'] = null;
  onclose: SpeakerSocketLike['onclose'] = null;
  onerror: SpeakerSocketLike['onerror'] = null;
  readonly sent: (Record<string, unknown> | ArrayBuffer)[] = [];
  send(data: string | ArrayBuffer) {
    this.sent.push(typeof data === 'string' ? (JSON.parse(data) as Record<string, unknown>) : data);
  }
  close() {}
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function harness() {
  const sockets: FakeSpeakerSocket[] = [];
  const waiting: ((socket: FakeSpeakerSocket) => void)[] = [];
  const connection = new SpeakerConnection({
    requestTicket: () => Promise.resolve(ticket),
    openSocket: () => {
      const socket = new FakeSpeakerSocket();
      sockets.push(socket);
      queueMicrotask(() => waiting.shift()?.(socket));
      return socket;
    },
    onMessage: () => undefined,
    onStatus: () => undefined,
    wait: () => Promise.resolve(),
  });
  const nextSocket = () => new Promise<FakeSpeakerSocket>((resolve) => waiting.push(resolve));
  return { connection, sockets, nextSocket };
}

const started = {
  type: 'session_started',
  session_id: 's1',
  event_id: 'e',
  channel_id: 'c',
  source_language: 'en',
  resume_token: 'r1',
  resume_grace_seconds: 30,
  resumed: false,
  last_sequence: null,
  media_offset_ms: 0,
};
const accepted = { type: 'audio_accepted', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 }, max_frame_bytes: 6400 };

describe('a speaker connection', () => {
  it('offers 16 kHz pcm_s16le mono in 20 ms frames, and sends audio only once it is accepted', async () => {
    const { connection, nextSocket } = harness();
    const opened = nextSocket();
    connection.start();
    const socket = await opened;
    socket.onopen?.({});
    connection.sendFrame(new ArrayBuffer(640));
    expect(socket.sent).toEqual([
      { type: 'audio_config', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 }, frame_duration_ms: 20 },
    ]);
    socket.receive(started);
    socket.receive(accepted);
    connection.sendFrame(new ArrayBuffer(640));
    expect(socket.sent.at(-1)).toBeInstanceOf(ArrayBuffer);
  });

  it('continues the same session after a dropped connection with session_resume, then audio_config', async () => {
    const { connection, nextSocket } = harness();
    let opened = nextSocket();
    connection.start();
    const first = await opened;
    first.onopen?.({});
    first.receive(started);
    first.receive(accepted);
    opened = nextSocket();
    first.onclose?.({ code: 1006 });
    const second = await opened;
    second.onopen?.({});
    expect(second.sent).toEqual([{ type: 'session_resume', session_id: 's1', resume_token: 'r1' }]);
    second.receive({ ...started, resume_token: 'r2', resumed: true, last_sequence: 4 });
    expect(second.sent.at(-1)).toMatchObject({ type: 'audio_config' });
  });

  it('starts a new session when the old one can no longer be resumed', async () => {
    const { connection, nextSocket } = harness();
    let opened = nextSocket();
    connection.start();
    const first = await opened;
    first.onopen?.({});
    first.receive(started);
    opened = nextSocket();
    first.onclose?.({ code: 1001 });
    const second = await opened;
    second.onopen?.({});
    second.receive({ type: 'error', code: 'resume_failed', message: 'grace period over', fatal: false });
    expect(second.sent.at(-1)).toMatchObject({ type: 'audio_config' });
  });
});
