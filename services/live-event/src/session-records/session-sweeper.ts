import type { Logger } from 'pino';
import { WavWriter } from '../recording/wav-writer.js';
import type { SessionEndReason, SessionRepository, StoredSession } from '../repositories/session-repository.js';
import type { InstanceLiveness } from '../speaker/instance-liveness.js';
import type { SessionRegistry } from '../speaker/session-registry.js';
import type { SessionRecordWriter } from './session-record-writer.js';

/**
 * Ends a session no process holds any more, with its recording header made final (the recording holds
 * every byte received, so it also gives the audio clock a crash did not store). `onlyIfStill` makes it
 * a takeover: it ends only if nobody changed the session since it was read. True when this call ended it.
 */
export async function endAbandonedSession(
  sessions: SessionRepository,
  session: StoredSession,
  end: { reason: SessionEndReason; now: Date; logger: Logger; onlyIfStill?: { status: 'active' | 'interrupted'; ownerInstance: string | null } },
): Promise<boolean> {
  let recordingBytes: number | null = null;
  if (session.recordingPath) {
    try {
      const recording = await WavWriter.open(session.recordingPath);
      recordingBytes = recording.bytesWritten > 0 ? await recording.close() : (await recording.close(), null);
    } catch (error) {
      end.logger.warn({ err: error, session_id: session.id }, 'the recording of an abandoned session could not be finalised');
    }
  }
  const mediaOffsetMs = recordingBytes === null ? session.mediaOffsetMs : Math.max(session.mediaOffsetMs, Math.floor((recordingBytes - 44) / 32));
  return sessions.end(session.id, { reason: end.reason, endedAt: end.now, mediaOffsetMs, listenersPeak: session.listenersPeak, recordingBytes, ...(end.onlyIfStill ? { onlyIfStill: end.onlyIfStill } : {}) });
}

/**
 * Finishes what a stopped or crashed process left behind. Sessions whose owner is known dead
 * (`liveness`): one that was active becomes interrupted for the resume grace (its speaker may still
 * resume it, as `session_started` promised), one interrupted past its deadline is ended
 * (`grace_expired`). Sessions no instance stamps any more (`staleAfterMs`: rows without an owner, or
 * when liveness cannot be known), active or interrupted past their deadline, are ended too. Ended
 * sessions whose record the events service never confirmed are written again.
 */
export async function sweepSessions(options: {
  sessions: SessionRepository;
  registry: SessionRegistry;
  records: SessionRecordWriter;
  logger: Logger;
  staleAfterMs: number;
  liveness?: InstanceLiveness;
  resumeGraceSeconds?: number;
  now?: Date;
}): Promise<number> {
  const now = options.now ?? new Date();
  let ended = 0;
  if (options.liveness) {
    for (const session of await options.sessions.listOwnedElsewhere(options.liveness.instanceId)) {
      if (options.registry.get(session.id)) continue;
      const alive = await options.liveness.isAlive(session.ownerInstance).catch(() => true);
      if (alive) continue;
      if (session.status === 'active') {
        const deadline = new Date(now.getTime() + (options.resumeGraceSeconds ?? 0) * 1000);
        if (await options.sessions.releaseDead(session.id, session.ownerInstance!, deadline)) {
          options.logger.warn({ session_id: session.id, resume_deadline: deadline.toISOString() }, 'the process running a session died; it waits for its speaker until the resume deadline');
        }
      } else if (session.resumeDeadline && session.resumeDeadline <= now) {
        if (await endAbandonedSession(options.sessions, session, { reason: 'grace_expired', now, logger: options.logger, onlyIfStill: { status: 'interrupted', ownerInstance: session.ownerInstance } })) ended += 1;
      }
    }
  }
  for (const session of await options.sessions.listAbandoned(now, new Date(now.getTime() - options.staleAfterMs))) {
    if (options.registry.get(session.id)) continue;
    if (await endAbandonedSession(options.sessions, session, { reason: 'grace_expired', now, logger: options.logger })) {
      ended += 1;
      options.logger.warn({ session_id: session.id, status: session.status }, 'ended a session its process abandoned');
    }
  }
  for (const session of await options.sessions.listUnrecorded()) void options.records.write(session.id);
  return ended;
}
