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
  end: {
    reason: SessionEndReason;
    now: Date;
    logger: Logger;
    onlyIfStill?: { status: 'active' | 'interrupted'; ownerInstance: string | null };
  },
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
  const mediaOffsetMs =
    recordingBytes === null ? session.mediaOffsetMs : Math.max(session.mediaOffsetMs, Math.floor((recordingBytes - 44) / 32));
  return sessions.end(session.id, {
    reason: end.reason,
    endedAt: end.now,
    mediaOffsetMs,
    listenersPeak: session.listenersPeak,
    recordingBytes,
    ...(end.onlyIfStill ? { onlyIfStill: end.onlyIfStill } : {}),
  });
}

/**
 * Finishes what a stopped or crashed process left behind. A session interrupted past its deadline
 * whose owner is known dead (`liveness`) is ended (`grace_expired`) at once. Sessions no instance
 * stamps any more (`staleAfterMs`, at least the resume grace: a session active on a dead process is
 * resumable by its speaker until then), active or interrupted past their deadline, are ended too. Ended
 * sessions whose record the events service never confirmed are written again.
 */
export async function sweepSessions(options: {
  sessions: SessionRepository;
  liveSessions: SessionRegistry;
  records: SessionRecordWriter;
  logger: Logger;
  staleAfterMs: number;
  liveness?: InstanceLiveness;
  now?: Date;
}): Promise<number> {
  const now = options.now ?? new Date();
  let ended = 0;
  if (options.liveness) {
    for (const session of await options.sessions.listOwnedElsewhere(options.liveness.instanceId)) {
      if (options.liveSessions.get(session.id)) continue;
      const alive = await options.liveness.isAlive(session.ownerInstance).catch(() => true);
      if (alive) continue;
      // Still active: its process died mid-talk. It stays so (its speaker may resume it, and what the dead
      // process recorded is recognised again then) until the staleness rule below ends it.
      if (session.status === 'active') continue;
      if (session.resumeDeadline && session.resumeDeadline <= now) {
        if (
          await endAbandonedSession(options.sessions, session, {
            reason: 'grace_expired',
            now,
            logger: options.logger,
            onlyIfStill: { status: 'interrupted', ownerInstance: session.ownerInstance },
          })
        )
          ended += 1;
      }
    }
  }
  for (const session of await options.sessions.listAbandoned(now, new Date(now.getTime() - options.staleAfterMs))) {
    if (options.liveSessions.get(session.id)) continue;
    if (await endAbandonedSession(options.sessions, session, { reason: 'grace_expired', now, logger: options.logger })) {
      ended += 1;
      options.logger.warn({ session_id: session.id, status: session.status }, 'ended a session its process abandoned');
    }
  }
  for (const session of await options.sessions.listUnrecorded()) void options.records.write(session.id);
  return ended;
}
