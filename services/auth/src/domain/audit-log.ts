import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { HandlerContext } from '@ilenia/kit/openapi';
import type { AuthDatabase } from '../db/schema.js';
import { AuditEventRepository } from '../repositories/audit-events.js';
import { uuidv7, type Clock } from './ids.js';

/** Where a security event came from: the request's caller, IP, user agent and id. */
export interface RequestOrigin {
  actor: { kind: 'user' | 'client' | 'system'; id: string | null };
  clientIp: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** The origin of a request for the audit log; the actor is the token's subject when there is one. */
export function originOf(context: HandlerContext): RequestOrigin {
  const principal = context.principal;
  const userAgent = context.request.get('user-agent');
  return {
    actor: principal ? { kind: principal.kind === 'service' ? 'client' : 'user', id: principal.subject } : { kind: 'user', id: null },
    clientIp: context.request.ip ?? null,
    userAgent: userAgent ? userAgent.slice(0, 512) : null,
    requestId: context.requestId,
  };
}

/** The origin of what the service does by itself (scheduled key rotation, start-up seeding). */
export const systemOrigin: RequestOrigin = { actor: { kind: 'system', id: null }, clientIp: null, userAgent: null, requestId: null };

export type AuditEventType =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_throttled'
  | 'account_unlocked'
  | 'refresh_reused'
  | 'logout'
  | 'password_changed'
  | 'sessions_revoked'
  | 'user_created'
  | 'user_updated'
  | 'user_deleted'
  | 'role_assigned'
  | 'role_removed'
  | 'role_created'
  | 'role_updated'
  | 'role_deleted'
  | 'permission_granted'
  | 'permission_revoked'
  | 'permission_override_removed'
  | 'client_created'
  | 'client_updated'
  | 'client_deleted'
  | 'client_secret_rotated'
  | 'client_authentication_failed'
  | 'client_throttled'
  | 'client_unlocked'
  | 'key_rotated'
  | 'key_revoked';

export interface AuditEntry {
  type: AuditEventType;
  outcome: 'success' | 'failure';
  target?: { type: 'user' | 'role' | 'client' | 'signing_key'; id: string } | null;
  /** Overrides the origin's actor (a sign-in's actor is the user who signed in). */
  actor?: RequestOrigin['actor'];
  /** Never passwords, secrets or tokens. */
  details?: Record<string, unknown>;
}

/** Records security events. A failure to record is logged, never hidden, and fails the operation. */
export class AuditLog {
  constructor(
    private readonly db: Kysely<AuthDatabase>,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Records one event; pass the transaction (`db`) when the event must commit with the change it describes. */
  async record(origin: RequestOrigin, entry: AuditEntry, db: Kysely<AuthDatabase> = this.db): Promise<void> {
    const at = this.clock();
    const actor = entry.actor ?? origin.actor;
    try {
      await new AuditEventRepository(db).insert({
        id: uuidv7(at),
        type: entry.type,
        occurred_at: at,
        actor_kind: actor.kind,
        actor_id: actor.id,
        target_type: entry.target?.type ?? null,
        target_id: entry.target?.id ?? null,
        client_ip: origin.clientIp,
        user_agent: origin.userAgent,
        outcome: entry.outcome,
        request_id: origin.requestId,
        details: entry.details ?? {},
      });
    } catch (error) {
      this.logger.error({ err: error, audit_type: entry.type }, 'could not record an audit event');
      throw error;
    }
  }
}
