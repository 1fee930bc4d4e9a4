/**
 * Several live-service instances on one database: each session is run by one instance, another takes
 * it over once its owner stops (at once) or dies (when its lease expires), and no channel ever has two
 * agents. The instances here drive their heartbeats themselves unless a test gives them a timer.
 */
import { describe, expect, it } from 'vitest';
import { databaseEngines } from '@ilenia/kit/testing';
import type { FakeChannelAgent } from './support/fake-channel-agent.js';
import { useLiveService } from './support/live-service-harness.js';

for (const engine of await databaseEngines('ilenia_live_service_instances')) {
  describe.skipIf(!engine.available)(`several live-service instances on ${engine.name}`, () => {
    const context = useLiveService(engine);

    /** Starts a session of a new event's channel on the harness's own instance, with one final published. */
    async function runningSession() {
      const arranged = context.arrangeEvent({ targets: ['es'] });
      const token = await context.token(arranged.speakerId);
      const started = await context.call('POST', '/v1/sessions/start', token, {
        event_id: arranged.event.id,
        channel_id: arranged.channelId,
      });
      expect(started.status, started.text).toBe(201);
      const sessionId = started.body.session_id;
      const agent = context.agents.of(sessionId);
      await agent.publish({ en: 'One.', es: 'Uno.' }, { startMs: 0, endMs: 1_000 });
      agent.counters = { audioMs: 1_000, mediaMs: 1_200, listenersPeak: 2 };
      return { ...arranged, token, sessionId, agent };
    }

    it('leaves a session its live owner runs alone: heartbeats of another instance start no second agent', async () => {
      const other = await context.launchInstance();
      const { sessionId } = await runningSession();
      await other.service.heartbeat();
      await other.service.heartbeat();
      expect(other.agents.agents).toHaveLength(0);
      expect((await context.service.sessions.get(sessionId))?.ownerInstance).not.toBe(other.instanceId);
    });

    it('takes over the sessions of an instance that died once its lease expired, continuing them, and the dead one leaves if it comes back', async () => {
      // This instance's lease lasts 300 ms and it never renews it by itself: from outside, it died.
      const doomed = await context.launchInstance({ leaseMs: 300 });
      const arranged = context.arrangeEvent({ targets: ['es'] });
      const token = await context.token(arranged.speakerId);
      const started = await context.call('POST', `${doomed.baseUrl}/v1/sessions/start`, token, {
        event_id: arranged.event.id,
        channel_id: arranged.channelId,
      });
      expect(started.status, started.text).toBe(201);
      const sessionId = started.body.session_id;
      const before = doomed.agents.of(sessionId);
      await before.publish({ en: 'One.', es: 'Uno.' }, { startMs: 0, endMs: 1_000 });
      await before.publish({ en: 'Two.', es: 'Dos.' }, { startMs: 1_000, endMs: 2_000 });

      // The survivor's heartbeat runs by itself; it takes the session once the lease is gone.
      const survivor = await context.launchInstance({ heartbeatMs: 50 });
      // At its start already, or at a later heartbeat: whichever comes after the lease expired.
      const after = await survivor.agents.firstAgentOf(sessionId);
      expect(after.options).toMatchObject({ sessionId, firstSequence: 2, firstMediaMs: 2_000 });
      expect((await context.service.sessions.get(sessionId))?.ownerInstance).toBe(survivor.instanceId);
      await after.publish({ en: 'Three.', es: 'Tres.' }, { startMs: 2_000, endMs: 3_000 });
      const transcript = await context.call('GET', `/v1/sessions/${sessionId}/transcripts/es`, token);
      expect(transcript.body.segments.map((segment) => segment.sequence)).toEqual([0, 1, 2]);

      // The dead instance wakes up (a long pause, not a death): it finds the session is not its own and its agent leaves.
      expect(before.stopped).toBe(false);
      await doomed.service.heartbeat();
      expect(before.stopped).toBe(true);
      expect(doomed.agents.agents.filter((agent) => agent.options.sessionId === sessionId)).toHaveLength(1);
      await survivor.close();
      await doomed.close();
    });

    it('lets an instance that stops hand its sessions over at once, and of two instances picking one up, only one starts an agent', async () => {
      const leaving = await context.launchInstance();
      const first = await context.launchInstance();
      const second = await context.launchInstance();
      const arranged = context.arrangeEvent({ targets: ['es'] });
      const token = await context.token(arranged.speakerId);
      const started = await context.call('POST', `${leaving.baseUrl}/v1/sessions/start`, token, {
        event_id: arranged.event.id,
        channel_id: arranged.channelId,
      });
      const sessionId = started.body.session_id;
      const agent = leaving.agents.of(sessionId);
      agent.counters = { audioMs: 3_000, mediaMs: 3_000, listenersPeak: 4 };

      await leaving.close();
      expect(agent.stopped).toBe(true);
      expect(await context.service.sessions.get(sessionId)).toMatchObject({ status: 'active', ownerInstance: null, audioMs: 3_000 });

      await Promise.all([first.service.heartbeat(), second.service.heartbeat(), context.service.heartbeat()]);
      const pickedUp: FakeChannelAgent[] = [first, second, { agents: context.agents }].flatMap((instance) =>
        instance.agents.agents.filter((candidate) => candidate.options.sessionId === sessionId),
      );
      expect(pickedUp).toHaveLength(1);
      expect(pickedUp[0]!.options.firstMediaMs).toBe(3_000);
    });

    it('stops a session through any instance: the owner, at its next heartbeat, sees it ended and its agent leaves', async () => {
      const other = await context.launchInstance();
      const { event, sessionId, agent, token } = await runningSession();
      const stopped = await context.call('POST', `${other.baseUrl}/v1/sessions/stop`, token, { event_id: event.id, session_id: sessionId });
      expect(stopped.status, stopped.text).toBe(200);
      expect(stopped.body.status).toBe('ended');

      expect(agent.stopped).toBe(false);
      await context.service.heartbeat();
      expect(agent.stopped).toBe(true);
      expect(context.service.lifecycle.runningHere()).not.toContain(sessionId);
    });

    it('lets go of a session whose agent another connection replaced in the room, and picks it up again', async () => {
      const { sessionId, agent } = await runningSession();
      agent.replaced();
      const again = context.agents.nextAgentOf(sessionId);
      // Released once the agent left; the next heartbeat (here, as the only live instance) starts it again.
      await expect.poll(async () => (await context.service.sessions.get(sessionId))?.ownerInstance).toBeNull();
      await context.service.heartbeat();
      const replacement = await again;
      expect(replacement).not.toBe(agent);
      expect(agent.stopped).toBe(true);
      expect(replacement.options.firstSequence).toBe(1);
    });
  });
}
