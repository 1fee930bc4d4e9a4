import { HttpProblem, problems, type ValidationIssue } from '@ilenia/kit';
import type { EventStatus } from '../db/schema.js';
import { allowedMoves } from '../domain/life-cycle.js';

/** The events API's own problem types, as its spec documents them. */
const eventProblemTypes = {
  invalidStatusTransition: 'https://ilenia.dev/problems/invalid-status-transition',
  eventNotPrepared: 'https://ilenia.dev/problems/event-not-prepared',
  eventFrozen: 'https://ilenia.dev/problems/event-frozen',
  eventNotDeletable: 'https://ilenia.dev/problems/event-not-deletable',
  eventNotLive: 'https://ilenia.dev/problems/event-not-live',
  duplicateName: 'https://ilenia.dev/problems/duplicate-name',
  sessionRecordExists: 'https://ilenia.dev/problems/session-record-exists',
} as const;

function list(statuses: readonly string[]): string {
  if (statuses.length <= 1) return statuses.join('');
  return `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}`;
}

function conflict(type: string, title: string, detail: string, allowed?: readonly string[]): HttpProblem {
  return new HttpProblem({ status: 409, type, title, detail, extensions: allowed ? { allowed: [...allowed] } : undefined });
}

/** The problems the events handlers raise; one place, so titles and types match the spec's examples. */
export const eventProblems = {
  /** Also what an invisible event answers, so that ids cannot be probed. */
  eventNotFound: (eventId: string) => problems.notFound(`No event with id ${eventId} exists, or the caller may not see it.`),
  channelNotFound: (channelId: string) => problems.notFound(`The event has no channel with id ${channelId}.`),
  templateNotFound: (templateId: string) => problems.notFound(`No template with id ${templateId} exists.`),
  notOrganiser: (action: string) => problems.forbidden(`Only the event's organiser, or a holder of events:manage_all, may ${action}.`),
  invalidTransition: (from: EventStatus, to: EventStatus) => {
    const allowed = allowedMoves[from];
    const detail =
      allowed.length === 0
        ? `The event is ${from}; it cannot move to any other status.`
        : `The event is ${from}; it can move to ${list(allowed)} only${from === to ? ', not stay where it is' : ''}.`;
    return conflict(eventProblemTypes.invalidStatusTransition, 'Status change not allowed', detail, allowed);
  },
  notPrepared: (detail: string) => conflict(eventProblemTypes.eventNotPrepared, 'Event not prepared', detail),
  wouldNotBePrepared: (detail: string) => conflict(eventProblemTypes.eventNotPrepared, 'Event would not be prepared', detail),
  channelsFrozen: (status: EventStatus, allowed: readonly EventStatus[]) =>
    conflict(
      eventProblemTypes.eventFrozen,
      'Channels are frozen',
      `The event is ${status}; its channels and languages can change only while it is ${list(allowed)}.`,
      allowed,
    ),
  speakersFrozen: (allowed: readonly EventStatus[]) =>
    conflict(
      eventProblemTypes.eventFrozen,
      'Speakers are frozen',
      `The event has ended; speakers can change only while it is ${list(allowed)}.`,
      allowed,
    ),
  notDeletable: (status: EventStatus, allowed: readonly EventStatus[]) =>
    conflict(
      eventProblemTypes.eventNotDeletable,
      'Event cannot be deleted',
      `The event is ${status}; only ${list(allowed)} events can be deleted.`,
      allowed,
    ),
  notLive: (status: EventStatus, allowed: readonly EventStatus[]) =>
    conflict(
      eventProblemTypes.eventNotLive,
      'Event is not live',
      `The event is ${status}; session records can be written only for ${list(allowed)} events.`,
      allowed,
    ),
  duplicateChannelName: (name: string) =>
    conflict(eventProblemTypes.duplicateName, 'Name already taken', `The event already has a channel named ${name}.`),
  duplicateTemplateName: (name: string) =>
    conflict(eventProblemTypes.duplicateName, 'Name already taken', `A template named ${name} already exists.`),
  differentSessionRecord: (sessionId: string) =>
    conflict(
      eventProblemTypes.sessionRecordExists,
      'Session record already exists',
      `A different record of session ${sessionId} was already written; records are immutable.`,
    ),
  staleVersion: (sent: number, current: number) =>
    problems.preconditionFailed(`The resource has changed since version ${sent} (it is at version ${current}); read it again and retry.`),
  invalid: (issues: ValidationIssue[]) => problems.validation(issues),
};
