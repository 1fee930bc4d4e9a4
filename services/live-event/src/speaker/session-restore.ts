import { createHash, timingSafeEqual } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { endAbandonedSession } from '../session-records/session-sweeper.js';
import { recordingBytesPerMs, WavWriter } from '../recording/wav-writer.js';
import type { StoredSession } from '../repositories/session-repository.js';
import { latestSequence } from './channel-sequence.js';
import { LiveSession, type SessionServices } from './live-session.js';
import type { SessionRegistry } from './session-registry.js';

/**
 * Whether no live process runs `stored` any more, so that another may take it: interrupted within its
 * grace (the previous process stopped with 1001, or another instance holds it waiting for a resume), or
 * still `active` while its owner is dead (the process died mid-talk: the speaker's connection died with
 * it, which is the interruption `session_started` promised a grace for). An owner whose liveness
 * cannot be known is taken for alive.
 */
async function takeable(services: SessionServices, stored: StoredSession): Promise<boolean> {
  // Interrupted: no process runs it now (its holder, if alive, only waits for the resume).
  if (stored.status === 'interrupted') return stored.resumeDeadline !== null && stored.resumeDeadline.getTime() > Date.now();
  if (stored.status !== 'active' || stored.ownerInstance === null || stored.ownerInstance === services.liveness.instanceId) return false;
  return !(await services.liveness.isAlive(stored.ownerInstance).catch(() => true));
}

function tokenMatches(stored: StoredSession, token: string): boolean {
  if (!stored.resumeTokenHash) return false;
  const expected = Buffer.from(stored.resumeTokenHash, 'hex');
  const given = createHash('sha256').update(token).digest();
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A session this process does not hold, continued here for the same speaker and channel who presents
 * its current resume token: interrupted within its grace, or active on a process that died. It is
 * claimed with a conditional update (only if still as read), so no two instances can both take it
 * (an instance that held it interrupted lets it go at its next stamp, or when its grace timer finds it
 * taken), then rebuilt around its recording and its numbering. Undefined when there is nothing to continue.
 */
export async function restoreSession(
  services: SessionServices,
  liveSessions: SessionRegistry,
  request: { sessionId: string; speakerId: string; channelId: string; resumeToken: string },
): Promise<LiveSession | undefined> {
  const stored = await services.sessions.get(request.sessionId);
  if (
    !stored ||
    stored.status === 'ended' ||
    stored.speakerId !== request.speakerId ||
    stored.channelId !== request.channelId ||
    !stored.recordingPath ||
    !tokenMatches(stored, request.resumeToken) ||
    liveSessions.ofChannel(stored.channelId) !== undefined ||
    !(await takeable(services, stored))
  ) {
    return undefined;
  }
  // A session that was active had no deadline: its speaker gets the whole grace from now.
  const resumeDeadline =
    stored.status === 'interrupted' && stored.resumeDeadline
      ? stored.resumeDeadline
      : new Date(Date.now() + services.resumeGraceSeconds * 1000);
  const claimed = await services.sessions.claim(
    stored.id,
    { status: stored.status, ownerInstance: stored.ownerInstance },
    { ownerInstance: services.liveness.instanceId, at: new Date() },
  );
  if (!claimed || liveSessions.ofChannel(stored.channelId) !== undefined) return undefined;
  const recording = await WavWriter.open(stored.recordingPath);
  const last = await latestSequence(services, stored);
  // A process that died mid-talk took the utterance in progress with it: it is in the recording.
  const unrecognised =
    stored.status === 'active' ? await unrecognisedAudio(services, stored.id, stored.recordingPath, recording.bytesWritten) : undefined;
  const session = LiveSession.assemble(services, {
    id: stored.id,
    // The languages it started with, whatever the channel says now (a session keeps them).
    parameters: {
      eventId: stored.eventId,
      channelId: stored.channelId,
      speakerId: stored.speakerId,
      sourceLanguage: stored.sourceLanguage,
      targetLanguages: stored.languages.slice(1),
    },
    startedAt: stored.startedAt,
    recording,
    lastSequence: last > 0 ? last : null,
    ...(unrecognised ? { unrecognised } : {}),
  });
  session.adoptInterruption(resumeDeadline, stored.resumeTokenHash!, stored.listenersPeak);
  liveSessions.add(session);
  if (unrecognised) {
    services.logger.info(
      { session_id: stored.id, from_ms: unrecognised.fromMs, audio_ms: unrecognised.pcm.length / recordingBytesPerMs },
      'recognising again the audio a dead process received after its last final',
    );
    await session.settle();
  }
  return session;
}

/** Less unrecognised audio than this is not worth a gap (a frame or two in flight). */
const minimumLostMs = 100;

/** The recording's audio after the session's last stored final (what a dead process never finished). */
async function unrecognisedAudio(
  services: SessionServices,
  sessionId: string,
  recordingPath: string,
  recordedBytes: number,
): Promise<{ fromMs: number; pcm: Buffer } | undefined> {
  const fromMs = (await services.segments.lastSourceEndMs(sessionId)) ?? 0;
  const fromByte = Math.min(recordedBytes, fromMs * recordingBytesPerMs);
  if (recordedBytes - fromByte < 32) return undefined;
  const file = await open(recordingPath, 'r');
  try {
    const pcm = Buffer.alloc(recordedBytes - fromByte);
    await file.read(pcm, 0, pcm.length, 44 + fromByte);
    return { fromMs: fromByte / recordingBytesPerMs, pcm };
  } finally {
    await file.close();
  }
}

/**
 * The same speaker starts a new session while the channel's unfinished one is theirs and no live
 * process runs it (its process died, or it waits for a resume elsewhere): that one is ended
 * (`replaced`) at once, as it would be on the instance holding it, instead of answering 4012 until the
 * sweeper comes. The end is conditional (only if still as read), so a concurrent resume wins cleanly.
 */
export async function replaceAbandonedSession(
  services: SessionServices,
  liveSessions: SessionRegistry,
  request: { speakerId: string; channelId: string },
): Promise<void> {
  const stored = await services.sessions.unfinishedOfChannel(request.channelId);
  if (
    !stored ||
    stored.status === 'ended' ||
    stored.speakerId !== request.speakerId ||
    liveSessions.get(stored.id) ||
    !(await takeable(services, stored))
  )
    return;
  const ended = await endAbandonedSession(services.sessions, stored, {
    reason: 'replaced',
    now: new Date(),
    logger: services.logger,
    onlyIfStill: { status: stored.status, ownerInstance: stored.ownerInstance },
  });
  if (!ended) return;
  services.logger.info(
    { session_id: stored.id, channel_id: stored.channelId, status: stored.status },
    'a new session of the same speaker replaced one no live process runs',
  );
  services.onEnded(stored.id, { recorded: true });
  // What its dead process received after the last final is never recognised now: listeners are told.
  const recordedMs =
    (await stat(stored.recordingPath!)
      .then((file) => Math.max(0, file.size - 44))
      .catch(() => 0)) / recordingBytesPerMs;
  const lastEndMs = (await services.segments.lastSourceEndMs(stored.id)) ?? 0;
  if (stored.status === 'active' && recordedMs - lastEndMs >= minimumLostMs) {
    const latest = await latestSequence(services, stored);
    await services.bus
      .publish(
        { eventId: stored.eventId, channelId: stored.channelId },
        {
          type: 'gap',
          event_id: stored.eventId,
          channel_id: stored.channelId,
          session_id: stored.id,
          language: null,
          from_ms: lastEndMs,
          to_ms: Math.floor(recordedMs),
          after_sequence: latest > 0 ? latest : null,
          reason: 'asr_failed',
          message: 'the process running the session stopped before this audio was recognised, and the speaker started a new session',
        },
      )
      .catch((error: unknown) =>
        services.logger.error({ err: error, session_id: stored.id }, 'publishing the gap of a replaced session failed'),
      );
  }
}
