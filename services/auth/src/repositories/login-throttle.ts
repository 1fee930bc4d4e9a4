import { sql, type Kysely } from 'kysely';
import type { AuthDatabase } from '../db/schema.js';

/** Failure counters per subject (`email:…`, `ip:…`, `client:…`), each with a window and a lock. */
export class LoginThrottleRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  async lockedUntil(subjects: readonly string[], now: Date): Promise<Date | undefined> {
    if (subjects.length === 0) return undefined;
    const rows = await this.db.selectFrom('login_throttle').select('locked_until').where('subject', 'in', subjects).where('locked_until', '>', now).execute();
    const times = rows.map((row) => row.locked_until!.getTime());
    return times.length > 0 ? new Date(Math.max(...times)) : undefined;
  }

  /**
   * Counts one failure atomically (one upsert, so concurrent failures are all counted): a window
   * older than `windowStart` starts again at 1; reaching `maxFailures` locks until `lockUntil`.
   * Answers the count and whether this failure set the lock.
   */
  async recordFailure(subject: string, options: { now: Date; windowStart: Date; maxFailures: number; lockUntil: Date }): Promise<{ failures: number; lockedNow: boolean }> {
    const row = await this.db
      .insertInto('login_throttle')
      .values({ subject, failures: 1, window_started_at: options.now, locked_until: options.maxFailures <= 1 ? options.lockUntil : null })
      .onConflict((conflict) =>
        conflict.column('subject').doUpdateSet({
          failures: sql`case when login_throttle.window_started_at < ${options.windowStart} then 1 else login_throttle.failures + 1 end`,
          window_started_at: sql`case when login_throttle.window_started_at < ${options.windowStart} then ${options.now} else login_throttle.window_started_at end`,
          locked_until: sql`case
            when (case when login_throttle.window_started_at < ${options.windowStart} then 1 else login_throttle.failures + 1 end) >= ${options.maxFailures}
              and (login_throttle.locked_until is null or login_throttle.locked_until <= ${options.now})
            then ${options.lockUntil}::timestamptz
            else login_throttle.locked_until end`,
        }),
      )
      .returning(['failures', 'locked_until'])
      .executeTakeFirstOrThrow();
    const lockedNow = row.failures >= options.maxFailures && row.locked_until?.getTime() === options.lockUntil.getTime();
    return { failures: row.failures, lockedNow };
  }

  async clear(subject: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('subject', '=', subject).execute();
  }

  /** The lock on each subject, for showing `locked_until` on users. */
  async locks(subjects: readonly string[], now: Date): Promise<Map<string, Date>> {
    const result = new Map<string, Date>();
    if (subjects.length === 0) return result;
    const rows = await this.db.selectFrom('login_throttle').select(['subject', 'locked_until']).where('subject', 'in', subjects).where('locked_until', '>', now).execute();
    for (const row of rows) result.set(row.subject, row.locked_until!);
    return result;
  }
}
