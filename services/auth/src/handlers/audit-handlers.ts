import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { problems } from '@ilenia/kit';
import type { AuthEventTypeList } from './audit-view.js';
import { auditEventView } from './audit-view.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import { AuditEventRepository } from '../repositories/audit-events.js';

/** The security audit log, newest first, with filters. */
export function auditHandlers(deps: AuthDependencies): Pick<AuthHandlers, 'listAuditEvents'> {
  return {
    async listAuditEvents(input) {
      const { query } = input;
      const limit = query.limit ?? 50;
      const offset = query.offset ?? 0;
      const since = query.since ? new Date(query.since) : undefined;
      const until = query.until ? new Date(query.until) : undefined;
      if (since && until && until.getTime() <= since.getTime()) {
        throw problems.validation([{ location: 'query', path: '/until', message: 'must be after since' }]);
      }
      const types: AuthEventTypeList = query.type === undefined ? [] : Array.isArray(query.type) ? query.type : [query.type];
      const page = await new AuditEventRepository(deps.db).list(
        { actorId: query.actor_id, targetId: query.target_id, types, outcome: query.outcome, since, until },
        { limit, offset },
      );
      return { status: 200, body: { items: page.items.map(auditEventView), total: page.total, limit, offset } };
    },
  };
}
