import type { Logger } from 'pino';
import type { LiveEventMetrics } from '../metrics.js';
import type { SegmentRepository } from '../repositories/segment-repository.js';
import type { SessionRepository, StoredSession } from '../repositories/session-repository.js';
import type { EventsDirectory, SessionRecordCreate } from '@ilenia/kit/upstream';

export interface SessionRecordWriterOptions {
  sessions: SessionRepository;
  segments: SegmentRepository;
  directory: EventsDirectory;
  /** Where clients reach this service, for the recording and transcript links. */
  publicUrl: URL;
  logger: Logger;
  metrics: LiveEventMetrics;
  /** Waits between attempts (default 1 s, 5 s, 30 s: four attempts in all). */
  retryDelaysMs?: readonly number[];
}

/** The record the events service keeps of an ended session, with links back to this service. */
async function sessionRecordOf(session: StoredSession, segments: SegmentRepository, publicUrl: URL): Promise<SessionRecordCreate> {
  const base = publicUrl.href.replace(/\/$/, '');
  const counts = await segments.countsBySession(session.id);
  return {
    id: session.id,
    channel_id: session.channelId,
    mode: 'websocket',
    started_at: session.startedAt.toISOString(),
    ended_at: (session.endedAt ?? new Date()).toISOString(),
    segment_count: session.segmentCount,
    listeners_peak: session.listenersPeak,
    recording_url: session.recordingBytes === null ? null : `${base}/v1/sessions/${session.id}/recording`,
    transcripts: session.languages
      .filter((language) => (counts.get(language) ?? 0) > 0)
      .map((language) => ({ language, url: `${base}/v1/sessions/${session.id}/transcripts/${encodeURIComponent(language)}` })),
  };
}

/**
 * Writes the record of each ended session to the events service, retrying a few times. A record that
 * still fails is never dropped silently: it is logged as an error with the session id, counted, and
 * stays unconfirmed in the database, where the sweeper tries it again later.
 */
export function sessionRecordWriter(options: SessionRecordWriterOptions) {
  const delays = options.retryDelaysMs ?? [1_000, 5_000, 30_000];
  const inFlight = new Map<string, Promise<boolean>>();

  async function attempt(sessionId: string): Promise<boolean> {
    const session = await options.sessions.get(sessionId);
    if (!session || session.status !== 'ended') return false;
    if (session.recordWrittenAt) return true;
    const record = await sessionRecordOf(session, options.segments, options.publicUrl);
    let lastError: unknown;
    for (let attemptIndex = 0; attemptIndex <= delays.length; attemptIndex += 1) {
      try {
        await options.directory.writeSessionRecord(session.eventId, record);
        await options.sessions.markRecordWritten(session.id, new Date());
        return true;
      } catch (error) {
        lastError = error;
        if (attemptIndex < delays.length) await new Promise((resolve) => setTimeout(resolve, delays[attemptIndex]).unref());
      }
    }
    options.metrics.sessionRecordFailures.inc();
    options.logger.error(
      { err: lastError, session_id: session.id, event_id: session.eventId },
      'the events service did not take the session record after every retry; it will be tried again',
    );
    return false;
  }

  return {
    /** Writes (or keeps writing) the record of an ended session; resolves true once the events service has it. */
    write(sessionId: string): Promise<boolean> {
      const running = inFlight.get(sessionId);
      if (running) return running;
      const promise = attempt(sessionId)
        .catch((error: unknown) => {
          options.logger.error({ err: error, session_id: sessionId }, 'writing the session record failed');
          return false;
        })
        .finally(() => inFlight.delete(sessionId));
      inFlight.set(sessionId, promise);
      return promise;
    },
    /** Waits for every record being written (shutdown). */
    async settle(): Promise<void> {
      await Promise.all(inFlight.values());
    },
  };
}

export type SessionRecordWriter = ReturnType<typeof sessionRecordWriter>;
