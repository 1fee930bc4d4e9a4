import { isDeepStrictEqual } from 'node:util';
import type { EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { problems, type ValidationIssue } from '@ilenia/kit';
import type { SessionRecordRow } from '../db/schema.js';
import { callerOf } from '../domain/access.js';
import { canonicalLanguageTag } from '../domain/languages.js';
import { recordableIn } from '../domain/life-cycle.js';
import { pageOf } from '../http/event-input.js';
import { eventProblems } from '../http/event-problems.js';
import { pageBody, sessionRecordBody } from '../http/representations.js';
import { ChannelRepository } from '../repositories/channel-repository.js';
import { SessionRecordRepository, type NewSessionRecord } from '../repositories/session-record-repository.js';
import type { EventsHandlerDependencies } from './dependencies.js';
import { overseenEvent, visibleEvent } from './event-access.js';

type SessionRecordOperations = 'listSessionRecords' | 'createSessionRecord' | 'getSessionRecord';

/** What makes two records the same session, whoever wrote them and whenever. */
function sameSession(stored: SessionRecordRow, record: NewSessionRecord): boolean {
  return isDeepStrictEqual(
    [
      stored.event_id,
      stored.channel_id,
      stored.mode,
      stored.started_at.getTime(),
      stored.ended_at.getTime(),
      stored.segment_count,
      stored.listeners_peak,
      stored.recording_url,
      stored.transcripts,
    ],
    [
      record.eventId,
      record.channelId,
      record.mode,
      record.startedAt.getTime(),
      record.endedAt.getTime(),
      record.segmentCount,
      record.listenersPeak,
      record.recordingUrl,
      record.transcripts,
    ],
  );
}

/** Records of finished live sessions, written once by the live services and read by organisers. */
export function sessionRecordHandlers(dependencies: EventsHandlerDependencies): Pick<EventsHandlers, SessionRecordOperations> {
  const { db } = dependencies;
  const channelRepository = new ChannelRepository(db);
  const sessionRecordRepository = new SessionRecordRepository(db);

  return {
    async listSessionRecords(input, context) {
      const event = await overseenEvent(db, callerOf(context.principal), input.path.event_id);
      const page = pageOf(input.query);
      const { rows, total } = await sessionRecordRepository.page(event.id, input.query.channel_id?.toLowerCase(), page);
      return { status: 200, body: pageBody(rows.map(sessionRecordBody), total, page) };
    },

    async getSessionRecord(input, context) {
      const event = await overseenEvent(db, callerOf(context.principal), input.path.event_id);
      const record = await sessionRecordRepository.find(input.path.session_id.toLowerCase());
      if (!record || record.event_id !== event.id)
        throw problems.notFound(`The event has no session record with id ${input.path.session_id}.`);
      return { status: 200, body: sessionRecordBody(record) };
    },

    async createSessionRecord(input, context) {
      const { event } = await visibleEvent(db, callerOf(context.principal), input.path.event_id);
      const body = input.body;
      const record: NewSessionRecord = {
        id: body.id.toLowerCase(),
        eventId: event.id,
        channelId: body.channel_id.toLowerCase(),
        mode: body.mode,
        startedAt: new Date(body.started_at),
        endedAt: new Date(body.ended_at),
        segmentCount: body.segment_count,
        listenersPeak: body.listeners_peak,
        recordingUrl: body.recording_url ?? null,
        transcripts: [],
        writtenBy: context.principal.subject,
      };
      const issues: ValidationIssue[] = [];
      if (!(await channelRepository.find(event.id, record.channelId)))
        issues.push({ location: 'body', path: '/channel_id', message: 'is not a channel of this event' });
      if (record.endedAt.getTime() < record.startedAt.getTime())
        issues.push({ location: 'body', path: '/ended_at', message: `must not be before started_at (${body.started_at})` });
      (body.transcripts ?? []).forEach((link, index) => {
        const language = canonicalLanguageTag(link.language);
        if (language === undefined)
          issues.push({
            location: 'body',
            path: `/transcripts/${index}/language`,
            message: `is not a BCP 47 tag of a known language (${link.language})`,
          });
        else record.transcripts.push({ language, url: link.url });
      });
      if (issues.length > 0) throw eventProblems.invalid(issues);
      if (!recordableIn.includes(event.status)) throw eventProblems.notLive(event.status, recordableIn);

      const written = await sessionRecordRepository.insertIfAbsent(record);
      if (written)
        return { status: 201, body: sessionRecordBody(written), headers: { Location: `/v1/events/${event.id}/sessions/${written.id}` } };
      // A retry of the same record is harmless; anything else under that id is a conflict.
      const stored = await sessionRecordRepository.find(record.id);
      if (stored && sameSession(stored, record)) return { status: 200, body: sessionRecordBody(stored) };
      throw eventProblems.differentSessionRecord(record.id);
    },
  };
}
