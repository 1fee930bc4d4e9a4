import type { Logger } from 'pino';
import { WavWriter } from '../recording/wav-writer.js';
import type { SessionRepository } from '../repositories/session-repository.js';
import type { SessionRegistry } from '../speaker/session-registry.js';
import type { SessionRecordWriter } from './session-record-writer.js';

/**
 * Finishes what a stopped process left behind: interrupted sessions whose grace period ran out
 * while no process held them are ended (`grace_expired`, their recording header made final), and
 * ended sessions whose record the events service never confirmed are written again.
 */
export async function sweepSessions(options: { sessions: SessionRepository; registry: SessionRegistry; records: SessionRecordWriter; logger: Logger; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  let ended = 0;
  for (const session of await options.sessions.listExpiredInterruptions(now)) {
    if (options.registry.get(session.id)) continue;
    let recordingBytes: number | null = null;
    if (session.recordingPath) {
      try {
        const recording = await WavWriter.open(session.recordingPath);
        recordingBytes = recording.bytesWritten > 0 ? await recording.close() : (await recording.close(), null);
      } catch (error) {
        options.logger.warn({ err: error, session_id: session.id }, 'the recording of an abandoned session could not be finalised');
      }
    }
    const endedAt = session.recordingFinalizedAt ?? now;
    if (await options.sessions.end(session.id, { reason: 'grace_expired', endedAt, mediaOffsetMs: session.mediaOffsetMs, listenersPeak: session.listenersPeak, recordingBytes })) ended += 1;
  }
  for (const session of await options.sessions.listUnrecorded()) void options.records.write(session.id);
  return ended;
}
