import { WavWriter } from '../recording/wav-writer.js';
import { latestSequence } from './channel-sequence.js';
import { LiveSession, type SessionServices } from './live-session.js';
import type { SessionRegistry } from './session-registry.js';

/**
 * A session this process does not hold but the database says is interrupted and still within its
 * grace period, for the same speaker and channel (the previous process stopped with 1001, or another
 * instance let it go): rebuilt around its recording and its numbering, so `session_resume` works
 * across a restart. Undefined when there is nothing to continue; the token is checked by the caller.
 */
export async function restoreSession(services: SessionServices, registry: SessionRegistry, request: { sessionId: string; speakerId: string; channelId: string }): Promise<LiveSession | undefined> {
  const stored = await services.sessions.get(request.sessionId);
  if (
    !stored ||
    stored.status !== 'interrupted' ||
    stored.speakerId !== request.speakerId ||
    stored.channelId !== request.channelId ||
    !stored.resumeTokenHash ||
    !stored.resumeDeadline ||
    stored.resumeDeadline.getTime() <= Date.now() ||
    !stored.recordingPath ||
    registry.ofChannel(stored.channelId) !== undefined
  ) {
    return undefined;
  }
  const recording = await WavWriter.open(stored.recordingPath);
  const last = await latestSequence(services, stored);
  const session = LiveSession.assemble(services, {
    id: stored.id,
    // The languages it started with, whatever the channel says now (a session keeps them).
    parameters: { eventId: stored.eventId, channelId: stored.channelId, speakerId: stored.speakerId, sourceLanguage: stored.sourceLanguage, targetLanguages: stored.languages.slice(1) },
    startedAt: stored.startedAt,
    recording,
    lastSequence: last > 0 ? last : null,
  });
  session.adoptInterruption(stored.resumeDeadline, stored.resumeTokenHash, stored.listenersPeak);
  registry.add(session);
  return session;
}
