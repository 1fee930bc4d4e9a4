import type { Logger } from 'pino';
import type { EventsDirectory, SessionRecordCreate } from '@ilenia/kit/upstream';
import type { FinalRepository } from '../repositories/final-repository.js';
import type { SessionRepository, StoredSession } from '../repositories/session-repository.js';

export interface SessionRecordWriterOptions {
  sessions: SessionRepository;
  finals: FinalRepository;
  directory: EventsDirectory;
  /** Where clients reach this service, for the transcript links. */
  publicUrl: URL;
  logger: Logger;
  /** Waits between attempts (default 1 s, 5 s, 30 s); after the last, the sweep tries again later. */
  retryDelaysMs?: readonly number[];
}

/** The record the events service keeps of an ended LiveKit session, with links to its transcripts. */
async function sessionRecordOf(session: StoredSession, finals: FinalRepository, publicUrl: URL): Promise<SessionRecordCreate> {
  const base = publicUrl.href.replace(/\/$/, '');
  const counts = await finals.countsBySession(session.id);
  const languages = [session.sourceLanguage, ...session.targetLanguages];
  return {
    id: session.id,
    channel_id: session.channelId,
    mode: 'livekit',
    started_at: session.startedAt.toISOString(),
    ended_at: (session.endedAt ?? new Date()).toISOString(),
    segment_count: counts.get(session.sourceLanguage) ?? 0,
    // Counted by the agent from the room's participants (listeners connect to LiveKit, not to this service).
    listeners_peak: session.listenersPeak,
    recording_url: null,
    transcripts: languages
      .filter((language) => (counts.get(language) ?? 0) > 0)
      .map((language) => ({ language, url: `${base}/v1/sessions/${session.id}/transcripts/${encodeURIComponent(language)}` })),
  };
}

/**
 * Writes the record of each ended session to the events service, in the background, retrying. A
 * record that still fails stays unsaved (`record_saved_at` null) and is logged; `sweep` tries every
 * such session again (at start-up and periodically).
 */
export function sessionRecordWriter(options: SessionRecordWriterOptions) {
  const delays = options.retryDelaysMs ?? [1_000, 5_000, 30_000];
  const inFlight = new Map<string, Promise<boolean>>();

  async function attempt(sessionId: string): Promise<boolean> {
    let lastError: unknown;
    for (let attemptIndex = 0; attemptIndex <= delays.length; attemptIndex += 1) {
      const session = await options.sessions.get(sessionId);
      if (!session || (session.status !== 'ended' && session.status !== 'failed')) return false;
      if (session.recordSavedAt) return true;
      try {
        await options.directory.writeSessionRecord(session.eventId, await sessionRecordOf(session, options.finals, options.publicUrl));
        await options.sessions.markRecordSaved(session.id, new Date());
        return true;
      } catch (error) {
        lastError = error;
        if (attemptIndex < delays.length) await new Promise((resolve) => setTimeout(resolve, delays[attemptIndex]).unref());
      }
    }
    options.logger.error(
      { err: lastError, session_id: sessionId },
      'the events service did not take the session record after every retry; it will be tried again',
    );
    return false;
  }

  function write(sessionId: string): Promise<boolean> {
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
  }

  return {
    /** Writes (or keeps writing) the record of an ended session; resolves true once the events service has it. */
    write,
    /** Tries again every ended session whose record is not saved yet. */
    async sweep(): Promise<void> {
      for (const session of await options.sessions.listRecordPending()) void write(session.id);
    },
    /** Waits for every record being written (shutdown). */
    async settle(): Promise<void> {
      await Promise.all(inFlight.values());
    },
  };
}

export type SessionRecordWriter = ReturnType<typeof sessionRecordWriter>;
