import type { components } from '@ilenia/generated/openapi/auth/types';
import type { AuditEventRow } from '../db/schema.js';

type AuditEvent = components['schemas']['AuditEvent'];
export type AuthEventTypeList = readonly components['schemas']['AuditEventType'][];

/** An audit row as the API shows it. */
export function auditEventView(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    type: row.type as AuditEvent['type'],
    occurred_at: row.occurred_at.toISOString(),
    actor: { kind: row.actor_kind, id: row.actor_id },
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    client_ip: row.client_ip,
    user_agent: row.user_agent,
    outcome: row.outcome,
    request_id: row.request_id,
    details: row.details,
  };
}
