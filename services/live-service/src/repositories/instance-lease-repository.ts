import { sql, type Kysely } from 'kysely';
import type { LiveServiceDatabase } from '../db/schema.js';

/**
 * The leases of the live-service instances sharing this database. An instance is alive while its
 * lease has not expired by the database's clock (one clock for every instance, so skewed hosts agree).
 */
export class InstanceLeaseRepository {
  constructor(private readonly db: Kysely<LiveServiceDatabase>) {}

  /** Starts or extends `instanceId`'s lease to `leaseMs` from now. */
  async renew(instanceId: string, leaseMs: number): Promise<void> {
    const expires = sql<Date>`now() + ${Math.round(leaseMs)} * interval '1 millisecond'`;
    await this.db
      .insertInto('live_service_instances')
      .values({ id: instanceId, started_at: sql<Date>`now()`, lease_expires_at: expires })
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ lease_expires_at: expires }))
      .execute();
  }

  /** The instance stopped: its sessions are anybody's at once. Expired leases of others go too. */
  async remove(instanceId: string): Promise<void> {
    await this.db
      .deleteFrom('live_service_instances')
      .where((where) => where.or([where('id', '=', instanceId), where('lease_expires_at', '<', sql<Date>`now() - interval '1 day'`)]))
      .execute();
  }
}
