/**
 * The whole event's transcript in one language (LiveKit mode): every session of the event, or of one
 * channel, in start order on one clock, readable by whoever the events service shows the event to.
 */
import { describe, expect, it } from 'vitest';
import type { components } from '@ilenia/generated/openapi/live-service/types';
import { databaseEngines } from '@ilenia/kit/testing';
import { useLiveService } from './support/live-service-harness.js';

type EventTranscriptBody = components['schemas']['LiveEventTranscript'];

for (const engine of await databaseEngines('ilenia_live_service_event_transcripts')) {
  describe.skipIf(!engine.available)(`an event's LiveKit transcript on ${engine.name}`, () => {
    const context = useLiveService(engine);

    /** Runs one session of the channel: starts it, publishes `finals` (en → es), counts `mediaMs` of audio, stops it. */
    async function runSession(
      arranged: ReturnType<typeof context.arrangeEvent>,
      finals: { en: string; es: string; startMs: number; endMs: number }[],
      mediaMs: number,
      options: { stop?: boolean } = {},
    ): Promise<string> {
      const speaker = await context.token(arranged.speakerId);
      const started = await context.call('POST', '/v1/sessions/start', speaker, {
        event_id: arranged.event.id,
        channel_id: arranged.channelId,
      });
      expect(started.status, started.text).toBe(201);
      const sessionId = started.body.session_id;
      const agent = context.agents.of(sessionId);
      for (const { en, es, startMs, endMs } of finals) await agent.publish({ en, es }, { startMs, endMs });
      agent.counters = { audioMs: mediaMs, mediaMs, listenersPeak: 0 };
      if (options.stop !== false) {
        const stopped = await context.call('POST', '/v1/sessions/stop', speaker, { event_id: arranged.event.id, session_id: sessionId });
        expect(stopped.status, stopped.text).toBe(200);
      }
      return sessionId;
    }

    it('lays the sessions end to end on one clock, for a listener, in JSON, WebVTT (a NOTE per session), SubRip (renumbered) and text', async () => {
      const arranged = context.arrangeEvent({ targets: ['es'] });
      const first = await runSession(
        arranged,
        [
          { en: 'Hello everyone.', es: 'Hola a todos.', startMs: 1_200, endMs: 2_400 },
          { en: 'Welcome.', es: 'Bienvenidos.', startMs: 3_000, endMs: 4_000 },
        ],
        10_000,
      );
      const second = await runSession(arranged, [{ en: 'Questions now.', es: 'Ahora, preguntas.', startMs: 500, endMs: 1_500 }], 5_000, {
        stop: false,
      });
      const listener = await context.token(arranged.listenerId, ['transcripts:read']);
      const path = `/v1/events/${arranged.event.id}/transcripts/es`;

      const json = await context.call<EventTranscriptBody>('GET', path, listener);
      expect(json.status, json.text).toBe(200);
      expect(json.headers.get('content-disposition')).toBe(`inline; filename="event-${arranged.event.id}.es.json"`);
      const body = json.body;
      expect(body).toMatchObject({ event_id: arranged.event.id, channel_id: null, language: 'es', complete: false });
      expect(body.sessions.map(({ session_id, offset_ms, is_source }) => [session_id, offset_ms, is_source])).toEqual([
        [first, 0, false],
        [second, 10_000, false],
      ]);
      expect(body.segments).toEqual([
        { session_id: first, sequence: 0, start_ms: 1_200, end_ms: 2_400, text: 'Hola a todos.' },
        { session_id: first, sequence: 1, start_ms: 3_000, end_ms: 4_000, text: 'Bienvenidos.' },
        { session_id: second, sequence: 0, start_ms: 10_500, end_ms: 11_500, text: 'Ahora, preguntas.' },
      ]);

      const vtt = await context.call('GET', `${path}?format=vtt`, listener);
      expect(vtt.headers.get('content-type')).toContain('text/vtt');
      expect(vtt.text).toMatch(
        new RegExp(
          `^WEBVTT\\n\\nNOTE session ${first} started [^\\n]+\\n\\n0\\n00:00:01\\.200 --> 00:00:02\\.400\\nHola a todos\\.\\n\\n1\\n00:00:03\\.000 --> 00:00:04\\.000\\nBienvenidos\\.\\n\\nNOTE session ${second} started [^\\n]+\\n\\n0\\n00:00:10\\.500 --> 00:00:11\\.500\\nAhora, preguntas\\.\\n$`,
        ),
      );
      const srt = await context.call('GET', `${path}?format=srt`, listener);
      expect(srt.text).toBe(
        '1\n00:00:01,200 --> 00:00:02,400\nHola a todos.\n\n2\n00:00:03,000 --> 00:00:04,000\nBienvenidos.\n\n3\n00:00:10,500 --> 00:00:11,500\nAhora, preguntas.\n',
      );
      const txt = await fetch(`${context.baseUrl}${path}`, { headers: { Authorization: `Bearer ${listener}`, Accept: 'text/plain' } });
      expect(await txt.text()).toBe('Hola a todos.\nBienvenidos.\nAhora, preguntas.\n');

      // The source language too, and complete once every session ended.
      await context.call('POST', '/v1/sessions/stop', await context.token(arranged.speakerId), {
        event_id: arranged.event.id,
        session_id: second,
      });
      const english = (await context.call<EventTranscriptBody>('GET', `/v1/events/${arranged.event.id}/transcripts/EN`, listener)).body;
      expect(english).toMatchObject({ language: 'en', complete: true });
      expect(english.sessions.every((session) => session.is_source)).toBe(true);
      expect(english.segments.map((segment) => segment.text)).toEqual(['Hello everyone.', 'Welcome.', 'Questions now.']);
    });

    it('answers an offered language nobody spoke yet with an empty transcript, and 404 for a language, channel or event not offered', async () => {
      const arranged = context.arrangeEvent({ targets: ['es', 'fr'] });
      const listener = await context.token(arranged.listenerId, ['transcripts:read']);
      const empty = await context.call('GET', `/v1/events/${arranged.event.id}/transcripts/fr`, listener);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({
        event_id: arranged.event.id,
        channel_id: null,
        language: 'fr',
        complete: true,
        sessions: [],
        segments: [],
      });

      const german = await context.call('GET', `/v1/events/${arranged.event.id}/transcripts/de`, listener);
      expect(german.status).toBe(404);
      expect(german.headers.get('content-type')).toContain('application/problem+json');
      expect(german.body.detail).toBe(`Event ${arranged.event.id} offers en, es, fr, not de.`);

      const otherChannel = await context.call(
        'GET',
        `/v1/events/${arranged.event.id}/transcripts/es?channel_id=00000000-0000-4000-8000-000000000001`,
        listener,
      );
      expect(otherChannel.status).toBe(404);

      const stranger = await context.token('00000000-0000-4000-8000-0000000000ff', ['transcripts:read']);
      expect((await context.call<EventTranscriptBody>('GET', `/v1/events/${arranged.event.id}/transcripts/es`, stranger)).status).toBe(404);
    });

    it('keeps to one channel with channel_id, and leaves out the other channels of the event', async () => {
      const arranged = context.arrangeEvent({ targets: ['es'] });
      const mainSession = await runSession(arranged, [{ en: 'Main stage.', es: 'Escenario principal.', startMs: 0, endMs: 1_000 }], 2_000);
      // A second channel of the same event, with its own speaker.
      const side = { ...arranged.event.channels[0]!, id: '00000000-0000-4000-8000-0000000000c2', name: 'Side room' };
      arranged.event.channels.push(side);
      const sideArranged = { ...arranged, channelId: side.id };
      const sideSession = await runSession(sideArranged, [{ en: 'Side room.', es: 'Sala lateral.', startMs: 0, endMs: 1_000 }], 2_000);
      const listener = await context.token(arranged.listenerId, ['transcripts:read']);

      const main = (
        await context.call<EventTranscriptBody>(
          'GET',
          `/v1/events/${arranged.event.id}/transcripts/es?channel_id=${arranged.channelId}`,
          listener,
        )
      ).body;
      expect(main.channel_id).toBe(arranged.channelId);
      expect(main.sessions.map((session) => session.session_id)).toEqual([mainSession]);
      expect(main.segments.map((segment) => segment.text)).toEqual(['Escenario principal.']);

      const whole = (await context.call<EventTranscriptBody>('GET', `/v1/events/${arranged.event.id}/transcripts/es`, listener)).body;
      expect(whole.sessions.map((session) => [session.session_id, session.offset_ms])).toEqual([
        [mainSession, 0],
        [sideSession, 2_000],
      ]);
    });
  });
}
