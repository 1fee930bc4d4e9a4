import type { Logger } from 'pino';
import { WavWriter } from '../recording/wav-writer.js';
import type { SessionRepository } from '../repositories/session-repository.js';
import type { SessionRegistry } from '../speaker/session-registry.js';
import type { SessionRecordWriter } from './session-record-writer.js';

/**
 * Finishes what a stopped or crashed process left behind: sessions no instance stamps any more
 * (`staleAfterMs`), active ones (the process died mid-talk) or interrupted past their deadline, are
 * ended (`grace_expired`: nobody resumed them) with their recording header made final; and ended
 * sessions whose record the events service never confirmed are written again.
 */
export async function sweepSessions(options: { sessions: SessionRepository; registry: SessionRegistry; records: SessionRecordWriter; logger: Logger; staleAfterMs: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  let ended = 0;
  for (const session of await options.sessions.listAbandoned(now, new Date(now.getTime() - options.staleAfterMs))) {
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
    // The recording holds every byte received, so it gives the audio clock a crash did not store.
    const mediaOffsetMs = recordingBytes === null ? session.mediaOffsetMs : Math.max(session.mediaOffsetMs, Math.floor((recordingBytes - 44) / 32));
    if (await options.sessions.end(session.id, { reason: 'grace_expired', endedAt: now, mediaOffsetMs, listenersPeak: session.listenersPeak, recordingBytes })) {
      ended += 1;
      options.logger.warn({ session_id: session.id, status: session.status }, 'ended a session its process abandoned');
    }
  }
  for (const session of await options.sessions.listUnrecorded()) void options.records.write(session.id);
  return ended;
}
