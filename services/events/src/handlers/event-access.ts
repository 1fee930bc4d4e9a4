import type { Kysely, Transaction } from 'kysely';
import type { EventRow, EventRowUpdate, EventStatus, EventsDatabase } from '../db/schema.js';
import {
  canManageEvent,
  canOverseeEvent,
  canSeeEvent,
  needsAssignmentsToDecide,
  type Caller,
  type EventRelation,
} from '../domain/access.js';
import { eventProblems } from '../http/event-problems.js';
import type { ChannelWithSpeakers } from '../repositories/channel-repository.js';
import { EventRepository } from '../repositories/event-repository.js';

/** The event and how the caller stands to it. */
export interface VisibleEvent {
  event: EventRow;
  relation: EventRelation;
}

async function relationTo(db: Kysely<EventsDatabase>, caller: Caller, event: EventRow): Promise<EventRelation> {
  const relation = { organiserId: event.organiser_id, isSpeaker: false, isListener: false };
  // Organisers, admins and services are decided without reading the assignments.
  if (!needsAssignmentsToDecide(caller, relation)) return relation;
  return { ...relation, ...(await new EventRepository(db).assignmentsOf(event.id, caller.userId!)) };
}

/** The event, if the caller may see it; a 404 otherwise, exactly as for an event that does not exist. */
export async function visibleEvent(db: Kysely<EventsDatabase>, caller: Caller, eventId: string): Promise<VisibleEvent> {
  const event = await new EventRepository(db).find(eventId);
  if (!event) throw eventProblems.eventNotFound(eventId);
  const relation = await relationTo(db, caller, event);
  if (!canSeeEvent(caller, relation)) throw eventProblems.eventNotFound(eventId);
  return { event, relation };
}

/**
 * The event with its channels, if the caller may see it (404 otherwise), in one query: the
 * speakers come with the channels and the listener check rides along.
 */
export async function visibleEventWithChannels(
  db: Kysely<EventsDatabase>,
  caller: Caller,
  eventId: string,
): Promise<VisibleEvent & { channels: ChannelWithSpeakers[] }> {
  const found = await new EventRepository(db).findWithChannels(eventId, caller.userId);
  if (!found) throw eventProblems.eventNotFound(eventId);
  const relation = {
    organiserId: found.event.organiser_id,
    isSpeaker: caller.userId !== undefined && found.channels.some((channel) => channel.speakers.includes(caller.userId!)),
    isListener: found.viewerIsListener,
  };
  if (!canSeeEvent(caller, relation)) throw eventProblems.eventNotFound(eventId);
  return { event: found.event, relation, channels: found.channels };
}

/** The event, if the caller may change it: 404 when they cannot see it, 403 when they see but may not change it. */
export async function manageableEvent(db: Kysely<EventsDatabase>, caller: Caller, eventId: string, action: string): Promise<EventRow> {
  const { event, relation } = await visibleEvent(db, caller, eventId);
  if (!canManageEvent(caller, relation)) throw eventProblems.notOrganiser(action);
  return event;
}

/** The event, if the caller may see its audience and records (organiser, events:manage_all, services); 404 otherwise. */
export async function overseenEvent(db: Kysely<EventsDatabase>, caller: Caller, eventId: string): Promise<EventRow> {
  const event = await new EventRepository(db).find(eventId);
  if (!event || !canOverseeEvent(caller, { organiserId: event.organiser_id })) throw eventProblems.eventNotFound(eventId);
  return event;
}

class WriteRefused extends Error {}

/**
 * Runs `work` in a transaction that first moves the event from `expectedVersion` to the next one
 * with `changes`, in one conditional UPDATE (which also locks the row until commit, so the rules
 * `work` checks hold for its writes). If another writer got there first, nothing is written and the
 * caller gets 412 (or 404 if the event is gone).
 */
export async function writeEventVersion<Result>(
  db: Kysely<EventsDatabase>,
  eventId: string,
  expectedVersion: number,
  options: { changes?: EventRowUpdate; statuses?: readonly EventStatus[] },
  work: (transaction: Transaction<EventsDatabase>, event: EventRow) => Promise<Result>,
): Promise<Result> {
  try {
    return await db.transaction().execute(async (transaction) => {
      const event = await new EventRepository(transaction).updateIfVersion(
        eventId,
        expectedVersion,
        options.changes ?? {},
        options.statuses,
      );
      if (!event) throw new WriteRefused();
      return work(transaction, event);
    });
  } catch (error) {
    if (error instanceof WriteRefused) throw await whyRefused(db, eventId, expectedVersion);
    throw error;
  }
}

/** Why a conditional write found no row: the event is gone, or (since every change bumps the version) it changed. */
export async function whyRefused(db: Kysely<EventsDatabase>, eventId: string, expectedVersion: number): Promise<Error> {
  const current = await new EventRepository(db).find(eventId);
  if (!current) return eventProblems.eventNotFound(eventId);
  return eventProblems.staleVersion(expectedVersion, current.version);
}
