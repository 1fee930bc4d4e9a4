/**
 * One session per channel across instances: two live-event processes that share a database (as
 * behind a load balancer) never let two speakers hold the same channel, whichever instance each
 * reaches. The database's unique index decides; the ticket check reads it too.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer } from './support/fake-engines.js';
import { startLiveEvent } from './support/live-event-harness.js';
import { arrangeEvent, negotiate, openSpeaker, useLiveEvent } from './support/test-context.js';

const engines = () => ({
  recognizer: new ScriptedRecognizer([]),
  translator: new PrefixTranslator(['es', 'fr']),
  synthesizer: new SilentSynthesizer(),
});
const context = useLiveEvent(engines);

describe('a channel held through another instance', () => {
  it('refuses the second speaker: 409 at the ticket, 4012 at negotiation when the ticket came first', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const otherSpeaker = randomUUID();
    event.channels[0]!.speakers.push(otherSpeaker);
    const other = await startLiveEvent({
      db: context.database.db,
      key: context.key,
      upstreams: context.upstreams,
      engines: engines(),
      recordingsDir: context.live.recordingsDir,
    });
    try {
      const ticketOnOther = async () =>
        other.ticket('speaker', { event_id: event.id, channel_id: channel.id }, await other.token(otherSpeaker, ['live:speak']));
      // Taken before the first speaker starts: valid when issued, refused once the channel is held.
      const early = await ticketOnOther();
      expect(early.status).toBe(201);

      const first = await openSpeaker(context, event.id, channel.id, speakerId);
      const { started } = await negotiate(first);

      expect(await ticketOnOther()).toMatchObject({ status: 409, body: { type: 'https://ilenia.dev/problems/channel-busy' } });
      const second = other.speaker(String(early.body.ticket));
      await second.opened;
      second.send({ type: 'audio_config', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 } });
      expect(await second.next('error')).toMatchObject({ code: 'channel_busy', fatal: true, details: { close_code: 4012 } });
      expect((await second.closed).code).toBe(4012);
      // Nothing of the refused session remains: the channel's only session is the first speaker's.
      expect((await other.service.sessions.listAllByEvent(event.id)).map((session) => session.id)).toEqual([started!.session_id]);

      first.send({ type: 'end_session' });
      await first.closed;
      const after = await ticketOnOther();
      expect(after.status).toBe(201);
      const third = other.speaker(String(after.body.ticket));
      await third.opened;
      expect((await negotiate(third)).started).toMatchObject({ type: 'session_started' });
      third.send({ type: 'end_session' });
      await third.closed;
    } finally {
      await other.stop();
    }
  });
});

describe('a session whose instance died', () => {
  it('is resumed at once on another instance, by exactly one of two racing, and the dead owner lets it go', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const start = () =>
      startLiveEvent({
        db: context.database.db,
        key: context.key,
        upstreams: context.upstreams,
        engines: engines(),
        recordingsDir: context.live.recordingsDir,
      });
    const [owner, first, second] = await Promise.all([start(), start(), start()]);
    try {
      const speakerTicketOn = async (live: typeof owner) =>
        String(
          (await live.ticket('speaker', { event_id: event.id, channel_id: channel.id }, await live.token(speakerId, ['live:speak']))).body
            .ticket,
        );
      const speaker = owner.speaker(await speakerTicketOn(owner));
      await speaker.opened;
      const { started } = await negotiate(speaker);
      // Taken before the owner "dies": once it is dead its ticket endpoint is gone too.
      const tickets = await Promise.all([speakerTicketOn(first), speakerTicketOn(second)]);
      // The owner stops being alive without any shutdown: its session stays active in the database.
      await owner.service.liveness.stop();
      expect(await context.live.service.sessions.get(started!.session_id)).toMatchObject({
        status: 'active',
        ownerInstance: owner.service.liveness.instanceId,
      });

      const racers = [first.speaker(tickets[0]), second.speaker(tickets[1])];
      await Promise.all(racers.map((racer) => racer.opened));
      for (const racer of racers)
        racer.send({ type: 'session_resume', session_id: started!.session_id, resume_token: started!.resume_token });
      const answers = await Promise.all(
        racers.map((racer) => racer.next((message) => message.type === 'session_started' || message.type === 'error')),
      );
      expect(answers.map((answer) => answer.type).sort()).toEqual(['error', 'session_started']);
      const winner = answers[0]!.type === 'session_started' ? first : second;
      expect(answers.find((answer) => answer.type === 'session_started')).toMatchObject({ resumed: true, session_id: started!.session_id });
      expect(answers.find((answer) => answer.type === 'error')).toMatchObject({ code: 'resume_failed' });
      expect(await context.live.service.sessions.get(started!.session_id)).toMatchObject({
        status: 'active',
        ownerInstance: winner.service.liveness.instanceId,
      });

      // The old owner, still running it in memory, finds out at its next stamp and lets it go.
      await owner.service.sweep();
      expect(owner.service.liveSessions.get(started!.session_id)).toBeUndefined();
      expect((await speaker.closed).code).toBe(4011);
      expect(await context.live.service.sessions.get(started!.session_id)).toMatchObject({
        status: 'active',
        ownerInstance: winner.service.liveness.instanceId,
      });
      const resumedSocket = racers[answers[0]!.type === 'session_started' ? 0 : 1]!;
      await negotiate(resumedSocket, { expectSession: false });
      resumedSocket.send({ type: 'end_session' });
      expect((await resumedSocket.closed).code).toBe(1000);
      expect(await context.live.service.sessions.get(started!.session_id)).toMatchObject({ status: 'ended', endReason: 'speaker_ended' });
    } finally {
      await Promise.all([owner.stop(), first.stop(), second.stop()]);
    }
  });
});
