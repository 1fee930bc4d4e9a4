import { sql, type Kysely } from 'kysely';
import type { AuthDatabase } from '../db/schema.js';

/** Between an account and the address in a pair subject (`email:a@b.c|ip:203.0.113.9`). */
export const pairSeparator = '|ip:';

/**
 * Failure counters per subject, each with a window and a delay (`locked_until`). Subjects are an
 * account from one address (`<account>|ip:<ip>`, the account being `email:…` or `client:…`) and an
 * address alone (`ip:…`).
 */
export class LoginThrottleRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  async lockedUntil(subjects: readonly string[], now: Date): Promise<Date | undefined> {
    if (subjects.length === 0) return undefined;
    const rows = await this.db
      .selectFrom('login_throttle')
      .select('locked_until')
      .where('subject', 'in', subjects)
      .where('locked_until', '>', now)
      .execute();
    const times = rows.map((row) => row.locked_until!.getTime());
    return times.length > 0 ? new Date(Math.max(...times)) : undefined;
  }

  /**
   * Counts one failure atomically (one upsert, so concurrent failures are all counted): a window
   * older than `windowStart` starts again at 1. Answers the count in the window.
   */
  async recordFailure(subject: string, options: { now: Date; windowStart: Date }): Promise<number> {
    const row = await this.db
      .insertInto('login_throttle')
      .values({ subject, failures: 1, window_started_at: options.now, locked_until: null })
      .onConflict((conflict) =>
        conflict.column('subject').doUpdateSet({
          failures: sql`case when login_throttle.window_started_at < ${options.windowStart} then 1 else login_throttle.failures + 1 end`,
          window_started_at: sql`case when login_throttle.window_started_at < ${options.windowStart} then ${options.now} else login_throttle.window_started_at end`,
        }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    return row.failures;
  }

  /** Delays the subject until `until`, or keeps a later delay it already has. */
  async delayUntil(subject: string, until: Date): Promise<void> {
    await this.db
      .updateTable('login_throttle')
      .set({ locked_until: sql`greatest(coalesce(login_throttle.locked_until, ${until}::timestamptz), ${until}::timestamptz)` })
      .where('subject', '=', subject)
      .execute();
  }

  async clear(subject: string): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('subject', '=', subject).execute();
  }

  /** Removes the counters of the account from every address; answers how many there were. */
  async clearAccount(account: string): Promise<number> {
    const result = await this.db
      .deleteFrom('login_throttle')
      .where(sql<string>`split_part(subject, ${pairSeparator}, 1)`, '=', account)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** The latest delay of each account from any address, for showing `locked_until` on users. */
  async accountDelays(accounts: readonly string[], now: Date): Promise<Map<string, Date>> {
    const result = new Map<string, Date>();
    if (accounts.length === 0) return result;
    const rows = await this.db
      .selectFrom('login_throttle')
      .select(['subject', 'locked_until'])
      .where(sql<string>`split_part(subject, ${pairSeparator}, 1)`, 'in', accounts)
      .where('locked_until', '>', now)
      .execute();
    for (const row of rows) {
      const account = row.subject.split(pairSeparator)[0]!;
      const latest = result.get(account);
      if (!latest || latest.getTime() < row.locked_until!.getTime()) result.set(account, row.locked_until!);
    }
    return result;
  }
}
