/**
 * A real talk (flite speech streamed in real time through pocketsphinx and Apertium) with a listener,
 * while the process side fails: the speaker's socket is cut and resumed; the live-event process is
 * SIGKILLed mid-sentence and started again on the same data, the speaker resumes inside the grace, and
 * after a second kill the same speaker's new session takes the dead one over at once. Each checks that
 * every utterance is covered by a final that reached the listener and the stored transcript, or by a
 * gap; no duplicate; no hole; and that the service works again. (The recogniser killed mid-talk is in
 * end-to-end.test.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListenerServerMessage, SpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import { ConfigReader } from '@ilenia/kit';
import { createSigningKey, signAccessToken, testIssuer, type TestSigningKey } from '@ilenia/kit/testing';
import { createEngines, readEngineConfig } from '@ilenia/speech-engines';
import { debianToolsAvailable, englishSpeech, roomNoise, skippedUnless } from '@ilenia/speech-engines/testing';
import { streamAudio } from './support/audio-streaming.js';
import { eventsAudience, makeEvent, serviceClient, startFakeUpstreams, type FakeUpstreams } from '@ilenia/kit/testing';
import { ListenerLog, auditTalk, type SpokenUtterance } from './support/talk-audit.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, pcm16kMono, useLiveEvent } from './support/test-context.js';
import { TestSocket } from './support/test-socket.js';

const available = debianToolsAvailable(
  'flite',
  'sox',
  'gcc',
  'pkg-config',
  'apertium-wblank-mode',
  '/usr/share/apertium/modes/eng-spa.mode',
  '/usr/include/pocketsphinx/pocketsphinx.h',
  '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
);
const sentences = [
  'the weather is nice today',
  'we are going to the market this afternoon',
  'thank you all for coming to the summit',
  'please take your seats now',
];

/** Streams noise, then `speech` (or part of it), in real time; the utterance as placed on the session clock. */
async function speak(
  socket: TestSocket<SpeakerServerMessage>,
  session: { id: string; clockMs: number },
  text: string,
  speech: Buffer,
  options: { trailingNoiseMs?: number } = {},
): Promise<SpokenUtterance> {
  const leadMs = 500;
  await streamAudio(socket, Buffer.concat([roomNoise(leadMs, session.clockMs + 1), speech]), { speed: 1 });
  const utterance = {
    text,
    sessionId: session.id,
    fromMs: session.clockMs + leadMs,
    toMs: session.clockMs + leadMs + speech.length / 32,
    spokenAt: performance.now(),
  };
  session.clockMs += leadMs + speech.length / 32;
  const trailingMs = options.trailingNoiseMs ?? 1_500;
  if (trailingMs > 0) {
    await streamAudio(socket, roomNoise(trailingMs, session.clockMs + 2), { speed: 1 });
    session.clockMs += trailingMs;
  }
  return utterance;
}

/** The first half of a sentence's speech (whole samples): what was said when the fault came. */
const firstHalf = (speech: Buffer) => speech.subarray(0, Math.floor(speech.length / 4) * 2);

describe.skipIf(!available)(
  `a real talk through faults of the process${skippedUnless(available, 'flite, sox, pocketsphinx or apertium')}`,
  () => {
    describe("the speaker's socket cut mid-sentence", () => {
      const context = useLiveEvent(() => createEngines(readEngineConfig(new ConfigReader({}))));

      it('resumes the same session; every utterance has its final, delivered and stored, or a gap', async () => {
        const { event, channel, speakerId, listenerId } = arrangeEvent(context, { targets: ['es'] });
        const log = new ListenerLog();
        const listener = await openListener(context, event.id, channel.id, listenerId, ['en']);
        log.follow(listener);
        const first = await openSpeaker(context, event.id, channel.id, speakerId);
        const { started } = await negotiate(first);
        const session = { id: started!.session_id, clockMs: 0 };
        const utterances: SpokenUtterance[] = [];
        utterances.push(await speak(first, session, sentences[0]!, await englishSpeech(sentences[0]!)));
        await log.until((message) => message.type === 'subtitle_final');
        utterances.push(
          await speak(first, session, `${sentences[1]} (first half)`, firstHalf(await englishSpeech(sentences[1]!)), {
            trailingNoiseMs: 0,
          }),
        );
        first.socket.terminate();
        await log.until((message) => message.type === 'session_state' && message.change === 'speaker_disconnected');

        const second = await openSpeaker(context, event.id, channel.id, speakerId);
        second.send({ type: 'session_resume', session_id: session.id, resume_token: started!.resume_token });
        const resumed = await second.next((message) => message.type === 'session_started' || message.type === 'error');
        expect(resumed).toMatchObject({ type: 'session_started', resumed: true, session_id: session.id });
        session.clockMs = resumed.type === 'session_started' ? resumed.media_offset_ms : session.clockMs;
        await negotiate(second, { expectSession: false });
        utterances.push(await speak(second, session, sentences[2]!, await englishSpeech(sentences[2]!)));
        second.send({ type: 'end_session' });
        await second.closed;
        await log.until((message) => message.type === 'session_state' && message.change === 'ended');

        const token = await context.live.token(listenerId, ['transcripts:read']);
        const stored = (await (
          await fetch(`${context.live.baseUrl}/v1/sessions/${session.id}/transcripts/en`, { headers: { Authorization: `Bearer ${token}` } })
        ).json()) as { segments: { segment_id: string; sequence: number; text: string }[] };
        auditTalk({
          fault: 'speaker socket cut and resumed',
          language: 'en',
          utterances,
          log,
          stored: stored.segments,
          produced: await context.live.service.segments.latestSequenceOfChannel(channel.id),
        });
        // Recovered: a new talk can start.
        expect((await fetch(`${context.live.baseUrl}/ready`)).status).toBe(200);
        const again = await openSpeaker(context, event.id, channel.id, speakerId);
        expect((await negotiate(again)).started).toMatchObject({ resumed: false });
        again.send({ type: 'end_session' });
        await again.closed;
        listener.close();
      }, 180_000);
    });

    describe('the live-event process SIGKILLed mid-sentence and started again on the same data', () => {
      let key: TestSigningKey;
      let upstreams: FakeUpstreams;
      let dataDir: string;
      const processes: ChildProcess[] = [];

      beforeAll(async () => {
        key = await createSigningKey('process-faults');
        upstreams = await startFakeUpstreams(key);
        dataDir = await mkdtemp(path.join(tmpdir(), 'live-event-process-faults-'));
      });
      afterAll(async () => {
        for (const child of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await upstreams?.close();
        if (dataDir) await rm(dataDir, { recursive: true, force: true });
      });

      /** main.ts as deployed (PGlite in `dataDir`, the local engines, no Redis); resolves once it listens. */
      async function startProcess(): Promise<{ child: ChildProcess; baseUrl: string }> {
        const child = spawn(process.execPath, ['--import', 'tsx', 'services/live-event/src/main.ts'], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            NODE_ENV: 'test',
            PORT: '0',
            HOST: '127.0.0.1',
            LOG_LEVEL: 'info',
            PGLITE_DATA_DIR: path.join(dataDir, 'pglite'),
            RECORDINGS_DIR: path.join(dataDir, 'recordings'),
            EVENTS_SERVICE_URL: upstreams.eventsUrl,
            AUTH_TOKEN_URL: upstreams.tokenUrl,
            AUTH_JWKS_URL: upstreams.jwksUrl,
            AUTH_ISSUER: testIssuer,
            OAUTH_LIVE_EVENT_CLIENT_ID: serviceClient.id,
            OAUTH_LIVE_EVENT_CLIENT_SECRET: serviceClient.secret,
            USE_LIVE_EVENT_MOCK: '',
            REDIS_URL: '',
          },
        });
        processes.push(child);
        const output: string[] = [];
        child.stderr.on('data', (data: Buffer) => output.push(data.toString()));
        const port = await new Promise<number>((resolve, reject) => {
          createInterface({ input: child.stdout }).on('line', (line) => {
            output.push(line);
            const entry = JSON.parse(line) as { msg?: string; port?: number };
            if (entry.msg === 'listening' && entry.port) resolve(entry.port);
          });
          child.once('exit', (code, signal) => reject(new Error(`main.ts exited with ${code ?? signal}: ${output.join('\n')}`)));
        });
        return { child, baseUrl: `http://127.0.0.1:${port}` };
      }

      async function killHard(child: ChildProcess): Promise<void> {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }

      const tokenOf = (userId: string, permissions: string[]) =>
        signAccessToken(
          key,
          { sub: userId, permissions: ['events:read', ...permissions] },
          { audience: ['live-event-service', eventsAudience] },
        );
      async function ticket(baseUrl: string, role: 'speaker' | 'listener', body: object, userId: string): Promise<string> {
        const response = await fetch(`${baseUrl}/v1/tickets/${role}`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${await tokenOf(userId, [role === 'speaker' ? 'live:speak' : 'live:listen'])}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify(body),
        });
        expect(response.status, await response.clone().text()).toBe(201);
        return ((await response.json()) as { ticket: string }).ticket;
      }
      async function listen(
        baseUrl: string,
        log: ListenerLog,
        eventId: string,
        channelId: string,
        listenerId: string,
      ): Promise<TestSocket<ListenerServerMessage>> {
        const socket = TestSocket.connect<ListenerServerMessage>(
          baseUrl,
          'listener',
          await ticket(baseUrl, 'listener', { event_id: eventId }, listenerId),
        );
        await socket.opened;
        log.follow(socket);
        const point = log.resumePoint('en');
        socket.send({
          type: 'subscribe',
          channel_id: channelId,
          languages: ['en'],
          include_partials: false,
          ...(point > 0 ? { resume_from: point } : {}),
        });
        await socket.next('subscribed');
        return socket;
      }
      async function speakerOn(
        baseUrl: string,
        eventId: string,
        channelId: string,
        speakerId: string,
      ): Promise<TestSocket<SpeakerServerMessage>> {
        const socket = TestSocket.connect<SpeakerServerMessage>(
          baseUrl,
          'speaker',
          await ticket(baseUrl, 'speaker', { event_id: eventId, channel_id: channelId }, speakerId),
        );
        await socket.opened;
        return socket;
      }
      async function storedTranscript(baseUrl: string, sessionIds: string[], userId: string) {
        const token = await tokenOf(userId, ['transcripts:read']);
        const segments: { segment_id: string; sequence: number; text: string }[] = [];
        for (const id of sessionIds) {
          const response = await fetch(`${baseUrl}/v1/sessions/${id}/transcripts/en`, { headers: { Authorization: `Bearer ${token}` } });
          segments.push(...((await response.json()) as { segments: typeof segments }).segments);
        }
        return segments.sort((left, right) => left.sequence - right.sequence);
      }

      it("lets the speaker resume within the grace, then lets the same speaker's new session take a dead one over at once", async () => {
        const speakerId = crypto.randomUUID();
        const listenerId = crypto.randomUUID();
        const event = makeEvent({ speakers: [speakerId], targets: ['es'] });
        upstreams.state.events.set(event.id, event);
        upstreams.state.listeners.add(`${event.id}:${listenerId}`);
        const channelId = event.channels[0]!.id;
        const log = new ListenerLog();
        const utterances: SpokenUtterance[] = [];

        let live = await startProcess();
        // The listeners of the killed processes go with them; only the last one is closed here.
        await listen(live.baseUrl, log, event.id, channelId, listenerId);
        const first = await speakerOn(live.baseUrl, event.id, channelId, speakerId);
        const { started } = await negotiate(first);
        const session = { id: started!.session_id, clockMs: 0 };
        utterances.push(await speak(first, session, sentences[0]!, await englishSpeech(sentences[0]!)));
        await log.until((message) => message.type === 'subtitle_final');
        utterances.push(
          await speak(first, session, `${sentences[1]} (first half)`, firstHalf(await englishSpeech(sentences[1]!)), {
            trailingNoiseMs: 0,
          }),
        );
        await killHard(live.child);

        // The next process, on the same data: the listener comes back, the speaker resumes with the token.
        live = await startProcess();
        await listen(live.baseUrl, log, event.id, channelId, listenerId);
        const second = await speakerOn(live.baseUrl, event.id, channelId, speakerId);
        second.send({ type: 'session_resume', session_id: session.id, resume_token: started!.resume_token });
        const resumed = await second.next((message) => message.type === 'session_started' || message.type === 'error', 60_000);
        expect(resumed).toMatchObject({ type: 'session_started', resumed: true, session_id: session.id });
        // The clock goes on from what the dead process had recorded.
        session.clockMs = resumed.type === 'session_started' ? resumed.media_offset_ms : 0;
        await negotiate(second, { expectSession: false });
        utterances.push(await speak(second, session, sentences[2]!, await englishSpeech(sentences[2]!)));
        second.send({ type: 'end_session' });
        await second.closed;
        await log.until((message) => message.type === 'session_state' && message.change === 'ended' && message.session_id === session.id);

        // A second talk, killed mid-sentence too; its speaker starts a new session instead of resuming.
        const third = await speakerOn(live.baseUrl, event.id, channelId, speakerId);
        const { started: secondStarted } = await negotiate(third);
        const secondSession = { id: secondStarted!.session_id, clockMs: 0 };
        utterances.push(
          await speak(third, secondSession, `${sentences[3]} (first half)`, firstHalf(await englishSpeech(sentences[3]!)), {
            trailingNoiseMs: 0,
          }),
        );
        await killHard(live.child);
        live = await startProcess();
        const listener = await listen(live.baseUrl, log, event.id, channelId, listenerId);
        const fourth = await speakerOn(live.baseUrl, event.id, channelId, speakerId);
        fourth.send({ type: 'audio_config', format: pcm16kMono });
        const takeover = await fourth.next((message) => message.type === 'session_started' || message.type === 'error', 60_000);
        expect(takeover).toMatchObject({ type: 'session_started', resumed: false });
        expect(takeover.type === 'session_started' && takeover.session_id).not.toBe(secondSession.id);
        await log.until((message) => message.type === 'gap' && message.session_id === secondSession.id);
        fourth.send({ type: 'end_session' });
        await fourth.closed;

        const sessionIds = [session.id, secondSession.id, takeover.type === 'session_started' ? takeover.session_id : ''];
        const stored = await storedTranscript(live.baseUrl, sessionIds, listenerId);
        const produced = stored.length === 0 ? 0 : Math.max(...stored.map((segment) => segment.sequence));
        auditTalk({
          fault: 'live-event SIGKILLed twice: speaker resumes, then a new session takes over',
          language: 'en',
          utterances,
          log,
          stored,
          produced,
        });
        expect((await fetch(`${live.baseUrl}/ready`)).status).toBe(200);
        listener.close();
        await killHard(live.child);
      }, 400_000);
    });
  },
);
