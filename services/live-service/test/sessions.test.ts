/**
 * Starting, reading, listing and stopping a channel's session over HTTP, with the events service and
 * the livekit-provider answering by their specs and a channel agent the test drives.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseEngines } from '@ilenia/kit/testing';
import { useLiveService } from './support/live-service-harness.js';

/** Resolves once `check` passes (the record is written in the background); the test timeout is the hang guard. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const engine of await databaseEngines('ilenia_live_service')) {
  describe.skipIf(!engine.available)(`live-service sessions on ${engine.name}`, () => {
    const context = useLiveService(engine);

    describe('a speaker starts the channel agent', () => {
      it('starts one agent for the channel, answers 201 once it joined, with its stages as the agents', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        const token = await context.token(speakerId);
        const started = await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId });
        expect(started.status, started.text).toBe(201);
        const session = started.body;
        expect(started.headers.get('location')).toBe(`/v1/sessions/${session.session_id}`);
        expect(session).toMatchObject({
          event_id: event.id,
          channel_id: channelId,
          room_name: `event-${event.id}-channel-${channelId}`,
          status: 'active',
          started_by: speakerId,
          source_language: 'en',
          target_languages: ['es', 'fr'],
          end_reason: null,
          record_saved_at: null,
        });
        expect(
          session.agents.map((agent: { agent_type: string; languages: string[]; identity: string; status: string }) => [
            agent.agent_type,
            agent.languages.join(','),
            agent.identity,
            agent.status,
          ]),
        ).toEqual([
          ['asr', 'en', 'agent-translator', 'running'],
          ['mt', 'es,fr', 'agent-translator', 'running'],
          ['tts', 'es', 'agent-translator', 'running'],
          ['tts', 'fr', 'agent-translator', 'running'],
        ]);

        const agent = context.agents.of(session.session_id);
        expect(agent.options).toMatchObject({
          eventId: event.id,
          channelId,
          roomName: session.room_name,
          sourceLanguage: 'en',
          targetLanguages: ['es', 'fr'],
          firstSequence: 0,
          livekitUrl: 'ws://livekit.test:7880',
        });
        // Each (re)connection asks the livekit-provider again, for this channel only.
        const requestsBefore = context.provider.state.requests.length;
        expect(await agent.options.token()).toMatch(/^agent-token-/);
        expect(context.provider.state.requests.slice(requestsBefore)).toEqual([{ event_id: event.id, channel_id: channelId }]);
      });

      it('answers a second start of a running channel with the running session (200), starting nothing more', async () => {
        const { event, channelId, speakerId, organiserId } = context.arrangeEvent();
        const first = await context.call('POST', '/v1/sessions/start', await context.token(speakerId), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(first.status).toBe(201);
        const agentsBefore = context.agents.agents.length;
        const second = await context.call('POST', '/v1/sessions/start', await context.token(organiserId), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(second.status, second.text).toBe(200);
        expect(second.body.session_id).toBe(first.body.session_id);
        expect(context.agents.agents.length).toBe(agentsBefore);
      });

      it('answers 201 with the session still starting when the agent has not joined within the wait, then shows it active', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        const token = await context.token(speakerId);
        context.agents.joinAtOnce = false;
        let started;
        try {
          started = await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId });
        } finally {
          context.agents.joinAtOnce = true;
        }
        expect(started.status).toBe(201);
        expect(started.body.status).toBe('starting');
        expect(
          started.body.agents.every(
            (stage: { status: string; joined_at: string | null }) => stage.status === 'starting' && stage.joined_at === null,
          ),
        ).toBe(true);

        context.agents.of(started.body.session_id).join();
        const active = await eventually(
          () => context.call('GET', `/v1/sessions/${started.body.session_id}`, token),
          (answer) => answer.body.status === 'active',
        );
        expect(
          active.body.agents.every(
            (stage: { status: string; joined_at: string | null }) => stage.status === 'running' && stage.joined_at !== null,
          ),
        ).toBe(true);
      });

      it('starts one session when two speakers press start together', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        const secondSpeaker = randomUUID();
        event.channels[0]!.speakers.push(secondSpeaker);
        const body = { event_id: event.id, channel_id: channelId };
        const answers = await Promise.all([
          context.call('POST', '/v1/sessions/start', await context.token(speakerId), body),
          context.call('POST', '/v1/sessions/start', await context.token(secondSpeaker), body),
        ]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
        expect(answers[0].body.session_id).toBe(answers[1].body.session_id);
        expect(context.agents.agents.filter((agent) => agent.options.channelId === channelId)).toHaveLength(1);
      });

      it('runs the channels of one event side by side, one agent each', async () => {
        const { event, speakerId } = context.arrangeEvent();
        const now = new Date().toISOString();
        const second = {
          ...event.channels[0]!,
          id: randomUUID(),
          name: 'Room B',
          target_languages: ['fr'],
          created_at: now,
          updated_at: now,
        };
        event.channels.push(second);
        const token = await context.token(speakerId);
        const a = await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: event.channels[0]!.id });
        const b = await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: second.id });
        expect([a.status, b.status]).toEqual([201, 201]);
        expect(a.body.session_id).not.toBe(b.body.session_id);
        expect(context.agents.of(b.body.session_id).options.targetLanguages).toEqual(['fr']);
        const list = await context.call('GET', `/v1/events/${event.id}/sessions?status=active`, token);
        expect(list.status).toBe(200);
        expect(list.body.total).toBe(2);
      });
    });

    describe('refusals', () => {
      it('refuses a listener of the event (403), someone who cannot see it and an unknown channel (404)', async () => {
        const { event, channelId, listenerId } = context.arrangeEvent();
        const asListener = await context.call('POST', '/v1/sessions/start', await context.token(listenerId), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(asListener.status).toBe(403);
        expect(asListener.headers.get('content-type')).toContain('application/problem+json');
        expect(asListener.body.detail).toContain(channelId);

        const stranger = await context.call('POST', '/v1/sessions/start', await context.token(randomUUID()), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(stranger.status).toBe(404);
        const { speakerId } = context.arrangeEvent();
        const otherChannel = await context.call('POST', '/v1/sessions/start', await context.token(speakerId), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(otherChannel.status).toBe(404);
      });

      it('refuses a speaker assigned to another channel of the event (403)', async () => {
        const { event, channelId } = context.arrangeEvent();
        const otherSpeaker = randomUUID();
        const now = new Date().toISOString();
        event.channels.push({
          ...event.channels[0]!,
          id: randomUUID(),
          name: 'Room B',
          speakers: [otherSpeaker],
          created_at: now,
          updated_at: now,
        });
        const refused = await context.call('POST', '/v1/sessions/start', await context.token(otherSpeaker), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(refused.status).toBe(403);
      });

      it('refuses an event that is not ready or live (409 with its status)', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent({ status: 'draft' });
        const refused = await context.call('POST', '/v1/sessions/start', await context.token(speakerId), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({
          type: 'https://ilenia.dev/problems/event-not-open',
          event_status: 'draft',
          allowed: ['ready', 'live'],
        });
      });

      it('refuses a language no engine serves (422 naming the engine) and starts nothing', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent({ targets: ['es', 'eu'] });
        const agentsBefore = context.agents.agents.length;
        const refused = await context.call('POST', '/v1/sessions/start', await context.token(speakerId), {
          event_id: event.id,
          channel_id: channelId,
        });
        expect(refused.status).toBe(422);
        expect(refused.body).toMatchObject({ engine: 'mt', language: 'eu', source_language: 'en' });
        expect(context.agents.agents.length).toBe(agentsBefore);
      });

      it('answers 502 naming the livekit-provider when it refuses, and keeps no session', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        const token = await context.token(speakerId);
        context.provider.state.refusing = true;
        try {
          const refused = await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId });
          expect(refused.status, refused.text).toBe(502);
          expect(refused.body).toMatchObject({ type: 'https://ilenia.dev/problems/upstream', upstream: 'livekit_provider' });
          expect(refused.body.detail).toContain('503');
        } finally {
          context.provider.state.refusing = false;
        }
        const list = await context.call('GET', `/v1/events/${event.id}/sessions`, token);
        expect(list.body.total).toBe(0);
      });

      it('answers 502 naming the events service when it fails', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        context.upstreams.state.down = true;
        try {
          const refused = await context.call('POST', '/v1/sessions/start', await context.token(speakerId), {
            event_id: event.id,
            channel_id: channelId,
          });
          expect(refused.status, refused.text).toBe(502);
          expect(refused.body).toMatchObject({ type: 'https://ilenia.dev/problems/upstream', upstream: 'events_service' });
        } finally {
          context.upstreams.state.down = false;
        }
      });

      it('answers 502 naming the livekit-provider when it cannot be reached', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        context.provider.state.unreachable = true;
        try {
          const refused = await context.call('POST', '/v1/sessions/start', await context.token(speakerId), {
            event_id: event.id,
            channel_id: channelId,
          });
          expect(refused.status, refused.text).toBe(502);
          expect(refused.body).toMatchObject({ type: 'https://ilenia.dev/problems/upstream', upstream: 'livekit_provider' });
          expect(refused.body.detail).toContain('livekit-provider');
        } finally {
          context.provider.state.unreachable = false;
        }
      });
    });

    describe('stopping and what stays', () => {
      it('stops the agent, ends the session, writes its record with the transcripts, and serves the transcripts', async () => {
        const { event, channelId, speakerId, organiserId, listenerId } = context.arrangeEvent({ targets: ['es'] });
        const speaker = await context.token(speakerId);
        const started = await context.call('POST', '/v1/sessions/start', speaker, { event_id: event.id, channel_id: channelId });
        const sessionId = started.body.session_id;
        const agent = context.agents.of(sessionId);
        await agent.publish({ en: 'Hello everyone.', es: 'Hola a todos.' }, { startMs: 1200, endMs: 2400 });
        await agent.publish({ en: 'Welcome to the summit.', es: 'Bienvenidos a la cumbre.' }, { startMs: 3000, endMs: 4500 });
        // What the agent counted: the audio it fed to recognition, and the listeners it saw at most.
        agent.counters = { audioMs: 4_500, mediaMs: 4_500, listenersPeak: 3 };

        const live = await context.call('GET', `/v1/sessions/${sessionId}`, speaker);
        expect(live.body.counters).toMatchObject({ audio_seconds: 4.5, segments_transcribed: 2, segments_translated: { es: 2 } });
        expect(live.body.counters.last_activity_at).not.toBeNull();

        const stopped = await context.call('POST', '/v1/sessions/stop', await context.token(organiserId), {
          event_id: event.id,
          session_id: sessionId,
        });
        expect(stopped.status, stopped.text).toBe(200);
        expect(stopped.body).toMatchObject({ status: 'ended', end_reason: 'stopped', stopped_by: organiserId });
        expect(stopped.body.agents.every((stage: { status: string }) => stage.status === 'stopped')).toBe(true);
        expect(agent.stopped).toBe(true);

        const recorded = await eventually(
          () => context.call('GET', `/v1/sessions/${sessionId}`, speaker),
          (answer) => answer.body.record_saved_at !== null,
        );
        expect(recorded.body.status).toBe('ended');
        const record = context.upstreams.state.records.find((candidate) => candidate.id === sessionId);
        expect(record).toMatchObject({ mode: 'livekit', channel_id: channelId, segment_count: 2, listeners_peak: 3 });
        expect(recorded.body.counters.audio_seconds).toBe(4.5);
        expect(record!.transcripts.map((link) => link.url)).toEqual([
          `http://live-service.test/v1/sessions/${sessionId}/transcripts/en`,
          `http://live-service.test/v1/sessions/${sessionId}/transcripts/es`,
        ]);

        // A second stop changes nothing.
        const again = await context.call('POST', '/v1/sessions/stop', speaker, { event_id: event.id, session_id: sessionId });
        expect(again.status).toBe(200);
        expect(again.body.stopped_by).toBe(organiserId);

        const listener = await context.token(listenerId, ['transcripts:read']);
        const index = await context.call('GET', `/v1/sessions/${sessionId}/transcripts`, listener);
        expect(index.body).toEqual({
          session_id: sessionId,
          event_id: event.id,
          channel_id: channelId,
          source_language: 'en',
          complete: true,
          languages: [
            { language: 'en', is_source: true, segment_count: 2 },
            { language: 'es', is_source: false, segment_count: 2 },
          ],
        });
        const json = await context.call('GET', `/v1/sessions/${sessionId}/transcripts/es`, listener);
        expect(json.status).toBe(200);
        expect(json.body).toMatchObject({ language: 'es', is_source: false, complete: true });
        expect(json.body.segments).toEqual([
          { sequence: 0, start_ms: 1200, end_ms: 2400, text: 'Hola a todos.' },
          { sequence: 1, start_ms: 3000, end_ms: 4500, text: 'Bienvenidos a la cumbre.' },
        ]);
        const vtt = await context.call('GET', `/v1/sessions/${sessionId}/transcripts/es?format=vtt`, listener);
        expect(vtt.headers.get('content-type')).toContain('text/vtt');
        expect(vtt.headers.get('content-disposition')).toBe(`attachment; filename="session-${sessionId}.es.vtt"`);
        expect(vtt.text).toBe(
          'WEBVTT\n\n0\n00:00:01.200 --> 00:00:02.400\nHola a todos.\n\n1\n00:00:03.000 --> 00:00:04.500\nBienvenidos a la cumbre.\n',
        );
        const txt = await context.call('GET', `/v1/sessions/${sessionId}/transcripts/en`, listener);
        expect(txt.body.segments.map((segment: { text: string }) => segment.text)).toEqual(['Hello everyone.', 'Welcome to the summit.']);
        const srt = await fetch(`${context.baseUrl}/v1/sessions/${sessionId}/transcripts/en`, {
          headers: { Authorization: `Bearer ${listener}`, Accept: 'application/x-subrip' },
        });
        expect(await srt.text()).toBe(
          '1\n00:00:01,200 --> 00:00:02,400\nHello everyone.\n\n2\n00:00:03,000 --> 00:00:04,500\nWelcome to the summit.\n',
        );
        const missing = await context.call('GET', `/v1/sessions/${sessionId}/transcripts/de`, listener);
        expect(missing.status).toBe(404);
      });

      it('ends the session even when the events service refuses its record, and saves the record later', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        const token = await context.token(speakerId);
        const sessionId = (await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId })).body
          .session_id;
        // More failures than the writer's attempts (three): the record waits for the sweep.
        context.upstreams.state.failNextRecords = 3;
        const stopped = await context.call('POST', '/v1/sessions/stop', token, { event_id: event.id, session_id: sessionId });
        expect(stopped.body).toMatchObject({ status: 'ended', record_saved_at: null });
        await context.service.records.settle();
        expect((await context.call('GET', `/v1/sessions/${sessionId}`, token)).body.record_saved_at).toBeNull();
        expect(context.upstreams.state.records.some((record) => record.id === sessionId)).toBe(false);

        await context.service.records.sweep();
        await context.service.records.settle();
        expect((await context.call('GET', `/v1/sessions/${sessionId}`, token)).body.record_saved_at).not.toBeNull();
        expect(context.upstreams.state.records.filter((record) => record.id === sessionId)).toHaveLength(1);
      });

      it('refuses a stop by a listener (403) and a stop naming another event (404)', async () => {
        const { event, channelId, speakerId, listenerId } = context.arrangeEvent();
        const started = await context.call('POST', '/v1/sessions/start', await context.token(speakerId), {
          event_id: event.id,
          channel_id: channelId,
        });
        const sessionId = started.body.session_id;
        const byListener = await context.call('POST', '/v1/sessions/stop', await context.token(listenerId), {
          event_id: event.id,
          session_id: sessionId,
        });
        expect(byListener.status).toBe(403);
        const otherEvent = await context.call('POST', '/v1/sessions/stop', await context.token(speakerId), {
          event_id: randomUUID(),
          session_id: sessionId,
        });
        expect(otherEvent.status).toBe(404);
        const hidden = await context.call('GET', `/v1/sessions/${sessionId}`, await context.token(listenerId));
        expect(hidden.status).toBe(404);
        expect(context.agents.of(sessionId).stopped).toBe(false);
      });

      it('ends the session by itself when the room is closed, or the agent fails for good', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        const token = await context.token(speakerId);
        const first = await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId });
        // The room closes while a manager stops the session: the agent leaves once, the first reason stays.
        context.agents.of(first.body.session_id).closeRoom();
        const stoppedMeanwhile = await context.call('POST', '/v1/sessions/stop', token, {
          event_id: event.id,
          session_id: first.body.session_id,
        });
        expect(stoppedMeanwhile.status).toBe(200);
        const closed = await eventually(
          () => context.call('GET', `/v1/sessions/${first.body.session_id}`, token),
          (answer) => answer.body.status === 'ended',
        );
        expect(closed.body).toMatchObject({ end_reason: 'room_closed', stopped_by: null });

        expect(context.agents.of(first.body.session_id).stopCalls).toBe(1);

        const second = await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId });
        expect(second.status).toBe(201);
        context.agents.of(second.body.session_id).fail('ASR engine did not answer.');
        const failed = await eventually(
          () => context.call('GET', `/v1/sessions/${second.body.session_id}`, token),
          (answer) => answer.body.status === 'failed',
        );
        expect(failed.body.end_reason).toBe('agent_failed');
        expect(failed.body.agents[0]).toMatchObject({
          agent_type: 'asr',
          status: 'failed',
          restarts: 3,
          last_error: { code: 'engine_unreachable', message: 'ASR engine did not answer.' },
        });
      });
    });

    describe('the event closing', () => {
      it('ends the running session with event_closed when the event leaves ready/live, and records it', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent();
        const token = await context.token(speakerId);
        const sessionId = (await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId })).body
          .session_id;
        await context.service.lifecycle.endClosedEvents();
        expect((await context.call('GET', `/v1/sessions/${sessionId}`, token)).body.status).toBe('active');

        event.status = 'ended';
        await context.service.lifecycle.endClosedEvents();
        const ended = await context.call('GET', `/v1/sessions/${sessionId}`, token);
        expect(ended.body).toMatchObject({ status: 'ended', end_reason: 'event_closed' });
        expect(context.agents.of(sessionId).stopped).toBe(true);
        await eventually(
          () => Promise.resolve(context.upstreams.state.records.some((record) => record.id === sessionId)),
          (written) => written,
        );
      });
    });

    describe('a restart of the service', () => {
      it('picks running sessions up again, continuing their numbering, and ends those whose event closed meanwhile', async () => {
        const kept = context.arrangeEvent({ targets: ['es'] });
        const closing = context.arrangeEvent({ targets: ['es'] });
        const keptToken = await context.token(kept.speakerId);
        const keptSession = (
          await context.call('POST', '/v1/sessions/start', keptToken, { event_id: kept.event.id, channel_id: kept.channelId })
        ).body.session_id;
        const closingSession = (
          await context.call('POST', '/v1/sessions/start', await context.token(closing.speakerId), {
            event_id: closing.event.id,
            channel_id: closing.channelId,
          })
        ).body.session_id;
        const before = context.agents.of(keptSession);
        await before.publish({ en: 'First.', es: 'Primero.' }, { startMs: 0, endMs: 1000 });
        await before.publish({ en: 'Second.', es: 'Segundo.' }, { startMs: 1000, endMs: 2000 });

        await context.restart(() => {
          closing.event.status = 'ended';
        });

        expect(before.stopped).toBe(true);
        const after = context.agents.of(keptSession);
        expect(after).not.toBe(before);
        expect(after.options.firstSequence).toBe(2);
        await after.publish({ en: 'Third.', es: 'Tercero.' }, { startMs: 2000, endMs: 3000 });
        const transcript = await context.call('GET', `/v1/sessions/${keptSession}/transcripts/es`, keptToken);
        expect(
          transcript.body.segments.map((segment: { sequence: number; text: string }) => `${segment.sequence} ${segment.text}`),
        ).toEqual(['0 Primero.', '1 Segundo.', '2 Tercero.']);
        const running = await context.call('GET', `/v1/sessions/${keptSession}`, keptToken);
        expect(running.body.status).toBe('active');

        const ended = await eventually(
          () =>
            context.call('GET', `/v1/sessions/${closingSession}`, keptToken).then(async () => context.service.sessions.get(closingSession)),
          (session) => session?.recordSavedAt !== null,
        );
        expect(ended).toMatchObject({ status: 'ended', endReason: 'event_closed' });
        expect(context.upstreams.state.records.some((record) => record.id === closingSession)).toBe(true);
      });

      it('keeps a session it could not pick up running, and picks it up once the livekit-provider answers again', async () => {
        const { event, channelId, speakerId } = context.arrangeEvent({ targets: ['es'] });
        const token = await context.token(speakerId);
        const sessionId = (await context.call('POST', '/v1/sessions/start', token, { event_id: event.id, channel_id: channelId })).body
          .session_id;
        await context.agents.of(sessionId).publish({ en: 'One.', es: 'Uno.' }, { startMs: 0, endMs: 800 });
        const agentsBefore = context.agents.agents.filter((agent) => agent.options.sessionId === sessionId).length;

        await context.restart(() => {
          context.provider.state.refusing = true;
        });
        try {
          expect(context.agents.agents.filter((agent) => agent.options.sessionId === sessionId)).toHaveLength(agentsBefore);
          expect((await context.call('GET', `/v1/sessions/${sessionId}`, token)).body.status).toBe('active');
        } finally {
          context.provider.state.refusing = false;
        }

        await context.service.lifecycle.pickUp();
        const again = context.agents.of(sessionId);
        expect(context.agents.agents.filter((agent) => agent.options.sessionId === sessionId)).toHaveLength(agentsBefore + 1);
        expect(again.options.firstSequence).toBe(1);
        // Picked up once: another pass leaves it with the agent it has.
        await context.service.lifecycle.pickUp();
        expect(context.agents.of(sessionId)).toBe(again);
      });
    });
  });
}
