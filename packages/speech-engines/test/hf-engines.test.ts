import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HfRecognizer } from '../src/hf/hf-recognizer.js';
import { HfTranslator } from '../src/hf/hf-translator.js';
import type { HfEndpoint, RetryNotice } from '../src/hf/http-retry.js';
import { FakeHfServer } from './fake-hf-server.js';
import { feed, record } from './recording.js';

const token = 'hf_test_secret_token_0123456789';
const server = new FakeHfServer();
let baseUrl: string;
beforeAll(async () => {
  baseUrl = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

function endpoint(path: string, overrides: Partial<HfEndpoint> = {}): HfEndpoint {
  return {
    url: new URL(`${baseUrl}${path}`),
    token,
    tokenVariable: path.startsWith('/v1') ? 'HF_MT_TOKEN' : 'HF_ASR_TOKEN',
    timeoutMs: 2_000,
    maxAttempts: 4,
    baseDelayMs: 10,
    maxDelayMs: 5_000,
    ...overrides,
  };
}

function translator(notices: RetryNotice[] = [], overrides: Partial<HfEndpoint> = {}): HfTranslator {
  return new HfTranslator({
    endpoint: endpoint('/v1', overrides),
    model: 'tgi',
    languages: ['en', 'es', 'fr'],
    onRetry: (notice) => notices.push(notice),
  });
}

const completion = (content: string) => ({
  status: 200,
  json: {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  },
});

describe('HF translator against an OpenAI-compatible endpoint', () => {
  it('POSTs a chat completion with the bearer token and returns the answer', async () => {
    server.answer = () => completion(' Buenos días a todos. ');
    await expect(translator().translate('Good morning, everybody.', 'en-GB', 'es')).resolves.toBe('Buenos días a todos.');
    const [request] = server.requests;
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.headers.authorization).toBe(`Bearer ${token}`);
    const body = JSON.parse(request!.body.toString()) as {
      model: string;
      temperature: number;
      messages: { role: string; content: string }[];
    };
    expect(body).toMatchObject({ model: 'tgi', temperature: 0 });
    expect(body.messages[0]!.content).toContain('from English to Spanish');
    expect(body.messages[1]).toEqual({ role: 'user', content: 'Good morning, everybody.' });
  });

  it('fails at once with engine_unauthorized on 401, naming the variable and never the token', async () => {
    server.answer = () => ({ status: 401, json: { error: 'Authorization header is correct, but the token seems invalid' } });
    const error = (await translator()
      .translate('Hello.', 'en', 'es')
      .catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'engine_unauthorized', message: expect.stringContaining('HF_MT_TOKEN') as unknown });
    expect(error.message).not.toContain(token);
    expect(server.requests).toHaveLength(1);
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    server.answer = (_request, index) =>
      index === 0 ? { status: 429, headers: { 'retry-after': '1' }, json: { error: 'Rate limit reached' } } : completion('Hola.');
    const notices: RetryNotice[] = [];
    await expect(translator(notices).translate('Hello.', 'en', 'es')).resolves.toBe('Hola.');
    expect(server.requests).toHaveLength(2);
    expect(notices).toEqual([{ attempt: 1, status: 429, reason: expect.stringContaining('429') as unknown, delayMs: 1000 }]);
    expect(JSON.stringify(notices)).not.toContain(token);
  });

  it('backs off on 503 while the endpoint scales from zero, and succeeds on the third attempt', async () => {
    server.answer = (_request, index) => (index < 2 ? { status: 503, text: 'Service Unavailable' } : completion('Hola.'));
    const notices: RetryNotice[] = [];
    await expect(translator(notices).translate('Hello.', 'en', 'es')).resolves.toBe('Hola.');
    expect(server.requests).toHaveLength(3);
    expect(notices.map((notice) => notice.status)).toEqual([503, 503]);
    // Exponential: the second wait's range (10–20 ms) starts where the first's (5–10 ms) ends.
    expect(notices[1]!.delayMs).toBeGreaterThanOrEqual(notices[0]!.delayMs);
  });

  it("uses HF's estimated_time on 503, and gives up with engine_unavailable after the last attempt", async () => {
    server.answer = () => ({ status: 503, json: { error: 'Model is currently loading', estimated_time: 0.05 } });
    const notices: RetryNotice[] = [];
    await expect(translator(notices, { maxAttempts: 3 }).translate('Hello.', 'en', 'es')).rejects.toMatchObject({
      code: 'engine_unavailable',
      message: expect.stringContaining('503') as unknown,
    });
    expect(server.requests).toHaveLength(3);
    expect(notices.map((notice) => notice.delayMs)).toEqual([50, 50]);
  });

  it('times out an endpoint that does not answer, attempt after attempt', async () => {
    server.answer = () => 'hang';
    await expect(translator([], { timeoutMs: 150, maxAttempts: 2 }).translate('Hello.', 'en', 'es')).rejects.toMatchObject({
      code: 'engine_timeout',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a request the endpoint rejects (400), and says what it answered', async () => {
    server.answer = () => ({ status: 400, json: { error: 'Input validation error: max_tokens must be > 0' } });
    await expect(translator().translate('Hello.', 'en', 'es')).rejects.toMatchObject({
      code: 'engine_failed',
      message: expect.stringContaining('Input validation error') as unknown,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses languages it is not configured for, and serves every configured direction', () => {
    const hf = translator();
    expect(hf.supports('en', 'fr')).toBe(true);
    expect(hf.supports('fr', 'es-419')).toBe(true);
    expect(hf.supports('en', 'de')).toBe(false);
    expect(hf.pairs()).toHaveLength(6);
    return expect(hf.translate('Hello.', 'en', 'de')).rejects.toMatchObject({ code: 'unsupported_language' });
  });
});

/** A 440 Hz tone at about -16 dBFS: loud enough for the energy detector, like speech. */
function tone(milliseconds: number): Buffer {
  const samples = milliseconds * 16;
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) pcm.writeInt16LE(Math.round(5000 * Math.sin((2 * Math.PI * 440 * i) / 16_000)), i * 2);
  return pcm;
}

function chunked(pcm: Buffer): Buffer[] {
  return Array.from({ length: Math.ceil(pcm.length / 640) }, (_, index) => pcm.subarray(index * 640, (index + 1) * 640));
}

/** Reads the fake endpoint's WAV: its header must describe PCM s16le mono 16 kHz and its data length. */
function wavSamples(body: Buffer): number {
  expect(body.toString('ascii', 0, 4)).toBe('RIFF');
  expect(body.toString('ascii', 8, 12)).toBe('WAVE');
  expect([body.readUInt16LE(20), body.readUInt16LE(22), body.readUInt32LE(24), body.readUInt16LE(34)]).toEqual([1, 1, 16_000, 16]);
  expect(body.readUInt32LE(40)).toBe(body.length - 44);
  return (body.length - 44) / 2;
}

describe('HF recogniser against an automatic-speech-recognition endpoint', () => {
  const silence = (milliseconds: number) => Buffer.alloc(milliseconds * 32);

  it('cuts the stream into utterances by energy and sends one WAV per utterance; finals keep their order', async () => {
    // The first utterance is answered slowly: its final must still come first.
    server.answer = (request, index) => ({
      status: 200,
      json: { text: `utterance of ${wavSamples(request.body)} samples` },
      delayMs: index === 0 ? 300 : 0,
    });
    const recognizer = new HfRecognizer({ endpoint: endpoint('/asr'), languages: ['en', 'es'], partialIntervalMs: 0 });
    const stream = recognizer.openStream({ language: 'es-ES' });
    const recording = record(stream);
    await feed(stream, chunked(Buffer.concat([silence(500), tone(1000), silence(800), tone(600), silence(800)])));
    await stream.flush();
    await stream.close();

    const finals = recording.finals();
    expect(finals).toHaveLength(2);
    expect(server.requests.map((request) => request.headers['content-type'])).toEqual(['audio/wav', 'audio/wav']);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    // Each utterance starts up to 200 ms (pre-roll) before its tone and ends 100 ms after it.
    expect(finals[0]!.startMs).toBe(300);
    expect(finals[0]!.endMs).toBe(1600);
    expect(finals[0]!.text).toBe(`utterance of ${1300 * 16} samples`);
    expect(finals[1]!.startMs).toBe(2100);
    expect(finals[1]!.endMs).toBe(3000);
  });

  it('sends partials of the growing utterance, none after its final', async () => {
    server.answer = (request) => ({ status: 200, json: { text: `${wavSamples(request.body) / 16} ms` } });
    const recognizer = new HfRecognizer({ endpoint: endpoint('/asr'), languages: ['en'], partialIntervalMs: 400 });
    const stream = recognizer.openStream({ language: 'en' });
    const recording = record(stream);
    for (const piece of chunked(Buffer.concat([tone(2000), silence(700)]))) {
      stream.write(piece);
      await new Promise((resolve) => setTimeout(resolve, 2)); // lets partial answers arrive while audio flows
    }
    await stream.flush();
    await stream.close();

    const kinds = recording.events.map((event) => (event.type === 'result' ? event.result.kind : event.type));
    expect(kinds.filter((kind) => kind === 'partial').length).toBeGreaterThan(0);
    expect(kinds.at(-1)).toBe('final');
    expect(kinds.filter((kind) => kind === 'final')).toHaveLength(1);
  });

  it('pushes back while utterances wait for a slow endpoint, then drains, keeping every final in order', async () => {
    server.answer = (_request, index) => ({ status: 200, json: { text: `utterance ${index + 1}` }, delayMs: 100 });
    const recognizer = new HfRecognizer({ endpoint: endpoint('/asr'), languages: ['en'], partialIntervalMs: 0, maxPendingUtterances: 2 });
    const stream = recognizer.openStream({ language: 'en' });
    const recording = record(stream);
    let drains = 0;
    stream.on('drain', () => (drains += 1));
    const accepted = chunked(Buffer.concat(Array.from({ length: 5 }, () => Buffer.concat([tone(300), silence(600)])))).map((piece) =>
      stream.write(piece),
    );
    expect(accepted).toContain(false);
    await stream.flush();
    expect(drains).toBeGreaterThan(0);
    expect(recording.finals().map((final) => final.text)).toEqual([
      'utterance 1',
      'utterance 2',
      'utterance 3',
      'utterance 4',
      'utterance 5',
    ]);
    await stream.close();
  });

  it('reports an utterance the endpoint failed on as a gap, with the error, and goes on', async () => {
    server.answer = (_request, index) =>
      index === 0 ? { status: 400, json: { error: 'Malformed soundfile' } } : { status: 200, json: { text: 'second' } };
    const recognizer = new HfRecognizer({ endpoint: endpoint('/asr'), languages: ['en'], partialIntervalMs: 0 });
    const stream = recognizer.openStream({ language: 'en' });
    const recording = record(stream);
    await feed(stream, chunked(Buffer.concat([tone(500), silence(700), tone(500), silence(700)])));
    await stream.flush();
    await stream.close();

    expect(recording.gaps()).toEqual([{ startMs: 0, endMs: 600, reason: expect.stringContaining('Malformed soundfile') as unknown }]);
    expect(recording.events.some((event) => event.type === 'error')).toBe(true);
    expect(recording.finals().map((final) => final.text)).toEqual(['second']);
  });

  it('names the token variable on 401, and refuses unconfigured languages', async () => {
    server.answer = () => ({ status: 401, json: { error: 'Invalid credentials in Authorization header' } });
    const recognizer = new HfRecognizer({ endpoint: endpoint('/asr'), languages: ['en'], partialIntervalMs: 0 });
    expect(() => recognizer.openStream({ language: 'fr' })).toThrow(expect.objectContaining({ code: 'unsupported_language' }));
    const stream = recognizer.openStream({ language: 'en' });
    const recording = record(stream);
    await feed(stream, chunked(Buffer.concat([tone(400), silence(700)])));
    await stream.flush();
    await stream.close();
    expect(recording.gaps()[0]!.reason).toMatch(/refused the token in HF_ASR_TOKEN \(401/);
    expect(JSON.stringify(recording.events)).not.toContain(token);
    expect(server.requests).toHaveLength(1);
  });
});
