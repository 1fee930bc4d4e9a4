/**
 * A real talk through a dependency outage: English speech made with flite, streamed in real time
 * through the real engines, with a listener that reconnects and resumes as the protocol tells clients
 * to; the dependency is stopped after the first final and started again after two more sentences.
 * Then what every outage test asserts: each utterance has a final that reached the listener and the
 * stored transcript, or a gap covering it; no duplicate; no hole in the numbering without a gap; the
 * service recovered. Returns the figures the README quotes.
 */
import { EventEmitter, once } from 'node:events';
import { expect } from 'vitest';
import type { Gap, ListenerServerMessage, ServiceWarning, SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { englishSpeech, roomNoise } from '@ilenia/speech-engines/testing';
import { streamAudio } from './audio-streaming.js';
import { arrangeEvent, negotiate, openSpeaker, type LiveEventTestContext } from './test-context.js';
import type { TestSocket } from './test-socket.js';

const outageSentences = [
  'the weather is nice today',
  'we are going to the market this afternoon',
  'please open the window',
  'thank you all for coming',
];
const languages = ['en', 'es'];

export interface OutageFault {
  dependency: ServiceWarning['dependency'];
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Checks made while the dependency is down (REST answers 503 with Retry-After, `/ready` names it). */
  whileDown(talk: { sessionId: string; eventId: string; listenerId: string }): Promise<void>;
}

export interface OutageFigures {
  produced: number;
  delivered: number;
  stored: number;
  gaps: number;
  longestDelayMs: number;
}

interface Received {
  message: ListenerServerMessage;
  at: number;
}

/**
 * A listener as a client should be written: a connection that ends (1011 "resume") is replaced by a
 * new one, with a fresh ticket (retried while the service answers 503), subscribing with
 * `resume_from`; duplicates are the client's to drop by (language, sequence), so all are kept here.
 */
class ResumingListener {
  readonly received: Received[] = [];
  readonly connections: TestSocket<ListenerServerMessage>[] = [];
  readonly ticketRefusals: number[] = [];
  private readonly events = new EventEmitter();
  private stopped = false;

  constructor(
    private readonly context: LiveEventTestContext,
    private readonly eventId: string,
    private readonly channelId: string,
    private readonly userId: string,
  ) {}

  /** The highest N up to which every language has every final or a gap: what `resume_from` asks for. */
  resumePoint(): number {
    const points = languages.map((language) => {
      const have = new Set(this.finals(language).map((final) => final.sequence));
      for (const gap of this.gaps()) if (gap.language === null || gap.language === language) have.add((gap.after_sequence ?? 0) + 1);
      let point = 0;
      while (have.has(point + 1)) point += 1;
      return point;
    });
    return Math.min(...points);
  }

  async connect(): Promise<void> {
    let delayMs = 100;
    for (;;) {
      const ticket = await this.context.live.ticket(
        'listener',
        { event_id: this.eventId },
        await this.context.live.token(this.userId, ['live:listen']),
      );
      if (ticket.status === 201) {
        const socket = this.context.live.listener(String(ticket.body.ticket));
        this.connections.push(socket);
        let taken = 0;
        // After the TestSocket's own listener: whatever it parsed (and validated) since the last message.
        socket.socket.on('message', () => {
          for (const message of socket.received.slice(taken)) this.received.push({ message, at: Date.now() });
          taken = socket.received.length;
          this.events.emit('message');
        });
        await socket.opened;
        // A reconnection always resumes, from 0 when a language has nothing yet: what was published
        // before this subscription (finals and gaps that waited for the outage) comes from history.
        const resumeFrom = this.connections.length > 1 ? { resume_from: this.resumePoint() } : {};
        socket.send({
          type: 'subscribe',
          request_id: `sub-${this.connections.length}`,
          channel_id: this.channelId,
          languages,
          include_partials: false,
          ...resumeFrom,
        });
        await socket.next((message) => message.type === 'subscribed');
        void socket.closed.then(() => {
          if (!this.stopped) void this.connect();
        });
        return;
      }
      // Only "come back later" is expected while a dependency is down, and it must say when.
      expect(ticket.status, JSON.stringify(ticket.body)).toBe(503);
      this.ticketRefusals.push(ticket.status);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(1_000, delayMs * 2);
    }
  }

  /** Resolves when a message matching `predicate` has arrived (on any connection). */
  async waitFor(predicate: (message: ListenerServerMessage) => boolean, what: string, timeoutMs = 60_000): Promise<void> {
    const deadline = AbortSignal.timeout(timeoutMs);
    while (!this.received.some(({ message }) => predicate(message))) {
      try {
        await once(this.events, 'message', { signal: deadline });
      } catch {
        throw new Error(`no ${what} within ${timeoutMs} ms; got ${this.received.map(({ message }) => message.type).join(', ')}`);
      }
    }
  }

  finals(language: string): SubtitleFinal[] {
    return this.received
      .map(({ message }) => message)
      .filter((message): message is SubtitleFinal => message.type === 'subtitle_final' && message.language === language);
  }

  gaps(): Gap[] {
    const seen = new Map<string, Gap>();
    for (const { message } of this.received) if (message.type === 'gap') seen.set(JSON.stringify({ ...message, replayed: false }), message);
    return [...seen.values()];
  }

  firstArrival(final: SubtitleFinal): number {
    return this.received.find(
      ({ message }) => message.type === 'subtitle_final' && message.language === final.language && message.sequence === final.sequence,
    )!.at;
  }

  close(): void {
    this.stopped = true;
    for (const socket of this.connections) socket.close();
  }
}

/** Audio on the session clock, and when (wall clock) each stretch of it was sent. */
class SpeakerClock {
  private readonly stretches: { fromMs: number; sentAt: number }[] = [];
  private clockMs = 0;

  async stream(speaker: TestSocket, pcm: Buffer): Promise<{ fromMs: number; toMs: number }> {
    const fromMs = this.clockMs;
    this.stretches.push({ fromMs, sentAt: Date.now() });
    await streamAudio(speaker, pcm, { frameMs: 20, speed: 1 });
    this.clockMs += pcm.length / 32;
    return { fromMs, toMs: this.clockMs };
  }

  /** When the audio at `ms` on the session clock was sent. */
  wallClockOf(ms: number): number {
    const stretch = [...this.stretches].reverse().find((candidate) => candidate.fromMs <= ms) ?? this.stretches[0]!;
    return stretch.sentAt + (ms - stretch.fromMs);
  }
}

async function get(context: LiveEventTestContext, path: string, token?: string): Promise<Response> {
  return fetch(`${context.live.baseUrl}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
}

/** `/ready` answers 200 once every dependency is back (asked again until it does: recovery is the event waited for). */
async function waitUntilReady(context: LiveEventTestContext, attempts = 100): Promise<void> {
  let last: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const response = await get(context, '/ready');
    if (response.status === 200) return;
    last = await response.json();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`/ready never answered 200: ${JSON.stringify(last)}`);
}

/** `/ready` is 503 and says which dependency is down. */
export async function expectNotReadyBecauseOf(context: LiveEventTestContext, check: string): Promise<void> {
  const response = await get(context, '/ready');
  const body = (await response.json()) as { checks: Record<string, { status: string }> };
  expect(response.status).toBe(503);
  expect(body.checks[check]?.status, JSON.stringify(body)).toBe('down');
}

/** A REST answer while a dependency is down: 503 Problem with `Retry-After`, never a 500. */
export function expectRetryLater(response: Response): void {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
}

export async function talkThroughOutage(context: LiveEventTestContext, fault: OutageFault): Promise<OutageFigures> {
  const { event, channel, speakerId, listenerId } = arrangeEvent(context, { targets: ['es'] });
  const listener = new ResumingListener(context, event.id, channel.id, listenerId);
  await listener.connect();
  const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
  const { started } = await negotiate(speaker);
  const sessionId = started!.session_id;
  const speech = await Promise.all(outageSentences.map((sentence) => englishSpeech(sentence)));
  const clock = new SpeakerClock();
  const utterances: { fromMs: number; toMs: number }[] = [];
  const say = async (index: number) => {
    const spoken = await clock.stream(speaker, speech[index]!);
    utterances.push(spoken);
    await clock.stream(speaker, roomNoise(1500, index + 2));
  };

  await clock.stream(speaker, roomNoise(500));
  await say(0);
  await listener.waitFor((message) => message.type === 'subtitle_final' && message.language === 'en', 'first final');

  await fault.stop();
  await say(1);
  await say(2);
  // The finals of those two sentences met the outage: the speaker was told which dependency is down.
  expect(await speaker.next((message) => message.type === 'service_warning' && message.state === 'unavailable', 30_000)).toMatchObject({
    dependency: fault.dependency,
  });
  await fault.whileDown({ sessionId, eventId: event.id, listenerId });
  await fault.start();
  await say(3);
  expect(await speaker.next((message) => message.type === 'service_warning' && message.state === 'recovered', 60_000)).toMatchObject({
    dependency: fault.dependency,
    state: 'recovered',
  });
  speaker.send({ type: 'end_session' });
  await speaker.closed;
  await listener.waitFor((message) => message.type === 'session_state' && message.change === 'ended', 'session_state ended');
  listener.close();

  // Recovered: /ready 200 and a new ticket works.
  await waitUntilReady(context);
  const again = await context.live.ticket('listener', { event_id: event.id }, await context.live.token(listenerId, ['live:listen']));
  expect(again.status, JSON.stringify(again.body)).toBe(201);

  const speakerFinals = speaker.all('transcript_final');
  const speakerGaps = speaker.all('gap').filter((gap) => gap.reason === 'storage_unavailable');
  const gaps = listener.gaps();
  const token = await context.live.token(listenerId, ['transcripts:read']);
  const figures: OutageFigures = {
    produced: speakerFinals.length + speakerGaps.length,
    delivered: 0,
    stored: 0,
    gaps: gaps.length,
    longestDelayMs: 0,
  };
  for (const language of languages) {
    // No duplicate: a (language, sequence) may come again only as the same final (a replay after a
    // resume, which clients drop), and one segment never gets two numbers.
    const bySequence = new Map<number, SubtitleFinal>();
    for (const final of listener.finals(language)) {
      const earlier = bySequence.get(final.sequence);
      if (earlier) expect({ segment: final.segment_id, text: final.text }).toEqual({ segment: earlier.segment_id, text: earlier.text });
      else bySequence.set(final.sequence, final);
    }
    const finals = [...bySequence.values()].sort((a, b) => a.sequence - b.sequence);
    expect(new Set(finals.map((final) => final.segment_id)).size).toBe(finals.length);
    const live = listener.finals(language).filter((final) => !final.replayed);
    expect(new Set(live.map((final) => final.sequence)).size, 'a final delivered live twice').toBe(live.length);

    // No hole in the numbering without a gap placed right before it.
    const covered = new Set(
      gaps.filter((gap) => gap.language === null || gap.language === language).map((gap) => (gap.after_sequence ?? 0) + 1),
    );
    const highest = finals.at(-1)?.sequence ?? 0;
    for (let sequence = 1; sequence <= highest; sequence += 1) {
      if (!bySequence.has(sequence)) expect(covered.has(sequence), `${language} sequence ${sequence} missing without a gap`).toBe(true);
    }

    // The stored transcript is what listeners got.
    const response = await get(context, `/v1/sessions/${sessionId}/transcripts/${language}`, token);
    expect(response.status).toBe(200);
    const stored = ((await response.json()) as { segments: { sequence: number; segment_id: string; text: string }[] }).segments;
    expect(stored.map(({ sequence, segment_id, text }) => ({ sequence, segment_id, text }))).toEqual(
      finals.map(({ sequence, segment_id, text }) => ({ sequence, segment_id, text })),
    );

    if (language === 'en') {
      figures.delivered = finals.length;
      figures.stored = stored.length;
      // Every utterance spoken has a final, or a gap over it.
      for (const utterance of utterances) {
        const heard = finals.some((final) => final.end_ms >= utterance.fromMs && final.start_ms <= utterance.toMs);
        const gapped = gaps.some(
          (gap) => (gap.language === null || gap.language === 'en') && gap.to_ms >= utterance.fromMs && gap.from_ms <= utterance.toMs,
        );
        const seen = {
          finals: finals.map((final) => [final.sequence, final.start_ms, final.end_ms, final.text]),
          gaps,
          speaker: speaker.received.filter((message) => message.type !== 'transcript_partial'),
        };
        expect(
          heard || gapped,
          `utterance ${utterance.fromMs}–${utterance.toMs} ms has neither a final nor a gap: ${JSON.stringify(seen)}`,
        ).toBe(true);
      }
      // Each final's delay: from the end of its speech being sent to its first arrival at the listener.
      figures.longestDelayMs = Math.max(0, ...finals.map((final) => listener.firstArrival(final) - clock.wallClockOf(final.end_ms)));
      // The speaker's own transcript finals are the listener's.
      expect(speakerFinals.map((final) => final.sequence)).toEqual(finals.map((final) => final.sequence));
    }
  }
  // A final given up is a gap naming its segment, and the speaker gets it too.
  const storageGaps = gaps.filter((gap) => gap.reason === 'storage_unavailable');
  for (const gap of storageGaps) expect(gap.message).toMatch(/^segment [0-9a-f-]{36} given up: |^sequences \d+–\d+ were counted/);
  expect(speakerGaps.length).toBe(storageGaps.length);
  expect(listener.connections.flatMap((socket) => socket.invalid)).toEqual([]);
  expect(speaker.invalid).toEqual([]);
  return figures;
}
