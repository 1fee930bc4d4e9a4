import type { Principal } from '@ilenia/kit';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who calls, reduced to what the events rules look at. */
export interface Caller {
  /** The token's `sub`, recorded as `assigned_by`, `created_by`, `written_by`. */
  subject: string;
  /** The calling user's id; undefined for service tokens (and for a user whose `sub` is not a UUID). */
  userId: string | undefined;
  isService: boolean;
  /** `events:manage_all`: acts on every event, not only the ones the caller organises. */
  managesAll: boolean;
}

export function callerOf(principal: Principal): Caller {
  const isService = principal.kind === 'service';
  return {
    subject: principal.subject,
    userId: !isService && uuidPattern.test(principal.subject) ? principal.subject.toLowerCase() : undefined,
    isService,
    managesAll: principal.permissions.has('events:manage_all'),
  };
}

/** How the caller stands to one event. */
export interface EventRelation {
  organiserId: string;
  isSpeaker: boolean;
  isListener: boolean;
}

/** Whether the caller sees the event at all (otherwise it answers 404, as a missing one). */
export function canSeeEvent(caller: Caller, relation: EventRelation): boolean {
  return caller.isService || caller.managesAll || isOrganiser(caller, relation) || relation.isSpeaker || relation.isListener;
}

/** Whether the caller may change the event, its channels and its assignments. */
export function canManageEvent(caller: Caller, relation: Pick<EventRelation, 'organiserId'>): boolean {
  return caller.managesAll || isOrganiser(caller, relation);
}

/**
 * Whether the caller sees the event's audience (its listeners) and its session records: its
 * organiser, holders of events:manage_all and services; not the speakers and listeners themselves.
 */
export function canOverseeEvent(caller: Caller, relation: Pick<EventRelation, 'organiserId'>): boolean {
  return caller.isService || caller.managesAll || isOrganiser(caller, relation);
}

/** Whether the caller's relation to the event must be read from the assignments to decide. */
export function needsAssignmentsToDecide(caller: Caller, relation: Pick<EventRelation, 'organiserId'>): boolean {
  return !caller.isService && !caller.managesAll && !isOrganiser(caller, relation) && caller.userId !== undefined;
}

function isOrganiser(caller: Caller, relation: Pick<EventRelation, 'organiserId'>): boolean {
  return caller.userId !== undefined && caller.userId === relation.organiserId;
}
